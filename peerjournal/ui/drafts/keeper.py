"""The draft keeper: pages and dialogs holding unsaved typing register with it, and when the
journal locks it asks each for its ``draft()``; after unlocking it opens each kept one again.

Shaped like qutebrowser's save manager and KeePassXC's lock asking its edit widget: the keeper
knows no dialog. A draftable has a ``draft_key``, ``draft()`` (None: nothing worth keeping) and
``restore_draft(data)``; the module that defines it registers a reopener for its key, which
rebuilds it after unlocking. Drafts go through :mod:`peerjournal.storage.drafts`, so they live
only inside the encrypted vault. Nothing here raises and nothing about the content is logged:
no draft may stop a lock or an unlock.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QWidget
from shiboken6 import isValid

from peerjournal.storage.drafts import clear_draft, load_draft, save_draft
from peerjournal.storage.journal import Journal

GONE_MESSAGE_MS = 20_000


class Draftable(Protocol):
    """What the keeper asks at lock. (Its ``restore_draft(data)``, the other half, is called by
    the reopener its module registers.)"""

    @property
    def draft_key(self) -> str: ...
    def draft(self) -> dict[str, Any] | None: ...


Reopener = Callable[[Any, dict[str, Any]], "str | None"]
"""``reopen(window, data)``: rebuild the dialog for a kept draft and call its ``restore_draft``.
Answers None when it came back; when what the draft was about is gone (or the data isn't a
draft of ours), the kind words for the status bar ("" to say nothing) and the draft is dropped.
Raising leaves the draft in the vault for the next unlock."""


def _inside(obj: Any, window: QObject | None) -> bool:
    """``obj`` is ``window`` or has it among its parents (a dialog's parent is in the window)."""
    if window is None:
        return True
    node = obj
    while isinstance(node, QObject):
        if node is window:
            return True
        node = node.parent()
    return False


class DraftKeeper:
    """Who holds unsaved typing right now, and who can bring a kept draft back."""

    def __init__(self) -> None:
        self._held: list[weakref.ref[Any]] = []
        self._reopeners: dict[str, tuple[int, Reopener]] = {}

    # -- registering -----------------------------------------------------------------
    def add(self, draftable: Draftable) -> None:
        """Ask ``draftable`` for its draft at the next lock (until removed, or gone)."""
        if draftable not in self.held():
            self._held.append(weakref.ref(draftable))

    def remove(self, draftable: Draftable) -> None:
        self._held = [r for r in self._held if r() is not None and r() is not draftable]

    def held(self) -> list[Draftable]:
        """The registered draftables still there, in the order they registered."""
        alive = [(r, d) for r in self._held if (d := r()) is not None
                 and (not isinstance(d, QObject) or isValid(d))]
        self._held = [r for r, _ in alive]
        return [d for _, d in alive]

    def register_reopener(self, key: str, reopen: Reopener, *, order: int = 100) -> None:
        """``reopen`` brings back drafts kept under ``key``; lower ``order`` comes back first."""
        self._reopeners[key] = (order, reopen)

    # -- locking and unlocking ---------------------------------------------------------
    def keep(self, journal: Journal, window: QObject | None = None) -> list[Exception]:
        """Store each registered draftable's draft (those inside ``window``, if given).
        Never raises: nothing may stop a lock. Answers what went wrong (empty: all kept), so
        the person can be told afterwards; the errors are for their kind, never to be shown."""
        failures: list[Exception] = []
        asked: list[Draftable] = []
        try:
            asked = [d for d in self.held() if _inside(d, window)]
        except Exception as exc:
            failures.append(exc)
        for draftable in asked:
            # One draftable's trouble must not cost another's draft, nor stop the lock.
            try:
                data = draftable.draft()
                if data is not None:
                    save_draft(journal, draftable.draft_key, data)
            except Exception as exc:
                failures.append(exc)
        return failures

    def reopen(self, window: QMainWindow, journal: Journal) -> None:
        """Bring back each kept draft whose key has a reopener; other drafts are left alone."""
        for key, (_order, reopen) in sorted(self._reopeners.items(), key=lambda kv: kv[1][0]):
            with contextlib.suppress(Exception):  # a failure keeps its draft for next time
                data = load_draft(journal, key)
                if data is None:
                    continue
                gone = reopen(window, data)
                clear_draft(journal, key)
                if gone:
                    window.statusBar().showMessage(gone, GONE_MESSAGE_MS)


KEEPER = DraftKeeper()
"""The application's keeper: draftables register here, the controller keeps and reopens."""


class _WhileShown(QObject):
    """Registers its widget with the keeper while it is shown; a hide that isn't the window
    system's (minimising) unregisters it."""

    def __init__(self, widget: QWidget, keeper: DraftKeeper) -> None:
        super().__init__(widget)
        self._keeper = keeper

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            self._keeper.add(watched)  # type: ignore[arg-type]
        elif event.type() == QEvent.Type.Hide and not event.spontaneous():
            self._keeper.remove(watched)  # type: ignore[arg-type]
        return False


def keep_while_shown(widget: QWidget, keeper: DraftKeeper = KEEPER) -> None:
    """For a dialog: its draft is asked for only while it is open."""
    widget.installEventFilter(_WhileShown(widget, keeper))
    if widget.isVisible():
        keeper.add(widget)  # type: ignore[arg-type]

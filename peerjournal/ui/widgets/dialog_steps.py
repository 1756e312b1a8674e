"""Steps many pages take with a dialog: open one that cleans up after itself, keep the open
one where tests and the lock find it, ask before doing something that can't be undone
(warning in plain words if it is refused), and end a dialog's background work; a dialog opens
no bigger than the screen it is on."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QLabel, QStyle, QWidget

from peerjournal.errors import UserError

from peerjournal.ui.widgets import messages

D = TypeVar("D", bound=QDialog)
P = ParamSpec("P")


class _Busy(Protocol):
    def _set_busy(self, busy: bool) -> None: ...


B = TypeVar("B", bound=_Busy)


def fit_to_screen(dialog: QWidget) -> None:
    """Size a dialog before it shows: the size it asked for (``resize`` in its constructor), or
    else the size its contents need with wrapped words, kept within the free part of its screen
    less a title bar. On a short screen its body scrolls instead of running off the bottom, and
    nothing is squashed the way Qt's own first size (at most 2/3 of the screen) squashes it."""
    screen = (dialog.parentWidget() or dialog).screen()
    title_bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    room = screen.availableGeometry().size() - QSize(0, title_bar + 8)
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        wanted = dialog.size()
    else:
        wanted = dialog.sizeHint().expandedTo(dialog.minimumSize())
        if dialog.hasHeightForWidth():
            wanted.setHeight(max(wanted.height(), dialog.heightForWidth(wanted.width())))
    dialog.resize(wanted.boundedTo(room))


def show_dialog(dialog: D) -> D:
    """Open ``dialog`` window-modal, sized to fit its screen."""
    fit_to_screen(dialog)
    dialog.open()
    return dialog


def open_dialog(dialog: D, accepted: Callable[[], object] | None = None) -> D:
    """Open ``dialog`` window-modal (so tests and the lock can reach it) and sized to fit its
    screen; ``accepted`` runs on Save/OK, and the dialog is deleted once it closes."""
    if accepted is not None:
        dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    return show_dialog(dialog)


def keep_while_open(owner: object, attribute: str, dialog: D,
                    accepted: Callable[[], object] | None = None,
                    closed: Callable[[], object] | None = None) -> D:
    """Keep ``dialog`` as ``owner.<attribute>`` while it is open (tests and the lock reach it
    there); ``accepted`` runs on Save/OK. Once it closes the attribute is cleared, unless a newer
    dialog took its place, the dialog is deleted and ``closed`` runs. The caller opens it."""
    setattr(owner, attribute, dialog)
    if accepted is not None:
        dialog.accepted.connect(accepted)

    def done(_result: int = 0) -> None:
        if getattr(owner, attribute) is dialog:
            setattr(owner, attribute, None)
        dialog.deleteLater()
        if closed is not None:
            closed()

    dialog.finished.connect(done)
    return dialog


def confirm_then(parent: QWidget, question: tuple[str, str, str, str], act: Callable[[], object],
                 refused: str) -> None:
    """Ask ``question`` (title, text, yes, no); on yes do ``act``, and if the journal refuses
    it, warn with the title ``refused`` and the reason."""
    title, text, yes, no = question
    if not messages.confirm(parent, title, text, yes=yes, no=no):
        return
    try:
        act()
    except UserError as exc:
        messages.warn(parent, refused, str(exc))


def when_work_ends(handler: Callable[Concatenate[B, P], None]) -> Callable[Concatenate[B, P], None]:
    """Wrap a dialog's handler of its background work's result or failure: skipped when the
    dialog was closed and deleted meanwhile (the worker outlives it), else the dialog stops
    being busy before the handler runs."""
    @functools.wraps(handler)
    def run(dialog: B, *args: P.args, **kwargs: P.kwargs) -> None:
        if not shiboken6.isValid(dialog):
            return
        dialog._set_busy(False)
        handler(dialog, *args, **kwargs)
    return run


def show_failure(dialog: QWidget, error: QLabel, exc: BaseException, fallback: str, title: str) -> None:
    """Say why the work failed, in plain words (``fallback`` where the reason is not the
    person's to read): in the dialog's ``error`` label and in a warning titled ``title``."""
    text = messages.error_text(exc, fallback)
    error.setText(text)
    error.show()
    messages.warn(dialog, title, text)

"""What the goal, look-back and place dialogs share about drafts kept at lock: finding the
record a draft was about, and opening the dialog again on its Connecting tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from peerjournal.errors import UserError

from peerjournal.ui.drafts.values import as_int

if TYPE_CHECKING:
    from peerjournal.ui.app.main_window import MainWindow

R = TypeVar("R")


class Restorable(Protocol):
    def restore_draft(self, data: dict[str, Any]) -> None: ...


def find_record(get: Callable[[int], R], record_id: Any) -> R | None:
    """The record ``get`` finds for a draft's ``record_id``; None when it is gone, or for an
    id that isn't one (a draft is data from the vault, not trusted to be well formed)."""
    if as_int(record_id) is None:
        return None
    try:
        return get(record_id)
    except UserError:
        return None


def reopen_on_tab(window: MainWindow, tab: QWidget, data: dict[str, Any], record_id: int | None,
                  select: Callable[[int], object], open_new: Callable[[], Restorable | None],
                  open_chosen: Callable[[], Restorable | None]) -> None:
    """Show the Connecting ``tab`` and open its dialog again, filled from the draft ``data``:
    a new one when ``record_id`` is None, else the one for that record, chosen first."""
    window.show_connecting(tab)
    if record_id is None:
        dialog = open_new()
    else:
        select(record_id)
        dialog = open_chosen()
    if dialog is not None:
        dialog.restore_draft(data)

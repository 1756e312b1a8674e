"""Two steps many pages take with a dialog: open one that cleans up after itself, and ask
before doing something that can't be undone (warning in plain words if it is refused)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from peerjournal.errors import UserError

from peerjournal.ui.widgets import messages

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D, accepted: Callable[[], object] | None = None) -> D:
    """Open ``dialog`` window-modal (so tests and the lock can reach it); ``accepted`` runs on
    Save/OK, and the dialog is deleted once it closes."""
    if accepted is not None:
        dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
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

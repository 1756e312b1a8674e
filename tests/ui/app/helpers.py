"""Helpers the app tests share: typing a passphrase into the unlock dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.ui.app.unlock_dialog import UnlockDialog


def submit(qtbot, dialog: UnlockDialog, passphrase: str, again: str | None = None) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if again is not None:
        qtbot.keyClicks(dialog.confirm, again)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

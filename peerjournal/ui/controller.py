"""The unlock → main window → lock cycle. Locking drops the window, its models and the key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from peerjournal.storage.repository import Journal
from peerjournal.storage.vault import Vault

from peerjournal.ui.events import JournalEvents
from peerjournal.ui.main_window import MainWindow
from peerjournal.ui.unlock_dialog import UnlockDialog


class AppController(QObject):
    """Signals: ``windowShown(object)`` with each new MainWindow, ``finished()`` on quit."""

    windowShown = Signal(object)
    finished = Signal()

    def __init__(self, vault_path: Path, *, demo: bool = False, unlock_hint: str = "") -> None:
        super().__init__()
        self.vault_path = Path(vault_path)
        self.demo = demo
        self.unlock_hint = unlock_hint
        self.vault: Vault | None = None
        self.journal: Journal | None = None
        self.events: JournalEvents | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None

    def start(self, vault: Vault | None = None) -> None:
        """Show the unlock dialog, or go straight in with an already open vault (demo)."""
        if vault is not None:
            self._unlocked(vault)
        else:
            self.show_unlock()

    def show_unlock(self) -> UnlockDialog:
        dialog = UnlockDialog(self.vault_path, hint=self.unlock_hint)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self.quit)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _unlocked(self, vault: Vault) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.vault = vault
        self.journal = Journal(vault)
        self.events = JournalEvents(self.journal)
        window = MainWindow(self.journal, self.events, demo=self.demo)
        window.lockRequested.connect(self.lock)
        window.quitRequested.connect(self.quit)
        self.window = window
        window.show()
        self.windowShown.emit(window)

    def _drop_journal(self) -> None:
        if self.window is not None:
            self.window.close_for_lock()
            self.window.deleteLater()
            self.window = None
        if self.events is not None:
            self.events.detach()
            self.events.deleteLater()
            self.events = None
        self.journal = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def lock(self) -> UnlockDialog:
        """Close the connection and every view; ask for the passphrase again."""
        dialog = self.show_unlock()
        self._drop_journal()
        return dialog

    def quit(self) -> None:
        self._drop_journal()
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        self.finished.emit()
        app = QApplication.instance()
        if app is not None:
            app.quit()

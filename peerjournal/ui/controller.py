"""The unlock → main window → lock cycle, the prompt service and the tray icon.

Locking drops the window, its models and the key. The prompt service and tray live
for the whole run, so a locked PeerJournal in the tray can still say "Time for your
check-in" (and nothing more) and open the matching form after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from peerjournal import APP_NAME
from peerjournal.core.clock import utc_now
from peerjournal.core.prompts import Prompt
from peerjournal.storage.repository import Journal
from peerjournal.storage.settings_file import SettingsFile
from peerjournal.storage.vault import Vault

from peerjournal.ui import messages
from peerjournal.ui.events import JournalEvents
from peerjournal.ui.main_window import MainWindow
from peerjournal.ui.prompt_service import PromptService
from peerjournal.ui.tray import Tray, tray_available
from peerjournal.ui.unlock_dialog import UnlockDialog

TRAY_EXPLANATION = (
    f"{APP_NAME} keeps running in the tray so it can gently remind you at the times you chose. "
    "Your journal is locked now; click the tray icon to open it again.\n\n"
    "You can change this on the Prompts page, or choose Quit from the tray menu."
)


class AppController(QObject):
    """Signals: ``windowShown(object)`` with each new MainWindow, ``finished()`` on quit."""

    windowShown = Signal(object)
    finished = Signal()

    def __init__(
        self,
        vault_path: Path,
        *,
        demo: bool = False,
        unlock_hint: str = "",
        settings_file: SettingsFile | None = None,
        clock: Callable[[], datetime] = utc_now,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__()
        self.vault_path = Path(vault_path)
        self.demo = demo
        self.unlock_hint = unlock_hint
        self.clock = clock
        self.vault: Vault | None = None
        self.journal: Journal | None = None
        self.events: JournalEvents | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.pending_prompt: Prompt | None = None
        self.prompts = PromptService(settings_file or SettingsFile(), clock, self)
        self.tray: Tray | None = Tray(parent=self) if (tray_available() if use_tray is None else use_tray) else None
        if self.tray is not None:
            self.tray.openRequested.connect(self.bring_forward)
            self.tray.promptClicked.connect(self.open_prompt)
            self.tray.newCheckInRequested.connect(self._new_check_in)
            self.tray.lockRequested.connect(lambda: self.lock(show_dialog=False))
            self.tray.quitRequested.connect(self.quit)
            self.prompts.announce.connect(self._notify)
            self.tray.show()

    def start(self, vault: Vault | None = None) -> None:
        """Show the unlock dialog, or go straight in with an already open vault (demo)."""
        if vault is not None:
            self._unlocked(vault)
        else:
            self.show_unlock()
        self.prompts.start()

    # -- unlocking ----------------------------------------------------------------
    def show_unlock(self) -> UnlockDialog:
        if self.unlock_dialog is not None:
            self.unlock_dialog.show()
            self.unlock_dialog.raise_()
            return self.unlock_dialog
        dialog = UnlockDialog(self.vault_path, hint=self.unlock_hint)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _unlock_cancelled(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.pending_prompt = None
        if self.tray is None or not self.prompts.settings.keep_running_in_tray:
            self.quit()

    def _unlocked(self, vault: Vault) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.vault = vault
        self.journal = Journal(vault, self.clock)
        self.events = JournalEvents(self.journal)
        self.prompts.attach(self.journal)
        window = MainWindow(self.journal, self.events, demo=self.demo, prompts=self.prompts)
        window.lockRequested.connect(self.lock)
        window.quitRequested.connect(self.quit)
        window.closeRequested.connect(self._window_closed)
        self.window = window
        if self.tray is not None:
            self.tray.set_locked(False)
        window.show()
        self.windowShown.emit(window)
        if self.pending_prompt is not None:
            prompt, self.pending_prompt = self.pending_prompt, None
            window.act_on_prompt(prompt)

    # -- locking and closing ------------------------------------------------------------
    def _drop_journal(self) -> None:
        self.prompts.detach()
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
        if self.tray is not None:
            self.tray.set_locked(True)

    def lock(self, show_dialog: bool = True) -> UnlockDialog | None:
        """Close the connection and every view; ask for the passphrase again (or wait in the tray)."""
        dialog = self.show_unlock() if show_dialog or self.tray is None else None
        self._drop_journal()
        return dialog

    def _window_closed(self) -> None:
        settings = self.prompts.settings
        if self.tray is None or not settings.keep_running_in_tray:
            self.quit()
            return
        if not settings.tray_explained:
            messages.inform(self.window, f"{APP_NAME} is still here", TRAY_EXPLANATION)
            self.prompts.update_settings(replace(settings, tray_explained=True))
        self.lock(show_dialog=False)

    def quit(self) -> None:
        self._drop_journal()
        self.prompts.timer.stop()
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        if self.tray is not None:
            self.tray.hide()
        self.finished.emit()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- from the tray ----------------------------------------------------------------
    def bring_forward(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        else:
            self.show_unlock()

    def open_prompt(self, prompt: Prompt) -> None:
        """A notification was clicked: unlock first if needed, then open its form."""
        if self.window is not None:
            self.bring_forward()
            self.window.act_on_prompt(prompt)
        else:
            self.pending_prompt = prompt
            self.show_unlock()

    def _new_check_in(self) -> None:
        if self.window is not None:
            self.bring_forward()
            self.window.new_checkin()
        else:
            self.show_unlock()

    def _notify(self, prompt: Prompt) -> None:
        if self.tray is not None:
            self.tray.notify(prompt, self.prompts.facts(), self.prompts.settings.prompts.show_details)

"""App controller: closing to the tray or quitting, locking and unlocking again."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from peerjournal.core.records import MoodCheckIn
from peerjournal.storage.vault.database import open_vault
from tests.ui.app.helpers import submit
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.widgets import messages


def test_closing_the_window_keeps_running_in_the_tray_locked(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=True)
    finished = []
    ctl.finished.connect(lambda: finished.append(True))
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        vault = ctl.vault
        ctl.window.close()
        assert messages.shown and "still here" in messages.shown[-1][0]
        assert ctl.window is None and not vault.is_open and finished == []
        assert ctl.unlock_dialog is None  # waiting quietly in the tray
        assert settings_file.load().tray_explained
        ctl.bring_forward()
        assert ctl.unlock_dialog is not None and ctl.unlock_dialog.isVisible()
    finally:
        ctl._drop_journal()
        ctl.prompts.timer.stop()
        ctl.tray.hide()
        if ctl.unlock_dialog is not None:
            ctl.unlock_dialog.close()


def test_without_a_tray_closing_the_window_quits(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    finished = []
    ctl.finished.connect(lambda: finished.append(True))
    ctl.start(open_vault(vault_path, PASSPHRASE))
    ctl.window.close()
    assert finished == [True] and ctl.vault is None


def test_lock_drops_window_and_connection_then_unlock_restores(qtbot, journal, vault_path):
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=4, note="before locking"))
    journal.vault.close()
    ctl = AppController(vault_path)
    ctl.start(open_vault(vault_path, PASSPHRASE))
    window = ctl.window  # owned and deleted by the controller, so not given to qtbot
    vault = ctl.vault
    with qtbot.waitActive(window):
        window.activateWindow()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctl.window is None and ctl.journal is None and ctl.vault is None
    assert not vault.is_open  # the connection (and its key) is gone
    assert not window.isVisible()
    dialog = ctl.unlock_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.creating

    with qtbot.waitSignal(ctl.windowShown, timeout=20_000) as shown:
        submit(qtbot, dialog, PASSPHRASE)
    again = shown.args[0]
    assert again is not window
    assert again.timeline.model.rowCount() == 1
    ctl._drop_journal()


def test_a_failure_while_showing_the_journal_is_said_never_silent(qtbot, journal, vault_path, monkeypatch):
    """A read that fails while the window is built ("database disk image is malformed")
    closes the journal and says so in the unlock dialog, with the backup offered."""
    import sqlcipher3

    from peerjournal.ui.app import controller as controller_module

    journal.vault.close()

    def broken_window(*args, **kwargs):
        raise sqlcipher3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(controller_module, "MainWindow", broken_window)
    ctl = AppController(vault_path)
    dialog = ctl.show_unlock()
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: ctl.unlock_dialog is not None and ctl.unlock_dialog.error.isVisible(), timeout=20_000)
    shown = ctl.unlock_dialog
    qtbot.addWidget(shown)
    assert shown.isVisible()
    assert "could not be read" in shown.error.text()
    assert shown.restore_button.isVisible()
    assert ctl.vault is None and ctl.window is None and ctl.journal is None

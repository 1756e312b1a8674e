"""Creating a journal through the dialog, wrong passphrases, locking and unlocking again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.records import MoodCheckIn
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.unlock_dialog import FORGOTTEN_WARNING, UnlockDialog


@pytest.fixture
def controller(qtbot, vault_path):
    ctl = AppController(vault_path)
    yield ctl
    ctl._drop_journal()
    if ctl.unlock_dialog is not None:
        ctl.unlock_dialog.close()


def submit(qtbot, dialog: UnlockDialog, passphrase: str, again: str | None = None) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if again is not None:
        qtbot.keyClicks(dialog.confirm, again)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_create_a_journal_through_the_dialog(qtbot, controller, vault_path):
    dialog = controller.show_unlock()
    qtbot.addWidget(dialog)
    assert dialog.creating and dialog.confirm.isVisible()
    assert dialog.warning.isVisible() and dialog.warning.text() == FORGOTTEN_WARNING
    assert "no way to get back in" in FORGOTTEN_WARNING

    submit(qtbot, dialog, "short", "short")
    assert "at least 8 characters" in dialog.error.text()
    assert not vault_path.exists()

    submit(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    assert "not the same" in dialog.error.text()
    assert dialog.passphrase.text() == "" and dialog.confirm.text() == ""
    assert not vault_path.exists()

    with qtbot.waitSignal(controller.windowShown, timeout=20_000) as shown:
        submit(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert shown.args[0].isVisible()
    assert vault_path.exists() and (vault_path.stat().st_mode & 0o777) == 0o600


def test_strength_hint_follows_typing(qtbot, vault_path):
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "abc")
    weak = dialog.strength.value()
    qtbot.keyClicks(dialog.passphrase, "def ghij klmno pqrs tuvw")
    assert dialog.strength.value() > weak
    assert dialog.strength_label.text()


def test_wrong_passphrase_message_then_right_one(qtbot, journal, vault_path):
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=3, note="kept safe"))
    journal.vault.close()
    before = vault_path.read_bytes()

    ctl = AppController(vault_path)
    dialog = ctl.show_unlock()
    qtbot.addWidget(dialog)
    assert not dialog.creating and not dialog.confirm.isVisible()
    submit(qtbot, dialog, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert dialog.error.text() == "That passphrase doesn't open this journal."
    assert dialog.passphrase.text() == ""
    assert dialog.passphrase.isEnabled()
    assert vault_path.read_bytes() == before

    with qtbot.waitSignal(ctl.windowShown, timeout=20_000) as shown:
        submit(qtbot, dialog, PASSPHRASE)
    assert shown.args[0].timeline.model.rowCount() == 1
    ctl._drop_journal()


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


def test_not_a_vault_gets_its_own_message(qtbot, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some text, not a journal\n" * 200)
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    submit(qtbot, dialog, "whatever passphrase")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "not a PeerJournal journal" in dialog.error.text()

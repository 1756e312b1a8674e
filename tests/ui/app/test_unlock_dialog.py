"""Unlock dialog: creating a journal, the strength hint, wrong passphrases, files that are not a journal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLineEdit

from peerjournal.core.records import MoodCheckIn
from tests.ui.app.helpers import submit
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.unlock_dialog import FORGOTTEN_WARNING, UnlockDialog
from peerjournal.ui.widgets.passphrase_field import MASK


@pytest.fixture
def controller(qtbot, vault_path):
    ctl = AppController(vault_path)
    yield ctl
    ctl._drop_journal()
    if ctl.unlock_dialog is not None:
        ctl.unlock_dialog.close()


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


def test_show_button_shows_and_hides_both_fields_keeping_what_was_typed(qtbot, vault_path):
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "blue kettle")
    qtbot.keyClicks(dialog.confirm, "blue kettle")
    assert QLineEdit.text(dialog.passphrase) == MASK * 11  # hidden: Qt holds only bullets
    dialog.show_check.click()
    assert dialog.passphrase.is_shown() and dialog.confirm.is_shown()
    assert QLineEdit.text(dialog.passphrase) == MASK * 11 and dialog.show_check.text() == "Hide"  # painted only
    dialog.show_check.click()
    assert QLineEdit.text(dialog.confirm) == MASK * 11
    assert dialog.passphrase.text() == dialog.confirm.text() == "blue kettle"


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


def test_not_a_vault_gets_its_own_message(qtbot, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some text, not a journal\n" * 200)
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    submit(qtbot, dialog, "whatever passphrase")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "not a PeerJournal journal" in dialog.error.text()

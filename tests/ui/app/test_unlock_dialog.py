"""Unlock dialog: creating a journal, the strength hint, wrong passphrases, files that are not a journal."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from peerjournal.core.records import MoodCheckIn
from tests.ui.app.helpers import submit
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.unlock_dialog import FORGOTTEN_WARNING, SUPPORTER, UnlockDialog
from peerjournal.ui.widgets.passphrase_field import MASK


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
    # A mismatch keeps the first passphrase and says so under the second, which is typed again.
    assert "not the same" in dialog.match_label.text() and dialog.match_label.isVisible()
    assert dialog.passphrase.text() == PASSPHRASE and dialog.confirm.text() == ""
    assert dialog.focusWidget() is dialog.confirm
    assert not vault_path.exists()

    with qtbot.waitSignal(controller.windowShown, timeout=20_000) as shown:
        submit(qtbot, dialog, "", PASSPHRASE)  # the first is still there: only the second again
    assert shown.args[0].isVisible()
    assert vault_path.exists() and (vault_path.stat().st_mode & 0o777) == 0o600


def test_the_second_passphrase_says_live_whether_it_matches(qtbot, vault_path):
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.match_label.isHidden()
    qtbot.keyClicks(dialog.passphrase, "river stones")
    qtbot.keyClicks(dialog.confirm, "river")
    assert dialog.match_label.isVisible() and dialog.match_label.text() == "Not the same as the first passphrase yet."
    qtbot.keyClicks(dialog.confirm, " stones")
    assert dialog.match_label.text() == "The two passphrases match."
    qtbot.keyClicks(dialog.confirm, "!")
    assert dialog.match_label.text() == "This is not the same as the first passphrase."
    assert dialog.match_label.accessibleDescription() == "Whether the two passphrases match"
    assert dialog.match_label.accessibleName() == dialog.match_label.text()  # its words, said


def test_a_new_supporter_vault_is_not_called_a_journal(qtbot, vault_path):
    dialog = UnlockDialog(vault_path, kind=SUPPORTER)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith("Create your supporter vault")
    assert dialog.ok_button.text().replace("&", "") == "Create supporter vault"


def test_tab_goes_from_the_first_passphrase_to_the_second_not_to_show(qtbot, vault_path):
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.passphrase.setFocus()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.confirm.hasFocus, timeout=5000)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.show_check.hasFocus, timeout=5000)


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


# -- damage is said, and what an unfinished creation left is offered for removal ----------


def _flip(path, position: int) -> None:
    data = bytearray(path.read_bytes())
    data[position] ^= 0x10
    path.write_bytes(bytes(data))


def _damaged_journal_with_backup(journal, vault_path, position: int) -> bytes:
    from peerjournal.storage.files.backup import back_up

    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=3, note="in the backup"))
    back_up(journal.vault, now=datetime.now(UTC))
    journal.vault.close()
    _flip(vault_path, position)
    return vault_path.read_bytes()


def test_a_damaged_first_page_is_not_called_a_wrong_passphrase(qtbot, controller, journal, vault_path):
    before = _damaged_journal_with_backup(journal, vault_path, 2048)
    dialog = controller.show_unlock()
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "Your passphrase is right" in dialog.error.text()
    assert "damaged" in dialog.error.text()
    assert dialog.restore_button.isVisible()
    assert vault_path.read_bytes() == before

    with qtbot.waitSignal(controller.windowShown, timeout=30_000) as shown:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.restore_newest()
    assert shown.args[0].timeline.model.rowCount() == 1  # the backup's entry


def test_a_damaged_later_page_is_said_at_unlock_not_at_the_first_read(qtbot, controller, journal, vault_path):
    before = _damaged_journal_with_backup(journal, vault_path, 4096 + 1500)
    dialog = controller.show_unlock()
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "damaged" in dialog.error.text()
    assert dialog.restore_button.isVisible()
    assert controller.window is None and controller.vault is None
    assert vault_path.read_bytes() == before


def test_an_empty_journal_file_is_offered_for_removal(qtbot, controller, vault_path):
    vault_path.parent.mkdir(parents=True)
    vault_path.write_bytes(b"")
    dialog = controller.show_unlock()
    qtbot.addWidget(dialog)
    assert not dialog.creating
    assert dialog.leftover_label.isVisible() and "is empty" in dialog.leftover_label.text()
    assert "not a PeerJournal journal" not in dialog.leftover_label.text()
    assert not dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not vault_path.exists()
    again = controller.unlock_dialog
    assert again is not dialog and again.creating and again.isVisible()
    qtbot.addWidget(again)
    with qtbot.waitSignal(controller.windowShown, timeout=20_000):
        submit(qtbot, again, PASSPHRASE, PASSPHRASE)
    assert vault_path.stat().st_size > 0


def test_an_empty_file_beside_a_wal_with_frames_is_never_offered_for_removal(qtbot, vault_path):
    vault_path.parent.mkdir(parents=True)
    vault_path.write_bytes(b"")
    wal = vault_path.with_name(vault_path.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 5000)  # an older version's journal may be in it
    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.leftover_label.isVisible() and not dialog.remove_button.isVisible()


def test_an_unfinished_copy_from_an_earlier_create_is_offered_for_removal(qtbot, vault_path):
    folder = vault_path.parent
    folder.mkdir(parents=True)
    left = [folder / f".{vault_path.name}.0123456789abcdef.creating{suffix}" for suffix in ("", "-wal", "-shm")]
    for path in left:
        path.write_bytes(b"x" * 100)
        os.utime(path, (1_000_000, 1_000_000))  # long before this run
    mine = folder / f".{vault_path.name}.fedcba9876543210.creating"  # one being made right now
    mine.write_bytes(b"x")
    other = folder / "notes.creating"  # not ours
    other.write_bytes(b"x")

    dialog = UnlockDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.creating and dialog.leftover_label.isVisible()
    assert "unfinished" in dialog.leftover_label.text()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not any(path.exists() for path in left)
    assert mine.exists() and other.exists()
    assert not dialog.leftover_label.isVisible()


def test_unlocking_when_the_daily_backup_is_due_keys_a_connection_for_it(qtbot, journal, vault_path, clock):
    """Issue 20: the backup reads through its own connection, keyed here without a second derivation."""
    journal.vault.close()
    dialog = UnlockDialog(vault_path, clock=clock)
    qtbot.addWidget(dialog)
    opened: list = []
    dialog.unlocked.connect(opened.append)
    submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    vault = opened[0]
    try:
        assert vault.backup_reader is not None and vault.backup_reader is not vault.conn
    finally:
        vault.close()
    assert vault.backup_reader is None

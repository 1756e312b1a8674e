"""Changing the passphrase from the window: old one stops working, new one opens, data kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import WrongPassphrase
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import open_vault
from tests.faults import file_size_limit
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.passphrase_dialog import ChangePassphraseDialog

NEW = "a brand new 'passphrase'; ok"  # QTest can only type Latin-1; storage tests cover emoji


def fill_in(qtbot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.again, again)
    dialog.submit()


def test_change_passphrase(qtbot, journal, vault_path):
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=3, note="still here"))
    dialog = ChangePassphraseDialog(journal.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        fill_in(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert dialog.current.text() == dialog.new.text() == ""
    journal.vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    vault = open_vault(vault_path, NEW)
    try:
        assert [r.note for r in Journal(vault).timeline()] == ["still here"]
    finally:
        vault.close()


def test_wrong_current_passphrase_changes_nothing(qtbot, journal, vault_path):
    dialog = ChangePassphraseDialog(journal.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_in(qtbot, dialog, "not the current one", NEW, NEW)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert dialog.error.text() == "That passphrase doesn't open this journal."
    journal.vault.close()
    open_vault(vault_path, PASSPHRASE).close()


def test_mismatched_or_short_new_passphrase_is_refused_at_once(qtbot, journal):
    dialog = ChangePassphraseDialog(journal.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_in(qtbot, dialog, PASSPHRASE, NEW, NEW + "!")
    assert "not the same" in dialog.error.text()
    fill_in(qtbot, dialog, PASSPHRASE, "short", "short")
    assert "at least 8 characters" in dialog.error.text()


def test_a_full_disk_leaves_the_passphrase_unchanged_and_the_journal_usable(qtbot, journal, vault_path):
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=3, note="still here"))
    journal.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dialog = ChangePassphraseDialog(journal.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.again, NEW)
    with file_size_limit(100):  # the kernel refuses the rewritten pages, as a full disk does
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert dialog.error.text().startswith("The passphrase was not changed")
    assert "still opens with your current passphrase" in dialog.error.text()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert [r.note for r in journal.timeline()] == ["still here"]  # the session still reads
    journal.vault.close()
    vault = open_vault(vault_path, PASSPHRASE)
    vault.close()

"""A passphrase change on a full disk: the passphrase is unchanged, and the open journal stays usable."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import DiskFull, DiskProblem, WrongPassphrase
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import open_vault
from tests.faults import failing_writes, file_size_limit, reported_free_space
from tests.storage.conftest import NOW, PASSPHRASE, ago

NEW = "a brand new passphrase"
UNCHANGED = "The passphrase was not changed"


def _opens_with(path: Path, passphrase: str) -> int:
    vault = open_vault(path, passphrase)
    try:
        return Journal(vault, clock=lambda: NOW).counts()[EntryKind.MOOD]
    finally:
        vault.close()


def _with_checkins(journal: Journal) -> None:
    for n in range(5):
        journal.add_mood(MoodCheckIn(at=ago(hours=n + 1), mood=3, note=f"kept {n}"))
    journal.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_a_rekey_refused_by_the_disk_keeps_the_session_and_the_old_passphrase(journal, vault_path):
    _with_checkins(journal)
    # The kernel refuses writes past 100 bytes of any file: the rewritten pages don't fit.
    with file_size_limit(100), pytest.raises(DiskProblem) as caught:
        journal.vault.change_passphrase(PASSPHRASE, NEW)
    assert str(caught.value).startswith(UNCHANGED)
    assert "still opens with your current passphrase" in str(caught.value)
    # The session reads and writes as before (it used to say "file is not a database").
    assert journal.counts()[EntryKind.MOOD] == 5
    journal.add_mood(MoodCheckIn(at=ago(minutes=5), mood=4, note="after the failed change"))
    # A retry works once there is room, and no raw PRAGMA error shows up.
    journal.vault.change_passphrase(PASSPHRASE, NEW)
    journal.vault.close()
    assert _opens_with(vault_path, NEW) == 6
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)


def test_after_a_refused_rekey_the_file_still_opens_with_the_old_passphrase(journal, vault_path):
    _with_checkins(journal)
    with file_size_limit(100), pytest.raises(DiskProblem):
        journal.vault.change_passphrase(PASSPHRASE, NEW)
    journal.vault.close()
    assert _opens_with(vault_path, PASSPHRASE) == 5
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, NEW)


def test_a_full_disk_during_the_rekey_says_the_disk_is_full(journal):
    _with_checkins(journal)
    with failing_writes(journal.vault, statements=("PRAGMA REKEY",)), pytest.raises(DiskFull) as caught:
        journal.vault.change_passphrase(PASSPHRASE, NEW)
    assert str(caught.value).startswith(UNCHANGED + ": the disk is full.")
    assert journal.counts()[EntryKind.MOOD] == 5


def test_no_room_for_the_rewritten_pages_is_refused_before_starting(journal, vault_path):
    _with_checkins(journal)
    with reported_free_space(1000), pytest.raises(DiskFull) as caught:
        journal.vault.change_passphrase(PASSPHRASE, NEW)
    assert str(caught.value).startswith(UNCHANGED)
    assert journal.counts()[EntryKind.MOOD] == 5
    journal.vault.close()
    assert _opens_with(vault_path, PASSPHRASE) == 5

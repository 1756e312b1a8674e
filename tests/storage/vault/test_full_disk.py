"""A full or failing disk while saving: a plain error, nothing half-saved, the journal usable."""

from __future__ import annotations

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import DiskFailed, DiskFull, DiskProblem, UserError
from peerjournal.storage.journal import Journal
from tests.faults import SQLITE_IOERR, failing_writes, file_size_limit
from tests.storage.conftest import ago


def _mood(note: str = "kept") -> MoodCheckIn:
    return MoodCheckIn(at=ago(hours=1), mood=3, note=note)


def test_a_save_on_a_full_disk_is_a_plain_user_error(journal: Journal) -> None:
    with failing_writes(journal.vault) as disk, pytest.raises(DiskFull) as caught:
        journal.add_mood(_mood())
    assert disk.failures == 1
    assert isinstance(caught.value, UserError)
    assert "disk is full" in str(caught.value)
    assert journal.counts()[EntryKind.MOOD] == 0
    assert not journal.vault.conn.in_transaction


def test_a_commit_refused_by_a_full_disk_rolls_back_and_the_next_save_works(journal: Journal) -> None:
    with failing_writes(journal.vault, statements=("COMMIT",)) as disk:
        with pytest.raises(DiskFull):
            journal.add_mood(_mood("lost"))
        assert not journal.vault.conn.in_transaction  # else every later BEGIN would fail
        disk.free()
        journal.add_mood(_mood("saved after freeing space"))
    assert [m.note for m in journal.moods_between(ago(days=1), ago(seconds=0))] == [
        "saved after freeing space"]


def test_a_failing_disk_says_so(journal: Journal) -> None:
    with failing_writes(journal.vault, code=SQLITE_IOERR), pytest.raises(DiskFailed):
        journal.add_mood(_mood())


def test_a_write_failing_in_a_nested_batch_is_said_once_at_the_outermost(journal: Journal) -> None:
    with failing_writes(journal.vault, at=2), pytest.raises(DiskFull), journal.batch():
        journal.add_mood(_mood("first"))  # written, then rolled back with the batch
        journal.add_mood(_mood("second"))
    assert journal.counts()[EntryKind.MOOD] == 0


def test_a_real_refused_write_is_a_plain_error_and_loses_nothing_committed(journal: Journal) -> None:
    journal.add_mood(_mood("before"))
    journal.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The kernel refuses writes past the first 100 bytes of any file: the WAL can't grow.
    with file_size_limit(100), pytest.raises(DiskProblem):
        journal.add_mood(_mood("refused"))
    assert not journal.vault.conn.in_transaction
    journal.add_mood(_mood("after"))
    notes = sorted(m.note for m in journal.moods_between(ago(days=1), ago(seconds=0)))
    assert notes == ["after", "before"]

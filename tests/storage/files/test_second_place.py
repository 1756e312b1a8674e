"""The second place for backups: a checked, atomic copy; a place that is missing, full or read-only."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DiskFull, UserError
from peerjournal.storage.files import second_place
from peerjournal.storage.files.backup import (
    BackupCancelled,
    back_up,
    backups_dir,
    list_backups,
    verify_backup,
)
from peerjournal.storage.files.second_place import (
    SecondPlaceMissing,
    copy_to_second_place,
    has_copy_of,
    last_copy_remembered,
    missing_for_a_while,
    remember_last_copy,
    status,
)
from tests.faults import failing_file_writes
from tests.storage.conftest import NOW, PASSPHRASE, ago, folder_state


@pytest.fixture
def made(vault, journal) -> Path:
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, note="kept"))
    return back_up(vault, now=NOW)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "USB stick"
    folder.mkdir()
    return folder


def test_the_copy_is_the_backup_byte_for_byte_private_and_opens(made, stick, vault):
    copied = copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    assert copied == stick / made.name
    assert copied.read_bytes() == made.read_bytes()
    assert stat.S_IMODE(copied.stat().st_mode) == 0o600
    assert verify_backup(copied, PASSPHRASE).kind == vault.kind
    assert os.listdir(stick) == [made.name]  # no temp file left
    assert has_copy_of(made, stick)
    assert status(stick, vault.kind).last_copy == list_backups(backups_dir(vault.path))[0].created


def test_only_the_newest_copies_are_kept_there(vault, journal, stick):
    for hours in (3, 2, 1):
        copy_to_second_place(back_up(vault, now=NOW - timedelta(hours=hours)), stick, keep=2, kind=vault.kind)
    assert len(list_backups(stick, vault.kind)) == 2
    assert list_backups(stick)[0].created == (NOW - timedelta(hours=1)).astimezone().replace(microsecond=0)


def test_a_missing_place_is_said_plainly_and_never_created(made, stick, vault):
    shutil.rmtree(stick)
    with pytest.raises(SecondPlaceMissing, match="USB stick"):
        copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    assert not stick.exists()  # making it would put the "second" copy on this disk
    assert not status(stick, vault.kind).present


def test_a_place_that_disappears_after_a_copy_gets_a_note_only_after_a_while(made, stick, vault):
    copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    remember_last_copy(vault, NOW)
    assert last_copy_remembered(vault) == NOW
    shutil.rmtree(stick)  # the USB stick is unplugged
    place = status(stick, vault.kind)
    assert missing_for_a_while(place, last_copy_remembered(vault), NOW + timedelta(days=6), 7) is None
    assert missing_for_a_while(place, last_copy_remembered(vault), NOW + timedelta(days=8), 7) == 8
    stick.mkdir()  # plugged in again, empty: it is there, so no note
    assert missing_for_a_while(status(stick, vault.kind), last_copy_remembered(vault),
                               NOW + timedelta(days=30), 7) is None


def test_a_place_that_is_unplugged_during_the_copy_leaves_nothing(made, stick, vault, monkeypatch):
    real = second_place._digest

    def unplugged(path: Path) -> str:
        shutil.rmtree(stick)
        raise OSError(errno.ENOENT, "gone")

    monkeypatch.setattr(second_place, "_digest", unplugged)
    with pytest.raises(SecondPlaceMissing, match="went away"):
        copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    monkeypatch.setattr(second_place, "_digest", real)
    assert made.is_file()


def test_a_full_place_keeps_its_older_copies_and_leaves_no_temp(made, stick, vault, journal):
    older = copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    before = folder_state(stick)
    newer = back_up(vault, now=NOW + timedelta(hours=1))
    with failing_file_writes(at=1, error=errno.ENOSPC, under=stick), pytest.raises(DiskFull, match="full"):
        copy_to_second_place(newer, stick, keep=3, kind=vault.kind)
    assert folder_state(stick) == before
    assert verify_backup(older, PASSPHRASE)


def test_a_place_that_fills_up_mid_copy_leaves_no_temp(made, stick, vault):
    with failing_file_writes(at=2, error=errno.ENOSPC, under=stick), pytest.raises(DiskFull):
        copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    assert os.listdir(stick) == []


@pytest.mark.parametrize("error", [errno.EROFS, errno.EACCES])
def test_a_read_only_place_is_said_plainly(made, stick, vault, error):
    with failing_file_writes(at=1, error=error, under=stick), pytest.raises(UserError, match="read-only"):
        copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    assert os.listdir(stick) == []


def test_a_copy_that_reads_back_differently_is_not_kept(made, stick, vault, monkeypatch):
    monkeypatch.setattr(second_place, "_digest", lambda path: "not the same")
    with pytest.raises(UserError, match="Could not copy"):
        copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    assert os.listdir(stick) == []


def test_a_cancelled_copy_leaves_nothing(made, stick, vault):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BackupCancelled):
        copy_to_second_place(made, stick, keep=3, kind=vault.kind, cancel=cancel)
    assert os.listdir(stick) == []


def test_a_cancelled_backup_leaves_nothing_and_the_vault_works_on(vault, journal):
    folder = backups_dir(vault.path)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BackupCancelled):
        back_up(vault, folder, now=NOW, cancel=cancel)
    assert os.listdir(folder) == []
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
    assert verify_backup(back_up(vault, folder, now=NOW, cancel=threading.Event()), PASSPHRASE)


def test_the_newest_good_backup_is_found_in_either_place(vault, journal, stick):
    from peerjournal.storage.files.backup import newest_good_backup_in

    older = back_up(vault, now=NOW)
    newer = back_up(vault, stick, now=NOW + timedelta(hours=1))
    assert newest_good_backup_in([backups_dir(vault.path), stick], PASSPHRASE).path == newer
    newer.write_bytes(b"\0" * 4096)  # damaged on the stick: the one beside the journal is next
    assert newest_good_backup_in([backups_dir(vault.path), stick, None], PASSPHRASE).path == older
    shutil.rmtree(stick)
    assert newest_good_backup_in([stick], PASSPHRASE) is None


def test_a_copy_cut_short_by_a_crash_is_cleaned_before_the_next_one(made, stick, vault):
    import time

    leftover = stick / f".{made.name}.{'0' * 16}.tmp"
    leftover.write_bytes(b"half a copy")
    fresh = stick / f".{made.name}.{'1' * 16}.tmp"  # another PeerJournal's, still being written
    fresh.write_bytes(b"being written")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    copy_to_second_place(made, stick, keep=3, kind=vault.kind)
    assert sorted(os.listdir(stick)) == sorted([fresh.name, made.name])

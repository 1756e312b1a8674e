"""Leftovers of a killed session are removed at start; look-alikes, links and fresh files stay."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from peerjournal.storage.files.orphans import GRACE_SECONDS, clean_orphans
from peerjournal.storage.vault import integrity

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and uids")

STARTED = time.time()
OLD = STARTED - GRACE_SECONDS - 3600  # an hour before the grace time


def _make(path: Path, data: bytes = b"x" * 100, *, when: float = OLD) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (when, when))
    return path


def _check_folder(folder: Path, name: str = ".pjcheck-ab12cd_9", *, when: float = OLD) -> Path:
    check = folder / name
    check.mkdir(mode=0o700)
    for leftover in ("journal.pjvault", "journal.pjvault-wal", "journal.pjvault-shm"):
        _make(check / leftover, when=when)
    os.utime(check, (when, when))
    return check


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    _make(folder / "journal.pjvault")
    return folder


def test_both_kinds_of_leftover_go_and_look_alikes_stay(data: Path) -> None:
    check = _check_folder(data)
    backups = data / "backups"
    temp = _make(backups / ".journal-20261201-101500.pjbackup.0123456789abcdef.tmp")
    temp_journal = _make(backups / ".journal-20261201-101500.pjbackup.0123456789abcdef.tmp-journal")
    restoring = _make(data / ".journal.pjvault.fedcba9876543210.restoring")
    keep = [
        _make(backups / "journal-20261201-101500.pjbackup"),  # a real backup
        _make(backups / ".journal-20261201-101500.pjbackup.not-hex-at-all!.tmp"),
        _make(backups / "notes.pjbackup.0123456789abcdef.tmp"),  # no leading dot
        _make(data / ".pjcheck-notes.txt"),  # a file, and not 8 characters
        _make(data / ".other.pjvault.fedcba9876543210.restoring"),  # another file's name
        _make(data / "journal.pjvault"),
    ]
    removed = clean_orphans(data / "journal.pjvault", started=STARTED)
    assert sorted(removed) == sorted([check, temp, temp_journal, restoring])
    assert not check.exists() and not temp.exists() and not temp_journal.exists()
    assert not restoring.exists()
    assert all(path.exists() for path in keep)


def test_what_a_running_session_may_still_be_writing_stays(data: Path) -> None:
    fresh = _make(data / "backups" / ".journal-20261201-101500.pjbackup.0123456789abcdef.tmp",
                  when=time.time())
    fresh_check = _check_folder(data, ".pjcheck-fresh123", when=time.time())
    busy_check = _check_folder(data, ".pjcheck-busy1234")
    _make(busy_check / "journal.pjvault-wal", when=time.time())  # one file still changing
    assert clean_orphans(data / "journal.pjvault", started=STARTED) == []
    assert fresh.exists() and fresh_check.exists() and busy_check.exists()


def test_a_check_folder_made_by_the_integrity_check_is_recognised(data: Path) -> None:
    import tempfile

    made = Path(tempfile.mkdtemp(prefix=".pjcheck-", dir=data))  # as integrity.py makes it
    assert 'prefix=".pjcheck-"' in Path(integrity.__file__).read_text(encoding="utf-8")
    os.utime(made, (OLD, OLD))
    assert clean_orphans(data / "journal.pjvault", started=STARTED) == [made]


@posix_only
def test_links_are_never_followed(data: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    target_file = _make(elsewhere / "precious.txt")
    target_folder = elsewhere / "folder"
    target_folder.mkdir()
    _make(target_folder / "inside.txt")
    backups = data / "backups"
    backups.mkdir()
    link_temp = backups / ".journal-20261201-101500.pjbackup.0123456789abcdef.tmp"
    link_temp.symlink_to(target_file)
    link_check = data / ".pjcheck-linked12"
    link_check.symlink_to(target_folder, target_is_directory=True)
    check = _check_folder(data)
    (check / "journal.pjvault-shm").unlink()
    (check / "journal.pjvault-shm").symlink_to(target_file)  # a link inside: removed, not followed
    os.utime(check / "journal.pjvault-shm", (OLD, OLD), follow_symlinks=False)
    os.utime(check, (OLD, OLD))
    assert clean_orphans(data / "journal.pjvault", started=STARTED) == [check]
    assert link_temp.is_symlink() and link_check.is_symlink()
    assert target_file.read_bytes() == b"x" * 100 and (target_folder / "inside.txt").exists()


@posix_only
def test_a_backups_folder_that_is_a_link_is_not_entered(data: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    temp = _make(elsewhere / ".journal-20261201-101500.pjbackup.0123456789abcdef.tmp")
    (data / "backups").symlink_to(elsewhere, target_is_directory=True)
    assert clean_orphans(data / "journal.pjvault", started=STARTED) == []
    assert temp.exists()


def test_a_check_folder_holding_a_folder_is_not_ours(data: Path) -> None:
    check = _check_folder(data)
    (check / "sub").mkdir()
    assert clean_orphans(data / "journal.pjvault", started=STARTED) == []
    assert (check / "journal.pjvault").exists()


def test_no_folder_at_all_is_fine(tmp_path: Path) -> None:
    assert clean_orphans(tmp_path / "nowhere" / "journal.pjvault", started=STARTED) == []

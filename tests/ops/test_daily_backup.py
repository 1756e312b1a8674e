"""The daily backup and its copy to a second place, as the worker runs them at unlock."""

from __future__ import annotations

import shutil
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from peerjournal.ops.backup import back_up_now, daily_backup
from peerjournal.storage.files.backup import BackupCancelled, backups_dir, list_backups
from peerjournal.storage.files.second_place import last_copy_remembered
from tests.ops.conftest import NOW


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_without_a_second_place_only_the_daily_backup_is_made(vault, journal):
    result = daily_backup(vault, now=NOW, keep=3, second=None)
    assert result.made is not None and result.second.copied is None
    assert daily_backup(vault, now=NOW + timedelta(minutes=1), keep=3, second=None).made is None


def test_the_newest_backup_reaches_the_second_place_once(vault, journal, stick):
    result = daily_backup(vault, now=NOW, keep=3, second=stick)
    assert result.made is not None
    assert result.second.copied == stick / result.made.name
    assert last_copy_remembered(vault) == NOW
    again = daily_backup(vault, now=NOW + timedelta(minutes=1), keep=3, second=stick)
    assert (again.made, again.second.copied, again.second.problem) == (None, None, "")


def test_a_stick_plugged_in_later_the_same_day_gets_the_copy(vault, journal, stick):
    shutil.rmtree(stick)
    first = daily_backup(vault, now=NOW, keep=3, second=stick)
    assert first.second.missing and "stick" in first.second.problem
    assert first.made is not None and first.made.is_file()  # the backup beside the journal is fine
    assert last_copy_remembered(vault) is None
    stick.mkdir()
    later = daily_backup(vault, now=NOW + timedelta(hours=2), keep=3, second=stick)
    assert later.made is None and later.second.copied == stick / first.made.name


def test_back_up_now_copies_too(vault, journal, stick):
    made = back_up_now(vault, backups_dir(vault.path), keep=3, now=NOW, second=stick)
    assert made.second is not None and made.second.copied == stick / made.path.name


def test_a_cancelled_daily_backup_leaves_no_file(vault, journal, stick):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BackupCancelled):
        daily_backup(vault, now=NOW, keep=3, second=stick, cancel=cancel)
    assert list_backups(backups_dir(vault.path)) == [] and list(stick.iterdir()) == []


def test_a_place_missing_for_a_while_is_mentioned_only_after_the_days_chosen(vault, journal, stick):
    daily_backup(vault, now=NOW, keep=3, second=stick, missing_after=7)
    shutil.rmtree(stick)
    soon = daily_backup(vault, now=NOW + timedelta(days=3), keep=3, second=stick, missing_after=7)
    assert soon.second.missing and soon.missing_days is None
    later = daily_backup(vault, now=NOW + timedelta(days=9), keep=3, second=stick, missing_after=7)
    assert later.second.missing and later.missing_days == 9
    again = daily_backup(vault, now=NOW + timedelta(days=9, hours=2), keep=3, second=stick, missing_after=7)
    assert again.second.missing and again.missing_days is None  # once a day, never a nag
    tomorrow = daily_backup(vault, now=NOW + timedelta(days=10), keep=3, second=stick, missing_after=7)
    assert tomorrow.missing_days == 10

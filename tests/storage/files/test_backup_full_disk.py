"""A backup on a full disk says so plainly ("the disk is full") and leaves nothing behind."""

from __future__ import annotations

import errno
import os

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DiskFull, UserError
from peerjournal.storage.files.backup import back_up, list_backups
from tests.faults import (
    SQLITE_ERROR,
    failing_file_writes,
    failing_writes,
    reported_free_space,
)
from tests.storage.conftest import NOW, ago

FULL = ("Could not make a backup: the disk is full. Nothing was changed. Free some space on the "
        "disk (or choose another folder for backups), then try again.")


@pytest.fixture
def filled(journal):
    for n in range(20):
        journal.add_mood(MoodCheckIn(at=ago(hours=n + 1), mood=3, note="x" * 1000))
    return journal


def test_sqlcipher_export_reporting_a_full_disk_as_a_generic_error_is_said_plainly(filled, tmp_path):
    folder = tmp_path / "backups"
    # What sqlcipher_export really raises on a full disk: code 1, SQLite's words kept.
    with failing_writes(filled.vault, statements=("SELECT SQLCIPHER_EXPORT",), code=SQLITE_ERROR,
                        text="database or disk is full"), pytest.raises(DiskFull) as caught:
        back_up(filled.vault, folder, now=NOW)
    assert str(caught.value) == FULL
    assert os.listdir(folder) == []  # no temp file, no -journal
    back_up(filled.vault, folder, now=NOW)  # the vault is still fine for a backup
    assert len(list_backups(folder)) == 1


def test_a_generic_failure_with_no_room_left_is_a_full_disk(filled, tmp_path):
    folder = tmp_path / "backups"
    with failing_writes(filled.vault, statements=("SELECT SQLCIPHER_EXPORT",), code=SQLITE_ERROR,
                        text="some other failure"), reported_free_space(0), \
            pytest.raises(DiskFull) as caught:
        back_up(filled.vault, folder, now=NOW)
    assert str(caught.value) == FULL
    assert os.listdir(folder) == []


def test_a_generic_failure_with_room_left_is_not_called_a_full_disk(filled, tmp_path):
    folder = tmp_path / "backups"
    with failing_writes(filled.vault, statements=("SELECT SQLCIPHER_EXPORT",), code=SQLITE_ERROR,
                        text="some other failure"), pytest.raises(UserError) as caught:
        back_up(filled.vault, folder, now=NOW)
    assert not isinstance(caught.value, DiskFull)
    assert str(caught.value) == (
        "Could not make a backup: the copy did not come out right. Nothing was changed.")


def test_no_room_for_the_new_file_itself_is_a_full_disk(filled, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o700)
    with failing_file_writes(under=folder, error=errno.ENOSPC), pytest.raises(DiskFull) as caught:
        back_up(filled.vault, folder, now=NOW)
    assert str(caught.value) == FULL
    assert os.listdir(folder) == []

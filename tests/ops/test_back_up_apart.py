""""Back up now" in a worker (issue 20): through a connection of its own, never the window's."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DiskFull
from peerjournal.ops.backup import back_up_apart, can_back_up_apart, remember_copy
from peerjournal.storage.files.backup import BackupCancelled, list_backups
from peerjournal.storage.files.second_place import last_copy_remembered
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import Vault, open_vault
from tests.faults import SQLITE_ERROR, FailingConnection
from tests.ops.conftest import NOW, PASSPHRASE


class _Untouchable:
    """Stands in for the window's connection: any use of it fails the test."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the window's connection was used ({name})")


def _notes(path: Path) -> list[str]:
    vault = open_vault(path, PASSPHRASE)
    try:
        return [m.note for m in Journal(vault, clock=lambda: NOW).timeline()]
    finally:
        vault.close()


def test_the_backup_reads_through_its_own_connection_only(vault, journal, tmp_path):
    journal.add_mood(MoodCheckIn(at=NOW, mood=3, note="in the backup"))
    stick = tmp_path / "stick"
    stick.mkdir()
    real, vault._conn = vault._conn, _Untouchable()  # type: ignore[assignment]
    try:
        made = back_up_apart(vault, tmp_path / "b", keep=3, now=NOW, second=stick)
    finally:
        vault._conn = real
    assert made.second is not None and made.second.copied == stick / made.path.name
    assert last_copy_remembered(vault) is None  # remembered on the window's thread, afterwards
    remember_copy(vault, made, NOW)
    assert last_copy_remembered(vault) == NOW
    backup = tmp_path / "restored.pjvault"
    backup.write_bytes(made.path.read_bytes())
    assert _notes(backup) == ["in the backup"]


def test_its_connection_is_closed_afterwards_even_when_it_fails(vault, journal, tmp_path):
    opened: list[Any] = []
    real_open = Vault.open_second_connection

    def recording(self: Vault) -> Any:
        conn = real_open(self)
        fake = FailingConnection(conn, statements=("SELECT SQLCIPHER_EXPORT",), code=SQLITE_ERROR,
                                 text="database or disk is full")
        opened.append(conn)
        return fake

    with mock.patch.object(Vault, "open_second_connection", recording), pytest.raises(DiskFull):
        back_up_apart(vault, tmp_path / "b", keep=3, now=NOW)
    assert len(opened) == 1
    with pytest.raises(Exception, match="closed"):
        opened[0].execute("SELECT 1")
    assert os.listdir(tmp_path / "b") == []  # nothing left behind


def test_a_lock_meanwhile_stops_it_with_nothing_left(vault, journal, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BackupCancelled):
        back_up_apart(vault, tmp_path / "b", keep=3, now=NOW, cancel=cancel)
    assert list_backups(tmp_path / "b") == [] and os.listdir(tmp_path / "b") == []


def test_no_key_at_hand_after_a_passphrase_change_or_a_close(vault, journal):
    assert can_back_up_apart(vault)  # made here: the key derived for it is at hand
    vault.change_passphrase(PASSPHRASE, PASSPHRASE + " and more")
    assert not can_back_up_apart(vault) and vault.open_second_connection() is None
    again = open_vault(vault.path, PASSPHRASE + " and more", check_pages_later=True)
    try:
        assert can_back_up_apart(again)
        key = again._key
        again.close()
        assert not can_back_up_apart(again) and key is not None and not any(key)  # wiped
    finally:
        vault.close()

"""The daily backup reads through a connection of its own (issue 20): the vault's connection,
the window's, is never held, a change saved meanwhile lands whole in the journal and not half
in the backup, and the backup's connection is closed when it is done, stopped or locked."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import sqlcipher3

from peerjournal.core.records import MoodCheckIn
from peerjournal.ops.backup import backup_due_at, daily_backup
from peerjournal.storage.files import backup
from peerjournal.storage.files.backup import (
    BackupCancelled,
    back_up,
    backups_dir,
    list_backups,
    verify_backup,
)
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import _connect, _unlock, open_vault
from tests.storage.conftest import NOW, PASSPHRASE, ago

WAIT_S = 60


class HeldCancel(threading.Event):
    """A cancel event whose first look, from SQLite's progress handler in the middle of the export,
    waits until ``release`` (or a real cancel): the backup is deterministically half done."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()

    def is_set(self) -> bool:
        if not self.started.is_set():
            self.started.set()
            while not self.release.wait(0.01) and not super().is_set():
                pass
        return super().is_set()


@pytest.fixture
def reader_vault(closed_vault_path: Path, monkeypatch):
    """The vault as the app's unlock opens it when a backup is due: with a backup reader."""
    monkeypatch.setattr(backup, "_CANCEL_STEPS", 1)  # the progress handler's first look comes at once
    vault = open_vault(closed_vault_path, PASSPHRASE, check_pages_later=True, reader_if=lambda kind: True)
    yield vault
    vault.close()


def _in_thread(work) -> tuple[threading.Thread, dict]:  # noqa: ANN001
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def _moods_in(path: Path) -> int:
    conn = _connect(path, read_only=True)
    try:
        _unlock(conn, path, PASSPHRASE)
        return int(conn.execute("SELECT count(*) FROM moods").fetchone()[0])
    finally:
        conn.close()


def test_unlocking_when_a_backup_is_due_keys_a_reader_of_its_own(closed_vault_path):
    due = backup_due_at(closed_vault_path, NOW)
    vault = open_vault(closed_vault_path, PASSPHRASE, check_pages_later=True, reader_if=due)
    reader = vault.backup_reader
    assert reader is not None and reader is not vault.conn
    assert reader.execute("SELECT count(*) FROM moods").fetchone() == (1,)
    vault.close()  # a lock before the backup ran closes it too
    with pytest.raises(sqlcipher3.ProgrammingError):
        reader.execute("SELECT 1")


def test_no_reader_when_no_backup_is_due(closed_vault_path):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    back_up(vault, now=NOW)
    vault.close()
    vault = open_vault(closed_vault_path, PASSPHRASE, check_pages_later=True,
                       reader_if=backup_due_at(closed_vault_path, NOW))
    try:
        assert vault.backup_reader is None
    finally:
        vault.close()


def test_the_vaults_connection_reads_and_writes_while_the_backup_is_held(reader_vault):
    journal = Journal(reader_vault, clock=lambda: NOW)
    # A long busy timeout: a commit whose checkpoint waited for the backup would hang below.
    reader_vault.conn.execute("PRAGMA busy_timeout = 600000")
    held = HeldCancel()
    worker, outcome = _in_thread(lambda: daily_backup(reader_vault, now=NOW, keep=3, second=None, cancel=held))
    try:
        assert held.started.wait(WAIT_S)  # the export is under way, in the middle of a step
        reader, read = _in_thread(lambda: reader_vault.conn.execute("SELECT count(*) FROM moods").fetchone())
        reader.join(WAIT_S / 4)
        assert read.get("result") == (1,) and not held.release.is_set()
        writer, wrote = _in_thread(lambda: journal.add_mood(MoodCheckIn(at=ago(minutes=5), mood=2, note="mid-backup")))
        writer.join(WAIT_S / 4)
        assert "error" not in wrote and not writer.is_alive() and not held.release.is_set()
    finally:
        held.release.set()
        worker.join(WAIT_S)
    made = outcome["result"].made
    assert made is not None and verify_backup(made, PASSPHRASE)
    assert _moods_in(made) == 1  # the snapshot from before the save, whole
    assert reader_vault.conn.execute("SELECT count(*) FROM moods").fetchone() == (2,)
    assert reader_vault.backup_reader is None  # closed once the backup was made
    wal = Path(f"{reader_vault.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # what was saved meanwhile is in the main file


def test_a_backup_stopped_by_a_lock_leaves_nothing_and_closes_its_connection(reader_vault):
    held = HeldCancel()
    reader = reader_vault.backup_reader
    worker, outcome = _in_thread(lambda: daily_backup(reader_vault, now=NOW, keep=3, second=None, cancel=held))
    assert held.started.wait(WAIT_S)
    folder = backups_dir(reader_vault.path)
    assert any(name.endswith(".tmp") for name in os.listdir(folder))
    threading.Event.set(held)  # the lock cancels
    worker.join(WAIT_S)
    assert isinstance(outcome.get("error"), BackupCancelled)
    assert os.listdir(folder) == [] and list_backups(folder) == []
    assert reader_vault.backup_reader is None
    with pytest.raises(sqlcipher3.ProgrammingError):
        reader.execute("SELECT 1")  # type: ignore[union-attr]


def test_a_backup_through_the_reader_is_private_and_checked(reader_vault, monkeypatch):
    monkeypatch.setattr(backup, "_CANCEL_STEPS", 5_000)
    made = back_up(reader_vault, now=NOW)
    assert (made.stat().st_mode & 0o777) == 0o600
    assert verify_backup(made, PASSPHRASE).kind == reader_vault.kind
    assert not Path(f"{made}-journal").exists()

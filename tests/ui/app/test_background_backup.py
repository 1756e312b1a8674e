"""The daily backup runs off the GUI thread (issue 20): unlocking does not wait for it, and a
lock in the middle of it stops it with nothing half-written left, here or in the second place."""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.storage.files import backup, second_place
from peerjournal.storage.files.backup import backups_dir, list_backups, verify_backup
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController

WAIT_S = 60


@pytest.fixture
def ctl(qtbot, journal, vault_path, settings_file, clock):
    journal.add_mood(MoodCheckIn(at=clock(), mood=4, note="kept in the backup"))
    journal.vault.close()
    controller = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    yield controller
    controller._drop_journal()


@pytest.fixture
def slow_export(monkeypatch):
    """The export waits until ``release`` is set (or the job is cancelled) before it writes."""
    real = backup._export
    started, release = threading.Event(), threading.Event()

    def slow(vault, target: Path, cancel=None) -> None:  # noqa: ANN001
        started.set()
        while not release.is_set() and not (cancel is not None and cancel.is_set()):
            release.wait(0.01)
        real(vault, target, cancel)  # a cancelled job: SQLite's progress handler stops it for real

    monkeypatch.setattr(backup, "_export", slow)
    yield started, release
    release.set()


def test_unlocking_returns_before_the_backup_is_made(qtbot, ctl, vault_path, slow_export):
    started, release = slow_export
    ctl.start(open_vault(vault_path, PASSPHRASE))
    assert ctl.window is not None and ctl.window.isVisible()  # the window is there already
    assert ctl.backup_job is not None and ctl.backup_job.running
    assert started.wait(WAIT_S)
    assert list_backups(backups_dir(vault_path)) == []
    page = ctl.window.security
    assert "No backups" in page.backups.item(0).text()
    release.set()
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    made = list_backups(backups_dir(vault_path))
    assert len(made) == 1 and verify_backup(made[0].path, PASSPHRASE)
    assert page.backups.count() == 1 and "No backups" not in page.backups.item(0).text()


def test_locking_during_the_backup_stops_it_and_leaves_no_partial_file(qtbot, ctl, vault_path, slow_export):
    started, _release = slow_export
    ctl.start(open_vault(vault_path, PASSPHRASE))
    vault = ctl.vault
    assert started.wait(WAIT_S)
    folder = backups_dir(vault_path)
    assert any(name.endswith(".tmp") for name in os.listdir(folder))  # the backup is being written
    ctl.lock(show_dialog=False)
    assert ctl.window is None and not vault.is_open  # a lock always locks
    assert os.listdir(folder) == []  # no backup, no temp, no -journal
    qtbot.wait(50)  # the worker's result arrives after the lock and is dropped quietly
    assert ctl.backup_job is None


def test_locking_during_the_copy_to_the_second_place_leaves_nothing_there(qtbot, ctl, vault_path, settings_file,
                                                                           tmp_path, monkeypatch):
    stick = tmp_path / "USB stick"
    stick.mkdir()
    ctl.settings.update(replace(ctl.settings.settings, second_backup_folder=str(stick)))
    real = second_place._copy
    started = threading.Event()

    def slow(source: Path, target: Path, cancel=None) -> str:  # noqa: ANN001
        target.write_bytes(b"half")  # what a copy cut short would leave
        started.set()
        assert cancel is not None and cancel.wait(WAIT_S)
        target.unlink()
        return real(source, target, cancel)

    monkeypatch.setattr(second_place, "_copy", slow)
    ctl.start(open_vault(vault_path, PASSPHRASE))
    assert started.wait(WAIT_S)
    ctl.lock(show_dialog=False)
    assert ctl.window is None and os.listdir(stick) == []
    assert len(list_backups(backups_dir(vault_path))) == 1  # the backup beside the journal is whole


def test_the_daily_copy_reaches_the_second_place_and_a_missing_one_is_mentioned_gently(
        qtbot, ctl, vault_path, tmp_path, clock):
    stick = tmp_path / "USB stick"
    stick.mkdir()
    ctl.settings.update(replace(ctl.settings.settings, second_backup_folder=str(stick),
                                second_backup_missing_days=7))
    ctl.start(open_vault(vault_path, PASSPHRASE))
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    assert [info.path.name for info in list_backups(stick)] == [
        info.path.name for info in list_backups(backups_dir(vault_path))]
    ctl.lock(show_dialog=False)
    for info in list_backups(stick):
        info.path.unlink()
    stick.rmdir()  # unplugged
    clock.advance(days=10)
    ctl.start(open_vault(vault_path, PASSPHRASE))
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    note = ctl.window.statusBar().currentMessage()
    assert "USB stick" in note and "10 days ago" in note


def test_the_window_reads_while_the_daily_backup_is_half_way(qtbot, ctl, vault_path, monkeypatch):
    """Unlocked as the app does when a backup is due: the export, held in the middle of a step,
    holds its own connection, not the window's (issue 20: choosing a person froze 18.5 s)."""
    real = backup._export_through
    started, release = threading.Event(), threading.Event()
    safety = threading.Timer(WAIT_S, release.set)  # the old code would hang the GUI thread for good
    safety.start()

    class Held(threading.Event):
        def is_set(self) -> bool:
            started.set()
            release.wait()
            return cancel.is_set()

    cancel = threading.Event()

    def held(conn, target, job_cancel, *, snapshot):  # noqa: ANN001
        nonlocal cancel
        cancel = job_cancel
        real(conn, target, Held(), snapshot=snapshot)

    monkeypatch.setattr(backup, "_CANCEL_STEPS", 1)
    monkeypatch.setattr(backup, "_export_through", held)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE, check_pages_later=True, reader_if=lambda kind: True))
        assert started.wait(WAIT_S)
        assert ctl.journal is not None and ctl.journal.vault.conn.execute("SELECT count(*) FROM moods").fetchone()
        assert not release.is_set()  # read while the backup was still held
    finally:
        release.set()
        safety.cancel()
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    assert len(list_backups(backups_dir(vault_path))) == 1

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
from peerjournal.storage.vault import database
from peerjournal.storage.vault.database import Vault, create_vault, open_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController

WAIT_S = 60


def unlock(vault_path: Path, *, reader: bool = True) -> Vault:
    """As the app's unlock does when a daily backup is due: a connection of the backup's own."""
    return open_vault(vault_path, PASSPHRASE, check_pages_later=True, reader_if=lambda kind: reader)


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
    ctl.start(unlock(vault_path))
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
    ctl.start(unlock(vault_path))
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
    ctl.start(unlock(vault_path))
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
    ctl.start(unlock(vault_path))
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    assert [info.path.name for info in list_backups(stick)] == [
        info.path.name for info in list_backups(backups_dir(vault_path))]
    ctl.lock(show_dialog=False)
    for info in list_backups(stick):
        info.path.unlink()
    stick.rmdir()  # unplugged
    clock.advance(days=10)
    ctl.start(unlock(vault_path))
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
        ctl.start(unlock(vault_path))
        assert started.wait(WAIT_S)
        assert ctl.journal is not None and ctl.journal.vault.conn.execute("SELECT count(*) FROM moods").fetchone()
        assert not release.is_set()  # read while the backup was still held
    finally:
        release.set()
        safety.cancel()
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    assert len(list_backups(backups_dir(vault_path))) == 1


@pytest.fixture
def export_threads(monkeypatch):
    """The thread each backup export ran on."""
    real, threads = backup._export_through, []

    def recorded(conn, target, cancel, *, snapshot):  # noqa: ANN001
        threads.append(threading.current_thread())
        real(conn, target, cancel, snapshot=snapshot)

    monkeypatch.setattr(backup, "_export_through", recorded)
    return threads


def test_a_backup_without_a_connection_of_its_own_is_made_on_the_gui_thread(qtbot, ctl, vault_path, export_threads):
    """A new vault (and the demo) has no connection for the backup: the export goes through the
    window's, and a worker using it deadlocked against the window's reads (CI hung in the demo
    window test: SQLite's progress handler waiting for Python's lock, held by a read)."""
    vault = open_vault(vault_path, PASSPHRASE)
    assert vault.backup_reader is None
    ctl.start(vault)
    assert export_threads == [threading.main_thread()]
    assert ctl.backup_job is None and len(list_backups(backups_dir(vault_path))) == 1


def test_a_new_vault_is_backed_up_on_the_gui_thread(qtbot, tmp_path, settings_file, clock, export_threads):
    path = tmp_path / "new.pjvault"
    controller = AppController(path, settings_file=settings_file, clock=clock, use_tray=False)
    try:
        controller.start(create_vault(path, PASSPHRASE))
        assert export_threads == [threading.main_thread()]
        assert controller.journal is not None and controller.journal.people() == []
    finally:
        controller._drop_journal()
    assert len(list_backups(backups_dir(path))) == 1


def test_the_page_check_runs_in_a_worker_then_a_backup_with_no_connection_of_its_own_here(
        qtbot, ctl, vault_path, monkeypatch, export_threads):
    monkeypatch.setattr(database, "_open_reader", lambda path, key: None)  # it would not open
    vault = unlock(vault_path)
    assert vault.page_check is not None and vault.backup_reader is None
    ctl.start(vault)
    assert ctl.backup_job is not None  # the page check, in the worker
    qtbot.waitUntil(lambda: len(export_threads) == 1, timeout=WAIT_S * 1000)
    assert export_threads == [threading.main_thread()]
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    assert len(list_backups(backups_dir(vault_path))) == 1


def test_with_a_connection_of_its_own_the_export_runs_in_the_worker(qtbot, ctl, vault_path, export_threads):
    ctl.start(unlock(vault_path))
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_S * 1000)
    assert len(export_threads) == 1 and export_threads[0] is not threading.main_thread()

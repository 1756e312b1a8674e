"""Auto-lock keeps unsaved typing, daily backups, restoring a backup, and a damaged journal."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from typing import Any
from unittest import mock

from PySide6.QtCore import Qt

from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.storage.files.backup import backups_dir, list_backups, replaced_vaults
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import Vault
from tests.faults import SQLITE_ERROR, FailingConnection, failing_writes
from tests.ui.conftest import PASSPHRASE
from tests.ui.security.helpers import backup_made, start

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.security import security_page
from peerjournal.ui.widgets import messages


def unlock(qtbot, ctl: AppController):
    dialog = ctl.unlock_dialog
    with qtbot.waitSignal(ctl.windowShown, timeout=30_000) as shown:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.submit()
    backup_made(qtbot, ctl)
    return shown.args[0]


def test_auto_lock_keeps_half_written_entry_encrypted(qtbot, journal, vault_path, started):
    sam = journal.add_person(Person(name="Sam"))
    ctl = started()
    today = ctl.window.today
    today.mood_form.mood.setValue(2)
    today.mood_form.note.setPlainText("DRAFT-MARKER not finished yet")
    today.contact_form.people.set_selected([sam.id])
    assert ctl.autolock.running
    ctl.autolock.lockNow.emit("idle")
    assert ctl.window is None and ctl.vault is None and not ctl.autolock.running
    for path in vault_path.parent.rglob("*"):
        if path.is_file():
            assert b"DRAFT-MARKER" not in path.read_bytes(), path
    window = unlock(qtbot, ctl)
    assert window.today.mood_form.mood.value() == 2
    assert window.today.mood_form.note.toPlainText() == "DRAFT-MARKER not finished yet"
    assert window.today.contact_form.people.selected() == (sam.id,)
    assert ctl.journal.timeline() == []  # a draft, not an entry
    ctl.lock(show_dialog=True)
    window = unlock(qtbot, ctl)
    assert window.today.mood_form.note.toPlainText() == "DRAFT-MARKER not finished yet"  # kept again


def test_daily_backup_on_unlock_and_settings_reach_the_auto_lock(qtbot, journal, vault_path, started):
    ctl = started()
    folder = backups_dir(vault_path)
    assert len(list_backups(folder)) == 1
    page = ctl.window.security
    assert page.backups.count() == 1 and "No backups" not in page.backups.item(0).text()
    page.lock_after.setValue(12)
    page.lock_on_minimise.setChecked(True)
    assert ctl.autolock.idle_minutes == 12 and ctl.autolock.lock_on_minimise
    assert ctl.prompts.settings_file.load().lock_after_minutes == 12
    ctl.lock()
    unlock(qtbot, ctl)
    assert len(list_backups(folder)) == 1  # once a day, not at every unlock


def test_restore_a_backup_keep_or_go_back(qtbot, journal, vault_path, started):
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=5, note="in the backup"))
    ctl = started()
    ctl.journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=1, note="after the backup"))
    page = ctl.window.security
    page.backups.setCurrentRow(0)
    messages.next_answers.append(True)  # restore?
    messages.next_passphrases.append("not it")
    page.restore_button.click()
    assert "can't be restored" in messages.shown[-1][0]
    assert len(ctl.journal.timeline()) == 2  # nothing changed

    page = ctl.window.security
    page.backups.setCurrentRow(0)
    messages.next_answers.extend([True, False])  # restore, then "Go back"
    messages.next_passphrases.append(PASSPHRASE)
    page.restore_button.click()
    assert ctl.window is None  # locked again, the old journal back in place
    window = unlock(qtbot, ctl)
    assert {r.note for r in ctl.journal.timeline()} == {"in the backup", "after the backup"}

    window.security.backups.setCurrentRow(0)
    messages.next_answers.extend([True, True])  # restore, then keep it
    messages.next_passphrases.append(PASSPHRASE)
    window.security.restore_button.click()
    assert [r.note for r in ctl.journal.timeline()] == ["in the backup"]
    assert not list(vault_path.parent.glob("*.replaced-*"))  # confirmed: the old one is gone


def test_damaged_journal_offers_the_newest_good_backup(qtbot, journal, vault_path, tmp_path):
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=4, note="safe in a backup"))
    from peerjournal.storage.files.backup import back_up

    back_up(journal.vault, backups_dir(vault_path), now=datetime.now(UTC))
    journal.vault.close()
    data = bytearray(vault_path.read_bytes())
    for i in range(5000, 5200):  # damage a page (not the first, which would look like a wrong passphrase)
        data[i] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    damaged = bytes(data)
    # As after a crash: a write-ahead log is left beside it, so opening checks every page.
    vault_path.with_name(vault_path.name + "-wal").write_bytes(b"")

    ctl = AppController(vault_path, settings_file=SettingsFile(tmp_path / "settings"), use_tray=False)
    try:
        ctl.start()
        dialog = ctl.unlock_dialog
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.restore_button.isVisible(), timeout=30_000)
        assert "damaged" in dialog.error.text()
        assert vault_path.read_bytes() == damaged  # never overwritten
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        with qtbot.waitSignal(ctl.windowShown, timeout=30_000):
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert [r.note for r in Journal(ctl.vault).timeline()] == ["safe in a backup"]
        assert messages.shown[-1][0] == "Your journal was restored"
        (kept,) = replaced_vaults(vault_path)
        assert kept.read_bytes() == damaged
    finally:
        ctl._drop_journal()


def test_a_half_written_new_contact_in_its_dialog_comes_back_on_today(qtbot, journal, vault_path, started):
    sam = journal.add_person(Person(name="Sam"))
    ctl = started()
    dialog = ctl.window.log_contact_with(sam.id)
    dialog.form.note.setPlainText("half a thought about the call")
    ctl.autolock.lockNow.emit("idle")
    window = unlock(qtbot, ctl)
    assert window.today.contact_form.people.selected() == (sam.id,)
    assert window.today.contact_form.note.toPlainText() == "half a thought about the call"


def test_draft_kept_after_an_entry_dialog_was_used_and_closed(qtbot, journal, vault_path, started):
    ctl = started()
    ctl.window.log_activity().reject()  # opened and closed earlier in the session
    qtbot.wait(10)  # its deferred deletion runs
    ctl.window.today.mood_form.note.setPlainText("still here after locking")
    ctl.autolock.lockNow.emit("idle")
    window = unlock(qtbot, ctl)
    assert window.today.mood_form.note.toPlainText() == "still here after locking"


def test_an_edit_in_progress_reopens_with_its_changes(qtbot, journal, vault_path, started):
    mood = journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=3, note="as saved"))
    ctl = started()
    window = ctl.window
    window.timeline.reload()
    dialog = window.edit_entry(window.timeline.model.rows()[0])
    dialog.form.note.setPlainText("as I was changing it")
    ctl.autolock.lockNow.emit("idle")
    window = unlock(qtbot, ctl)
    dialog = window.entry_dialog
    assert dialog is not None and dialog.isVisible() and dialog.original.id == mood.id
    assert dialog.form.note.toPlainText() == "as I was changing it"
    assert ctl.journal.get_mood(mood.id).note == "as saved"  # not saved until the person says so


_FULL = ("Backup", (
    "Could not make a backup: the disk is full. Nothing was changed. Free some space on "
    "the disk (or choose another folder for backups), then try again."))


def test_back_up_now_without_a_key_at_hand_on_a_full_disk_says_the_disk_is_full(
        qtbot, journal, vault_path, started):
    """After a passphrase change no key is at hand for a second connection: the backup is made
    on the window's thread, through its connection, as before issue 20."""
    ctl = started()
    page = ctl.window.security
    ctl.journal.vault._forget_key()
    before = list_backups(page.folder)
    # sqlcipher_export's own way of saying it: a generic error in SQLite's words.
    with failing_writes(ctl.journal.vault, statements=("SELECT SQLCIPHER_EXPORT",),
                        code=SQLITE_ERROR, text="database or disk is full"):
        assert page.back_up_now() is None
    assert not page.backing_up
    assert messages.shown[-1] == _FULL
    assert list_backups(page.folder) == before
    assert sorted(os.listdir(page.folder)) == sorted(info.path.name for info in before)


def test_back_up_now_runs_in_a_worker_through_a_connection_of_its_own(qtbot, journal, vault_path, started):
    ctl = started(as_unlocking=True)
    page = ctl.window.security
    threads: list[threading.Thread] = []
    real = security_page.back_up_apart

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    window_export: list[str] = []
    ctl.journal.vault.conn.set_trace_callback(
        lambda sql: window_export.append(sql) if "sqlcipher_export" in sql else None)
    before = {info.path for info in list_backups(page.folder)}
    with mock.patch.object(security_page, "back_up_apart", recording):
        assert page.back_up_now() is None  # at once: the backup follows in a worker
        assert page.backing_up and not page.back_up_button.isEnabled()
        assert not page.backup_progress.isHidden()
        qtbot.waitUntil(lambda: not page.backing_up, timeout=60_000)
    ctl.journal.vault.conn.set_trace_callback(None)
    assert threads and threads[0] is not threading.main_thread()
    assert window_export == []  # the window's connection made none of it
    made = {info.path for info in list_backups(page.folder)} - before
    assert len(made) == 1 and page.status.text() == f"Backup made: {made.pop().name}"
    assert page.back_up_button.isEnabled() and page.backup_progress.isHidden()


def test_back_up_now_on_a_full_disk_says_so_and_leaves_the_old_backups(qtbot, journal, vault_path, started):
    ctl = started(as_unlocking=True)
    page = ctl.window.security
    before = {info.path: info.path.read_bytes() for info in list_backups(page.folder)}
    assert before  # the daily backup, made at unlock
    real_open = Vault.open_second_connection

    def full(self: Vault) -> Any:  # the worker's own connection meets a full disk
        return FailingConnection(real_open(self), statements=("SELECT SQLCIPHER_EXPORT",),
                                 code=SQLITE_ERROR, text="database or disk is full")

    with mock.patch.object(Vault, "open_second_connection", full):
        page.back_up_now()
        qtbot.waitUntil(lambda: not page.backing_up, timeout=60_000)
    assert messages.shown[-1] == _FULL
    assert {p: p.read_bytes() for p in before} == before  # the old backups, whole
    assert sorted(os.listdir(page.folder)) == sorted(p.name for p in before)
    assert page.back_up_button.isEnabled() and page.backup_progress.isHidden()


def test_a_lock_stops_back_up_now_and_closes_nothing_under_it(qtbot, journal, vault_path, tmp_path):
    journal.vault.close()
    ctl = start(qtbot, vault_path, tmp_path, as_unlocking=True)
    page = ctl.window.security
    before = sorted(os.listdir(page.folder))
    go_on = threading.Event()
    real = security_page.back_up_apart

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        go_on.wait(10)  # until the lock has begun
        return real(*args, **kwargs)

    with mock.patch.object(security_page, "back_up_apart", slow):
        page.back_up_now()
        job = page._backup_job
        assert job is not None
        ctl._stop_backup()  # what a lock does first, before it waits for the thread pool
        assert job.cancel.is_set() and not page.backing_up
        go_on.set()
        assert job.over.wait(30)
    ctl._drop_journal()
    assert sorted(os.listdir(page.folder)) == before  # stopped: nothing of it left

"""App controller: closing to the tray or quitting, locking and unlocking again, and a lock that
nothing stops (a full disk, a failing step)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.prompts import Prompt, PromptKind
from peerjournal.core.records import MoodCheckIn
from peerjournal.storage.drafts import load_draft
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import open_vault
from tests.ui.app.helpers import fill_disk, submit
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import stop_app

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.relaunch import LockedStart
from peerjournal.ui.journal.today_page import TODAY_DRAFT
from peerjournal.ui.widgets import messages


def test_closing_the_window_keeps_running_in_the_tray_locked(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=True)
    finished = []
    ctl.finished.connect(lambda: finished.append(True))
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        vault = ctl.vault
        ctl.window.close()
        assert messages.shown and "still here" in messages.shown[-1][0]
        assert ctl.window is None and not vault.is_open and finished == []
        assert ctl.unlock_dialog is None  # waiting quietly in the tray
        assert settings_file.load().tray_explained
        ctl.bring_forward()
        assert ctl.unlock_dialog is not None and ctl.unlock_dialog.isVisible()
    finally:
        stop_app(ctl)


def test_without_a_tray_closing_the_window_quits(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    finished = []
    ctl.finished.connect(lambda: finished.append(True))
    ctl.start(open_vault(vault_path, PASSPHRASE))
    ctl.window.close()
    assert finished == [True] and ctl.vault is None


def test_lock_drops_window_and_connection_then_unlock_restores(qtbot, journal, vault_path):
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=4, note="before locking"))
    journal.vault.close()
    ctl = AppController(vault_path)
    ctl.start(open_vault(vault_path, PASSPHRASE))
    window = ctl.window  # owned and deleted by the controller, so not given to qtbot
    vault = ctl.vault
    with qtbot.waitActive(window):
        window.activateWindow()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctl.window is None and ctl.journal is None and ctl.vault is None
    assert not vault.is_open  # the connection (and its key) is gone
    assert not window.isVisible()
    dialog = ctl.unlock_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.creating

    with qtbot.waitSignal(ctl.windowShown, timeout=20_000) as shown:
        submit(qtbot, dialog, PASSPHRASE)
    again = shown.args[0]
    assert again is not window
    assert again.timeline.model.rowCount() == 1
    ctl._drop_journal()


DISK_FULL_NOTICE = "Your unsaved typing could not be kept because the disk is full."


def unlock_again(qtbot, ctl: AppController):
    dialog = ctl.unlock_dialog
    with qtbot.waitSignal(ctl.windowShown, timeout=30_000) as shown:
        submit(qtbot, dialog, PASSPHRASE)
    return shown.args[0]


def test_a_full_disk_cannot_stop_a_lock(qtbot, journal, vault_path, settings_file, clock):
    """Saving the draft and the prompts' state both fail: the lock still happens, and the
    person is told what could not be kept."""
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        window, vault = ctl.window, ctl.vault
        window.today.mood_form.note.setPlainText("typed, not saved yet")
        full = fill_disk(vault)

        dialog = ctl.lock()

        assert full.refused >= 2  # the draft and the prompts' state were both tried
        assert ctl.window is None and ctl.journal is None and ctl.vault is None and ctl.events is None
        assert not window.isVisible()
        assert not vault.is_open
        assert dialog is ctl.unlock_dialog and dialog.isVisible()
        assert dialog.error.isVisible()
        assert "Your journal is locked." in dialog.error.text()
        assert DISK_FULL_NOTICE in dialog.error.text()
        assert not ctl.autolock.running  # locked: nothing to watch

        again = unlock_again(qtbot, ctl)
        assert ctl.autolock.running  # the next session is watched again
        assert again.today.mood_form.note.toPlainText() == ""  # nothing was kept, as said
    finally:
        ctl.quit()


def test_a_full_disk_cannot_stop_auto_lock_even_in_the_tray(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=True)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        window, vault = ctl.window, ctl.vault
        window.today.mood_form.note.setPlainText("typed, not saved yet")
        fill_disk(vault)

        ctl.autolock.lockNow.emit("idle")

        assert ctl.window is None and ctl.vault is None and not vault.is_open and not window.isVisible()
        # Locking from the tray usually waits there quietly; a loss is said at once instead.
        dialog = ctl.unlock_dialog
        assert dialog is not None and dialog.isVisible()
        assert DISK_FULL_NOTICE in dialog.error.text()
        unlock_again(qtbot, ctl)
        assert ctl.autolock.running
    finally:
        ctl.quit()


def test_a_lock_that_went_well_says_nothing_more(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        ctl.window.today.mood_form.note.setPlainText("typed, not saved yet")
        dialog = ctl.lock()
        assert not dialog.error.isVisible()
        again = unlock_again(qtbot, ctl)
        assert again.today.mood_form.note.toPlainText() == "typed, not saved yet"
    finally:
        ctl.quit()


def test_auto_lock_tries_again_when_a_lock_fails(qtbot, journal, vault_path, settings_file, clock, monkeypatch):
    """Whatever goes wrong in one lock, auto-lock keeps watching and locks at the next tick."""
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        real_lock = ctl.lock
        calls = []

        def failing_once(show_dialog: bool = True):
            calls.append(show_dialog)
            if len(calls) == 1:
                raise RuntimeError("a bug in some step of locking")
            return real_lock(show_dialog)

        monkeypatch.setattr(ctl, "lock", failing_once)
        ctl.autolock.set_idle_minutes(1)
        monkeypatch.setattr(ctl.autolock, "idle_for", lambda: 3600.0)
        ctl.autolock.check()  # the first try fails
        assert len(calls) == 1 and ctl.window is not None
        assert ctl.autolock.running  # still watching
        ctl.autolock.check()  # the next tick locks
        assert len(calls) == 2 and ctl.window is None and ctl.vault is None
    finally:
        ctl.quit()


def test_lock_starts_afresh_after_keeping_the_draft_and_closing_the_vault(qtbot, journal, vault_path, settings_file,
                                                                         clock):
    """The real app replaces the process at lock (so nothing typed stays in memory); the
    controller calls that hook only once the draft is kept and the vault closed."""
    journal.vault.close()
    seen = []

    def relaunch(locked: LockedStart) -> None:
        seen.append((locked, ctl.window, ctl.vault, vault.is_open))
        raise SystemExit  # what os.execv amounts to: this process goes no further

    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False, relaunch=relaunch)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        vault = ctl.vault
        ctl.window.today.mood_form.note.setPlainText("kept before starting afresh")
        with pytest.raises(SystemExit):
            ctl.lock(show_dialog=False)
        assert seen == [(LockedStart(vault_path, show_dialog=False), None, None, False)]
        assert ctl.unlock_dialog is None  # the fresh process shows it
        kept = open_vault(vault_path, PASSPHRASE)
        try:
            assert load_draft(Journal(kept), TODAY_DRAFT) is not None
        finally:
            kept.close()
    finally:
        ctl.relaunch = None
        ctl.quit()


def test_a_fresh_start_that_fails_still_locks_here(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()

    def relaunch(locked: LockedStart) -> None:
        raise OSError("the program file is gone (an update?)")

    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False, relaunch=relaunch)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        fill_disk(ctl.vault)
        ctl.window.today.mood_form.note.setPlainText("typed")
        dialog = ctl.lock()
        assert ctl.window is None and ctl.vault is None
        assert dialog is not None and dialog.isVisible() and DISK_FULL_NOTICE in dialog.error.text()
        assert ctl.lock() is dialog  # locked already: nothing to start afresh
    finally:
        ctl.quit()


def test_a_fresh_locked_start_waits_in_the_tray_or_says_what_was_lost(qtbot, vault_path, journal, settings_file,
                                                                       clock):
    journal.vault.close()
    quiet = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=True)
    told = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=True)
    try:
        due = clock()
        waiting = Prompt(PromptKind.CHECK_IN, f"check_in|{due.date().isoformat()}|09:00", due)
        quiet.start(locked=LockedStart(vault_path, show_dialog=False, waiting=(waiting,)))
        assert quiet.unlock_dialog is None and quiet.vault is None
        assert waiting in quiet.prompts.waiting  # the banner shows it after unlocking, as before
        told.start(locked=LockedStart.parse(vault_path, "tray", "typing-full,whatever"))
        assert told.unlock_dialog is not None and told.unlock_dialog.isVisible()
        assert DISK_FULL_NOTICE in told.unlock_dialog.error.text()
        unlock_again(qtbot, told)
        assert told.autolock.running
    finally:
        for ctl in (quiet, told):
            ctl.quit()


def test_restoring_a_backup_starts_afresh_only_once_it_is_done(qtbot, journal, vault_path, settings_file, clock):
    """Restoring closes the journal and opens the backup in this process; "Go back" then locks
    as Lock does, through the fresh start."""
    from peerjournal.storage.files.backup import back_up, backups_dir

    backup = back_up(journal.vault, backups_dir(vault_path), now=datetime.now(UTC))
    journal.vault.close()
    fresh = []
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False,
                        relaunch=fresh.append)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        messages.next_passphrases.append(PASSPHRASE)
        messages.next_answers.append(False)  # "Go back"
        assert ctl.restore_backup(backup) is False
        assert fresh == [LockedStart(vault_path)]  # once, after going back; none in the middle
        assert ctl.window is None and ctl.vault is None and ctl.unlock_dialog is not None
    finally:
        ctl.relaunch = None
        ctl.quit()


def test_a_journal_that_can_not_grow_still_locks_and_says_the_disk_is_full(qtbot, journal, vault_path, settings_file,
                                                                          clock):
    """A real SQLITE_FULL: the file may not grow (max_page_count), and a long note needs new
    pages. SQLite rolls the transaction back itself, so what reaches the lock is the failed
    ROLLBACK after it; the notice still says the disk is full."""
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        vault = ctl.vault
        ctl.window.today.mood_form.note.setPlainText("a long thought " * 20_000)
        pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
        vault.conn.execute(f"PRAGMA max_page_count = {pages}")
        dialog = ctl.lock()
        assert ctl.window is None and ctl.vault is None and not vault.is_open
        assert DISK_FULL_NOTICE in dialog.error.text()
    finally:
        ctl.quit()


def test_a_failure_while_showing_the_journal_is_said_never_silent(qtbot, journal, vault_path, monkeypatch):
    """A read that fails while the window is built ("database disk image is malformed")
    closes the journal and says so in the unlock dialog, with the backup offered."""
    import sqlcipher3

    from peerjournal.ui.app import controller as controller_module

    journal.vault.close()

    def broken_window(*args, **kwargs):
        raise sqlcipher3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(controller_module, "MainWindow", broken_window)
    ctl = AppController(vault_path)
    dialog = ctl.show_unlock()
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: ctl.unlock_dialog is not None and ctl.unlock_dialog.error.isVisible(), timeout=20_000)
    shown = ctl.unlock_dialog
    qtbot.addWidget(shown)
    assert shown.isVisible()
    assert "could not be read" in shown.error.text()
    assert shown.restore_button.isVisible()
    assert ctl.vault is None and ctl.window is None and ctl.journal is None


def test_the_journal_menu_opens_supporter_mode_beside_the_journal(qtbot, journal, vault_path, settings_file):
    journal.vault.close()
    asked: list[str] = []
    ctl = AppController(vault_path, settings_file=settings_file, use_tray=False, open_other=asked.append)
    ctl.start(open_vault(vault_path, PASSPHRASE))
    window = ctl.window
    assert window.other_kind_action.isVisible()
    assert window.other_kind_action in window.menuBar().actions()[0].menu().actions()
    window.other_kind_action.trigger()
    assert asked == ["supporter"]
    assert ctl.window is window and ctl.vault is not None and ctl.vault.is_open  # this journal stays open
    assert "Supporter mode opens in a window of its own" in window.statusBar().currentMessage()
    ctl.quit()


def test_without_a_way_to_start_another_the_menu_does_not_offer_it(qtbot, journal, vault_path, settings_file):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, use_tray=False)
    ctl.start(open_vault(vault_path, PASSPHRASE))
    assert not ctl.window.other_kind_action.isVisible()
    ctl.quit()

"""The check of every page runs after the window is shown (issue 20): damage it finds is said as
unlocking says it, with the newest backup offered, and a lock stops it."""

from __future__ import annotations

import threading

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DamagedVault
from peerjournal.storage.files.backup import back_up, backups_dir, list_backups
from peerjournal.storage.vault import page_check
from peerjournal.storage.vault.database import open_vault
from tests.ui.app.helpers import submit
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController

WAIT_MS = 60_000
PAGE = 4096


@pytest.fixture
def ctl(qtbot, journal, vault_path, settings_file, clock):
    with journal.batch():
        for i in range(200):
            journal.add_mood(MoodCheckIn(at=clock(), mood=i % 5 + 1, note=f"entry {i} " + "x" * 300))
    back_up(journal.vault, now=clock())
    with journal.vault.transaction() as conn:  # pages at the end of the file nothing on screen reads
        conn.execute("CREATE TABLE unread_filler (x BLOB)")
        conn.executemany("INSERT INTO unread_filler VALUES (randomblob(3000))", [()] * 20)
    journal.vault.close()
    controller = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    yield controller
    controller._drop_journal()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


def _flip_a_late_page(path) -> bytes:
    """Damage the last page (the filler's: nothing the window reads); the bytes after."""
    with path.open("r+b") as handle:
        handle.seek(-PAGE + 1500, 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0x10]))
    return path.read_bytes()


def test_damage_found_after_the_window_is_said_with_the_backup_offered(qtbot, ctl, vault_path):
    vault = open_vault(vault_path, PASSPHRASE, check_pages_later=True)
    assert vault.page_check is not None  # nothing but page 1 and the schema was read so far
    damaged = _flip_a_late_page(vault_path)
    backups = list_backups(backups_dir(vault_path))
    ctl.start(vault)
    qtbot.waitUntil(lambda: ctl.unlock_dialog is not None and ctl.unlock_dialog.restore_button.isVisible(),
                    timeout=WAIT_MS)
    dialog = ctl.unlock_dialog
    assert dialog.error.text().startswith(str(DamagedVault(vault_path)))  # the words unlocking uses
    assert "Restore the newest good backup" in dialog.error.text()
    assert ctl.window is None and ctl.vault is None and not vault.is_open
    assert vault_path.read_bytes() == damaged  # nothing kept into the damaged file
    assert list_backups(backups_dir(vault_path)) == backups  # no backup made of it


def test_a_sound_journal_is_checked_then_backed_up(qtbot, ctl, vault_path, monkeypatch):
    checked = []
    real = page_check.PageCheck.run
    monkeypatch.setattr(page_check.PageCheck, "run", lambda self, cancel=None: checked.append(1) or real(self, cancel))
    ctl.start(open_vault(vault_path, PASSPHRASE, check_pages_later=True))
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=WAIT_MS)
    assert checked == [1]
    assert ctl.window is not None and ctl.window.isVisible()
    assert ctl.unlock_dialog is None


def test_a_lock_stops_the_check_and_nothing_is_said_after(qtbot, ctl, vault_path, monkeypatch):
    started, stopped = threading.Event(), threading.Event()

    def slow(self, cancel=None):  # noqa: ANN001
        started.set()
        assert cancel is not None and cancel.wait(WAIT_MS / 1000)  # until the lock cancels it
        stopped.set()
        return ["cipher_integrity_check: HMAC verification failed for page 2"]  # too late to say

    monkeypatch.setattr(page_check.PageCheck, "run", slow)
    vault = open_vault(vault_path, PASSPHRASE, check_pages_later=True)
    ctl.start(vault)
    assert started.wait(WAIT_MS / 1000)
    ctl.lock(show_dialog=False)
    assert stopped.is_set()  # the lock waited for the worker to let go
    assert ctl.window is None and not vault.is_open
    qtbot.wait(100)  # the worker's result arrives after the lock and is dropped
    assert ctl.unlock_dialog is None or not ctl.unlock_dialog.restore_button.isVisible()
    assert list_backups(backups_dir(vault_path)) != []  # only the one made before


def test_unlocking_in_the_dialog_shows_the_window_then_says_the_damage(qtbot, ctl, vault_path):
    damaged = _flip_a_late_page(vault_path)
    dialog = ctl.show_unlock()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(ctl.windowShown, timeout=WAIT_MS):  # the window comes first
        submit(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: ctl.unlock_dialog is not None and ctl.unlock_dialog.restore_button.isVisible(),
                    timeout=WAIT_MS)
    assert ctl.unlock_dialog.error.text().startswith(str(DamagedVault(vault_path)))
    assert ctl.window is None and ctl.vault is None
    assert vault_path.read_bytes() == damaged

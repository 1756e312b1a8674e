"""The second place on the Security page: choose it, its plain status, backups of both places
listed and restored, and a damaged journal restored from the second place alone."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from peerjournal.core.records import MoodCheckIn
from peerjournal.storage.files.backup import back_up, backups_dir, list_backups
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.security.helpers import backup_made

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.widgets import files, messages


def test_choose_a_second_place_then_back_up_now_copies_there(qtbot, journal, vault_path, tmp_path, started):
    stick = tmp_path / "USB stick"
    stick.mkdir()
    ctl = started()
    page = ctl.window.security
    row = page.second_place
    assert not row.stop_button.isVisible() and "this computer only" in row.status.text()
    files.next_paths.append(stick)
    qtbot.mouseClick(row.choose_button, Qt.MouseButton.LeftButton)
    assert ctl.settings.settings.second_backup_folder == str(stick)
    assert "No copy there yet" in row.status.text()
    made = page.back_up_now()
    assert made is not None and (stick / made.name).read_bytes() == made.read_bytes()
    assert "copied to USB stick" in page.status.text()
    assert row.status.text() == "Last copy to USB stick: today."
    on_stick = [page.backups.item(i).text() for i in range(page.backups.count())]
    assert sum("on USB stick" in text for text in on_stick) == 1
    shutil.rmtree(stick)  # unplugged
    page.reload_backups()
    assert "not there right now" in row.status.text()
    qtbot.mouseClick(row.stop_button, Qt.MouseButton.LeftButton)
    assert ctl.settings.settings.second_backup_folder == ""
    assert "this computer only" in row.status.text()


def test_the_status_says_how_long_ago_the_last_copy_was(qtbot, journal, vault_path, tmp_path, started):
    stick = tmp_path / "stick"
    stick.mkdir()
    back_up(journal.vault, stick, now=datetime.now(UTC) - timedelta(days=3))
    ctl = started()
    row = ctl.window.security.second_place
    row.service.update(replace(row.service.settings, second_backup_folder=str(stick)))
    row.refresh()
    assert row.status.text().startswith("Last copy to stick: 3 days ago")


def test_a_backup_on_the_second_place_is_restored_like_any_other(qtbot, journal, vault_path, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=5, note="on the stick"))
    back_up(journal.vault, stick, now=datetime.now(UTC) + timedelta(hours=1))  # the newest of all
    journal.vault.close()
    settings = SettingsFile(tmp_path / "settings")
    ctl = AppController(vault_path, settings_file=settings, use_tray=False)
    ctl.settings.update(replace(ctl.settings.settings, second_backup_folder=str(stick)))
    ctl.start(open_vault(vault_path, PASSPHRASE))
    backup_made(qtbot, ctl)
    try:
        ctl.journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=1, note="after it"))
        page = ctl.window.security
        page.backups.setCurrentRow(0)
        assert "on stick" in page.backups.currentItem().text()
        messages.next_answers.extend([True, True])  # restore, then keep it
        messages.next_passphrases.append(PASSPHRASE)
        page.restore_button.click()
        assert [r.note for r in ctl.journal.timeline()] == ["on the stick"]
    finally:
        ctl._drop_journal()


def test_a_damaged_journal_is_restored_from_the_second_place_when_the_first_is_gone(
        qtbot, journal, vault_path, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=4, note="safe on the stick"))
    back_up(journal.vault, stick, now=datetime.now(UTC))
    journal.vault.close()
    shutil.rmtree(backups_dir(vault_path))
    data = bytearray(vault_path.read_bytes())
    for i in range(5000, 5200):  # a damaged page, as in test_security_page
        data[i] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    vault_path.with_name(vault_path.name + "-wal").write_bytes(b"")
    ctl = AppController(vault_path, settings_file=SettingsFile(tmp_path / "settings"), use_tray=False)
    ctl.settings.update(replace(ctl.settings.settings, second_backup_folder=str(stick)))
    try:
        ctl.start()
        dialog = ctl.unlock_dialog
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.restore_button.isVisible(), timeout=30_000)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        with qtbot.waitSignal(ctl.windowShown, timeout=30_000):
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert [r.note for r in Journal(ctl.vault).timeline()] == ["safe on the stick"]
        backup_made(qtbot, ctl)
        assert len(list_backups(stick)) >= 1
    finally:
        ctl._drop_journal()

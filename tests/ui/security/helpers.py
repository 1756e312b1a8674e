"""Helpers the Security page tests share: a controller on an open journal, its background backup done."""

from __future__ import annotations

from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController


def start(qtbot, vault_path, tmp_path, *, as_unlocking: bool = False) -> AppController:
    """``as_unlocking``: open the vault as the unlock dialog does (its key kept at hand for a
    connection of the backup's own, its pages checked in the background)."""
    ctl = AppController(vault_path, settings_file=SettingsFile(tmp_path / "settings"), use_tray=False)
    ctl.start(open_vault(vault_path, PASSPHRASE, check_pages_later=as_unlocking))
    backup_made(qtbot, ctl)
    return ctl


def backup_made(qtbot, ctl: AppController) -> None:
    """The daily backup runs in the background (issue 20): wait until it is done."""
    qtbot.waitUntil(lambda: ctl.backup_job is None, timeout=60_000)

"""Support plan fixtures: an app started on the test's journal (unlocked or locked, with a tray),
stopped after the test; its tray's actions; unlocking it as a person does."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import stop_app

from peerjournal.ui.app.controller import AppController


@pytest.fixture
def controller_files(tmp_path):
    return SettingsFile(tmp_path / "settings")


def tray_action(ctl: AppController, text: str) -> QAction:
    """The one action of the tray icon's menu that reads ``text``."""
    assert ctl.tray is not None
    (action,) = [a for a in ctl.tray.menu.actions() if a.text() == text]
    return action


@pytest.fixture
def started(journal, vault_path, controller_files):
    """Starts the app on the journal as the test left it (its connection closed): unlocked, or
    ``locked`` at its unlock dialog; with a tray icon unless ``use_tray`` is false. Each app is
    stopped after the test."""
    apps: list[AppController] = []

    def start(*, locked: bool = False, use_tray: bool = True) -> AppController:
        journal.vault.close()
        ctl = AppController(vault_path, settings_file=controller_files, use_tray=use_tray)
        apps.append(ctl)
        ctl.start() if locked else ctl.start(open_vault(vault_path, PASSPHRASE))
        return ctl

    yield start
    for ctl in apps:
        stop_app(ctl)


def unlock(qtbot, ctl: AppController) -> QWidget:  # type: ignore[no-untyped-def]
    """Type the passphrase into the unlock dialog showing; the main window it opens."""
    dialog = ctl.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(ctl.windowShown, timeout=20_000) as opened:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.submit()
    return opened.args[0]

"""Support plan fixtures: the settings file an app started here uses, and its tray's actions."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from peerjournal.storage.files.settings_file import SettingsFile

from peerjournal.ui.app.controller import AppController


@pytest.fixture
def controller_files(tmp_path):
    return SettingsFile(tmp_path / "settings")


def tray_action(ctl: AppController, text: str) -> QAction:
    """The one action of the tray icon's menu that reads ``text``."""
    assert ctl.tray is not None
    (action,) = [a for a in ctl.tray.menu.actions() if a.text() == text]
    return action

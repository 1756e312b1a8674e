"""App fixtures: a controller on the test's vault path, its journal dropped and dialog closed after."""

from __future__ import annotations

import pytest

from peerjournal.ui.app.controller import AppController


@pytest.fixture
def controller(qtbot, vault_path):
    """Not started: the test shows its unlock (or create) dialog."""
    ctl = AppController(vault_path)
    yield ctl
    ctl._drop_journal()
    if ctl.unlock_dialog is not None:
        ctl.unlock_dialog.close()

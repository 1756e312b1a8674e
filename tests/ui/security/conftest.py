"""Security page fixtures: the app started on the test's journal, stopped after the test."""

from __future__ import annotations

import pytest

from tests.ui.security.helpers import start

from peerjournal.ui.app.controller import AppController


@pytest.fixture
def started(qtbot, journal, vault_path, tmp_path):
    """Starts the app on the journal as the test left it (the test's own connection closed), its
    daily backup done (see :func:`start` for ``as_unlocking``); each app is stopped after the test."""
    apps: list[AppController] = []

    def start_app(*, as_unlocking: bool = False) -> AppController:
        journal.vault.close()
        ctl = start(qtbot, vault_path, tmp_path, as_unlocking=as_unlocking)
        apps.append(ctl)
        return ctl

    yield start_app
    for ctl in apps:
        ctl._drop_journal()

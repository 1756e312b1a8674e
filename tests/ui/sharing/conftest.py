"""Sharing fixtures: a supporter's vault for the tests where a supporter reads or replies."""

from __future__ import annotations

import pytest

from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault
from tests.ui.conftest import PASSPHRASE


@pytest.fixture
def store(tmp_path):
    vault = create_vault(tmp_path / "supporter" / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(vault)
    vault.close()

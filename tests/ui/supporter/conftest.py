"""Supporter-mode fixtures: a supporter vault, its public key, a journal that shares, an inbox folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.supporter.helpers import SharingJournal


@pytest.fixture
def store(tmp_path):
    vault = create_vault(tmp_path / "supporter" / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(vault)
    vault.close()


@pytest.fixture
def public(store) -> str:
    return store.identity()[1]


@pytest.fixture
def sam(tmp_path):
    journal = SharingJournal(tmp_path / "sam" / "journal.pjvault", "Sam")
    yield journal
    journal.close()


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder

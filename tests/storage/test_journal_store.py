"""JournalStore: the shared base of the journal's stores (its vault check and reading helpers)."""

from __future__ import annotations

import pytest

from peerjournal.errors import BugError
from peerjournal.storage.journal import Journal
from peerjournal.storage.journal_store import JournalStore
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.vault.database import create_vault
from tests.storage.conftest import PASSPHRASE


class _AnyVault(JournalStore):
    pass


class _JournalOnly(JournalStore):
    journal_only = "Test data lives in a journal."


def test_reads_through_the_journals_vault(journal):
    store = _JournalOnly(journal)
    assert store.journal is journal
    assert store._one("SELECT value FROM meta WHERE key = 'kind'") == ("journal",)
    assert store._one("SELECT value FROM meta WHERE key = ?", ("no such key",)) is None
    assert store._all("SELECT ? UNION ALL SELECT ?", (1, 2)) == [(1,), (2,)]


def test_only_a_journal_only_store_refuses_a_supporter_vault(tmp_path):
    supporter = create_vault(tmp_path / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        journal = Journal(supporter)
        with pytest.raises(BugError, match="Test data lives in a journal."):
            _JournalOnly(journal)
        assert _AnyVault(journal).journal is journal
    finally:
        supporter.close()

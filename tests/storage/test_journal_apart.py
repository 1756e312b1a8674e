"""Journal.apart and Journal.tell: a bulk change on a connection of its own (issue 20), told to
the window's listeners afterwards; Vault.open_apart keys that connection without a derivation."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import HelpKind
from peerjournal.storage.journal import Change, Journal
from peerjournal.storage.vault import database
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.storage.conftest import NOW, PASSPHRASE


@pytest.fixture
def unlocked(vault_path: Path) -> Journal:
    """Unlocked as the app does (its key kept for a connection of its own)."""
    create_vault(vault_path, PASSPHRASE).close()
    journal = Journal(open_vault(vault_path, PASSPHRASE, check_pages_later=True), clock=lambda: NOW)
    yield journal
    journal.vault.close()


def test_a_change_apart_is_seen_by_the_window_once_committed_and_told_when_asked(unlocked, monkeypatch):
    derived = []
    monkeypatch.setattr(database, "derive_key", lambda *a: derived.append(1))
    heard: list[frozenset[Change]] = []
    unlocked.add_listener(heard.append)
    with unlocked.apart() as other:
        assert other is not None and other.vault.conn is not unlocked.vault.conn
        with other.batch():
            other.add_people([Person(name="Ama"), Person(name="Ben")])
            assert unlocked.people() == []  # the window reads the journal as it was until the commit
        assert other.vault._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert derived == []  # keyed with the key derived at unlock
    assert [p.name for p in unlocked.people()] == ["Ama", "Ben"]
    assert heard == []  # the other connection's batches are told to nobody here
    unlocked.tell(Change.PEOPLE)
    assert heard == [frozenset({Change.PEOPLE})]


def test_links_go_with_a_person_taken_out_apart(unlocked):
    ama = unlocked.add_person(Person(name="Ama", help_kinds=frozenset({HelpKind.COMPANY})))
    with unlocked.apart() as other:
        assert other is not None
        other.delete_person(ama.id)  # foreign keys on: ON DELETE CASCADE
    assert unlocked.people() == []
    assert unlocked.vault.conn.execute("SELECT count(*) FROM person_help").fetchone()[0] == 0


def test_no_connection_apart_without_a_kept_key(vault_path, unlocked):
    create_vault(vault_path.with_name("plain.pjvault"), PASSPHRASE).close()
    plain = Journal(open_vault(vault_path.with_name("plain.pjvault"), PASSPHRASE))  # no key kept
    assert not plain.vault.can_open_apart and plain.vault.open_apart() is None
    with plain.apart() as other:
        assert other is None
    plain.vault.close()
    unlocked.vault.change_passphrase(PASSPHRASE, PASSPHRASE + " and more")
    assert not unlocked.vault.can_open_apart  # the kept key was the old passphrase's
    unlocked.add_person(Person(name="Cleo"))  # the window's connection goes on as before


def test_closing_forgets_the_key(unlocked):
    vault = unlocked.vault
    vault.close()
    assert not vault.can_open_apart and not vault.has_key_at_hand and vault.open_apart() is None

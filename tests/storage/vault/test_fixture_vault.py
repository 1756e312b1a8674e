"""A vault made by PeerJournal 0.1.0 (SQLCipher 4.19, schema 1) must open forever.

``tests/fixtures/vault_v1.pjvault`` was written once with ``create_vault`` and the
Journal API; never regenerate it. If a later sqlcipher3 or a new migration can't
open it, real people's journals would not open either (SECURITY.md, note 4).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerjournal.core.vocabulary import Closeness, ContactMode, EntryKind, HelpKind, Relationship
from peerjournal.errors import WrongPassphrase
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import PLAIN_SQLITE_HEADER, open_vault
from peerjournal.storage.vault.migrations import SCHEMA_VERSION

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "vault_v1.pjvault"
FIXTURE_PASSPHRASE = "fixture passphrase: it's café 🌱"


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    # Opening writes -wal/-shm and may migrate: never touch the committed file itself.
    copy = tmp_path / "vault_v1.pjvault"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_fixture_is_encrypted():
    assert FIXTURE.read_bytes()[:16] != PLAIN_SQLITE_HEADER


def test_fixture_vault_opens_with_all_its_data(fixture_copy):
    vault = open_vault(fixture_copy, FIXTURE_PASSPHRASE)
    try:
        assert vault.schema_version() == SCHEMA_VERSION  # migrated up if schema grew
        journal = Journal(vault, clock=lambda: datetime(2026, 11, 23, 12, tzinfo=UTC))
        assert journal.counts() == {EntryKind.MOOD: 1, EntryKind.CONTACT: 1, EntryKind.ACTIVITY: 1}

        people = {p.name: p for p in journal.people(include_archived=True)}
        alice, bob = people["Alice Example"], people["Bob Example"]
        assert (alice.relationship, alice.closeness, alice.help_kinds, alice.notes) == (
            Relationship.FRIEND, Closeness.CLOSE, {HelpKind.EMOTIONAL}, "met at the group"
        )
        assert bob.archived and bob.relationship is Relationship.PEER
        assert [p.name for p in journal.people()] == ["Alice Example"]

        rows = {row.kind: row for row in journal.timeline()}
        mood = journal.get_mood(rows[EntryKind.MOOD].id)
        assert (mood.at, mood.mood, mood.energy, mood.feelings, mood.note) == (
            datetime(2026, 11, 20, 9, 15, tzinfo=UTC), 4, 3, ("calm", "hopeful"), "fixture mood"
        )
        contact = journal.get_contact(rows[EntryKind.CONTACT].id)
        assert (contact.mode, contact.duration_min, contact.felt, contact.note) == (
            ContactMode.PHONE, 25, 4, "fixture contact"
        )
        assert contact.person_ids == (alice.id, bob.id)
        activity = journal.get_activity(rows[EntryKind.ACTIVITY].id)
        assert (activity.category, activity.title, activity.person_ids, activity.note) == (
            "Volunteering", "Food bank", (alice.id,), "fixture activity"
        )
        assert "giddy" in journal.feelings()
        # Migration 10 indexed the old entries: found by words of notes, feelings and names.
        assert len(journal.timeline_page(None, None, None, "fixture")) == 3
        assert [r.kind for r in journal.timeline_page(None, None, None, "hope")] == [EntryKind.MOOD]
        assert {r.kind for r in journal.timeline_page(None, None, None, "alice ex")} == {
            EntryKind.CONTACT, EntryKind.ACTIVITY}
        assert vault.conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        vault.close()


def test_fixture_vault_refuses_wrong_passphrase(fixture_copy):
    with pytest.raises(WrongPassphrase):
        open_vault(fixture_copy, "fixture passphrase")

"""The directory in a supporter vault: entries, marks on ideas, merging, and the migration
that adds them to a supporter vault made before it."""

from __future__ import annotations

import pytest

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.ideas import Mark
from peerjournal.errors import UserError, ValidationError
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS, SUPPORTER_SCHEMA_VERSION
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.storage.conftest import PASSPHRASE
from tests.storage.supporter.test_store import share

WALKERS = DirectoryEntry(name="Riverside Walkers", where="Park", domains=frozenset({Domain.BELONGING}))


@pytest.fixture
def store(tmp_path):
    vault = create_vault(tmp_path / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(vault)
    vault.close()


def test_add_edit_delete(store):
    directory = store.directory
    added = directory.add(WALKERS)
    assert added.id is not None and directory.entries() == [WALKERS]
    changed = directory.update(added.id, DirectoryEntry(name="Riverside Walkers", when="Sundays"))
    assert directory.get(added.id).when == "Sundays" and changed.id == added.id
    assert directory.delete(added.id).when == "Sundays"
    assert directory.entries() == []
    with pytest.raises(UserError):
        directory.update(added.id, WALKERS)
    # An id is never given again: a plan made before the delete can't hit a newer entry.
    assert directory.add(WALKERS).id != added.id
    with pytest.raises(ValidationError):
        directory.add(DirectoryEntry(name=" "))


def test_marks_per_person_go_with_the_person_and_the_entry(store):
    sam = store.import_share(share("e1"), new_person_name="Sam")
    entry = store.directory.add(WALKERS)
    assert entry.id is not None
    store.directory.set_mark(sam.id, entry.id, Mark.TALKED)
    assert store.directory.marks(sam.id) == {entry.id: Mark.TALKED}
    store.directory.set_mark(sam.id, entry.id, Mark.NOT_FOR_THEM)
    assert store.directory.marks(sam.id) == {entry.id: Mark.NOT_FOR_THEM}
    store.directory.set_mark(sam.id, entry.id, None)
    assert store.directory.marks(sam.id) == {}
    store.directory.set_mark(sam.id, entry.id, Mark.TALKED)
    store.directory.delete(entry.id)
    assert store.directory.marks(sam.id) == {}


def test_merge_adds_and_replaces_in_one_go(store):
    mine = store.directory.add(WALKERS)
    assert mine.id is not None
    theirs = DirectoryEntry(name="Riverside Walkers", where="Park", what="walks")
    assert store.directory.merge([DirectoryEntry(name="Men's Shed")], {mine.id: theirs}) == 2
    assert [e.name for e in store.directory.entries()] == ["Men's Shed", "Riverside Walkers"]
    assert store.directory.get(mine.id).what == "walks"


def test_a_supporter_vault_from_before_the_directory_opens_and_gains_it(tmp_path):
    path = tmp_path / "old.pjvault"
    before = SUPPORTER_MIGRATIONS.index(next(m for m in SUPPORTER_MIGRATIONS
                                             if m.__name__ == "_migration_directory"))
    old = create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS[:before])
    # Written as that version's code wrote it (today's store reads tables added later).
    with old.transaction():
        old.conn.execute("INSERT INTO people (id, name, signer, added_utc) VALUES (1, 'Sam', ?,"
                         " '2026-06-01T10:00:00Z')", (share("e-old").signer,))
    old.close()
    vault = open_vault(path, PASSPHRASE)
    try:
        assert vault.schema_version() == SUPPORTER_SCHEMA_VERSION
        store = SupporterStore(vault)
        assert [p.name for p in store.people()] == ["Sam"]
        assert store.directory.entries() == []
        entry = store.directory.add(WALKERS)
        assert entry.id is not None
        store.directory.set_mark(store.people()[0].id, entry.id, Mark.TALKED)
    finally:
        vault.close()

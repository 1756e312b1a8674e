"""Directory files in and out: export writes places only or nothing; an import applies the
worker's choices in one go and leaves everything as it was when it can't."""

from __future__ import annotations

import json

import pytest

from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.exchange import directory_json
from peerjournal.errors import UserError
from peerjournal.ops.directory import (
    NamesSomeone,
    apply_import,
    directory_path,
    export_directory,
    read_directory_file,
)
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault
from tests.storage.conftest import PASSPHRASE
from tests.storage.supporter.test_store import share


@pytest.fixture
def store(tmp_path):
    vault = create_vault(tmp_path / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(vault)
    vault.close()


def test_export_refuses_an_entry_naming_someone_supported_and_writes_nothing(store, tmp_path):
    store.import_share(share("e1"), new_person_name="Priya")
    store.directory.add(DirectoryEntry(name="Choir", contact="ask Priya's sister"))
    with pytest.raises(NamesSomeone, match="Priya"):
        export_directory(store, tmp_path / "out.pjdirectory.json")
    assert not list(tmp_path.glob("out*"))


def test_export_then_import_elsewhere_round_trips(store, tmp_path):
    store.directory.add(DirectoryEntry(name="Choir", when="Mondays"))
    path = directory_path(tmp_path / "ours")
    assert path.name == "ours.pjdirectory.json" and directory_path(path) == path
    assert export_directory(store, path) == 1
    assert (path.stat().st_mode & 0o777) == 0o600
    found = read_directory_file(store, path)
    assert found.plan.same and not found.plan.new and not found.plan.conflicts


def test_an_import_whose_entry_went_meanwhile_changes_nothing(store, tmp_path):
    mine = store.directory.add(DirectoryEntry(name="Choir", when="Mondays"))
    path = tmp_path / "theirs.pjdirectory.json"
    path.write_bytes(directory_json([DirectoryEntry(name="Choir", when="Tuesdays"),
                                     DirectoryEntry(name="Walkers")]))
    found = read_directory_file(store, path)
    assert mine.id is not None
    store.directory.delete(mine.id)
    with pytest.raises(UserError):
        apply_import(store, found, {0})
    assert store.directory.entries() == []  # "Walkers" was not added either: one transaction


def test_a_file_too_large_is_refused(store, tmp_path, monkeypatch):
    import peerjournal.ops.directory as ops

    monkeypatch.setattr(ops, "MAX_DIRECTORY_BYTES", 10)
    path = tmp_path / "big.pjdirectory.json"
    path.write_text(json.dumps({"format": "peerjournal-directory"}))
    with pytest.raises(UserError, match="too large"):
        read_directory_file(store, path)

"""Drafts: kept in the vault's meta table, read leniently, never on disk in plain text."""

from __future__ import annotations

import os
import uuid

import pytest

from peerjournal.errors import BugError
from peerjournal.storage.drafts import clear_draft, load_draft, save_draft
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.storage.conftest import NOW, PASSPHRASE
from tests.storage.vault.test_encryption import files_containing


def test_round_trip_and_replace(journal):
    assert load_draft(journal, "today") is None
    data = {"version": 1, "mood": {"mood": 3, "feelings": ["calm"], "note": "half a thought… ✓"}}
    save_draft(journal, "today", data)
    assert load_draft(journal, "today") == data
    save_draft(journal, "today", {"version": 1})
    assert load_draft(journal, "today") == {"version": 1}
    assert load_draft(journal, "other") is None  # drafts are kept apart by key


def test_clear(journal):
    save_draft(journal, "today", {"note": "x"})
    clear_draft(journal, "today")
    assert load_draft(journal, "today") is None
    assert journal.get_setting("draft:today") is None  # the row is gone, not blanked
    clear_draft(journal, "today")  # clearing nothing is fine


def test_kept_under_a_prefix_so_it_cannot_clobber_vault_meta(journal):
    kind = journal.get_setting("kind")
    save_draft(journal, "kind", {"x": 1})
    assert journal.get_setting("kind") == kind
    assert journal.get_setting("draft:kind") is not None
    with pytest.raises(BugError):
        save_draft(journal, "", {})


@pytest.mark.parametrize("stored", ["{not json", "[1, 2]", '"text"', "null", "", "[" * 100_000])
def test_garbage_reads_as_no_draft(journal, stored):
    journal.set_setting("draft:today", stored)
    assert load_draft(journal, "today") is None


def test_not_json_able_is_our_bug(journal):
    with pytest.raises(BugError):
        save_draft(journal, "today", {"at": object()})
    assert load_draft(journal, "today") is None


def test_draft_text_never_reaches_a_file_in_plain_text(vault_path):
    marker = f"draft-marker-{uuid.uuid4().hex}"
    vault = create_vault(vault_path, PASSPHRASE)
    journal = Journal(vault, clock=lambda: NOW)
    save_draft(journal, "today", {"mood": {"note": marker}, "activity": {"title": marker}})
    # While open (WAL live) and after closing (checkpointed into the main file).
    assert files_containing(vault_path.parent, marker) == []
    vault.close()
    assert files_containing(vault_path.parent, marker) == []
    assert os.listdir(vault_path.parent) == [vault_path.name]  # no side files left

    # It is really there, behind the key.
    vault = open_vault(vault_path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        assert load_draft(journal, "today") == {"mood": {"note": marker}, "activity": {"title": marker}}
        clear_draft(journal, "today")
    finally:
        vault.close()
    assert files_containing(vault_path.parent, marker) == []

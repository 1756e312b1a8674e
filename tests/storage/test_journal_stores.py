"""The Journal builds its stores once, on first use; the supporter store its reply store."""

from __future__ import annotations

import pytest

from peerjournal.errors import BugError
from peerjournal.storage.connecting.goals import GoalStore
from peerjournal.storage.connecting.places import PlaceStore
from peerjournal.storage.connecting.resources import ResourceStore
from peerjournal.storage.connecting.snapshots import SnapshotStore
from peerjournal.storage.journal import Journal
from peerjournal.storage.journal_store import JournalStore
from peerjournal.storage.people.bundle import PersonBundleStore
from peerjournal.storage.sharing.replies import ReplyStore
from peerjournal.storage.sharing.shares import SharingStore
from peerjournal.storage.support_plan import SupportPlanStore
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.replies import SupporterReplyStore
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.trackers import TrackerStore
from peerjournal.storage.vault.database import create_vault
from tests.storage.conftest import PASSPHRASE

STORES = {
    "goals": GoalStore, "places": PlaceStore, "resources": ResourceStore,
    "snapshots": SnapshotStore, "plan": SupportPlanStore, "sharing": SharingStore,
    "replies": ReplyStore, "person_bundles": PersonBundleStore, "trackers": TrackerStore,
}


@pytest.mark.parametrize("name", sorted(STORES))
def test_the_journal_builds_each_store_once(journal, name):
    store = getattr(journal, name)
    assert type(store) is STORES[name]
    assert store.journal is journal
    assert getattr(journal, name) is store  # the same object every time: no store built twice


def test_every_store_class_in_storage_is_owned_by_the_journal_or_the_supporter_store():
    import importlib
    import pkgutil

    import peerjournal.storage as storage

    found = set()
    for info in pkgutil.walk_packages(storage.__path__, "peerjournal.storage."):
        module = importlib.import_module(info.name)
        found |= {v for k, v in vars(module).items()
                  if k.endswith("Store") and isinstance(v, type) and v.__module__ == info.name}
    # JournalStore is the stores' shared base class, never built on its own.
    # The supporter's directory is built by the supporter store (``store.directory``).
    from peerjournal.storage.supporter.directory import DirectoryStore

    assert found == set(STORES.values()) | {SupporterStore, SupporterReplyStore, DirectoryStore, JournalStore}


def test_the_store_of_another_journal_is_its_own(journal, vault):
    other = Journal(vault)
    assert other.goals is not journal.goals and other.goals.journal is other


def test_a_supporter_vault_journal_refuses_journal_stores(tmp_path):
    supporter = create_vault(tmp_path / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        journal = Journal(supporter)
        for name in ("plan", "sharing", "replies", "snapshots", "trackers"):
            with pytest.raises(BugError):
                getattr(journal, name)
        store = SupporterStore(supporter)
        assert type(store.replies) is SupporterReplyStore
        assert store.replies is store.replies and store.replies.store is store
    finally:
        supporter.close()

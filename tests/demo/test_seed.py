"""Seeding a real vault with the sample journal: all of it, in one batch, linked to real ids."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from peerjournal.core.clock import to_local
from peerjournal.core.vocabulary import EntryKind
from peerjournal.demo.sample import demo_journal
from peerjournal.demo.seed import seed_demo
from peerjournal.errors import ValidationError
from peerjournal.storage.journal import Change, Journal
from peerjournal.storage.vault.database import create_vault, open_vault

NOW = datetime(2026, 3, 14, 18, 30, tzinfo=UTC)
PASSPHRASE = "four ordinary words"


@pytest.fixture
def journal(tmp_path) -> Iterator[Journal]:
    vault = create_vault(tmp_path / "journal.pjvault", PASSPHRASE)
    yield Journal(vault, clock=lambda: NOW)
    vault.close()


def test_seed_stores_every_kind(journal: Journal) -> None:
    seed_demo(journal, NOW)
    demo = demo_journal(to_local(NOW).replace(tzinfo=None))  # as seed_demo makes it
    counts = journal.counts()
    assert all(n > 0 for n in counts.values())
    assert counts == {
        EntryKind.MOOD: len(demo.moods),
        EntryKind.CONTACT: len(demo.contacts),
        EntryKind.ACTIVITY: len(demo.activities),
    }
    assert len(journal.people()) == len(demo.people)
    timeline = journal.timeline()
    assert timeline
    assert len(timeline) == sum(counts.values())
    assert timeline[0].at <= NOW


def test_entries_point_at_the_right_people(journal: Journal) -> None:
    seed_demo(journal, NOW)
    demo = demo_journal(to_local(NOW).replace(tzinfo=None))  # as seed_demo makes it
    names = {p.id: p.name for p in journal.people()}
    rows = sorted((r for r in journal.timeline() if r.kind is not EntryKind.MOOD),
                  key=lambda r: (r.kind.value, r.id))
    stored = {
        EntryKind.ACTIVITY: [journal.get_activity(r.id) for r in rows if r.kind is EntryKind.ACTIVITY],
        EntryKind.CONTACT: [journal.get_contact(r.id) for r in rows if r.kind is EntryKind.CONTACT],
    }
    for kind, made in ((EntryKind.CONTACT, demo.contacts), (EntryKind.ACTIVITY, demo.activities)):
        # The journal keeps who was there, not the order they were picked in.
        assert [sorted(names[i] for i in e.person_ids) for e in stored[kind]] == [
            sorted(p.name for p in demo.people_in(e)) for e in made
        ]
    mum = next(p for p in journal.people() if p.name == "Mum")
    assert len(journal.contacts_with(mum.id)) == sum(0 in c.person_ids for c in demo.contacts)


def test_default_now_is_the_journals_clock(journal: Journal) -> None:
    seed_demo(journal, days=14)
    latest = journal.timeline()[0].at
    assert NOW - timedelta(days=14) < latest <= NOW


def test_one_batch_one_notification(journal: Journal) -> None:
    heard: list[frozenset[Change]] = []
    journal.add_listener(heard.append)
    seed_demo(journal, NOW, days=30)
    # One notification; other parts of the demo (snapshots, ...) add their own kinds to it.
    assert len(heard) == 1
    assert heard[0] >= {Change.PEOPLE, Change.MOODS, Change.CONTACTS, Change.ACTIVITIES,
                        Change.SNAPSHOTS}


def test_all_or_nothing(journal: Journal) -> None:
    # Entries after the journal's own clock are refused, and nothing is left half-stored.
    with pytest.raises(ValidationError):
        seed_demo(journal, NOW + timedelta(days=3))
    assert journal.people() == []
    assert set(journal.counts().values()) == {0}


def test_survives_closing_and_reopening(tmp_path) -> None:
    path = tmp_path / "journal.pjvault"
    vault = create_vault(path, PASSPHRASE)
    seed_demo(Journal(vault, clock=lambda: NOW), NOW, days=30)
    counts = Journal(vault).counts()
    vault.close()
    reopened = open_vault(path, PASSPHRASE)
    try:
        assert Journal(reopened).counts() == counts
    finally:
        reopened.close()


def test_the_demo_has_a_supporter_with_a_key_so_sharing_can_be_tried(journal: Journal, tmp_path) -> None:
    from peerjournal.core.sharing.options import ShareOptions
    from peerjournal.demo.journal_supporter import DEMO_SUPPORTER
    from peerjournal.ops.share import prepare_share, save_share

    seed_demo(journal, NOW)
    (supporter,) = journal.sharing.supporters()
    assert supporter.name == DEMO_SUPPORTER
    assert journal.replies.signer_of(supporter.id) is not None  # a full key: replies can be opened
    assert journal.replies.is_checked(supporter.id)
    today = to_local(NOW).date()
    options = ShareOptions(start=today - timedelta(days=13), end=today).validate(today)
    saved = save_share(journal, prepare_share(journal, options, supporter), tmp_path / "demo.pjshare", at=NOW)
    assert saved.path.stat().st_size > 0  # sealed for the demo supporter's key, no passphrase needed


def test_some_notes_name_people_with_at_linked_to_the_stored_people(journal: Journal) -> None:
    from peerjournal.core.mentions import mentions_in, plain

    seed_demo(journal, NOW)
    names = {p.id: p.name for p in journal.people()}
    moods = journal.moods_between(NOW - timedelta(days=100), NOW)
    found = [m for mood in moods for m in mentions_in(mood.note)]
    assert len(found) >= 3
    assert all(names[m.person_id] == m.name for m in found)
    assert all("](p" not in plain(mood.note) for mood in moods)
    assert any(journal.person_has_history(m.person_id) for m in found)

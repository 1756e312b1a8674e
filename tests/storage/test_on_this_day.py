""""On this day": good or marked entries of the same date in earlier years; never a low one unless asked."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import Change
from peerjournal.storage.on_this_day import OnThisDay
from tests.storage.conftest import NOW

TODAY = date(2026, 6, 15)


def at(year: int, day: date = TODAY, hour: int = 12) -> datetime:
    """Midday of ``day`` in ``year``, local time (the date the person saw)."""
    return datetime(year, day.month, day.day, hour).astimezone()


@pytest.fixture
def memories(journal) -> OnThisDay:
    return OnThisDay(journal)


def test_good_entries_of_this_date_in_earlier_years_newest_year_first(journal, memories):
    good = journal.add_mood(MoodCheckIn(at=at(2025), mood=5, note="the beach"))
    older = journal.add_mood(MoodCheckIn(at=at(2019), mood=4, note="a good walk"))
    journal.add_mood(MoodCheckIn(at=at(2024), mood=3, note="an ordinary day"))
    journal.add_mood(MoodCheckIn(at=at(2025, TODAY + timedelta(days=1)), mood=5, note="the next day"))
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=1), mood=5, note="today itself"))
    assert [(r.kind, r.id) for r in memories.memories(TODAY)] == [(EntryKind.MOOD, good.id),
                                                                   (EntryKind.MOOD, older.id)]


def test_a_low_entry_is_never_offered_unless_asked_even_when_marked(journal, memories):
    low = journal.add_mood(MoodCheckIn(at=at(2025), mood=1, note="a hard day"))
    memories.remember(EntryKind.MOOD, low.id)
    assert memories.memories(TODAY) == []
    assert [r.id for r in memories.memories(TODAY, include_low=True)] == [low.id]


def test_a_marked_entry_of_any_kind_is_offered_and_the_mark_can_go(journal, memories):
    sam = journal.add_person(Person(name="Sam"))
    contact = journal.add_contact(Contact(at=at(2024), person_ids=(sam.id,), note="tea with Sam"))
    seen: list[frozenset[Change]] = []
    journal.add_listener(seen.append)
    memories.remember(EntryKind.CONTACT, contact.id)
    assert seen == [frozenset({Change.CONTACTS})]
    assert memories.is_remembered(EntryKind.CONTACT, contact.id)
    (row,) = memories.memories(TODAY)
    assert (row.kind, row.id, row.note) == (EntryKind.CONTACT, contact.id, "tea with Sam")
    memories.remember(EntryKind.CONTACT, contact.id, on=False)
    assert memories.memories(TODAY) == [] and not memories.is_remembered(EntryKind.CONTACT, contact.id)


def test_a_deleted_entry_takes_its_mark_with_it(journal, memories):
    mood = journal.add_mood(MoodCheckIn(at=at(2025), mood=3))
    memories.remember(EntryKind.MOOD, mood.id)
    journal.delete_mood(mood.id)
    assert journal.vault.conn.execute("SELECT count(*) FROM remembered").fetchone()[0] == 0


def test_29_february_and_an_empty_journal(journal, memories):
    assert memories.memories(TODAY) == []
    journal.add_mood(MoodCheckIn(at=at(2024, date(2024, 2, 29)), mood=5))
    assert len(memories.memories(date(2028, 2, 29))) == 1
    assert memories.memories(date(2027, 2, 28)) == []


def test_a_journal_made_before_the_marks_gets_them_and_keeps_its_entries(tmp_path):
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.database import create_vault, open_vault
    from peerjournal.storage.vault.migrations import MIGRATIONS, _migration_12
    from tests.storage.conftest import PASSPHRASE

    path = tmp_path / "old.pjvault"
    vault = create_vault(path, PASSPHRASE, migrations=MIGRATIONS[:MIGRATIONS.index(_migration_12)])
    mood = Journal(vault, clock=lambda: NOW).add_mood(MoodCheckIn(at=at(2025), mood=2, note="kept"))
    vault.close()
    vault = open_vault(path, PASSPHRASE)
    try:
        memories = OnThisDay(Journal(vault, clock=lambda: NOW))
        memories.remember(EntryKind.MOOD, mood.id)
        assert [r.note for r in memories.memories(TODAY, include_low=True)] == ["kept"]
    finally:
        vault.close()

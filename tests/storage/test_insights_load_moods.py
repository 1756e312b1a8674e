"""The mood chart's cheaper read: only the check-ins, and where "All" begins."""

from __future__ import annotations

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.storage.insights import first_entry_at, load_history, load_moods
from tests.storage.conftest import NOW, ago


def test_load_moods_reads_the_same_check_ins_as_the_whole_history_and_nothing_else(journal):
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=ago(days=9), person_ids=(sam.id,)))
    for days, mood in ((5, 2), (3, 4), (3, 5), (1, 3)):
        journal.add_mood(MoodCheckIn(at=ago(days=days, minutes=mood), mood=mood, note="private"))
    statements: list[str] = []
    journal.vault.conn.set_trace_callback(statements.append)
    try:
        moods = load_moods(journal, None, NOW)
    finally:
        journal.vault.conn.set_trace_callback(None)
    assert moods.moods == load_history(journal, None, NOW).moods
    assert [p.mood for p in moods.moods] == [2, 5, 4, 3]  # oldest first
    assert (moods.contacts, moods.activities, moods.people) == ((), (), ())
    assert len(statements) == 1 and "FROM moods" in statements[0] and "note" not in statements[0]
    ranged = load_moods(journal, ago(days=4), ago(days=1, minutes=30))
    assert [p.mood for p in ranged.moods] == [5, 4]


def test_first_entry_at_is_the_earliest_entry_of_any_kind_before_the_end(journal):
    assert first_entry_at(journal, NOW) is None
    journal.add_mood(MoodCheckIn(at=ago(days=3), mood=4))
    assert first_entry_at(journal, NOW) == ago(days=3)
    journal.add_activity(Activity(at=ago(days=7), category="Walk", title="Park"))
    assert first_entry_at(journal, NOW) == ago(days=7)
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=ago(days=20), person_ids=(sam.id,)))
    assert first_entry_at(journal, NOW) == ago(days=20)
    assert first_entry_at(journal, ago(days=20)) is None  # up to but not including the end
    assert first_entry_at(journal, ago(days=5)) == ago(days=20)

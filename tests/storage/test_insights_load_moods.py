"""Where the mood chart's "All" begins (``load_moods``, used by tests alone, is gone: issue 20)."""

from __future__ import annotations

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.storage.insights import first_entry_at
from tests.storage.conftest import NOW, ago


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

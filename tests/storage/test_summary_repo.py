"""Reading a period's entries for the printable summary: whole records, set-based, nothing written."""

from __future__ import annotations

from datetime import date, datetime

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.summary_repo import first_entry_day, load_summary_data


def local(day: int, hour: int = 12, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour).astimezone()


def test_whole_records_for_the_period_only(journal):
    assert first_entry_day(journal) is None
    sam = journal.add_person(Person(name="Sam"))
    ana = journal.add_person(Person(name="Ana", archived=True))
    journal.add_mood(MoodCheckIn(at=local(2), mood=4, energy=3, feelings=("calm", "hopeful"),
                                 note="slept well"))
    journal.add_mood(MoodCheckIn(at=local(20, month=5), mood=2, note="May"))
    journal.add_contact(Contact(at=local(3), person_ids=(ana.id, sam.id), mode=ContactMode.PHONE,
                                duration_min=20, felt=4, note="long call"))
    journal.add_activity(Activity(at=local(10, hour=0), category="Walk", title="Park",
                                  person_ids=(sam.id,), felt=5, note="sunny"))
    journal.add_activity(Activity(at=local(11), category="Walk", title="Later"))

    data = load_summary_data(journal, date(2026, 6, 1), date(2026, 6, 10))
    (mood,) = data.moods
    assert (mood.mood, mood.energy, mood.feelings, mood.note) == (4, 3, ("calm", "hopeful"),
                                                                 "slept well")
    (contact,) = data.contacts
    assert contact.person_ids == (ana.id, sam.id)  # in the order they were named
    assert (contact.mode, contact.duration_min, contact.felt, contact.note) == (
        ContactMode.PHONE, 20, 4, "long call")
    (activity,) = data.activities  # just after midnight on the last day still counts
    assert (activity.title, activity.person_ids, activity.note) == ("Park", (sam.id,), "sunny")
    assert {p.name for p in data.people} == {"Sam", "Ana"}  # archived people too
    # The same records the journal gives one by one.
    assert mood == journal.get_mood(mood.id) and contact == journal.get_contact(contact.id)
    assert first_entry_day(journal) == date(2026, 5, 20)


def test_reading_changes_nothing(journal):
    journal.add_mood(MoodCheckIn(at=local(2), mood=3))
    heard = []
    journal.add_listener(heard.append)
    before = journal.vault.conn.total_changes
    load_summary_data(journal, date(2026, 1, 1), date(2026, 6, 15))
    assert journal.vault.conn.total_changes == before and heard == []

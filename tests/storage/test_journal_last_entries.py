"""The journal tells its listeners which entries a batch added (+1), altered (0) or removed
(-1), so views update those rows alone (issue 20); None when they were not told one by one."""

from __future__ import annotations

from dataclasses import replace

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import TOLD_ENTRIES_AT_MOST, Journal
from tests.storage.conftest import ago


def heard(journal: Journal) -> list[dict | None]:
    seen: list[dict | None] = []
    journal.add_listener(lambda _kinds: seen.append(
        None if journal.last_entries is None else dict(journal.last_entries)))
    return seen


def test_each_write_of_an_entry_is_told(journal):
    sam = journal.add_person(Person(name="Sam"))
    seen = heard(journal)
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=3))
    contact = journal.add_contact(Contact(at=ago(hours=1), person_ids=(sam.id,)))
    journal.update_mood(replace(mood, note="later"))
    with journal.batch():  # added and altered in one batch: added
        activity = journal.add_activity(Activity(at=ago(hours=3), category="Home", title="Bake"))
        journal.update_activity(replace(activity, title="Bread"))
    journal.delete_entry(EntryKind.CONTACT, contact.id)
    assert seen == [{(EntryKind.MOOD, mood.id): 1}, {(EntryKind.CONTACT, contact.id): 1},
                    {(EntryKind.MOOD, mood.id): 0}, {(EntryKind.ACTIVITY, activity.id): 1},
                    {(EntryKind.CONTACT, contact.id): -1}]


def test_changes_not_told_one_by_one_say_none(journal):
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(sam.id,)))
    seen = heard(journal)
    journal.update_person(replace(sam, name="Samira"))  # the names in rows change
    with journal.batch():  # an import's worth
        for i in range(TOLD_ENTRIES_AT_MOST + 1):
            journal.add_mood(MoodCheckIn(at=ago(minutes=i + 1), mood=3))
    journal.add_person(Person(name="Kim"))  # no entry: nothing to tell
    assert seen == [None, None, {}]


def test_a_change_made_while_telling_leaves_the_rest_the_first_ones_entries(journal):
    first_heard: list[dict | None] = []
    made: list[int | None] = []

    def writes_once(_kinds) -> None:  # type: ignore[no-untyped-def]
        if not made:
            made.append(None)  # before writing: the write tells this listener too
            made[0] = journal.add_mood(MoodCheckIn(at=ago(hours=5), mood=1)).id

    journal.add_listener(writes_once)
    journal.add_listener(lambda _kinds: first_heard.append(dict(journal.last_entries or {})))
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4))
    # The second listener heard the inner change first (it was made during the outer
    # notification), then the outer one with the outer's entries.
    assert first_heard == [{(EntryKind.MOOD, made[0]): 1}, {(EntryKind.MOOD, mood.id): 1}]

"""People named in notes, as stored: renaming rewrites the mentions, search finds the name,
and a mentioned person is kept like one with contacts (issue 16)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peerjournal.core.mentions import mention_token, mentions_in, plain
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.errors import UserError
from peerjournal.storage.journal import Change
from peerjournal.storage.note_mentions import notes_mentioning
from tests.storage.conftest import ago


def searched(journal, text: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(row.kind, row.id) for row in journal.timeline_page(None, None, None, text)]


def _setup(journal):  # type: ignore[no-untyped-def]
    sam = journal.add_person(Person(name="Sam"))
    ali = journal.add_person(Person(name="Ali"))
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=4,
                                        note=f"Called {mention_token('Sam', sam.id)} 🌻"))
    contact = journal.add_contact(Contact(at=ago(hours=2), person_ids=(ali.id,),
                                          note=f"Talked about {mention_token('Sam', sam.id)}"))
    activity = journal.add_activity(Activity(at=ago(hours=1), category="Exercise", title="Walk",
                                             note=f"{mention_token('Ali', ali.id)} came along"))
    return sam, ali, mood, contact, activity


def test_search_finds_a_mentioned_name(journal):
    sam, ali, mood, contact, activity = _setup(journal)
    assert set(searched(journal, "sam")) == {("mood", mood.id), ("contact", contact.id)}
    assert searched(journal, "walk ali") == [("activity", activity.id)]


def test_renaming_rewrites_every_mention_and_search_follows(journal):
    sam, ali, mood, contact, activity = _setup(journal)
    seen: list[frozenset[Change]] = []
    journal.add_listener(seen.append)
    journal.update_person(replace(sam, name="Mira [work]"))
    assert plain(journal.get_mood(mood.id).note) == "Called Mira [work] 🌻"
    assert mentions_in(journal.get_contact(contact.id).note)[0].person_id == sam.id
    assert plain(journal.get_activity(activity.id).note) == "Ali came along"  # untouched
    assert searched(journal, "sam") == []  # the old name is gone from the index
    assert set(searched(journal, "mira")) == {("mood", mood.id), ("contact", contact.id)}
    assert Change.MOODS in seen[-1]
    journal.update_person(replace(sam, name="Sam"))  # an undo of the rename puts the name back
    assert plain(journal.get_mood(mood.id).note) == "Called Sam 🌻"
    assert searched(journal, "mira") == []


def test_a_mentioned_person_is_archived_not_deleted_like_one_with_contacts(journal):
    sam = journal.add_person(Person(name="Sam"))
    journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=4, note=f"Called {mention_token('Sam', sam.id)}"))
    assert journal.person_has_history(sam.id)
    with pytest.raises(UserError):
        journal.delete_person(sam.id)
    assert journal.get_person(sam.id).name == "Sam"


def test_deleting_the_note_frees_the_person_and_a_lone_token_reads_as_its_name(journal):
    sam = journal.add_person(Person(name="Sam"))
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=4, note=f"Called {mention_token('Sam', sam.id)}"))
    journal.delete_mood(mood.id)
    assert not journal.person_has_history(sam.id)
    journal.delete_person(sam.id)
    # A note from elsewhere (an import) naming someone no longer here still reads as the name.
    other = journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=4, note=f"Called {mention_token('Sam', sam.id)}"))
    assert plain(journal.get_mood(other.id).note) == "Called Sam"


def test_ids_are_matched_exactly(journal):
    people = [journal.add_person(Person(name=f"P{n}")) for n in range(12)]
    first, eleventh = people[0], people[10]
    assert str(eleventh.id).startswith(str(first.id))
    journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=4, note=mention_token("P10", eleventh.id)))
    assert notes_mentioning(journal.vault.conn, first.id) == []
    assert len(notes_mentioning(journal.vault.conn, eleventh.id)) == 1

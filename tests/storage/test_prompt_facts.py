"""What the prompt schedule reads from the journal: cadences, last entries, who and what helps."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from peerjournal.core.clock import to_local
from peerjournal.core.prompts import (
    PromptKind,
    PromptSettings,
    PromptState,
    ReminderTime,
    checked,
    due_prompts,
)
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import Closeness, HelpKind
from peerjournal.errors import ValidationError
from peerjournal.storage.journal import Change, NotFound
from tests.storage.conftest import NOW, ago


def test_cadences_set_change_clear_and_archive(journal):
    sam = journal.add_person(Person(name="Sam"))
    jo = journal.add_person(Person(name="Jo"))
    seen = []
    journal.add_listener(seen.append)
    journal.set_cadence(sam.id, 7)
    journal.set_cadence(jo.id, 30)
    journal.set_cadence(sam.id, 14)
    assert journal.cadences() == {sam.id: 14, jo.id: 30}
    assert seen[-1] == frozenset({Change.PEOPLE})
    journal.set_cadence(jo.id, None)
    assert journal.cadences() == {sam.id: 14}
    journal.set_archived(sam.id, True)
    assert journal.cadences() == {}  # archived people are not nudged about
    with pytest.raises(ValidationError):
        journal.set_cadence(jo.id, 0)
    with pytest.raises(NotFound):
        journal.set_cadence(999, 7)


def test_cadence_goes_with_a_deleted_person(journal):
    sam = journal.add_person(Person(name="Sam"))
    journal.set_cadence(sam.id, 7)
    journal.delete_person(sam.id)
    assert journal.cadences() == {}


def test_prompt_facts(journal):
    mum = journal.add_person(Person(name="Mum", closeness=Closeness.CLOSE,
                                    help_kinds=frozenset({HelpKind.EMOTIONAL})))
    priya = journal.add_person(Person(name="Priya", closeness=Closeness.MIDDLE,
                                      help_kinds=frozenset({HelpKind.COMPANY})))
    gp = journal.add_person(Person(name="Dr Okafor", help_kinds=frozenset({HelpKind.ADVICE})))
    journal.add_mood(MoodCheckIn(at=ago(days=1), mood=3))
    journal.add_contact(Contact(at=ago(days=4), person_ids=(priya.id,)))
    journal.add_contact(Contact(at=ago(days=2), person_ids=(mum.id, gp.id)))
    for days, title, felt in ((3, "Walk by the river", 5), (10, "Walk by the river", 4),
                              (5, "Art group", 4), (6, "Paperwork", 1), (400, "Old swim", 5)):
        journal.add_activity(Activity(at=ago(days=days), category="Outdoors", title=title, felt=felt))
    journal.set_cadence(priya.id, 3)

    facts = journal.prompt_facts()
    assert facts.last_mood == ago(days=1)
    assert facts.last_in_touch == ago(days=2)  # the activities were done alone
    assert facts.last_activity == ago(days=3)
    # Only people a prompt can name (a stay-in-touch wish, a supporter): not Dr Okafor (issue 20).
    assert facts.last_in_touch_by_person == {priya.id: ago(days=4), mum.id: ago(days=2)}
    assert facts.cadences == {priya.id: 3}
    assert facts.names[gp.id] == "Dr Okafor"
    assert facts.supporters == ("Mum", "Priya")  # close circle first; advice-only people left out
    assert facts.good_activities == ("Walk by the river", "Art group")  # felt good, recent, most often first


def test_prompt_facts_count_an_activity_with_someone_as_being_in_touch(journal):
    sam = journal.add_person(Person(name="Sam", help_kinds=frozenset({HelpKind.EMOTIONAL})))
    jo = journal.add_person(Person(name="Jo", help_kinds=frozenset({HelpKind.COMPANY})))
    journal.add_contact(Contact(at=ago(days=10), person_ids=(sam.id, jo.id)))
    journal.add_activity(Activity(at=ago(days=2), category="Outdoors", title="Walk", person_ids=(sam.id,)))
    journal.add_activity(Activity(at=ago(days=1), category="Home", title="Reading"))  # alone: not in touch
    facts = journal.prompt_facts()
    assert facts.last_in_touch == ago(days=2)
    assert facts.last_in_touch_by_person == {sam.id: ago(days=2), jo.id: ago(days=10)}
    assert facts.last_activity == ago(days=1)
    assert facts.supporters == ("Sam", "Jo")  # the walk makes Sam the one most recently in touch


def test_time_together_answers_who_were_you_in_touch_with_today(journal):
    """The "Who were you in touch with today?" reminder is answered by a walk with someone,
    not by a walk alone (issue 16)."""
    sam = journal.add_person(Person(name="Sam"))
    now = to_local(NOW)
    settings = PromptSettings(times=(ReminderTime((now - timedelta(hours=1)).time(),
                                                  kind=PromptKind.CONTACTS),), quiet=None).validate()
    state = checked(PromptState(), now - timedelta(hours=2))
    journal.add_activity(Activity(at=now - timedelta(minutes=40), category="Home", title="Reading"))
    assert [p.kind for p in due_prompts(settings, state, journal.prompt_facts(), now)] == [
        PromptKind.CONTACTS]
    journal.add_activity(Activity(at=now - timedelta(minutes=30), category="Outdoors", title="Walk",
                                  person_ids=(sam.id,)))
    assert due_prompts(settings, state, journal.prompt_facts(), now) == []


def test_stay_in_touch_words_name_the_last_time_together(journal):
    """Sam (every 7 days): a contact 20 days ago, a walk 8 days ago. The nudge counts from the
    walk and says when it was, in words that are true of a walk (issue 16)."""
    sam = journal.add_person(Person(name="Sam"))
    journal.set_cadence(sam.id, 7)
    journal.add_contact(Contact(at=ago(days=20), person_ids=(sam.id,)))
    journal.add_activity(Activity(at=ago(days=8), category="Outdoors", title="Walk", person_ids=(sam.id,)))
    settings = PromptSettings(kinds=frozenset({PromptKind.STAY_IN_TOUCH}), quiet=None,
                              nudge_time=time(0, 0)).validate()
    facts = journal.prompt_facts()
    (prompt,) = due_prompts(settings, PromptState(), facts, NOW)
    walk = to_local(ago(days=8))
    assert prompt.person_id == sam.id and prompt.key.endswith(f"|{walk.date().isoformat()}|{sam.id}")
    assert (f"You wanted to keep in touch with Sam. You last noted time with them on "
            f"{walk:%A} {walk.day} {walk:%B}.") in prompt.text(facts, detailed=True)


def test_prompt_facts_of_an_empty_journal(journal):
    facts = journal.prompt_facts()
    assert facts.last_mood is facts.last_in_touch is facts.last_activity is None
    assert facts.supporters == () and facts.good_activities == () and facts.cadences == {}


def test_private_settings_live_in_the_vault(journal):
    assert journal.get_setting("prompt_state") is None
    journal.set_setting("prompt_state", '{"a": 1}')
    journal.set_setting("prompt_state", '{"a": 2}')
    assert journal.get_setting("prompt_state") == '{"a": 2}'

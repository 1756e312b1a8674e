"""What the prompt schedule reads for the Connecting prompts: the journal's first entry, the
last resource check, and the active goals with their days to look back on."""

from __future__ import annotations

from datetime import date, timedelta

from peerjournal.core.connecting.goals import Goal, GoalStatus
from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from tests.storage.conftest import NOW, TODAY, ago


def test_the_journal_starts_at_its_first_entry_of_any_kind(journal):
    assert journal.prompt_facts().journal_started is None
    journal.add_mood(MoodCheckIn(at=ago(days=3), mood=3))
    assert journal.prompt_facts().journal_started == ago(days=3)
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=ago(days=20), person_ids=(sam.id,)))
    journal.add_activity(Activity(at=ago(days=9), category="Outdoors", title="Walk"))
    assert journal.prompt_facts().journal_started == ago(days=20)
    journal.add_activity(Activity(at=ago(days=45), category="Outdoors", title="Swim"))
    assert journal.prompt_facts().journal_started == ago(days=45)


def test_the_last_resource_check(journal):
    store = journal.resources
    assert journal.prompt_facts().last_resource_check is None
    item = store.items()[0]
    answer = Answer(item.id, item.domain, item.text, Reply.NOT_SURE)
    store.save_check([answer], taken=ago(days=200))
    store.save_check([answer], taken=ago(days=130))
    assert journal.prompt_facts().last_resource_check == ago(days=130)
    store.save_check([answer])
    assert journal.prompt_facts().last_resource_check == NOW


def test_only_active_goals_with_their_days_and_titles(journal):
    store = journal.goals

    def set_a_month_ago(title: str, review_on: date) -> Goal:
        return store.add_goal(Goal(title=title, review_on=review_on, created=ago(days=30)))

    walk = set_a_month_ago("Find a walking group", date(2026, 6, 10))
    hello = store.new_goal("Say hello to a neighbour")  # two weeks from NOW
    paused = set_a_month_ago("Learn to swim", date(2026, 6, 1))
    done = set_a_month_ago("Library card", date(2026, 6, 2))
    store.set_status(paused.id, GoalStatus.PAUSED)
    store.set_status(done.id, GoalStatus.DONE)
    facts = journal.prompt_facts()
    in_two_weeks = TODAY + timedelta(days=14)  # the journal's local day, not NOW's UTC date
    assert facts.goal_reviews == {walk.id: date(2026, 6, 10), hello.id: in_two_weeks}
    assert facts.goal_titles == {walk.id: "Find a walking group", hello.id: "Say hello to a neighbour"}
    assert facts.goals_due(date(2026, 6, 15)) == [walk.id]
    assert facts.goals_due(in_two_weeks) == [walk.id, hello.id]  # the longest waiting first
    assert facts.goals_due(date(2026, 6, 9)) == []

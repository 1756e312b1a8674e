"""Reading the history for insights: every entry in the range, people ids intact, few queries."""

from __future__ import annotations

from datetime import UTC

from peerjournal.core.insights import (
    ActivityEvent,
    ContactEvent,
    MoodPoint,
    connection_signals,
    help_grid,
    local_day,
    network_map,
    people_per_month,
)
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode, HelpKind, Relationship
from peerjournal.storage.insights import load_history
from tests.storage.conftest import NOW, ago


def _fill(journal):
    sam = journal.add_person(Person(name="Sam", help_kinds=frozenset({HelpKind.COMPANY})))
    jo = journal.add_person(Person(name="Jo", relationship=Relationship.PROFESSIONAL))
    old = journal.add_person(Person(name="Old friend", archived=True))
    journal.add_mood(MoodCheckIn(at=ago(days=3), mood=2, note="private", feelings=("tired",)))
    journal.add_mood(MoodCheckIn(at=ago(days=1), mood=4))
    journal.add_contact(Contact(at=ago(days=2), person_ids=(jo.id, sam.id), mode=ContactMode.VIDEO))
    journal.add_contact(Contact(at=ago(days=40), person_ids=(old.id,)))
    journal.add_activity(Activity(at=ago(days=2, hours=1), category="Walk", title="Park", felt=5,
                                  person_ids=(sam.id,)))
    journal.add_activity(Activity(at=ago(hours=2), category="Art", title="Drawing"))
    return sam, jo, old


def test_load_history_returns_every_entry_with_people(journal):
    sam, jo, old = _fill(journal)
    history = load_history(journal, None, NOW)
    assert history.moods == (MoodPoint(ago(days=3), 2), MoodPoint(ago(days=1), 4))
    assert history.contacts == (
        ContactEvent(ago(days=40), ContactMode.IN_PERSON, (old.id,)),
        ContactEvent(ago(days=2), ContactMode.VIDEO, (jo.id, sam.id)),  # in the order chosen
    )
    assert history.activities == (
        ActivityEvent(ago(days=2, hours=1), "Walk", 5, (sam.id,)),
        ActivityEvent(ago(hours=2), "Art", None, ()),
    )
    assert all(e.at.tzinfo is not None and e.at.utcoffset() == UTC.utcoffset(None)
               for e in history.moods + history.contacts + history.activities)
    assert isinstance(history.contacts[0].mode, ContactMode)
    assert {p.id: p for p in history.people} == {
        p.id: p for p in journal.people(include_archived=True)
    }
    assert {p.name for p in history.people} == {"Sam", "Jo", "Old friend"}
    # The history feeds the core functions as it is.
    today = local_day(NOW)
    assert connection_signals(history, today).days_since_in_person == (today - local_day(ago(days=40))).days
    assert [p.name for p in help_grid(history.people).row(HelpKind.COMPANY).people] == ["Sam"]


def test_insights_count_time_together_as_the_journal_does(journal):
    """Insights and the journal's one definition of being in touch agree (issue 16): a walk
    with Sam 2 days ago is his last time in touch on the map, though his last contact was
    20 days ago, and he counts among the people in touch this month."""
    sam = journal.add_person(Person(name="Sam"))
    kim = journal.add_person(Person(name="Kim"))
    journal.add_contact(Contact(at=ago(days=20), person_ids=(sam.id, kim.id)))
    journal.add_activity(Activity(at=ago(days=2), category="Outdoors", title="Walk",
                                  person_ids=(sam.id,)))
    history = load_history(journal, None, NOW)
    today = local_day(NOW)
    nodes = {n.name: n for n in network_map(history, today)}
    stored = journal.last_in_touch_times()
    assert {name: n.last_in_touch for name, n in nodes.items()} == {
        "Sam": local_day(ago(days=2)), "Kim": local_day(ago(days=20))}
    assert {name: local_day(stored[n.person_id]) for name, n in nodes.items()} == {
        name: n.last_in_touch for name, n in nodes.items()}
    assert (nodes["Sam"].days_30, nodes["Kim"].days_30) == (2, 1)
    months = dict(people_per_month(history, today.replace(day=1), today))
    assert months[today.replace(day=1)] == 1  # Sam, on the walk (the contact was last month)


def test_load_history_keeps_to_the_range(journal):
    sam, jo, _ = _fill(journal)
    history = load_history(journal, ago(days=2, hours=1), ago(days=1))  # start in, end out
    assert history.moods == ()
    assert [c.person_ids for c in history.contacts] == [(jo.id, sam.id)]
    assert [a.category for a in history.activities] == ["Walk"]
    assert len(history.people) == 3  # people are not limited by the range
    empty = load_history(journal, NOW, NOW)
    assert (empty.moods, empty.contacts, empty.activities) == ((), (), ())


def test_load_history_uses_a_few_queries_whatever_the_number_of_entries(journal):
    sam, jo, _ = _fill(journal)
    with journal.batch():
        for n in range(50):
            journal.add_mood(MoodCheckIn(at=ago(days=50, minutes=n), mood=3))
            journal.add_contact(Contact(at=ago(days=60, minutes=n), person_ids=(sam.id, jo.id)))
    statements: list[str] = []
    journal.vault.conn.set_trace_callback(statements.append)
    try:
        history = load_history(journal, None, NOW)
    finally:
        journal.vault.conn.set_trace_callback(None)
    assert len(history.moods) == 52 and len(history.contacts) == 52
    assert all(c.person_ids == (sam.id, jo.id) for c in history.contacts[:50])
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert 5 <= len(selects) <= 8  # moods, contacts, activities, two link tables, people

"""Being in touch, the one definition: a contact with someone or an activity they were part of."""

from __future__ import annotations

from peerjournal.core.records import Activity, Contact, Person
from peerjournal.storage.in_touch import (
    BY_PERSON_SQL,
    LATEST_SQL,
    last_in_touch_of,
    last_in_touch_since,
)
from tests.storage.conftest import ago
from tests.vm_steps import steps_of


def _walk(journal, days: float, *people: Person) -> Activity:
    return journal.add_activity(Activity(at=ago(days=days), category="Outdoors", title="Walk",
                                         person_ids=tuple(p.id for p in people)))


def test_an_activity_with_someone_counts_as_being_in_touch(journal):
    sam, jo, kim = (journal.add_person(Person(name=n)) for n in ("Sam", "Jo", "Kim"))
    journal.add_contact(Contact(at=ago(days=10), person_ids=(sam.id, jo.id)))
    _walk(journal, 2, sam)
    _walk(journal, 1)  # alone: in touch with nobody
    assert journal.last_in_touch_times() == {sam.id: ago(days=2), jo.id: ago(days=10)}
    assert kim.id not in journal.last_in_touch_times()
    assert journal.last_in_touch() == ago(days=2)


def test_a_contact_after_the_activity_is_the_last_time(journal):
    sam = journal.add_person(Person(name="Sam"))
    _walk(journal, 5, sam)
    journal.add_contact(Contact(at=ago(days=3), person_ids=(sam.id,)))
    assert journal.last_in_touch_times() == {sam.id: ago(days=3)}
    assert journal.last_in_touch() == ago(days=3)


def test_before_a_moment(journal):
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=ago(days=9), person_ids=(sam.id,)))
    _walk(journal, 6, sam)
    _walk(journal, 2, sam)
    assert journal.last_in_touch_times(before=ago(days=4)) == {sam.id: ago(days=6)}
    assert journal.last_in_touch(before=ago(days=4)) == ago(days=6)
    assert journal.last_in_touch(before=ago(days=7)) == ago(days=9)
    assert journal.last_in_touch(before=ago(days=20)) is None


def test_only_activities_done_alone_are_not_being_in_touch(journal):
    _walk(journal, 1)
    assert journal.last_in_touch() is None
    assert journal.last_in_touch_times() == {}


def test_deleting_the_activity_takes_its_time_together_away(journal):
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=ago(days=10), person_ids=(sam.id,)))
    walk = _walk(journal, 2, sam)
    journal.delete_activity(walk.id)
    assert journal.last_in_touch_times() == {sam.id: ago(days=10)}
    assert journal.last_in_touch() == ago(days=10)


def _plan(journal, sql: str) -> list[str]:
    rows = journal.vault.conn.execute("EXPLAIN QUERY PLAN " + sql, ("9999", "9999")).fetchall()
    return [r[-1] for r in rows]


def _no_table_scan(plan: list[str]) -> None:
    scans = [line for line in plan if line.split()[:2] in
             (["SCAN", "c"], ["SCAN", "a"], ["SCAN", "cp"], ["SCAN", "ap"])
             and "INDEX" not in line]
    assert scans == [], plan


def test_last_with_anyone_walks_the_time_indexes_backwards(journal):
    plan = _plan(journal, LATEST_SQL)
    _no_table_scan(plan)
    assert any("USING COVERING INDEX contacts_at" in line for line in plan), plan
    assert any("USING COVERING INDEX activities_at" in line for line in plan), plan
    assert any(line.startswith("SEARCH cp") and "PRIMARY KEY" in line for line in plan), plan
    assert any(line.startswith("SEARCH ap") and "PRIMARY KEY" in line for line in plan), plan


def test_last_with_each_person_walks_the_person_indexes(journal):
    """Links in person order, each entry found by its key: no sort of every entry."""
    plan = _plan(journal, BY_PERSON_SQL)
    _no_table_scan(plan)
    assert any("USING COVERING INDEX contact_people_person" in line for line in plan), plan
    assert any("USING COVERING INDEX activity_people_person" in line for line in plan), plan
    assert any(line.startswith("SEARCH c USING INTEGER PRIMARY KEY") for line in plan), plan
    assert any(line.startswith("SEARCH a USING INTEGER PRIMARY KEY") for line in plan), plan


def test_asking_about_some_people_reads_only_their_links(journal):
    """Prompts ask about the people they can name (issue 20): the answer is theirs from the
    whole journal, and the read visits their links, not every contact."""
    sam, jo, kim = (journal.add_person(Person(name=n)) for n in ("Sam", "Jo", "Kim"))
    others = [journal.add_person(Person(name=f"Other {i}")) for i in range(5)]
    for i in range(60):
        journal.add_contact(Contact(at=ago(days=100 + i), person_ids=(others[i % 5].id,)))
    journal.add_contact(Contact(at=ago(days=10), person_ids=(sam.id, jo.id)))
    _walk(journal, 2, sam)
    everyone = journal.last_in_touch_times()
    conn = journal.vault.conn
    assert last_in_touch_of(conn, {sam.id, jo.id, kim.id}) == {sam.id: everyone[sam.id], jo.id: everyone[jo.id]}
    assert last_in_touch_of(conn, []) == {}
    few = steps_of(conn, lambda: last_in_touch_of(conn, {sam.id}), every=1)  # the work done
    every = steps_of(conn, journal.last_in_touch_times, every=1)
    assert few * 5 < every  # 2 of sam's links against 62 contacts


def test_since_a_moment_reads_that_span_only(journal):
    sam, jo = (journal.add_person(Person(name=n)) for n in ("Sam", "Jo"))
    for i in range(80):
        journal.add_contact(Contact(at=ago(days=400 + i), person_ids=(jo.id,)))
    journal.add_contact(Contact(at=ago(days=10), person_ids=(sam.id,)))
    _walk(journal, 3, sam)
    conn = journal.vault.conn
    assert last_in_touch_since(conn, ago(days=30)) == {sam.id: ago(days=3)}
    assert last_in_touch_since(conn, ago(days=1000)) == journal.last_in_touch_times()
    assert steps_of(conn, lambda: last_in_touch_since(conn, ago(days=30)), every=1) < 200  # two entries of the last month, not the 80 before


def test_for_some_people_is_the_same_answer_read_in_bounded_steps(journal):
    """A year of entries, then the links of those not seen in it (issue 20): the answer is
    last_in_touch_times' for those people, whoever was seen when."""
    sam, jo, kim, lou = (journal.add_person(Person(name=n)) for n in ("Sam", "Jo", "Kim", "Lou"))
    journal.add_contact(Contact(at=ago(days=5), person_ids=(sam.id,)))
    journal.add_contact(Contact(at=ago(days=700), person_ids=(sam.id, jo.id)))
    _walk(journal, 800, jo)
    _walk(journal, 2000, kim)
    everyone = journal.last_in_touch_times()
    assert journal.last_in_touch_for([sam.id, jo.id, kim.id, lou.id]) == everyone
    assert journal.last_in_touch_for([jo.id]) == {jo.id: ago(days=700)}
    assert journal.last_in_touch_for([]) == {}


def test_prompt_facts_ask_about_the_people_prompts_name(journal):
    from peerjournal.core.vocabulary import HelpKind

    mum = journal.add_person(Person(name="Mum", help_kinds=frozenset({HelpKind.EMOTIONAL})))
    old_friend = journal.add_person(Person(name="Old friend"))
    distant = journal.add_person(Person(name="Distant supporter", help_kinds=frozenset({HelpKind.COMPANY})))
    other = journal.add_person(Person(name="Someone"))
    journal.add_contact(Contact(at=ago(days=5), person_ids=(mum.id, other.id)))
    journal.add_contact(Contact(at=ago(days=700), person_ids=(old_friend.id, distant.id)))
    journal.set_cadence(old_friend.id, 30)
    facts = journal.prompt_facts()
    assert facts.last_in_touch_by_person == {
        mum.id: ago(days=5), old_friend.id: ago(days=700), distant.id: ago(days=700)}
    assert facts.supporters == ("Mum", "Distant supporter")

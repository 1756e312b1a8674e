"""A person taken out with every link and put back whole (what undoing a delete relies on)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Activity, Contact, Person
from peerjournal.core.sharing.options import Naming
from peerjournal.core.support_plan import SupportPlan
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship
from peerjournal.errors import UserError
from peerjournal.storage.journal import Change, Journal, NotFound
from peerjournal.storage.people.bundle import PersonBundleStore
from tests.storage.conftest import ago

RECIPIENT = "age1supporterkeyfortests"


@pytest.fixture
def store(journal: Journal) -> PersonBundleStore:
    return journal.person_bundles


def add(journal: Journal, name: str, **fields) -> Person:  # type: ignore[no-untyped-def]
    return journal.add_person(Person(name=name, **fields))


def count(journal: Journal, table: str) -> int:
    return journal.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def linked_everywhere(journal: Journal) -> tuple[Person, Person, Person, dict[str, int]]:
    """Priya in every place a person can be named, between Ana and Ben."""
    ana = add(journal, "Ana")
    priya = add(journal, "Priya", relationship=Relationship.NEIGHBOUR, closeness=Closeness.CLOSE,
                help_kinds=frozenset({HelpKind.PRACTICAL, HelpKind.COMPANY}), notes="Lives at 12")
    ben = add(journal, "Ben")
    assert ana.id and priya.id and ben.id
    journal.set_cadence(priya.id, 14)
    journal.plan.save(SupportPlan(contacts=(ana.id, priya.id, ben.id)))
    resources = journal.resources
    item = resources.items()[0]
    assert item.id is not None
    check = resources.save_check([Answer(item.id, item.domain, item.text, Reply.YES, (ben.id, priya.id))])
    goals = journal.goals
    walk = goals.new_goal("Walk to the shop", helper_person_id=priya.id)
    swim = goals.new_goal("Swim", helper_person_id=priya.id)
    journal.sharing.labels_for(RECIPIENT, Naming.PSEUDONYM, journal.people())
    snapshot = journal.snapshots.take_snapshot()
    assert check.id and walk.id and swim.id and snapshot.id
    return ana, priya, ben, {"check": check.id, "item": item.id, "walk": walk.id, "swim": swim.id,
                             "snapshot": snapshot.id}


def test_delete_and_restore_bring_back_the_same_person_and_every_link(journal, store):
    ana, priya, ben, ids = linked_everywhere(journal)
    assert priya.id is not None
    before = store.capture(priya.id)
    assert before.rows_in("person_help") and before.rows_in("stay_in_touch")
    assert before.rows_in("goals") == ((ids["walk"],), (ids["swim"],))
    labels_before = journal.sharing.labels_for(RECIPIENT, Naming.PSEUDONYM, journal.people())
    heard: list[frozenset[Change]] = []
    journal.add_listener(heard.append)

    bundle = store.delete(priya.id)
    assert bundle == before
    with pytest.raises(NotFound):
        journal.get_person(priya.id)
    assert journal.plan.load().contacts == (ana.id, ben.id)
    assert journal.goals.get_goal(ids["walk"]).helper_person_id is None
    assert journal.resources.get(ids["check"]).answers[0].person_ids == (ben.id,)
    members = journal.snapshots.get(ids["snapshot"]).members
    assert [m.person_id for m in members if m.name == "Priya"] == [None]
    assert {Change.PEOPLE, Change.SUPPORT_PLAN, Change.GOALS, Change.RESOURCES, Change.SNAPSHOTS} <= heard[-1]

    restored = store.restore(bundle)
    assert restored == priya  # same id, name, circle, help, notes
    assert store.capture(priya.id) == before  # every row as it was
    assert journal.cadences()[priya.id] == 14
    assert journal.plan.load().contacts == (ana.id, priya.id, ben.id)
    assert journal.goals.get_goal(ids["swim"]).helper_person_id == priya.id
    assert journal.resources.get(ids["check"]).answers[0].person_ids == (ben.id, priya.id)
    members = journal.snapshots.get(ids["snapshot"]).members
    assert [m.person_id for m in members if m.name == "Priya"] == [priya.id]
    assert journal.sharing.labels_for(RECIPIENT, Naming.PSEUDONYM, journal.people()) == labels_before
    assert Change.SUPPORT_PLAN in heard[-1] and Change.PEOPLE in heard[-1]


def test_restore_keeps_what_changed_meanwhile(journal, store):
    ana, priya, ben, ids = linked_everywhere(journal)
    assert priya.id is not None
    bundle = store.delete(priya.id)
    cleo = add(journal, "Cleo")
    assert cleo.id is not None
    journal.plan.save(SupportPlan(contacts=(ana.id, cleo.id, ben.id)))  # Cleo in her place
    goals = journal.goals
    goals.update_goal(replace(goals.get_goal(ids["walk"]), helper_person_id=cleo.id))
    goals.delete_goal(ids["swim"])
    journal.resources.delete_check(ids["check"])

    store.restore(bundle)
    # Back in her place in the plan; the others move down one.
    assert journal.plan.load().contacts == (ana.id, priya.id, cleo.id, ben.id)
    assert goals.get_goal(ids["walk"]).helper_person_id == cleo.id  # the new helper stays
    assert count(journal, "resource_answer_people") == 0  # that check is gone: no answer to link
    assert journal.get_person(priya.id).name == "Priya"


def test_a_new_person_never_gets_a_deleted_persons_id(journal, store):
    add(journal, "Ana")
    last = add(journal, "Priya")
    assert last.id is not None
    bundle = store.delete(last.id)
    newcomer = add(journal, "Sam")
    assert newcomer.id is not None and newcomer.id > last.id
    assert store.restore(bundle).id == last.id


def test_restore_refuses_when_the_id_is_taken_and_changes_nothing(journal, store):
    priya = add(journal, "Priya", help_kinds=frozenset({HelpKind.PRACTICAL}))
    assert priya.id is not None
    bundle = store.delete(priya.id)
    journal.add_person(Person(name="Imported", id=priya.id))  # as a copy from elsewhere might
    with pytest.raises(UserError, match="can't be brought back"):
        store.restore(bundle)
    assert journal.get_person(priya.id).name == "Imported"
    assert count(journal, "person_help") == 0


def test_people_with_history_are_not_deleted(journal, store):
    kim = add(journal, "Kim")
    assert kim.id is not None
    journal.add_contact(Contact(at=ago(days=1), person_ids=(kim.id,)))
    with pytest.raises(UserError, match="archived but not deleted"):
        store.delete(kim.id)
    assert journal.get_person(kim.id).name == "Kim"


def test_a_bundle_puts_contact_and_activity_links_back_in_order(journal, store):
    """Deleting is refused while they have history, but a bundle keeps those links too, so a
    person removed with them (by a later rule, or an import) comes back named in each entry."""
    kim, lee = add(journal, "Kim"), add(journal, "Lee")
    assert kim.id and lee.id
    contact = journal.add_contact(Contact(at=ago(days=1), person_ids=(lee.id, kim.id)))
    walk = journal.add_activity(Activity(at=ago(days=2), category="outdoors", title="Walk",
                                         person_ids=(kim.id,)))
    bundle = store.capture(kim.id)
    conn = journal.vault.conn
    with journal.vault.transaction():
        conn.execute("DELETE FROM contact_people WHERE person_id = ?", (kim.id,))
        conn.execute("DELETE FROM activity_people WHERE person_id = ?", (kim.id,))
        conn.execute("DELETE FROM people WHERE id = ?", (kim.id,))
    assert contact.id and walk.id
    assert journal.get_contact(contact.id).person_ids == (lee.id,)

    store.restore(bundle)
    assert journal.get_contact(contact.id).person_ids == (lee.id, kim.id)
    assert journal.get_activity(walk.id).person_ids == (kim.id,)
    assert [c.id for c in journal.contacts_with(kim.id)] == [contact.id]


def test_a_table_added_later_is_kept_without_a_change_here(journal, store):
    with journal.vault.transaction() as conn:
        conn.execute("CREATE TABLE later_links (person_id INTEGER NOT NULL REFERENCES people (id)"
                     " ON DELETE CASCADE, what TEXT NOT NULL)")
    priya = add(journal, "Priya")
    assert priya.id is not None
    with journal.vault.transaction() as conn:
        conn.execute("INSERT INTO later_links VALUES (?, 'birthday in May')", (priya.id,))
    bundle = store.delete(priya.id)
    assert count(journal, "later_links") == 0
    store.restore(bundle)
    assert journal.vault.conn.execute("SELECT person_id, what FROM later_links").fetchall() == [
        (priya.id, "birthday in May")]


def test_cadence_is_read_for_archived_people_too(journal, store):
    priya = add(journal, "Priya")
    assert priya.id is not None
    journal.set_cadence(priya.id, 30)
    journal.set_archived(priya.id, True)
    assert priya.id not in journal.cadences()
    assert store.cadence(priya.id) == 30
    journal.set_cadence(priya.id, None)
    assert store.cadence(priya.id) is None


def test_someone_not_to_involve_comes_back_to_their_place_after_an_undone_delete(journal, store):
    ana, tom, ben = add(journal, "Ana"), add(journal, "Tom"), add(journal, "Ben")
    assert ana.id and tom.id and ben.id
    journal.plan.save(SupportPlan(not_involved=(ana.id, tom.id, ben.id)))
    heard: list[frozenset[Change]] = []
    journal.add_listener(heard.append)
    bundle = store.delete(tom.id)
    assert journal.plan.load().not_involved == (ana.id, ben.id)
    assert Change.SUPPORT_PLAN in heard[-1]
    store.restore(bundle)
    assert journal.plan.load().not_involved == (ana.id, tom.id, ben.id)
    assert [p.name for p in journal.plan.not_involved()] == ["Ana", "Tom", "Ben"]

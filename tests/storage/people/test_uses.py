"""Whether someone added in passing is named anywhere yet (undoing their add refuses then)."""

from __future__ import annotations

import pytest

from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.mentions import mention_token
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.support_plan import SupportPlan
from peerjournal.core.vocabulary import HelpKind
from peerjournal.storage.journal import Journal, NotFound
from peerjournal.storage.people.uses import (
    NOTES,
    PersonInUse,
    take_out_if_unused,
    take_out_unused,
    used_in,
)
from tests.storage.conftest import ago


def test_their_own_details_are_not_a_use_and_they_can_be_taken_out_and_back(journal: Journal):
    kim = journal.add_person(Person(name="Kim", help_kinds=frozenset({HelpKind.COMPANY})))
    journal.set_cadence(kim.id, 14)
    store = journal.person_bundles
    snapshot = journal.snapshots.take_snapshot()  # keeps its own copy of the name: no use
    assert used_in(store.capture(kim.id)) == ()
    bundle = take_out_if_unused(journal, kim.id)
    with pytest.raises(NotFound):
        journal.get_person(kim.id)
    assert journal.snapshots.get(snapshot.id).members[0].name == "Kim"  # kept meanwhile
    assert store.restore(bundle) == kim
    assert journal.cadences() == {kim.id: 14}
    assert journal.snapshots.get(snapshot.id).members[0].person_id == kim.id


@pytest.mark.parametrize(("name_them", "table", "words"), [
    (lambda j, p: j.add_contact(Contact(at=ago(hours=1), person_ids=(p,))), "contact_people",
     "contacts you noted"),
    (lambda j, p: j.add_activity(Activity(at=ago(hours=1), category="outdoors", title="Walk", person_ids=(p,))),
     "activity_people", "activities you noted"),
    (lambda j, p: j.plan.save(SupportPlan(contacts=(p,))), "support_plan_contacts",
     "your support plan"),
    (lambda j, p: j.goals.new_goal("Swim", helper_person_id=p), "goals", "a goal"),
])
def test_named_anywhere_they_stay_and_nothing_changes(journal: Journal, name_them, table, words):
    kim = journal.add_person(Person(name="Kim"))
    name_them(journal, kim.id)
    store = journal.person_bundles
    before = store.capture(kim.id)
    assert used_in(before) == (table,)
    with pytest.raises(PersonInUse) as raised:
        take_out_if_unused(journal, kim.id)
    assert str(raised.value).startswith(f"Kim is already named in {words}, so they stay")
    assert store.capture(kim.id) == before


def test_a_saved_check_keeps_them_and_several_places_are_all_named(journal: Journal):
    kim = journal.add_person(Person(name="Kim"))
    ben = journal.add_person(Person(name="Ben"))
    resources = journal.resources
    item = resources.items()[0]
    resources.save_check([Answer(item.id, item.domain, item.text, Reply.YES, (kim.id,))])
    journal.plan.save(SupportPlan(contacts=(kim.id,)))
    with pytest.raises(PersonInUse) as raised:
        take_out_if_unused(journal, kim.id)
    assert "your support plan" in str(raised.value)
    assert "a saved “Do I know someone who could…?” check" in str(raised.value)
    # The check saved a snapshot with Ben in it too: that alone doesn't keep him.
    assert used_in(journal.person_bundles.capture(kim.id)) == (
        "support_plan_contacts", "resource_answer_people")
    assert used_in(journal.person_bundles.capture(ben.id)) == ()


def test_a_note_that_mentions_them_keeps_them(journal: Journal):
    from peerjournal.core.mentions import mention_token
    from peerjournal.core.records import MoodCheckIn

    kim = journal.add_person(Person(name="Kim"))
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3, note=f"Saw {mention_token('Kim', kim.id)}"))
    with pytest.raises(PersonInUse) as raised:
        take_out_if_unused(journal, kim.id)
    assert str(raised.value).startswith("Kim is already named in your notes, so they stay")
    assert journal.get_person(kim.id).name == "Kim"


def _statements(journal: Journal, action):  # type: ignore[no-untyped-def]
    said: list[str] = []
    journal.vault.conn.set_trace_callback(said.append)
    try:
        result = action()
    finally:
        journal.vault.conn.set_trace_callback(None)
    # SQLite reports each foreign key action it runs for a deleted row (cascade, set null) with
    # the text of the statement again: those are one statement from here, counted once.
    # The search index's triggers (one a person) and FTS5's own reads and writes of its tables
    # are SQLite's per-row work inside these statements, not statements sent from here.
    said = [s for s in said if "search_text" not in s and not s.startswith("-- PRAGMA 'main'.data_version")
            and not (s.startswith("-- TRIGGER") and s.endswith("_search"))]
    return [s for i, s in enumerate(said) if i == 0 or s != said[i - 1]], result


def _import(journal: Journal, n: int, first: int) -> list[int]:
    with journal.batch():
        return [journal.add_person(Person(name=f"Imported {first + i}", help_kinds=frozenset({HelpKind.COMPANY})))
                .id for i in range(n)]


def test_taking_out_many_is_a_few_statements_whatever_their_number(journal: Journal):
    """Undoing an import of a phone's contacts (issue 20): ~119 statements a person before."""
    one, few, many = _import(journal, 1, 0), _import(journal, 3, 10), _import(journal, 60, 100)
    said_one, _ = _statements(journal, lambda: take_out_if_unused(journal, one[0]))
    said_few, (taken_few, _) = _statements(journal, lambda: take_out_unused(journal, few))
    said_many, (taken_many, kept) = _statements(journal, lambda: take_out_unused(journal, many))
    assert (len(taken_few), len(taken_many), kept) == (3, 60, [])
    # The same number for 3 and for 60, and no more than taking out one person on their own.
    assert len(said_many) == len(said_few) <= len(said_one)
    assert [p.id for p in journal.people()] == []


def test_taking_out_many_keeps_the_named_and_bundles_them_as_one_at_a_time_would(journal: Journal):
    ids = _import(journal, 5, 0)
    journal.set_cadence(ids[0], 7)
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(ids[1],)))
    journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=1, note=f"Met {mention_token('Imported 2', ids[2])}"))
    journal.goals.new_goal("Swim", helper_person_id=ids[3])
    store = journal.person_bundles
    one_at_a_time = {pid: store.capture(pid) for pid in ids}
    assert store.capture_many([*ids, 99999]) == [one_at_a_time[pid] for pid in ids]  # 99999: gone
    taken, kept = take_out_unused(journal, ids)
    assert [b.person_id for b in taken] == [ids[0], ids[4]]
    assert [(k.name, k.tables) for k in kept] == [
        ("Imported 1", ("contact_people",)), ("Imported 2", (NOTES,)), ("Imported 3", ("goals",))]
    assert sorted(p.id for p in journal.people()) == ids[1:4]
    assert store.restore(taken[0]).name == "Imported 0" and journal.cadences()[ids[0]] == 7
    assert journal.add_person(Person(name="New")).id > max(ids)  # a taken-out id is never reused


def test_unlinked_people_share_one_empty_record_a_table(journal: Journal):
    """3,000 contacts without links: no 27,000 equal empty records built for the undo."""
    ids = _import(journal, 50, 0)
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(ids[7],)))
    bundles = journal.person_bundles.capture_many(ids)
    unlinked = [b for b in bundles if b.person_id != ids[7]]
    assert all(b.cleared is unlinked[0].cleared for b in unlinked)
    for b in unlinked:  # the same empty record for each table they have no rows in
        assert all(mine is first for mine, first in zip(b.linked, unlinked[0].linked, strict=True)
                   if not mine.rows)
    linked = next(b for b in bundles if b.person_id == ids[7])
    assert linked.rows_in("contact_people")
    # Without even kinds of help: one tuple of empty records for them all (issue 20).
    bare = journal.person_bundles.capture_many([p.id for p in journal.add_people(
        [Person(name=f"Bare {n}") for n in range(5)])])
    assert all(b.linked is bare[0].linked and b.cleared is bare[0].cleared for b in bare)
    assert not any(part.rows for part in bare[0].linked) and bare[0].linked is not linked.linked

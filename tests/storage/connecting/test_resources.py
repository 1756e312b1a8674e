"""The resource check in a real vault: questions, checks, history, and what outlives edits."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlcipher3

from peerjournal.core.connecting.resources import (
    DEFAULT_ITEMS,
    Answer,
    Domain,
    Reply,
    ResourceItem,
)
from peerjournal.core.records import Person
from peerjournal.errors import ValidationError
from peerjournal.storage.connecting.resources import ResourceStore
from peerjournal.storage.journal import Change, Journal, NotFound
from peerjournal.storage.vault.database import migrate
from peerjournal.storage.vault.migrations import MIGRATIONS
from tests.storage.conftest import NOW, ago


@pytest.fixture
def store(journal: Journal) -> ResourceStore:
    return journal.resources


def answer(item: ResourceItem, reply: Reply, *people: int) -> Answer:
    assert item.id is not None
    return Answer(item.id, item.domain, item.text, reply, tuple(people))


def _count(journal: Journal, table: str) -> int:
    return journal.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_new_journal_has_the_default_questions_in_order(store):
    items = store.items()
    assert [(i.domain, i.text) for i in items] == list(DEFAULT_ITEMS)
    assert not any(i.retired for i in items)
    assert store.checks() == [] and store.latest() is None and store.last_taken() is None


def test_migration_5_seeds_questions_on_an_upgraded_vault():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, MIGRATIONS[:3])
        assert "resource_items" not in {
            n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        migrate(conn)
        rows = conn.execute("SELECT domain, text FROM resource_items ORDER BY position").fetchall()
        assert rows == [(d.value, t) for d, t in DEFAULT_ITEMS]
    finally:
        conn.close()


def test_save_check_round_trip_newest_first_and_previous(journal, store):
    sam = journal.add_person(Person("Sam"))
    priya = journal.add_person(Person("Priya"))
    move, lift, benefits = store.items()[1], store.items()[3], store.items()[7]
    first = store.save_check(
        [answer(move, Reply.NO), answer(lift, Reply.YES, sam.id)], taken=ago(days=100)
    )
    second = store.save_check([
        answer(move, Reply.YES, priya.id, sam.id), answer(lift, Reply.YES, sam.id),
        answer(benefits, Reply.NOT_SURE),
    ])
    assert first.id is not None and second.id is not None
    assert store.get(second.id) == second
    assert second.taken == NOW
    assert store.get(second.id).answer(move.id).person_ids == (priya.id, sam.id)  # order kept
    assert [c.id for c in store.checks()] == [second.id, first.id]
    assert store.latest() == second
    assert store.previous(second) == first
    assert store.previous(first) is None
    assert store.last_taken() == NOW
    results = store.results(second)
    assert results.with_someone == 2
    assert [i.item_id for i in results.fragile] == [lift.id]
    assert [i.item_id for i in results.not_sure] == [benefits.id]


def test_a_check_taken_now_saves_a_network_snapshot_and_tells_listeners_once(journal, store):
    journal.add_person(Person("Sam"))
    heard: list[frozenset[Change]] = []
    journal.add_listener(heard.append)
    store.save_check([answer(store.items()[0], Reply.NO)])
    assert heard == [frozenset({Change.RESOURCES, Change.SNAPSHOTS})]
    (snapshot,) = journal.snapshots.snapshots()
    assert snapshot.reason == "resource check" and snapshot.taken == NOW
    store.save_check([answer(store.items()[0], Reply.NO)], taken=ago(days=40))
    assert len(journal.snapshots.snapshots()) == 1  # no snapshot for a past date


def test_bad_checks_store_nothing(journal, store):
    item = store.items()[0]
    with pytest.raises(ValidationError, match="Who could"):
        store.save_check([answer(item, Reply.YES)])
    with pytest.raises(NotFound):
        store.save_check([answer(item, Reply.YES, 9999)])
    with pytest.raises(NotFound):
        store.save_check([Answer(9999, Domain.EVERYDAY, "fly me to the moon", Reply.NO)])
    with pytest.raises(ValidationError, match="future"):
        store.save_check([answer(item, Reply.NO)], taken=NOW + timedelta(days=3))
    assert _count(journal, "resource_checks") == _count(journal, "resource_answers") == 0
    assert journal.snapshots.snapshots() == []


def test_rewording_and_retiring_keep_old_checks_readable(journal, store):
    sam = journal.add_person(Person("Sam"))
    move = store.items()[1]
    old = store.save_check([answer(move, Reply.YES, sam.id)], taken=ago(days=30))
    renamed = store.rename_item(move.id, "  could help me move to a new flat? ")
    assert renamed.text == "help me move to a new flat"
    retired = store.set_retired(move.id, True)
    assert retired.retired and move.id not in [i.id for i in store.items()]
    assert move.id in [i.id for i in store.items(include_retired=True)]
    again = store.get(old.id)
    assert again.answer(move.id).text == "help me move house"  # as it was asked
    assert store.results(again).item(move.id).text == "help me move house"
    assert not store.set_retired(move.id, False).retired
    assert store.items()[1].text == "help me move to a new flat"


def test_add_and_move_questions_within_their_domain(store):
    added = store.add_item(Domain.BELONGING, "sit with me at a football match")
    belonging = [i for i in store.items() if i.domain is Domain.BELONGING]
    assert belonging[-1] == added
    store.move_item(added.id, -1)
    store.move_item(added.id, -1)
    belonging = [i.text for i in store.items() if i.domain is Domain.BELONGING]
    assert belonging.index("sit with me at a football match") == len(belonging) - 3
    store.move_item(added.id, -99)
    assert [i for i in store.items() if i.domain is Domain.BELONGING][0].id == added.id
    # Other domains are untouched.
    assert [(i.domain, i.text) for i in store.items() if i.domain is Domain.EVERYDAY] == [
        (d, t) for d, t in DEFAULT_ITEMS if d is Domain.EVERYDAY
    ]
    with pytest.raises(ValidationError):
        store.add_item(Domain.EVERYDAY, "   ")
    with pytest.raises(NotFound):
        store.rename_item(9999, "anything")


def test_deleting_a_person_takes_them_out_of_answers(journal, store):
    sam = journal.add_person(Person("Sam"))
    priya = journal.add_person(Person("Priya"))
    move, lift = store.items()[1], store.items()[3]
    check = store.save_check([answer(move, Reply.YES, sam.id, priya.id),
                              answer(lift, Reply.YES, sam.id)])
    journal.delete_person(sam.id)
    again = store.get(check.id)
    assert again.answer(move.id).person_ids == (priya.id,)
    assert again.answer(lift.id).person_ids == ()
    results = store.results(again)
    assert results.with_someone == 2  # the answers stand
    assert [i.item_id for i in results.fragile] == [move.id]  # now rests on Priya alone


def test_archived_people_are_flagged_in_results(journal, store):
    sam = journal.add_person(Person("Sam"))
    check = store.save_check([answer(store.items()[0], Reply.YES, sam.id)])
    journal.set_archived(sam.id, True)
    result = store.results(store.get(check.id))
    assert result.with_someone == 1
    assert result.items[0].archived_ids == (sam.id,)


def test_delete_check(journal, store):
    sam = journal.add_person(Person("Sam"))
    check = store.save_check([answer(store.items()[0], Reply.YES, sam.id)])
    store.delete_check(check.id)
    assert store.checks() == []
    assert _count(journal, "resource_answers") == _count(journal, "resource_answer_people") == 0
    with pytest.raises(NotFound):
        store.get(check.id)


def test_the_demo_journal_has_two_checks_with_gaps_and_change(journal, store):
    from peerjournal.core.connecting.resources import compare
    from peerjournal.demo.seed import seed_demo

    seed_demo(journal, NOW)
    later, earlier = store.checks()
    assert earlier.taken < later.taken < NOW
    assert len(later.answers) == len(earlier.answers) == len(DEFAULT_ITEMS)
    before, after = store.results(earlier), store.results(later)
    assert before.gaps and after.gaps and after.fragile
    assert after.with_someone > before.with_someone
    change = compare(before, after)
    assert change.gained and not change.nothing_changed
    names = {p.id: p.name for p in journal.people()}
    assert "Bev" in {names[p] for i in after.items for p in i.person_ids}
    assert "Bev" not in {names[p] for i in before.items for p in i.person_ids}

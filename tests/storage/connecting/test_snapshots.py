"""Network snapshots in a real vault: round trips, copies that outlive changes, one notification."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from peerjournal.core.connecting.network_history import (
    REASON_RESOURCE_CHECK,
    REASON_SAVED,
    Snapshot,
    SnapshotMember,
    compare,
)
from peerjournal.core.records import Activity, Contact, Person
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship
from peerjournal.errors import ValidationError
from peerjournal.storage.connecting.snapshots import SnapshotStore
from peerjournal.storage.journal import Change, Journal, NotFound
from peerjournal.storage.vault.migrations import MIGRATIONS
from tests.storage.conftest import NOW, ago


@pytest.fixture
def store(journal: Journal) -> SnapshotStore:
    return journal.snapshots


def _people(journal: Journal) -> tuple[Person, Person, Person]:
    mum = journal.add_person(Person(name="Mum", relationship=Relationship.FAMILY,
                                    closeness=Closeness.CLOSE,
                                    help_kinds=frozenset({HelpKind.EMOTIONAL, HelpKind.PRACTICAL})))
    tom = journal.add_person(Person(name="Tom", closeness=Closeness.MIDDLE))
    bev = journal.add_person(Person(name="Bev", relationship=Relationship.PEER,
                                    closeness=Closeness.OUTER))
    return mum, tom, bev


def test_migration_7_is_in_the_list():
    assert any(m.__name__ == "_migration_7" for m in MIGRATIONS)


def test_take_snapshot_round_trip_with_last_time_in_touch(journal, store):
    mum, tom, bev = _people(journal)
    journal.add_contact(Contact(at=ago(days=10), person_ids=(mum.id,)))
    journal.add_contact(Contact(at=ago(days=3), person_ids=(mum.id, tom.id)))
    journal.add_activity(Activity(at=ago(days=1), category="Other", title="Walk",
                                  person_ids=(tom.id,)))
    archived = journal.add_person(Person(name="Old friend"))
    journal.set_archived(archived.id, True)
    heard = []
    journal.add_listener(heard.append)

    taken = store.take_snapshot(REASON_SAVED)

    assert heard == [frozenset({Change.SNAPSHOTS})]
    assert taken.id is not None and taken.taken == NOW and taken.reason == REASON_SAVED
    got = {m.name: m for m in store.get(taken.id).members}
    assert set(got) == {"Mum", "Tom", "Bev"}  # archived people are not on the map
    assert got["Mum"] == SnapshotMember(mum.id, "Mum", Relationship.FAMILY, Closeness.CLOSE,
                                        frozenset({HelpKind.EMOTIONAL, HelpKind.PRACTICAL}),
                                        ago(days=3))
    assert got["Tom"].last_contact == ago(days=1)  # an activity together counts
    assert got["Bev"].last_contact is None
    assert store.get(taken.id) == taken


def test_comparison_counts_an_activity_together_as_being_in_touch(journal, store):
    """'Not in touch for more than 90 days' reads the journal's one definition (issue 16):
    Tom's last contact was 200 days ago, but a walk with him 5 days ago counts."""
    mum, tom, bev = _people(journal)
    journal.add_contact(Contact(at=ago(days=200), person_ids=(mum.id, tom.id, bev.id)))
    journal.add_activity(Activity(at=ago(days=5), category="Outdoors", title="Walk",
                                  person_ids=(tom.id,)))
    earlier = store.take_snapshot()
    now = store.current()
    assert {m.name: m.last_contact for m in now.members}["Tom"] == ago(days=5)
    assert store.last_in_touch() == journal.last_in_touch_times()
    assert store.last_in_touch(before=ago(days=6)) == journal.last_in_touch_times(before=ago(days=6))
    long_time = {lt.member.name: lt.days for lt in compare(earlier, now).long_time}
    assert long_time == {"Mum": 200, "Bev": 200}


def test_list_is_newest_first_and_light(journal, store):
    _people(journal)
    older = store.save_snapshot(Snapshot(None, NOW - timedelta(days=60), REASON_RESOURCE_CHECK,
                                         (SnapshotMember(None, "Someone", Relationship.FRIEND,
                                                         Closeness.OUTER),)))
    newer = store.take_snapshot()
    infos = store.snapshots()
    assert [(i.id, i.reason, i.people) for i in infos] == [
        (newer.id, REASON_SAVED, 3), (older.id, REASON_RESOURCE_CHECK, 1)]
    assert infos[1].taken == NOW - timedelta(days=60)


def test_renaming_moving_and_deleting_people_leaves_snapshots_unchanged(journal, store):
    mum, tom, bev = _people(journal)
    before = store.take_snapshot()
    journal.update_person(replace(tom, name="Thomas", closeness=Closeness.CLOSE,
                                  help_kinds=frozenset({HelpKind.CRISIS})))
    journal.delete_person(bev.id)
    after = store.get(before.id)
    assert [(m.name, m.closeness, m.help_kinds) for m in after.members] == [
        (m.name, m.closeness, m.help_kinds) for m in before.members]
    # Bev's copy stays, without a link to a person who is no longer there.
    assert [(m.name, m.person_id) for m in after.members if m.name == "Bev"] == [("Bev", None)]
    # Someone added now is not taken for Bev (the journal never hands out a deleted
    # person's id again, so undo can bring them back with theirs).
    newcomer = journal.add_person(Person(name="Ana"))
    assert newcomer.id != bev.id
    result = compare(after, store.current())
    assert [m.name for m in result.gone] == ["Bev"]
    assert [m.name for m in result.new] == ["Ana"] and result.new[0].person_id == newcomer.id
    assert [(mv.after.name, mv.after.closeness) for mv in result.moved] == [
        ("Thomas", Closeness.CLOSE)]


def test_take_snapshot_joins_a_callers_batch_and_rolls_back_with_it(journal, store):
    _people(journal)
    with pytest.raises(RuntimeError), journal.batch():
        store.take_snapshot(REASON_RESOURCE_CHECK)
        raise RuntimeError("the resource check failed to save")
    assert store.snapshots() == []


def test_save_snapshot_drops_ids_of_people_not_in_this_journal(journal, store):
    mum, _, _ = _people(journal)
    stored = store.save_snapshot(Snapshot(None, NOW, REASON_SAVED, (
        SnapshotMember(mum.id, "Mum", Relationship.FAMILY, Closeness.CLOSE),
        SnapshotMember(999, "Stranger", Relationship.FRIEND, Closeness.OUTER),
    )))
    assert {m.name: m.person_id for m in stored.members} == {"Mum": mum.id, "Stranger": None}


def test_bad_snapshot_is_refused_and_nothing_is_stored(store):
    with pytest.raises(ValidationError):
        store.save_snapshot(Snapshot(None, NOW, "", ()))
    assert store.snapshots() == []


def test_delete_and_missing_snapshots(journal, store):
    taken = store.take_snapshot()
    heard = []
    journal.add_listener(heard.append)
    store.delete(taken.id)
    assert heard == [frozenset({Change.SNAPSHOTS})]
    assert store.snapshots() == []
    with pytest.raises(NotFound):
        store.get(taken.id)
    with pytest.raises(NotFound):
        store.delete(taken.id)


def test_empty_journal_snapshot(store):
    taken = store.take_snapshot()
    assert taken.members == () and store.snapshots()[0].people == 0


def test_demo_has_two_snapshots_months_apart_that_differ(journal):
    from peerjournal.demo.seed import seed_demo

    seed_demo(journal, NOW, days=90)
    store = journal.snapshots
    infos = [i for i in store.snapshots() if i.taken < NOW]  # others' demo parts may add one now
    assert len(infos) >= 2
    later, earlier = store.get(infos[0].id), store.get(infos[-1].id)
    assert (later.taken - earlier.taken).days >= 90
    result = compare(earlier, later)
    assert {m.name for m in result.new} == {"Bev", "Dev (peer worker)"}
    assert {(mv.after.name, mv.closer) for mv in result.moved} == {
        ("Marcus", True), ("Priya", True), ("Tom", False), ("Sam (neighbour)", True)}
    # The later one has real last times in touch from the sample's entries, none after it.
    assert any(m.last_contact for m in later.members)
    assert all(m.last_contact is None or m.last_contact < later.taken for m in later.members)
    # And the live network has moved on since: Sam back in the outer circle.
    since = compare(later, store.current())
    assert [(mv.after.name, mv.after.closeness) for mv in since.moved] == [
        ("Sam (neighbour)", Closeness.OUTER)]


def test_a_person_not_placed_yet_is_kept_unset_in_a_snapshot(journal, store):
    kit = journal.add_person(Person(name="Kit", relationship=None, closeness=None))
    taken = store.take_snapshot(REASON_SAVED)
    [member] = store.get(taken.id).members
    assert (member.person_id, member.relationship, member.closeness) == (kit.id, None, None)
    row = journal.vault.conn.execute(
        "SELECT relationship, closeness FROM network_snapshot_members WHERE snapshot_id = ?",
        (taken.id,)).fetchone()
    assert tuple(row) == ("", "")  # "" is "not set" in the vault

"""Network over time: comparing hand-made snapshots and describing their shape."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from peerjournal.core.connecting.network_history import (
    LONG_TIME_DAYS,
    REASON_SAVED,
    Group,
    ShapeKind,
    Snapshot,
    SnapshotMember,
    compare,
    describe_shape,
    network_shape,
    shape_words,
    snapshot_of,
)
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship
from peerjournal.errors import ValidationError

C, M, OUT = Closeness.CLOSE, Closeness.MIDDLE, Closeness.OUTER
R = Relationship
MARCH = datetime(2026, 3, 1, 12, tzinfo=UTC)
JUNE = datetime(2026, 6, 1, 12, tzinfo=UTC)


def member(pid, name, rel=R.FRIEND, circle=M, *kinds, last=None):
    return SnapshotMember(pid, name, rel, circle, frozenset(kinds), last)


def snap(taken, *members, reason=REASON_SAVED):
    return Snapshot(None, taken, reason, tuple(members)).validate()


# -- compare -------------------------------------------------------------------
def test_two_empty_networks_have_no_differences():
    result = compare(snap(MARCH), snap(JUNE))
    assert result.unchanged
    assert (result.new, result.gone, result.moved, result.long_time) == ((), (), (), ())
    assert [(r.what, r.earlier, r.later) for r in result.circles] == [(C, 0, 0), (M, 0, 0), (OUT, 0, 0)]
    assert all(r.earlier == r.later == 0 for r in result.help)


def test_new_gone_and_moved_circle_with_direction():
    earlier = snap(MARCH,
                   member(1, "Mum", R.FAMILY, C, HelpKind.EMOTIONAL, last=MARCH),
                   member(2, "Tom", R.FRIEND, M, HelpKind.COMPANY, last=MARCH),
                   member(3, "Bev", R.PEER, OUT, last=MARCH),
                   member(4, "Sam", R.NEIGHBOUR, C, HelpKind.PRACTICAL, last=MARCH))
    later = snap(JUNE,
                 member(1, "Mum", R.FAMILY, C, HelpKind.EMOTIONAL, last=JUNE),
                 member(2, "Tom", R.FRIEND, C, HelpKind.COMPANY, HelpKind.EMOTIONAL, last=JUNE),
                 member(4, "Sam", R.NEIGHBOUR, OUT, HelpKind.PRACTICAL, last=JUNE),
                 member(5, "Ana", R.PEER, OUT, HelpKind.COMPANY, last=JUNE))
    result = compare(earlier, later)
    assert [m.name for m in result.new] == ["Ana"]
    assert [m.name for m in result.gone] == ["Bev"]
    assert [(mv.after.name, mv.before.closeness, mv.after.closeness, mv.closer) for mv in result.moved] == [
        ("Sam", C, OUT, False), ("Tom", M, C, True)]
    assert [(r.what, r.earlier, r.later, r.change) for r in result.circles] == [
        (C, 2, 2, 0), (M, 1, 0, -1), (OUT, 1, 2, 1)]
    help_counts = {r.what: (r.earlier, r.later) for r in result.help}
    assert help_counts[HelpKind.EMOTIONAL] == (1, 2)
    assert help_counts[HelpKind.COMPANY] == (1, 2)
    assert help_counts[HelpKind.CRISIS] == (0, 0)
    assert result.long_time == ()


def test_order_of_arguments_does_not_matter():
    earlier = snap(MARCH, member(1, "Tom"))
    later = snap(JUNE, member(1, "Tom"), member(2, "Ana"))
    for result in (compare(earlier, later), compare(later, earlier)):
        assert result.earlier.taken == MARCH and [m.name for m in result.new] == ["Ana"]
        assert result.gone == ()


def test_a_renamed_person_is_the_same_person():
    result = compare(snap(MARCH, member(1, "Jess")), snap(JUNE, member(1, "Jess (sister)")))
    assert result.unchanged


def test_a_deleted_person_is_matched_by_name_then_gone_from_the_live_network():
    # Deleted from the journal: the stored copies lose their id but keep the name.
    old = snap(MARCH, member(None, "Bev", R.PEER, OUT), member(2, "Tom"))
    middle = snap(MARCH + timedelta(days=30), member(None, "bev", R.PEER, M), member(2, "Tom"))
    live = snap(JUNE, member(2, "Tom"), member(9, "Bev"))  # someone new with the same name
    first = compare(old, middle)
    assert (first.new, first.gone) == ((), ())
    assert [(mv.after.name, mv.closer) for mv in first.moved] == [("bev", True)]
    second = compare(middle, live)
    assert [m.name for m in second.gone] == ["bev"]
    assert [(m.person_id, m.name) for m in second.new] == [(9, "Bev")]


def test_long_time_without_contact_is_counted_to_the_later_snapshot_by_default():
    quiet = JUNE - timedelta(days=LONG_TIME_DAYS + 1)
    edge = JUNE - timedelta(days=LONG_TIME_DAYS)
    later = snap(JUNE,
                 member(1, "Quiet", last=quiet),
                 member(2, "Edge", last=edge),
                 member(3, "Never"),
                 member(4, "Quieter", last=quiet - timedelta(days=40)))
    earlier = snap(MARCH, member(3, "Never"))
    result = compare(earlier, later)
    assert [(lt.member.name, lt.days) for lt in result.long_time] == [
        ("Quieter", LONG_TIME_DAYS + 41), ("Quiet", LONG_TIME_DAYS + 1), ("Never", None)]
    later_on = compare(earlier, later, now=JUNE + timedelta(days=10))
    assert "Edge" in [lt.member.name for lt in later_on.long_time]
    # Someone new since the earlier date with nothing noted yet may just have been added.
    assert "Never" not in [lt.member.name for lt in compare(snap(MARCH), later).long_time]


def test_one_person_network_moving_closer():
    result = compare(snap(MARCH, member(1, "Dev", R.PROFESSIONAL, OUT)),
                     snap(JUNE, member(1, "Dev", R.PROFESSIONAL, M)))
    (moved,) = result.moved
    assert moved.closer and moved.before.closeness is OUT and moved.after.closeness is M


# -- shape ---------------------------------------------------------------------
def test_empty_network_is_described_kindly():
    shape = network_shape(snap(MARCH))
    assert shape.kind is ShapeKind.EMPTY and shape.total == 0
    assert describe_shape(snap(MARCH)) == "Nobody is on your map yet; people you add will appear here."


def test_one_person():
    assert describe_shape(snap(MARCH, member(1, "Mum", R.FAMILY, C))) == "One person so far (family)."
    assert describe_shape(snap(MARCH, member(1, "Rachel", R.PROFESSIONAL, M))) == (
        "One person so far (professionals); nobody in the close circle yet.")


def test_all_family_and_partner_counts_as_family():
    network = snap(MARCH, member(1, "Mum", R.FAMILY, C), member(2, "Dad", R.FAMILY, M),
                   member(3, "Lee", R.PARTNER, C))
    assert network_shape(network).kind is ShapeKind.ALL
    assert describe_shape(network) == "All family (3 people)."


def test_mostly_is_sixty_percent_or_more():
    # 3 of 5 professionals = 60%: mostly.
    five = snap(MARCH, member(1, "GP", R.PROFESSIONAL, OUT), member(2, "CPN", R.PROFESSIONAL, M),
                member(3, "Dev", R.PROFESSIONAL, M), member(4, "Mum", R.FAMILY, M),
                member(5, "Tom", R.FRIEND, OUT))
    assert describe_shape(five) == ("Mostly professionals (3 of 5 people); "
                                    "nobody in the close circle yet.")
    # 5 of 8 family.
    eight = snap(MARCH, *(member(i, f"F{i}", R.FAMILY, C) for i in range(5)),
                 member(10, "Tom"), member(11, "Bev", R.PEER), member(12, "Sam", R.NEIGHBOUR))
    assert describe_shape(eight) == "Mostly family (5 of 8 people)."


def test_two_groups_below_the_threshold_are_a_mix():
    # 2 of 4 = 50%: not mostly.
    network = snap(MARCH, member(1, "Tom", R.FRIEND, C), member(2, "Ana", R.FRIEND),
                   member(3, "Mum", R.FAMILY, C), member(4, "Dad", R.FAMILY))
    shape = network_shape(network)
    assert shape.kind is ShapeKind.MIX
    assert dict(shape.groups) == {Group.FAMILY: 2, Group.FRIENDS: 2}
    assert describe_shape(network) == "A mix of family and friends."


def test_varied_mix_names_groups_in_a_fixed_order():
    network = snap(MARCH, member(1, "Dev", R.PROFESSIONAL, M), member(2, "Bev", R.PEER, C),
                   member(3, "Tom", R.FRIEND), member(4, "Mum", R.FAMILY, C),
                   member(5, "Chloe", R.COLLEAGUE))
    assert network_shape(network).kind is ShapeKind.VARIED
    assert describe_shape(network) == ("A varied mix: family, friends, peers, professionals "
                                       "and others.")
    neighbours = snap(MARCH, member(1, "Sam", R.NEIGHBOUR, C), member(2, "Chloe", R.COLLEAGUE))
    assert describe_shape(neighbours) == "All neighbours, colleagues and others (2 people)."


def test_a_past_snapshot_is_worded_in_the_past_and_every_piece_goes_through_tr():
    def marked(text):
        return f"«{text}»"

    def then(network):
        return shape_words(network_shape(network), marked, then=True)

    assert then(snap(MARCH)) == "«Nobody was on your map.»"
    assert then(snap(MARCH, member(1, "Rachel", R.PROFESSIONAL, M))) == (
        "«One person ({group})»".format(group="«professionals»")
        + "«; nobody in the close circle».")
    mix = snap(MARCH, member(1, "Tom", R.FRIEND, C), member(2, "Sam", R.NEIGHBOUR))
    assert then(mix) == "«A mix of {groups}»".format(
        groups="«{first} and {last}»".format(first="«friends»", last="«others»")) + "."
    # Without ``then``: the map as it is now, in the words of the Connecting page.
    one = snap(MARCH, member(1, "Rachel", R.PROFESSIONAL, M))
    assert shape_words(network_shape(one), marked) == (
        "«One person so far ({group})»".format(group="«professionals»")
        + "«; nobody in the close circle yet».")


# -- making and checking snapshots -------------------------------------------
def test_snapshot_of_people_leaves_out_archived_and_copies_fields():
    people = [
        Person(id=1, name="Mum", relationship=R.FAMILY, closeness=C,
               help_kinds=frozenset({HelpKind.EMOTIONAL})),
        Person(id=2, name="Old friend", archived=True),
        Person(id=3, name="Tom", closeness=OUT),
    ]
    taken = snapshot_of(people, {1: MARCH}, JUNE, REASON_SAVED)
    assert [(m.person_id, m.name, m.closeness, m.last_contact) for m in taken.members] == [
        (1, "Mum", C, MARCH), (3, "Tom", OUT, None)]
    assert taken.members[0].help_kinds == {HelpKind.EMOTIONAL}
    assert taken.reason == REASON_SAVED and taken.id is None


@pytest.mark.parametrize("bad", [
    Snapshot(None, datetime(2026, 3, 1), REASON_SAVED),  # naive time
    Snapshot(None, MARCH, "   "),
    Snapshot(None, MARCH, REASON_SAVED, (member(1, "  "),)),
    Snapshot(None, MARCH, REASON_SAVED, (member(1, "Tom"), member(1, "Tom again"))),
    Snapshot(None, MARCH, REASON_SAVED, (SnapshotMember(1, "Tom", "cousin", C),)),  # type: ignore[arg-type]
])
def test_invalid_snapshots_are_refused(bad):
    with pytest.raises(ValidationError):
        bad.validate()


def test_someone_placed_for_the_first_time_moved_closer_and_unset_is_never_guessed():
    earlier = snap(MARCH, member(1, "Kit", None, None), member(2, "Tom", R.FRIEND, OUT))
    later = snap(JUNE, member(1, "Kit", None, OUT), member(2, "Tom", R.FRIEND, OUT))
    [moved] = compare(earlier, later).moved
    assert moved.after.name == "Kit" and moved.closer  # from "not placed yet" into a circle
    assert [m.name for m in earlier.members] == ["Tom", "Kit"]  # not placed: after the circles
    counts = [(r.what, r.earlier, r.later) for r in compare(earlier, later).circles]
    assert counts == [(C, 0, 0), (M, 0, 0), (OUT, 1, 2)]  # Kit was in no circle in March
    shape = network_shape(earlier)
    assert dict(shape.groups) == {Group.FRIENDS: 1, Group.NOT_SET: 1}  # not counted as a friend
    assert "relationship is not set" in describe_shape(earlier)

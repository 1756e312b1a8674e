"""My network over time: dated snapshots of the network map, a comparison of two, and its shape.

A snapshot keeps its own copy of each person's name, relationship, circle, kinds of help
and when they were last in touch, so it stays true after people are renamed, moved,
archived or deleted. Two snapshots are matched person by person on ``person_id``; a
member whose person has since been deleted has no id and is matched on their name.

Thresholds, counted from the data and nothing else:

* *A long time not in touch*: last in touch (a contact, or an activity together: the
  journal's one definition, ``storage/in_touch.py``) more than ``LONG_TIME_DAYS`` days before
  the moment compared to (a plain rule rather than each person's usual gap, because a
  snapshot keeps only the last time); or never in touch at all for someone already on
  the earlier map (someone new since then may simply have been added recently).
* *Mostly*: one group of relationships is at least ``MOSTLY_SHARE`` of the people.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship, optional_choice
from peerjournal.errors import ValidationError
from peerjournal.i18n import translate

REASON_RESOURCE_CHECK = "resource check"
REASON_SAVED = "saved by you"
REASON_NOW = "now"  # the live network, never stored
REASON_MAX = 80
NAME_MAX = 200

LONG_TIME_DAYS = 90
MOSTLY_SHARE = 0.6

CIRCLE_ORDER: tuple[Closeness, ...] = (Closeness.CLOSE, Closeness.MIDDLE, Closeness.OUTER)
# Not placed yet (None) sits outside the circles: placing someone in any circle moves them closer.
_DEPTH: dict[Closeness | None, int] = {c: i for i, c in enumerate((*CIRCLE_ORDER, None))}

Translate = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class SnapshotMember:
    """One person as they were when the snapshot was taken (copies, not references)."""

    person_id: int | None  # None once the person has been deleted from the journal
    name: str
    relationship: Relationship | None  # None: not set
    closeness: Closeness | None  # None: not placed in a circle yet
    help_kinds: frozenset[HelpKind] = frozenset()
    last_contact: datetime | None = None  # last in touch: a contact, or an activity together

    @property
    def key(self) -> tuple[str, str]:
        """What ties a member to the same person in another snapshot."""
        if self.person_id is not None:
            return ("id", str(self.person_id))
        return ("name", self.name.casefold())


@dataclass(frozen=True)
class Snapshot:
    id: int | None  # None until stored, and for the live network
    taken: datetime  # aware
    reason: str
    members: tuple[SnapshotMember, ...] = ()

    def validate(self) -> Snapshot:
        """The snapshot with names tidied; ValidationError for anything a vault can't keep."""
        if self.taken.tzinfo is None:
            raise ValidationError(translate("network_history", "A snapshot needs a time with a time zone."))
        reason = " ".join(self.reason.split())
        if not reason or len(reason) > REASON_MAX:
            raise ValidationError(translate("network_history", "A snapshot needs a short reason."))
        members = []
        keys: set[tuple[str, str]] = set()
        for m in self.members:
            name = " ".join(m.name.split())
            if not name or len(name) > NAME_MAX:
                raise ValidationError(translate("network_history", "Everyone in a snapshot needs a name."))
            try:
                member = SnapshotMember(
                    m.person_id, name, optional_choice(Relationship, m.relationship),
                    optional_choice(Closeness, m.closeness),
                    frozenset(HelpKind(k) for k in m.help_kinds), m.last_contact,
                )
            except ValueError as exc:
                raise ValidationError(translate("network_history", "Unknown choice in a snapshot: {what}").format(
                    what=exc)) from None
            if member.last_contact is not None and member.last_contact.tzinfo is None:
                raise ValidationError(translate("network_history", "A last contact needs a time with a time zone."))
            if member.key in keys:
                raise ValidationError(translate("network_history", "{name} is in the snapshot twice.").format(name=name))
            keys.add(member.key)
            members.append(member)
        return Snapshot(self.id, self.taken, reason, tuple(sorted(members, key=_member_order)))


@dataclass(frozen=True)
class SnapshotInfo:
    """A stored snapshot in a list: when, why and how many people, without the people."""

    id: int
    taken: datetime
    reason: str
    people: int


def _member_order(m: SnapshotMember) -> tuple[int, str]:
    return (_DEPTH[m.closeness], m.name.casefold())


def snapshot_of(people: Iterable[Person], last_contact: Mapping[int, datetime],
                taken: datetime, reason: str) -> Snapshot:
    """The network as it is: every person not archived, with their last time in touch."""
    members = tuple(
        SnapshotMember(p.id, p.name, p.relationship, p.closeness, frozenset(p.help_kinds),
                       last_contact.get(p.id) if p.id is not None else None)
        for p in people if not p.archived
    )
    return Snapshot(None, taken, reason, members).validate()


# -- comparing two snapshots ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class Moved:
    before: SnapshotMember
    after: SnapshotMember

    @property
    def closer(self) -> bool:
        return _DEPTH[self.after.closeness] < _DEPTH[self.before.closeness]


@dataclass(frozen=True, slots=True)
class LongTime:
    """Someone in the later snapshot not in touch for a long time (``days`` None: never noted)."""

    member: SnapshotMember
    days: int | None


@dataclass(frozen=True, slots=True)
class CountRow:
    """How many people in one circle, or down for one kind of help, on each side."""

    what: Closeness | HelpKind
    earlier: int
    later: int

    @property
    def change(self) -> int:
        return self.later - self.earlier


@dataclass(frozen=True)
class Comparison:
    earlier: Snapshot
    later: Snapshot
    new: tuple[SnapshotMember, ...]  # in the later one only
    gone: tuple[SnapshotMember, ...]  # in the earlier one only
    moved: tuple[Moved, ...]  # in both, in another circle
    long_time: tuple[LongTime, ...]  # longest first; never-noted last
    circles: tuple[CountRow, ...] = field(default=())
    help: tuple[CountRow, ...] = field(default=())

    @property
    def unchanged(self) -> bool:
        return not (self.new or self.gone or self.moved)


def _by_name(members: Iterable[SnapshotMember]) -> list[SnapshotMember]:
    return sorted(members, key=lambda m: m.name.casefold())


def circle_counts(snapshot: Snapshot) -> dict[Closeness, int]:
    counts = Counter(m.closeness for m in snapshot.members)
    return {c: counts.get(c, 0) for c in CIRCLE_ORDER}


def help_counts(snapshot: Snapshot) -> dict[HelpKind, int]:
    counts = Counter(k for m in snapshot.members for k in m.help_kinds)
    return {k: counts.get(k, 0) for k in HelpKind}


def compare(a: Snapshot, b: Snapshot, now: datetime | None = None) -> Comparison:
    """What changed between two snapshots, in either order (the earlier one is found by time).

    ``now`` is the moment "a long time not in touch" is counted to; by default the later
    snapshot's own time, so a pair from the past is described as it was then.
    """
    earlier, later = (a, b) if a.taken <= b.taken else (b, a)
    before = {m.key: m for m in earlier.members}
    after = {m.key: m for m in later.members}
    new = _by_name(m for k, m in after.items() if k not in before)
    gone = _by_name(m for k, m in before.items() if k not in after)
    moved = sorted(
        (Moved(before[k], m) for k, m in after.items()
         if k in before and before[k].closeness != m.closeness),
        key=lambda mv: mv.after.name.casefold(),
    )
    moment = now or later.taken
    long_time = []
    for m in later.members:
        if m.last_contact is None:
            if m.key in before:
                long_time.append(LongTime(m, None))
        else:
            days = (moment - m.last_contact).days
            if days > LONG_TIME_DAYS:
                long_time.append(LongTime(m, days))
    long_time.sort(key=lambda lt: (lt.days is None, -(lt.days or 0), lt.member.name.casefold()))
    ec, lc = circle_counts(earlier), circle_counts(later)
    eh, lh = help_counts(earlier), help_counts(later)
    return Comparison(
        earlier, later, tuple(new), tuple(gone), tuple(moved), tuple(long_time),
        tuple(CountRow(c, ec[c], lc[c]) for c in CIRCLE_ORDER),
        tuple(CountRow(k, eh[k], lh[k]) for k in HelpKind),
    )


# -- the shape of a network ----------------------------------------------------
class Group(StrEnum):
    """Relationships gathered into the few groups a shape is described by."""

    FAMILY = "family"
    FRIENDS = "friends"
    PEERS = "peers"
    PROFESSIONALS = "professionals"
    OTHERS = "others"
    NOT_SET = "not set"  # relationship not chosen yet: never guessed into another group


GROUP_OF: dict[Relationship | None, Group] = {
    Relationship.FAMILY: Group.FAMILY,
    Relationship.PARTNER: Group.FAMILY,
    Relationship.FRIEND: Group.FRIENDS,
    Relationship.PEER: Group.PEERS,
    Relationship.PROFESSIONAL: Group.PROFESSIONALS,
    Relationship.NEIGHBOUR: Group.OTHERS,
    Relationship.COLLEAGUE: Group.OTHERS,
    Relationship.OTHER: Group.OTHERS,
    None: Group.NOT_SET,
}

class ShapeKind(StrEnum):
    EMPTY = "empty"  # nobody on the map
    ONE = "one"  # a single person
    ALL = "all"  # everyone in one group
    MOSTLY = "mostly"  # one group has at least MOSTLY_SHARE of the people
    MIX = "mix"  # two groups, neither mostly
    VARIED = "varied"  # three or more groups, none mostly


@dataclass(frozen=True)
class Shape:
    kind: ShapeKind
    total: int
    groups: tuple[tuple[Group, int], ...]  # groups present, largest first, then in Group order
    close_circle: int

    @property
    def main(self) -> tuple[Group, int] | None:
        return self.groups[0] if self.groups else None


def network_shape(snapshot: Snapshot) -> Shape:
    members = snapshot.members
    total = len(members)
    counts = Counter(GROUP_OF[m.relationship] for m in members)
    order = list(Group)
    groups = tuple(sorted(counts.items(), key=lambda gc: (-gc[1], order.index(gc[0]))))
    close = sum(1 for m in members if m.closeness is Closeness.CLOSE)
    if total == 0:
        kind = ShapeKind.EMPTY
    elif total == 1:
        kind = ShapeKind.ONE
    elif len(groups) == 1:
        kind = ShapeKind.ALL
    elif groups[0][1] >= MOSTLY_SHARE * total:
        kind = ShapeKind.MOSTLY
    elif len(groups) == 2:
        kind = ShapeKind.MIX
    else:
        kind = ShapeKind.VARIED
    return Shape(kind, total, groups, close)


# -- the network in words ------------------------------------------------------
# One wording for the Connecting page, the shared view and the printable summary. The caller
# passes ``tr``, its one-argument translate (lupdate files these ``tr("…")`` texts without a
# context; the UI looks them up through ``peerjournal.ui.app.translations.context_tr``).
def group_word(group: Group, tr: Translate) -> str:
    return {
        Group.FAMILY: tr("family"),
        Group.FRIENDS: tr("friends"),
        Group.PEERS: tr("peers"),
        Group.PROFESSIONALS: tr("professionals"),
        Group.OTHERS: tr("neighbours, colleagues and others"),
        Group.NOT_SET: tr("people whose relationship is not set"),
    }[group]


def circle_word(closeness: Closeness | None, tr: Translate) -> str:
    return {
        Closeness.CLOSE: tr("close circle"),
        Closeness.MIDDLE: tr("middle circle"),
        Closeness.OUTER: tr("outer circle"),
        None: tr("group not placed in a circle yet"),
    }[closeness]


def and_words(words: list[str], tr: Translate) -> str:
    """"a, b and c" ("a" alone)."""
    if len(words) == 1:
        return words[0]
    return tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def shape_words(shape: Shape, tr: Translate, *, then: bool = False) -> str:
    """One plain line about who is in the network, counted from the data.

    ``then`` words it as a past snapshot in a report ("One person (family)."); without it, as
    the map is now ("One person so far (family)."). Groups are listed in the fixed order of
    :class:`Group`; in a list "others" is enough, and reads better than a list inside a list.
    """
    if shape.kind is ShapeKind.EMPTY:
        if then:
            return tr("Nobody was on your map.")
        return tr("Nobody is on your map yet; people you add will appear here.")
    group, count = shape.groups[0]
    word = group_word(group, tr)
    present = dict(shape.groups)
    groups = and_words([tr("others") if g is Group.OTHERS else group_word(g, tr)
                        for g in Group if g in present], tr)
    if shape.kind is ShapeKind.ONE:
        line = (tr("One person ({group})") if then
                else tr("One person so far ({group})")).format(group=word)
    elif shape.kind is ShapeKind.ALL:
        line = tr("All {group} ({total} people)").format(group=word, total=shape.total)
    elif shape.kind is ShapeKind.MOSTLY:
        line = tr("Mostly {group} ({count} of {total} people)").format(
            group=word, count=count, total=shape.total)
    elif shape.kind is ShapeKind.MIX:
        line = tr("A mix of {groups}").format(groups=groups)
    else:
        line = tr("A varied mix: {groups}").format(groups=groups)
    if shape.close_circle == 0:
        line += tr("; nobody in the close circle") if then else tr("; nobody in the close circle yet")
    return line + "."


def _english(text: str) -> str:
    return text


def describe_shape(snapshot: Snapshot) -> str:
    """:func:`shape_words` for the map as it is now, in English (for tests and documents)."""
    return shape_words(network_shape(snapshot), _english)

"""The share document: what the person chose, built from a journal snapshot.

Only the chosen sections go in; notes only when the person turned them on; people only
as their label. The layout is docs/sharing-format.md; :mod:`.validate` checks it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from peerjournal.core.clock import to_local, to_storage
from peerjournal.core.mentions import render as render_mentions
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.free_text import map_free_text
from peerjournal.core.sharing.naming import AMBIGUOUS_LABEL, first_name, people_scrubber
from peerjournal.core.sharing.options import JournalSnapshot, Naming, Section, ShareOptions
from peerjournal.core.sharing.sections import (
    crisis_plan_content,
    goals_content,
    resource_check_content,
    snapshot_member_label,
    snapshots_content,
    support_plan_content,
)
from peerjournal.core.sharing.summary import summary
from peerjournal.core.sharing.trackers import trackers_content
from peerjournal.core.support_plan import SupportPlan
from peerjournal.core.vocabulary import HelpKind, activity_kind_label, stored_choice

_Entry = TypeVar("_Entry", MoodCheckIn, Contact, Activity)
__all__ = ["FORMAT_VERSION", "build_document", "canonical_json", "first_name", "in_period",
           "new_export_id", "period_bounds", "period_test", "pseudonym_label"]

FORMAT_VERSION = 3
"""2 added ``reply_to`` and the connecting sections; 3 carries every part of the support plan
(paired items with their responses). A reader also takes version 1 and 2 files."""
SECTION_ORDER: tuple[Section, ...] = tuple(Section)  # the order ``sections`` is written in


def canonical_json(obj: object) -> bytes:
    """UTF-8 JSON, keys sorted, no spaces, no NaN/Infinity: the bytes that are signed."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def new_export_id() -> str:
    return str(uuid.uuid4())


def pseudonym_label(n: int) -> str:
    """0 → "Person A", 25 → "Person Z", 26 → "Person AA", 27 → "Person AB"… (0-based)."""
    if n < 0:
        raise ValueError("A pseudonym number can't be negative.")
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"Person {letters}"


class _Labeller:
    """Person id → label: the snapshot's label, else the name under the chosen naming.
    Remembers whom it labelled: the people the shared content names."""

    def __init__(self, snapshot: JournalSnapshot, naming: Naming) -> None:
        self.labels = snapshot.labels
        self.naming = naming
        self.people = {p.id: p for p in snapshot.people if p.id is not None}
        self.used: set[int] = set()

    def __call__(self, person_id: int) -> str:
        label = self.label_of(person_id)
        self.used.add(person_id)
        return label

    def label_of(self, person_id: int) -> str:
        """The label, without counting the person as named by the shared content."""
        label = self.labels.get(person_id)
        if label:
            return label
        person = self.people.get(person_id)
        if person is None:
            raise ValueError(f"Person {person_id} is named by an entry but not in the snapshot.")
        if self.naming is Naming.FULL:
            return person.name
        if self.naming is Naming.FIRST:
            return first_name(person.name)
        raise ValueError(f"Person {person_id} has no pseudonym for this supporter.")


def in_period(at: datetime, start: date, end: date) -> bool:
    """Whether a moment falls on a local calendar day from ``start`` to ``end`` (inclusive)."""
    return start <= to_local(at).date() <= end


# Wider than any UTC offset (-12 h .. +14 h).
_MARGIN = timedelta(days=1)


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """UTC moments (low included, high not) around every moment on a local day from ``start``
    to ``end``: rows are fetched by these, then kept by :func:`in_period`."""
    return (datetime.combine(start, time(), UTC) - _MARGIN,
            datetime.combine(end + timedelta(days=1), time(), UTC) + _MARGIN)


def period_test(start: date, end: date) -> Callable[[datetime], bool]:
    """:func:`in_period` for many moments: the same answer, with the local time looked up
    only for moments near the period's edges."""
    # A moment a day or more inside the period's UTC days is on one of its local days in any
    # zone (offsets are under a day): only those near its edges need the local-time lookup,
    # which cost a year's share ~10,000 calls into the C library (issue 20).
    sure_from, sure_until = datetime.combine(start, time(), UTC) + _MARGIN, datetime.combine(end, time(), UTC)

    def inside(at: datetime) -> bool:
        return (at.tzinfo is not None and sure_from <= at < sure_until) or in_period(at, start, end)
    return inside


def _by_time(entries: Iterable[_Entry], start: date, end: date) -> list[_Entry]:
    inside = period_test(start, end)
    kept = [e for e in entries if inside(e.at)]
    return sorted(kept, key=lambda e: (e.at, e.id if e.id is not None else -1))


def _with_note(item: dict[str, Any], note: str, include: bool) -> dict[str, Any]:
    if include:
        item["note"] = note
    return item


def _shown_note(note: str, label: _Labeller) -> str:
    """A note with each person it mentions as their label, like any linked name; someone no
    longer in the journal as their last name (hidden later like any other known name)."""
    if "@[" not in note:  # no mention in it (most notes): nothing to render
        return note
    def name_of(person_id: int, name: str) -> str:
        if person_id in label.people or person_id in label.labels:
            try:
                return label(person_id)
            except ValueError:
                return AMBIGUOUS_LABEL  # no pseudonym given (only tests build such snapshots)
        return name if label.naming is Naming.FULL else AMBIGUOUS_LABEL
    return render_mentions(note, name_of)


def _mood(m: MoodCheckIn, label: _Labeller, notes: bool) -> dict[str, Any]:
    item = {"at": to_storage(m.at), "mood": m.mood, "energy": m.energy, "feelings": list(m.feelings)}
    return _with_note(item, _shown_note(m.note, label) if notes else "", notes)


def _contact(c: Contact, label: _Labeller, notes: bool) -> dict[str, Any]:
    item = {
        "at": to_storage(c.at), "mode": str(c.mode), "people": [label(i) for i in c.person_ids],
        "duration_min": c.duration_min, "felt": c.felt,
    }
    return _with_note(item, _shown_note(c.note, label) if notes else "", notes)


def _activity(a: Activity, label: _Labeller, notes: bool) -> dict[str, Any]:
    item = {
        # A kind not chosen is written as the words "Kind not set": the format keeps every
        # category non-empty, so supporters' apps of any version read it.
        "at": to_storage(a.at), "category": activity_kind_label(a.category), "title": a.title,
        "people": [label(i) for i in a.person_ids], "felt": a.felt,
    }
    return _with_note(item, _shown_note(a.note, label) if notes else "", notes)


def _person(p: Person, label: _Labeller, notes: bool) -> dict[str, Any]:
    assert p.id is not None
    item = {
        "label": label(p.id), "relationship": stored_choice(p.relationship),
        "closeness": stored_choice(p.closeness),  # "" = not set (never a guessed value)
        "help": [str(kind) for kind in HelpKind if kind in p.help_kinds],  # vocabulary order
    }
    return _with_note(item, p.notes, notes)


def _listed_people(people: Sequence[Person], named: set[int], whole_network: bool) -> list[Person]:
    """Those the shared content names; with "my whole network", everyone not archived too."""
    return [p for p in people if p.id is not None
            and (p.id in named or (whole_network and not p.archived))]


def _known_names(snapshot: JournalSnapshot, label: _Labeller, naming: Naming) -> list[tuple[str, str]]:
    """(name, label) for everyone the journal knows, and for names kept in shared snapshots
    (a person renamed or deleted since)."""
    pairs = []
    for person in snapshot.people:
        if person.id is None:
            continue
        try:
            pairs.append((person.name, label.label_of(person.id)))
        except ValueError:  # no pseudonym given (only tests build such snapshots): hide anyway
            pairs.append((person.name, AMBIGUOUS_LABEL))
    pairs += [(m.name, snapshot_member_label(m, label.label_of, str(naming)))
              for s in snapshot.network_snapshots for m in s.members]
    return pairs


def _hide_names(snapshot: JournalSnapshot, label: _Labeller, naming: Naming,
                content: dict[str, Any], message: str) -> tuple[dict[str, Any], str]:
    """``content`` and ``message`` with every known person's name in free text replaced by
    their label (nothing changes under full names). Goals are sorted again by their new titles."""
    scrubber = people_scrubber(_known_names(snapshot, label, naming), str(naming))
    if scrubber is None or not scrubber:
        return content, message
    hidden = map_free_text(content, scrubber.scrub)
    if "goals" in hidden:
        hidden["goals"].sort(key=lambda g: (g["set_on"], g["title"].casefold()))
    return hidden, scrubber.scrub(message)


def build_document(
    snapshot: JournalSnapshot,
    options: ShareOptions,
    *,
    recipient: str,
    signer: str,
    export_id: str,
    created: datetime,
    reply_to: str | None = None,
) -> dict[str, Any]:
    """The document for ``options``; raises ValueError if a person it needs has no label.

    ``reply_to`` is the journal's own ``age1…`` key that the supporter's replies are
    encrypted to; a journal always gives it (left out only by tests and old callers).
    Names in free text are hidden here, once, so the file and the preview can't differ.
    """
    naming = Naming(options.naming)
    label = _Labeller(snapshot, naming)
    content = _content(snapshot, options, label)
    content, message = _hide_names(snapshot, label, naming, content, options.message.strip())
    document: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "export_id": export_id,
        "created": to_storage(created),
        "recipient": recipient,
        "signer": signer,
        "sender_name": " ".join(options.sender_name.split()),
        "message": message,
        "period": {"start": options.start.isoformat(), "end": options.end.isoformat()},
        "sections": [str(s) for s in SECTION_ORDER if s in options.sections],
        "include_notes": options.include_notes,
        "naming": str(naming),
        "content": content,
    }
    if reply_to is not None:
        document["reply_to"] = reply_to
    return document


def _content(snapshot: JournalSnapshot, options: ShareOptions, label: _Labeller) -> dict[str, Any]:
    """One key per chosen section; People and network last, once the others named whom they need."""
    start, end, notes = options.start, options.end, options.include_notes
    chosen = set(options.sections)
    moods = _by_time(snapshot.moods, start, end)
    contacts = _by_time(snapshot.contacts, start, end)
    activities = _by_time(snapshot.activities, start, end)

    content: dict[str, Any] = {}
    if Section.MOODS in chosen:
        content["moods"] = [_mood(m, label, notes) for m in moods]
    if Section.CONTACTS in chosen:
        content["contacts"] = [_contact(c, label, notes) for c in contacts]
    if Section.ACTIVITIES in chosen:
        content["activities"] = [_activity(a, label, notes) for a in activities]
    if Section.SUMMARY in chosen:
        content["summary"] = summary(start, end, moods, contacts, activities)
    if Section.SUPPORT_PLAN in chosen:
        plan = snapshot.support_plan or SupportPlan()
        content["support_plan"] = support_plan_content(plan, label, notes)
    if Section.CRISIS_PLAN in chosen:
        content["crisis_plan"] = crisis_plan_content(snapshot.support_plan or SupportPlan(), label, notes)
    if Section.RESOURCE_CHECK in chosen:
        content["resource_check"] = resource_check_content(snapshot.resource_check, label)
    if Section.GOALS in chosen:
        content["goals"] = goals_content(snapshot.goals, label, notes, start, end)
    if Section.NETWORK_SNAPSHOTS in chosen:
        content["network_snapshots"] = snapshots_content(
            snapshot.network_snapshots, label, str(options.naming))
    if Section.TRACKERS in chosen:
        content["trackers"] = trackers_content(snapshot.trackers, moods)
    if Section.PEOPLE in chosen:
        listed = _listed_people(snapshot.people, set(label.used), options.whole_network)
        items = [_person(p, label, notes) for p in listed]
        content["people"] = sorted(items, key=lambda p: (p["label"].casefold(), p["label"]))
    return content

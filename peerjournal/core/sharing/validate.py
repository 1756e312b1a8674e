"""Every rule of docs/sharing-format.md for a share document, for files read and written.

A reader gets :class:`InvalidShare` (or :class:`NewerShareFormat`); :func:`check_document`
raises :class:`Problem` for callers that want to word the failure themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from peerjournal.core.clock import utc_now
from peerjournal.core.sharing import checks as c
from peerjournal.core.sharing.checks import Problem
from peerjournal.core.sharing.document import FORMAT_VERSION
from peerjournal.core.sharing.keys import canonical_recipient, decode_signer
from peerjournal.core.sharing.options import (
    CONNECTING_SECTIONS,
    MESSAGE_MAX,
    SENDER_NAME_MAX,
    Naming,
    Section,
)
from peerjournal.core.sharing.sections import (
    check_crisis_plan,
    check_goals,
    check_resource_check,
    check_snapshots,
    check_support_plan,
)
from peerjournal.core.sharing.trackers import check_trackers
from peerjournal.core.vocabulary import (
    MOOD_MAX,
    MOOD_MIN,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
)
from peerjournal.errors import InvalidShare, NewerShareFormat

PASSPHRASE = "passphrase"
OLDEST_FORMAT_VERSION = 1  # files from before replies (no reply_to) are still read
EARLIEST = date(2000, 1, 1)
CLOCK_SLACK = timedelta(days=2)  # the sender's clock may run ahead of the reader's
DURATION_MAX_MIN = 24 * 60
COUNT_MAX = 10_000_000

_UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_TOP = (
    "format_version", "export_id", "created", "recipient", "signer", "sender_name", "message",
    "period", "sections", "include_notes", "naming", "content",
)
_SECTIONS = frozenset(s.value for s in Section)
_CONNECTING = frozenset(s.value for s in CONNECTING_SECTIONS)
_NAMINGS = frozenset(n.value for n in Naming)
_MODES = frozenset(m.value for m in ContactMode)
_CLOSENESS = frozenset(m.value for m in Closeness) | {""}  # "": not set
_HELP = frozenset(m.value for m in HelpKind)
_RELATIONSHIPS = frozenset(m.value for m in Relationship) | {""}
_SUMMARY = (
    "days", "check_ins", "average_mood", "contacts", "contacts_by_mode", "distinct_people",
    "activities", "activities_by_category",
)


def validate_document(doc: Any, *, now: datetime | None = None) -> dict[str, Any]:
    """``doc`` itself if it follows every rule; :class:`NewerShareFormat` or :class:`InvalidShare`.

    ``now`` (default: the clock) bounds how far in the future ``created`` may be.
    """
    try:
        check_document(doc, now=now)
    except Problem as problem:
        raise InvalidShare(f"{InvalidShare.default} (In {problem.path}: {problem.problem}.)") from None
    return cast(dict[str, Any], doc)


@dataclass(frozen=True)
class _Frame:
    """What entries are checked against."""

    notes: bool
    earliest: datetime  # a UTC time on a local date in the period is within a day of it
    latest: datetime


def check_document(doc: Any, *, now: datetime | None = None) -> None:
    if isinstance(doc, dict):
        version = doc.get("format_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise NewerShareFormat()
    top = c.fields(doc, "document", _TOP, ("reply_to",))
    version = c.integer(top["format_version"], "format_version", OLDEST_FORMAT_VERSION, FORMAT_VERSION)
    if not isinstance(top["export_id"], str) or not _UUID4.fullmatch(top["export_id"]):
        raise Problem("export_id", "must be a random UUID (version 4) in lower case")
    created = c.moment(top["created"], "created")
    if created.date() < EARLIEST or created > (now or utc_now()) + CLOCK_SLACK:
        raise Problem("created", "is not a plausible time")
    recipient = top["recipient"]
    if recipient != PASSPHRASE and (
        not isinstance(recipient, str) or canonical_recipient(recipient) != recipient
    ):
        raise Problem("recipient", "must be an age public key (age1…) or passphrase")
    if not isinstance(top["signer"], str) or decode_signer(top["signer"]) is None:
        raise Problem("signer", "must be an Ed25519 public key in base64")
    if "reply_to" in top:
        reply_to = top["reply_to"]
        if not isinstance(reply_to, str) or canonical_recipient(reply_to) != reply_to:
            raise Problem("reply_to", "must be an age public key (age1…)")
    c.text(top["sender_name"], "sender_name", limit=SENDER_NAME_MAX)
    c.text(top["message"], "message", limit=MESSAGE_MAX)
    start, end = _period(top["period"], created)
    sections = c.distinct_choices(top["sections"], "sections", _SECTIONS)
    if not sections:
        raise Problem("sections", "must name at least one section")
    if version == 1:
        _version_one(top, sections)
    notes = c.boolean(top["include_notes"], "include_notes")
    c.choice(top["naming"], "naming", _NAMINGS)
    content = c.fields(top["content"], "content", sections)
    frame = _Frame(
        notes=notes,
        earliest=datetime.combine(start - timedelta(days=1), time(), UTC),
        latest=min(datetime.combine(end + timedelta(days=2), time(), UTC), created + CLOCK_SLACK),
    )
    checkers = {
        "moods": _moods, "contacts": _contacts, "activities": _activities, "people": _people,
    }
    for name, check in checkers.items():
        if name in content:
            check(content[name], f"content.{name}", frame)
    if "summary" in content:
        _summary(content["summary"], "content.summary", (end - start).days + 1)
    if "support_plan" in content:
        check_support_plan(content["support_plan"], "content.support_plan", notes,
                           created + CLOCK_SLACK, version)
    if "crisis_plan" in content:
        check_crisis_plan(content["crisis_plan"], "content.crisis_plan", notes, created + CLOCK_SLACK)
    if "resource_check" in content:
        check_resource_check(content["resource_check"], "content.resource_check",
                             frame.earliest, frame.latest)
    if "goals" in content:
        check_goals(content["goals"], "content.goals", notes, end)
    if "network_snapshots" in content:
        check_snapshots(content["network_snapshots"], "content.network_snapshots",
                        frame.earliest, frame.latest)
    if "trackers" in content:
        check_trackers(content["trackers"], "content.trackers", frame.earliest, frame.latest)
    if "people" in content:
        _labels_known(content)


def _version_one(top: dict[str, Any], sections: list[str]) -> None:
    """Version 1 had neither ``reply_to`` nor the connecting sections."""
    if "reply_to" in top:
        raise Problem("reply_to", "is not part of format version 1")
    if set(sections) & (_CONNECTING | {Section.TRACKERS.value}):
        raise Problem("sections", "names a section format version 1 does not have")


def _period(value: Any, created: datetime) -> tuple[date, date]:
    period = c.fields(value, "period", ("start", "end"))
    start = c.day(period["start"], "period.start")
    end = c.day(period["end"], "period.end")
    if start > end:
        raise Problem("period", "ends before it starts")
    if start < EARLIEST or end > created.date() + timedelta(days=1):
        raise Problem("period", "is not a plausible period")
    return start, end


def _entries(value: Any, path: str, frame: _Frame, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """Entry objects with ``keys`` (plus ``note`` if notes are shared), each in the period, by time."""
    required, optional = ("at", *keys), ("note",) if frame.notes else ()
    entries: list[dict[str, Any]] = []
    previous: datetime | None = None
    for i, raw in enumerate(c.items(value, path)):
        try:  # each check names a place in the entry; the entry's own is added on a problem
            entry = c.fields(raw, "", required, optional)
            at = c.moment(entry["at"], ".at")
            if not frame.earliest <= at < frame.latest:
                raise Problem(".at", "is outside the shared period")
        except Problem as problem:
            raise _placed(path, i, problem) from None
        if previous is not None and at < previous:
            raise Problem(path, "is not in time order")
        previous = at
        if "note" in entry:
            try:
                c.text(entry["note"], ".note")
            except Problem as problem:
                raise _placed(path, i, problem) from None
        entries.append(entry)
    return entries


def _placed(path: str, index: int, problem: Problem) -> Problem:
    """A problem found inside ``path[index]``, named by its whole path. Checks inside an entry
    name only their place in it: writing each entry's full path before knowing of a problem
    cost a year's file ~35,000 strings, and a ``with`` block per entry another ~40 ms."""
    return Problem(f"{path}[{index}]{problem.path}", problem.problem)


def _scale(value: Any, path: str) -> int | None:
    return c.optional_integer(value, path, MOOD_MIN, MOOD_MAX)


def _moods(value: Any, path: str, frame: _Frame) -> None:
    for i, m in enumerate(_entries(value, path, frame, ("mood", "energy", "feelings"))):
        try:
            c.integer(m["mood"], ".mood", MOOD_MIN, MOOD_MAX)
            _scale(m["energy"], ".energy")
            c.texts(m["feelings"], ".feelings")
        except Problem as problem:
            raise _placed(path, i, problem) from None


def _contacts(value: Any, path: str, frame: _Frame) -> None:
    keys = ("mode", "people", "duration_min", "felt")
    for i, e in enumerate(_entries(value, path, frame, keys)):
        try:
            c.choice(e["mode"], ".mode", _MODES)
            c.texts(e["people"], ".people")
            c.optional_integer(e["duration_min"], ".duration_min", 1, DURATION_MAX_MIN)
            _scale(e["felt"], ".felt")
        except Problem as problem:
            raise _placed(path, i, problem) from None


def _activities(value: Any, path: str, frame: _Frame) -> None:
    keys = ("category", "title", "people", "felt")
    for i, e in enumerate(_entries(value, path, frame, keys)):
        try:
            c.text(e["category"], ".category", empty=False)
            c.text(e["title"], ".title", empty=False)
            c.texts(e["people"], ".people")
            _scale(e["felt"], ".felt")
        except Problem as problem:
            raise _placed(path, i, problem) from None


def _people(value: Any, path: str, frame: _Frame) -> None:
    optional = ("note",) if frame.notes else ()
    for i, raw in enumerate(c.items(value, path)):
        where = f"{path}[{i}]"
        p = c.fields(raw, where, ("label", "relationship", "closeness", "help"), optional)
        c.text(p["label"], f"{where}.label", empty=False)
        c.choice(p["relationship"], f"{where}.relationship", _RELATIONSHIPS)
        c.choice(p["closeness"], f"{where}.closeness", _CLOSENESS)
        c.distinct_choices(p["help"], f"{where}.help", _HELP)
        if "note" in p:
            c.text(p["note"], f"{where}.note")
    _sorted_by_label(value, path)


def _sorted_by_label(people: list[dict[str, Any]], path: str) -> None:
    """People are sorted by label, case-insensitively (ties by the label itself), as written."""
    keys = [(p["label"].casefold(), p["label"]) for p in people]
    if keys != sorted(keys):
        raise Problem(path, "is not sorted by label")


def _counts(value: Any, path: str, allowed: frozenset[str] | None) -> int:
    if not isinstance(value, dict):
        raise Problem(path, "must be an object")
    if len(value) > c.LIST_MAX:
        raise Problem(path, f"has more than {c.LIST_MAX:,} items")
    for key, count in value.items():
        if allowed is None:
            c.text(key, f"{path} (a key)", empty=False)
        else:
            c.choice(key, f"{path} (a key)", allowed)
        # Only kinds that happened are listed (docs/sharing-format.md: "non-zero counts").
        c.integer(count, f"{path}.{key if allowed else '…'}", 1, COUNT_MAX)
    return sum(value.values())


def _summary(value: Any, path: str, days: int) -> None:
    s = c.fields(value, path, _SUMMARY)
    if c.integer(s["days"], f"{path}.days", 1, COUNT_MAX) != days:
        raise Problem(f"{path}.days", "is not the number of days in the period")
    check_ins = c.integer(s["check_ins"], f"{path}.check_ins", 0, COUNT_MAX)
    if (s["average_mood"] is None) != (check_ins == 0):
        raise Problem(f"{path}.average_mood", "must be given exactly when there are check-ins")
    if s["average_mood"] is not None:
        average = c.number(s["average_mood"], f"{path}.average_mood", MOOD_MIN, MOOD_MAX)
        if round(average, 2) != average:
            raise Problem(f"{path}.average_mood", "is not rounded to 2 decimals")
    contacts = c.integer(s["contacts"], f"{path}.contacts", 0, COUNT_MAX)
    if _counts(s["contacts_by_mode"], f"{path}.contacts_by_mode", _MODES) != contacts:
        raise Problem(f"{path}.contacts_by_mode", "does not add up to contacts")
    c.integer(s["distinct_people"], f"{path}.distinct_people", 0, COUNT_MAX)
    activities = c.integer(s["activities"], f"{path}.activities", 0, COUNT_MAX)
    if _counts(s["activities_by_category"], f"{path}.activities_by_category", None) != activities:
        raise Problem(f"{path}.activities_by_category", "does not add up to activities")


def _labels_known(content: dict[str, Any]) -> None:
    """Everyone a shared entry names is in the people section (the format promises it)."""
    known = {p["label"] for p in content["people"]}
    for name in ("contacts", "activities"):
        for i, entry in enumerate(content.get(name, ())):
            if not set(entry["people"]) <= known:
                raise Problem(f"content.{name}[{i}].people", "names someone not in content.people")

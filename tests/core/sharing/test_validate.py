"""Document validation: every rule of docs/sharing-format.md refuses with InvalidShare."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from peerjournal.core.sharing.checks import LIST_MAX, STRING_MAX
from peerjournal.core.sharing.document import FORMAT_VERSION
from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.options import Section
from peerjournal.core.sharing.validate import validate_document
from peerjournal.errors import InvalidShare, NewerShareFormat

DELETE = object()
Path = tuple[Any, ...]


def changed(doc: dict, *edits: tuple[Path, Any]) -> dict:
    doc = copy.deepcopy(doc)
    for path, value in edits:
        target = doc
        for key in path[:-1]:
            target = target[key]
        if value is DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value
    return doc


def refused(doc: Any) -> str:
    with pytest.raises(InvalidShare) as info:
        validate_document(doc)
    return str(info.value)


def test_a_valid_document_is_returned_as_is(document):
    assert validate_document(document) is document


def test_notes_may_be_left_out_even_when_included(document):
    validate_document(changed(document, (("content", "moods", 0, "note"), DELETE)))


@pytest.mark.parametrize("doc", [None, [], "document", 1, True])
def test_not_an_object(doc):
    refused(doc)


TOP = ["format_version", "export_id", "created", "recipient", "signer", "sender_name", "message",
       "period", "sections", "include_notes", "naming", "content"]


@pytest.mark.parametrize("key", TOP)
def test_every_top_level_key_is_required(document, key):
    refused(changed(document, ((key,), DELETE)))


def test_no_unknown_keys_at_the_top(document):
    refused(changed(document, (("extra",), 1)))


@pytest.mark.parametrize("version", [FORMAT_VERSION + 1, FORMAT_VERSION + 2, 10**6])
def test_newer_format_version(document, version):
    with pytest.raises(NewerShareFormat):
        validate_document(changed(document, (("format_version",), version)))
    # Whatever else a newer version changed, it is reported as newer, not as invalid.
    with pytest.raises(NewerShareFormat):
        validate_document({"format_version": version, "whatever": []})


CASES: list[tuple[str, Path, Any]] = [
    # format_version
    ("version 0", ("format_version",), 0),
    ("version text", ("format_version",), "1"),
    ("version float", ("format_version",), 1.0),
    ("version bool", ("format_version",), True),
    ("version null", ("format_version",), None),
    # export_id
    ("id empty", ("export_id",), ""),
    ("id not uuid", ("export_id",), "not-a-uuid"),
    ("id upper case", ("export_id",), str(uuid.uuid4()).upper()),
    ("id uuid1", ("export_id",), str(uuid.uuid1())),
    ("id no dashes", ("export_id",), uuid.uuid4().hex),
    ("id number", ("export_id",), 5),
    # created
    ("created with space", ("created",), "2026-06-17 09:30:00Z"),
    ("created with offset", ("created",), "2026-06-17T09:30:00+00:00"),
    ("created fraction", ("created",), "2026-06-17T09:30:00.5Z"),
    ("created no zone", ("created",), "2026-06-17T09:30:00"),
    ("created month 13", ("created",), "2026-13-01T00:00:00Z"),
    ("created hour 24", ("created",), "2026-06-17T24:00:00Z"),
    ("created unicode digits", ("created",), "２０26-06-17T09:30:00Z"),
    ("created before 2000", ("created",), "1999-12-31T23:59:59Z"),
    ("created far future", ("created",), "2999-01-01T00:00:00Z"),
    ("created number", ("created",), 1781688600),
    # recipient
    ("recipient empty", ("recipient",), ""),
    ("recipient bad key", ("recipient",), "age1xyz"),
    ("recipient Passphrase", ("recipient",), "Passphrase"),
    ("recipient null", ("recipient",), None),
    # signer
    ("signer empty", ("signer",), ""),
    ("signer number", ("signer",), 5),
    ("signer short", ("signer",), "AAAA"),
    # sender_name, message
    ("sender name too long", ("sender_name",), "x" * 81),
    ("sender name number", ("sender_name",), 5),
    ("message too long", ("message",), "x" * 2001),
    ("message null", ("message",), None),
    ("message lone surrogate", ("message",), "hi \ud800"),
    # period
    ("period list", ("period",), ["2026-06-10", "2026-06-16"]),
    ("period no end", ("period", "end"), DELETE),
    ("period extra", ("period", "days"), 7),
    ("period reversed", ("period", "start"), "2026-06-17"),
    ("period bad day", ("period", "end"), "2026-02-30"),
    ("period short form", ("period", "start"), "2026-6-10"),
    ("period with time", ("period", "start"), "2026-06-10T00:00:00Z"),
    ("period ends after created", ("period", "end"), "2026-06-19"),
    ("period before 2000", ("period", "start"), "1999-12-31"),
    # sections
    ("sections text", ("sections",), "moods"),
    ("sections repeated", ("sections",), ["moods", "moods", "contacts", "activities", "people", "summary"]),
    ("sections unknown", ("sections",), ["moods", "contacts", "activities", "people", "summary", "feelings"]),
    ("sections number", ("sections",), [1]),
    ("sections lack a content key", ("sections",), ["moods", "contacts", "activities", "people"]),
    ("content lacks a section", ("content", "summary"), DELETE),
    ("content extra key", ("content", "feelings"), []),
    # include_notes, naming, content
    ("include_notes text", ("include_notes",), "true"),
    ("include_notes number", ("include_notes",), 1),
    ("naming unknown", ("naming",), "nickname"),
    ("naming null", ("naming",), None),
    ("content list", ("content",), []),
    # moods
    ("moods not a list", ("content", "moods"), {}),
    ("mood not an object", ("content", "moods", 0), "mood"),
    ("mood no energy", ("content", "moods", 0, "energy"), DELETE),
    ("mood extra key", ("content", "moods", 0, "colour"), "blue"),
    ("mood 0", ("content", "moods", 0, "mood"), 0),
    ("mood 6", ("content", "moods", 0, "mood"), 6),
    ("mood float", ("content", "moods", 0, "mood"), 3.0),
    ("mood bool", ("content", "moods", 0, "mood"), True),
    ("mood text", ("content", "moods", 0, "mood"), "3"),
    ("mood null", ("content", "moods", 0, "mood"), None),
    ("energy 6", ("content", "moods", 0, "energy"), 6),
    ("energy text", ("content", "moods", 0, "energy"), "lots"),
    ("feelings text", ("content", "moods", 0, "feelings"), "tired"),
    ("feeling empty", ("content", "moods", 0, "feelings"), [""]),
    ("feeling number", ("content", "moods", 0, "feelings"), [1]),
    ("note number", ("content", "moods", 0, "note"), 1),
    ("note too long", ("content", "moods", 0, "note"), "x" * (STRING_MAX + 1)),
    ("at bad", ("content", "moods", 0, "at"), "yesterday"),
    ("at before period", ("content", "moods", 0, "at"), "2026-06-08T23:59:59Z"),
    ("at after period", ("content", "moods", 2, "at"), "2026-06-18T00:00:00Z"),
    ("moods out of order", ("content", "moods", 0, "at"), "2026-06-12T00:00:00Z"),
    # contacts
    ("mode unknown", ("content", "contacts", 0, "mode"), "email"),
    ("people text", ("content", "contacts", 0, "people"), "Sam"),
    ("people empty label", ("content", "contacts", 0, "people"), [""]),
    ("people number", ("content", "contacts", 0, "people"), [1]),
    ("people unknown label", ("content", "contacts", 0, "people"), ["Nobody"]),
    ("duration 0", ("content", "contacts", 0, "duration_min"), 0),
    ("duration over a day", ("content", "contacts", 0, "duration_min"), 1441),
    ("duration float", ("content", "contacts", 0, "duration_min"), 2.5),
    ("duration text", ("content", "contacts", 0, "duration_min"), "30"),
    ("felt 6", ("content", "contacts", 0, "felt"), 6),
    ("contact no felt", ("content", "contacts", 0, "felt"), DELETE),
    # activities
    ("category empty", ("content", "activities", 0, "category"), ""),
    ("category blank", ("content", "activities", 0, "category"), "   "),
    ("title missing", ("content", "activities", 0, "title"), DELETE),
    ("title too long", ("content", "activities", 0, "title"), "x" * (STRING_MAX + 1)),
    ("activity people unknown", ("content", "activities", 1, "people"), ["Nobody"]),
    ("activity felt 0", ("content", "activities", 0, "felt"), 0),
    # people
    ("label empty", ("content", "people", 0, "label"), ""),
    ("relationship unknown", ("content", "people", 0, "relationship"), "enemy"),
    ("closeness unknown", ("content", "people", 0, "closeness"), "inner"),
    ("help unknown", ("content", "people", 0, "help"), ["money"]),
    ("help repeated", ("content", "people", 0, "help"), ["advice", "advice"]),
    ("help text", ("content", "people", 0, "help"), "advice"),
    ("person extra key", ("content", "people", 0, "name"), "Sam Smith"),
    # summary
    ("summary list", ("content", "summary"), []),
    ("summary no days", ("content", "summary", "days"), DELETE),
    ("summary extra", ("content", "summary", "weeks"), 1),
    ("days wrong", ("content", "summary", "days"), 8),
    ("check_ins negative", ("content", "summary", "check_ins"), -1),
    ("check_ins huge", ("content", "summary", "check_ins"), 10**12),
    ("average missing with check-ins", ("content", "summary", "average_mood"), None),
    ("average too high", ("content", "summary", "average_mood"), 5.5),
    ("average too low", ("content", "summary", "average_mood"), 0.5),
    ("average text", ("content", "summary", "average_mood"), "3.6"),
    ("average bool", ("content", "summary", "average_mood"), True),
    ("contacts float", ("content", "summary", "contacts"), 3.0),
    ("by mode unknown", ("content", "summary", "contacts_by_mode"), {"phone": 2, "email": 1}),
    ("by mode negative", ("content", "summary", "contacts_by_mode"), {"phone": 4, "in_person": -1}),
    ("by mode sum", ("content", "summary", "contacts_by_mode"), {"phone": 2}),
    ("by mode list", ("content", "summary", "contacts_by_mode"), [["phone", 3]]),
    ("by category empty key", ("content", "summary", "activities_by_category"), {"": 2}),
    ("by category sum", ("content", "summary", "activities_by_category"), {"Exercise": 1}),
    ("by category float", ("content", "summary", "activities_by_category"), {"Exercise": 1.0, "Group / club": 1}),
    ("distinct people negative", ("content", "summary", "distinct_people"), -1),
]


@pytest.mark.parametrize(("path", "value"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_rule(document, path, value):
    message = refused(changed(document, (path, value)))
    assert message.startswith(InvalidShare.default)


def test_the_message_names_the_place_not_the_value(document):
    secret = "private-words-" + "x" * STRING_MAX
    message = refused(changed(document, (("content", "moods", 1, "note"), secret)))
    assert "content.moods[1].note" in message
    assert "private-words" not in message


def test_notes_are_refused_when_not_included(keys):
    doc = keys.document(include_notes=False)
    for path in (("content", "moods", 0, "note"), ("content", "contacts", 0, "note"),
                 ("content", "activities", 0, "note"), ("content", "people", 0, "note")):
        refused(changed(doc, (path, "")))


def test_average_is_refused_without_check_ins(keys):
    doc = keys.document(sections=frozenset({Section.SUMMARY}))
    refused(changed(doc, (("content", "summary", "check_ins"), 0)))


def test_lists_are_capped(keys):
    doc = keys.document(sections=frozenset({Section.MOODS}))
    mood = doc["content"]["moods"][0]
    validate_document(changed(doc, (("content", "moods"), [mood] * LIST_MAX)))
    refused(changed(doc, (("content", "moods"), [mood] * (LIST_MAX + 1))))
    refused(changed(doc, (("content", "moods", 0, "feelings"), ["calm"] * (LIST_MAX + 1))))


def test_strings_are_capped(document):
    validate_document(changed(document, (("content", "moods", 0, "note"), "x" * STRING_MAX)))
    validate_document(changed(document, (("sender_name",), "x" * 80), (("message",), "y" * 2000)))


def test_passphrase_recipient(keys):
    validate_document(keys.document(recipient="passphrase"))


def test_recipient_must_be_canonical(keys):
    doc = keys.document()
    refused(changed(doc, (("recipient",), doc["recipient"].upper())))
    validate_document(changed(doc, (("recipient",), new_identity()[1])))


def test_created_may_be_slightly_ahead_of_the_reader(document):
    created = datetime(2026, 6, 17, 9, 30, tzinfo=UTC)
    validate_document(document, now=created.replace(day=16))  # a day ahead: clocks differ
    with pytest.raises(InvalidShare):
        validate_document(document, now=created.replace(day=14))


def test_entries_may_be_a_day_either_side_of_the_period_in_utc(keys):
    doc = keys.document(sections=frozenset({Section.MOODS}))
    # Local dates 10–16 June are 9 June 10:00 UTC .. 18 June 00:00 UTC in some zone on Earth.
    validate_document(changed(doc, (("content", "moods", 0, "at"), "2026-06-09T00:00:00Z")))
    validate_document(changed(doc, (("content", "moods", 2, "at"), "2026-06-17T23:59:59Z")))


@pytest.mark.parametrize(("edit", "where"), [
    ((("content", "moods", 0, "feelings"), ["tired", 5]), "content.moods[0].feelings[1]"),
    ((("content", "moods", 0, "at"), "yesterday"), "content.moods[0].at"),
    ((("content", "moods", 0, "colour"), "blue"), "content.moods[0]"),
    ((("content", "moods", 0, "note"), 1), "content.moods[0].note"),
    ((("content", "moods", 0, "mood"), 9), "content.moods[0].mood"),
    ((("content", "contacts", 0, "mode"), "telepathy"), "content.contacts[0].mode"),
    ((("content", "contacts", 0, "people"), [""]), "content.contacts[0].people[0]"),
    ((("content", "activities", 0, "title"), " "), "content.activities[0].title"),
])
def test_a_problem_names_where_it_is(document, edit, where):
    """Issue 20: an entry's path is written only once a problem is found; it is still exact."""
    assert f"(In {where}: " in refused(changed(document, edit))


def _python_calls(run: Any) -> int:
    """How many Python functions ``run`` calls (C functions not counted)."""
    import sys

    calls = 0

    def count(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def test_each_more_entry_costs_a_few_calls(document):
    """A year's file holds ~5,000 entries and is checked at every export and import (issue 20):
    an entry costs its field checks, no ``with`` block of a generator each (that was ~40 ms)."""
    base = copy.deepcopy(document)
    grown = copy.deepcopy(document)
    contacts = grown["content"]["contacts"]
    extra = 200
    contacts += [copy.deepcopy(contacts[-1]) for _ in range(extra)]
    more = _python_calls(lambda: validate_document(grown)) - _python_calls(lambda: validate_document(base))
    # fields, moment, choice, texts (items, a text per label), integer checks, note: about 12.
    assert more / extra <= 14

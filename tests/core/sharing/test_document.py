"""Building the share document: only what was chosen, people only as labels, the period in local dates."""

from __future__ import annotations

import itertools
import json
import math
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from peerjournal.core.clock import to_storage
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.document import (
    FORMAT_VERSION,
    build_document,
    canonical_json,
    first_name,
    new_export_id,
    pseudonym_label,
)
from peerjournal.core.sharing.options import (
    BASIC_SECTIONS,
    JournalSnapshot,
    Naming,
    Section,
    ShareOptions,
)
from peerjournal.core.sharing.validate import validate_document
from tests.core.sharing.conftest import CREATED, END, NOTES, START, Keys, options, snapshot

from ..conftest import AUCKLAND, NEW_YORK


def build(keys: Keys, snap: JournalSnapshot, opts: ShareOptions) -> dict:
    return build_document(
        snap, opts, recipient=keys.public, signer=keys.signer, export_id=new_export_id(),
        created=CREATED,
    )


def test_the_top_level_fields(keys):
    doc = keys.document(sender_name="  Jo   Bloggs ", message="\n Thank you \n")
    assert doc["format_version"] == FORMAT_VERSION == 3
    assert uuid.UUID(doc["export_id"]).version == 4
    assert doc["created"] == "2026-06-17T09:30:00Z"
    assert doc["recipient"] == keys.public
    assert doc["signer"] == keys.signer
    assert doc["sender_name"] == "Jo Bloggs"
    assert doc["message"] == "Thank you"
    assert doc["period"] == {"start": "2026-06-10", "end": "2026-06-16"}
    assert doc["include_notes"] is False
    assert doc["naming"] == "first"
    assert doc["sections"] == ["moods", "contacts", "activities", "people"]  # no summary figures unless ticked


@pytest.mark.parametrize("chosen", [
    frozenset(combo) for n in (1, 2, 5) for combo in itertools.combinations(Section, n)
])
def test_only_the_chosen_sections_are_in_the_content(keys, chosen):
    doc = keys.document(sections=chosen)
    assert set(doc["content"]) == {s.value for s in chosen}
    assert doc["sections"] == [s.value for s in Section if s in chosen]
    validate_document(doc)


def test_notes_are_left_out_unless_chosen(keys):
    doc = keys.document(sections=frozenset(Section))
    data = canonical_json(doc)
    for note in NOTES:
        assert note.encode() not in data
    assert b'"note"' not in data
    validate_document(doc)


def test_notes_are_in_when_chosen(keys, document):
    data = canonical_json(document)
    for note in NOTES:
        assert note.encode() in data
    assert all("note" in m for m in document["content"]["moods"])


def test_notes_of_unchosen_sections_stay_out(keys):
    doc = keys.document(sections=frozenset({Section.MOODS}), include_notes=True)
    data = canonical_json(doc)
    assert NOTES[0].encode() in data
    for note in NOTES[1:]:
        assert note.encode() not in data


def labels_in(doc: dict) -> set[str]:
    content = doc["content"]
    found = {p["label"] for p in content["people"]}
    for entry in (*content["contacts"], *content["activities"]):
        found.update(entry["people"])
    return found


def test_full_names(keys):
    doc = keys.document(naming=Naming.FULL)
    assert labels_in(doc) == {"Sam Smith", "Mary Ann Jones", "Archie Old"}


def test_first_names_only(keys):
    doc = keys.document(naming=Naming.FIRST)
    assert labels_in(doc) == {"Sam", "Mary", "Archie"}
    data = canonical_json(doc)
    for surname in (b"Smith", b"Ann", b"Jones", b"Old"):
        assert surname not in data


def test_pseudonyms(keys):
    doc = keys.document(naming=Naming.PSEUDONYM)
    assert labels_in(doc) == {"Person A", "Person B", "Person C"}
    contacts = doc["content"]["contacts"]
    assert contacts[0]["people"] == ["Person A", "Person B"]
    data = canonical_json(doc)
    for name in (b"Sam", b"Mary", b"Archie", b"Smith"):
        assert name not in data
    assert doc["naming"] == "pseudonym"


def test_labels_come_from_the_snapshot(keys):
    snap = snapshot(labels={1: "S.", 2: "M.", 3: "A.", 4: "Z."})
    doc = build(keys, snap, options(naming=Naming.FULL))
    assert labels_in(doc) == {"S.", "M.", "A."}


@pytest.mark.parametrize(("naming", "expected"), [
    (Naming.FULL, {"Sam Smith", "Mary Ann Jones", "Archie Old"}),
    (Naming.FIRST, {"Sam", "Mary", "Archie"}),
])
def test_missing_labels_fall_back_to_the_naming(keys, naming, expected):
    doc = build(keys, snapshot(labels={}), options(naming=naming))
    assert labels_in(doc) == expected


def test_a_missing_pseudonym_is_a_bug(keys):
    with pytest.raises(ValueError, match="pseudonym"):
        build(keys, snapshot(labels={1: "Person A"}), options(naming=Naming.PSEUDONYM))


def test_a_person_missing_from_the_snapshot_is_a_bug(keys):
    snap = replace(snapshot(labels={}), people=())
    with pytest.raises(ValueError):
        build(keys, snap, options(sections=frozenset({Section.CONTACTS})))


def test_people_section_has_everyone_not_archived_and_everyone_named(keys):
    doc = keys.document(naming=Naming.FULL)
    people = {p["label"]: p for p in doc["content"]["people"]}
    assert set(people) == {"Sam Smith", "Mary Ann Jones", "Archie Old"}  # not Zed
    sam = people["Sam Smith"]
    assert sam == {"label": "Sam Smith", "relationship": "friend", "closeness": "close",
                   "help": ["practical", "emotional"]}


def test_people_are_only_those_the_shared_entries_name(keys):
    # Nothing else shared names anyone: nobody goes out.
    doc = keys.document(naming=Naming.FULL, sections=frozenset({Section.PEOPLE}))
    assert doc["content"]["people"] == []
    # Activities name Mary only; contacts (not chosen) would name Sam and Archie.
    doc = keys.document(naming=Naming.FULL, sections=frozenset({Section.PEOPLE, Section.ACTIVITIES}))
    assert [p["label"] for p in doc["content"]["people"]] == ["Mary Ann Jones"]
    doc = keys.document(naming=Naming.FULL)
    assert {p["label"] for p in doc["content"]["people"]} == {"Sam Smith", "Mary Ann Jones", "Archie Old"}


def test_my_whole_network_adds_everyone_not_archived(keys):
    doc = keys.document(naming=Naming.FULL, sections=frozenset({Section.PEOPLE}), whole_network=True)
    assert {p["label"] for p in doc["content"]["people"]} == {"Sam Smith", "Mary Ann Jones"}
    doc = keys.document(naming=Naming.FULL, whole_network=True)  # Archie comes with his contact
    assert {p["label"] for p in doc["content"]["people"]} == {"Sam Smith", "Mary Ann Jones", "Archie Old"}


def test_entries_in_the_period_sorted_by_time(keys):
    shuffled = replace(snapshot(), moods=tuple(reversed(snapshot().moods)))
    doc = build(keys, shuffled, options())
    moods = doc["content"]["moods"]
    assert [m["at"] for m in moods] == [
        "2026-06-10T00:00:00Z", "2026-06-11T08:00:00Z", "2026-06-16T23:59:00Z",
    ]
    assert moods[1] == {"at": "2026-06-11T08:00:00Z", "mood": 2, "energy": 3,
                        "feelings": ["tired", "hopeful"]}
    assert [c["at"][:10] for c in doc["content"]["contacts"]] == ["2026-06-12", "2026-06-13", "2026-06-14"]
    assert doc["content"]["contacts"][0] == {
        "at": "2026-06-12T18:00:00Z", "mode": "phone", "people": ["Sam", "Mary"],
        "duration_min": 30, "felt": 4,
    }
    assert [a["title"] for a in doc["content"]["activities"]] == ["Choir", "Walk by the river"]


def moods_at(*moments: datetime) -> JournalSnapshot:
    return JournalSnapshot(moods=tuple(MoodCheckIn(at=m, mood=3, id=i) for i, m in enumerate(moments)))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(("zone", "inside", "outside"), [
    # Auckland in June is UTC+12: local 10 June 00:00 is 9 June 12:00 UTC.
    (AUCKLAND,
     [utc(2026, 6, 9, 12, 0, 0), utc(2026, 6, 16, 11, 59, 59)],
     [utc(2026, 6, 9, 11, 59, 59), utc(2026, 6, 16, 12, 0, 0)]),
    # New York in June is UTC-4: local 16 June 23:59:59 is 17 June 03:59:59 UTC.
    (NEW_YORK,
     [utc(2026, 6, 10, 4, 0, 0), utc(2026, 6, 17, 3, 59, 59)],
     [utc(2026, 6, 10, 3, 59, 59), utc(2026, 6, 17, 4, 0, 0)]),
])
def test_period_is_local_calendar_dates(keys, local_tz, zone, inside, outside):
    local_tz(zone)
    doc = build(keys, moods_at(*inside, *outside), options(sections=frozenset({Section.MOODS})))
    assert [m["at"] for m in doc["content"]["moods"]] == [to_storage(m) for m in inside]
    validate_document(doc)


def test_summary_figures(keys):
    summary = keys.document(sections=BASIC_SECTIONS)["content"]["summary"]
    assert summary == {
        "days": 7,
        "check_ins": 3,
        "average_mood": 3.67,  # (2 + 4 + 5) / 3
        "contacts": 3,
        "contacts_by_mode": {"phone": 2, "in_person": 1},
        "distinct_people": 3,
        "activities": 2,
        "activities_by_category": {"Exercise": 1, "Group / club": 1},
    }


def test_summary_of_an_empty_period(keys):
    opts = options(start=date(2026, 5, 1), end=date(2026, 5, 1), sections=frozenset({Section.SUMMARY}))
    doc = build(keys, snapshot(), opts)
    assert doc["content"]["summary"] == {
        "days": 1, "check_ins": 0, "average_mood": None, "contacts": 0, "contacts_by_mode": {},
        "distinct_people": 0, "activities": 0, "activities_by_category": {},
    }
    validate_document(doc)


def test_summary_counts_entries_even_when_their_sections_are_not_shared(keys):
    doc = keys.document(sections=frozenset({Section.SUMMARY}))
    assert doc["content"]["summary"]["check_ins"] == 3
    assert set(doc["content"]) == {"summary"}


@pytest.mark.parametrize("naming", list(Naming))
@pytest.mark.parametrize("notes", [False, True])
def test_built_documents_are_valid(keys, naming, notes):
    assert validate_document(keys.document(naming=naming, include_notes=notes))


def test_passphrase_document_is_valid(keys):
    validate_document(keys.document(recipient="passphrase"))


def test_canonical_json():
    data = canonical_json({"b": [1, 2.5, None, True], "a": {"é": "ü ☕"}})
    assert data == '{"a":{"é":"ü ☕"},"b":[1,2.5,null,true]}'.encode()
    with pytest.raises(ValueError):
        canonical_json({"x": math.nan})
    with pytest.raises(ValueError):
        canonical_json({"x": math.inf})
    assert json.loads(data) == {"a": {"é": "ü ☕"}, "b": [1, 2.5, None, True]}


def test_canonical_json_of_a_document_is_stable(document):
    assert canonical_json(json.loads(canonical_json(document))) == canonical_json(document)


@pytest.mark.parametrize(("n", "label"), [
    (0, "Person A"), (1, "Person B"), (25, "Person Z"), (26, "Person AA"), (27, "Person AB"),
    (51, "Person AZ"), (52, "Person BA"), (701, "Person ZZ"), (702, "Person AAA"),
])
def test_pseudonym_label(n, label):
    assert pseudonym_label(n) == label


def test_pseudonym_labels_are_distinct():
    labels = [pseudonym_label(n) for n in range(2000)]
    assert len(set(labels)) == len(labels)
    with pytest.raises(ValueError):
        pseudonym_label(-1)


@pytest.mark.parametrize(("name", "first"), [
    ("Sam Smith", "Sam"), ("Mary Ann Jones", "Mary"), ("  Cher ", "Cher"), ("", ""),
    ("José\tGarcía", "José"),
])
def test_first_name(name, first):
    assert first_name(name) == first


def test_new_export_id():
    ids = {new_export_id() for _ in range(100)}
    assert len(ids) == 100
    for export_id in ids:
        assert str(uuid.UUID(export_id)) == export_id
        assert uuid.UUID(export_id).version == 4


def test_start_and_end_used_as_given(keys):
    doc = build(keys, snapshot(), options(start=START, end=START, sections=BASIC_SECTIONS))
    assert doc["period"] == {"start": "2026-06-10", "end": "2026-06-10"}
    assert doc["content"]["summary"]["days"] == 1
    doc = build(keys, snapshot(), options(start=START, end=END))
    assert doc["period"] == {"start": "2026-06-10", "end": "2026-06-16"}


def test_an_activity_without_a_kind_is_shared_as_kind_not_set(keys):
    from peerjournal.core.sharing.options import Section as S
    from tests.core.sharing.conftest import ACTIVITIES

    snap = replace(snapshot(Naming.FIRST), activities=tuple(replace(a, category="") for a in ACTIVITIES))
    doc = build(keys, snap, options(sections=frozenset(S)))
    validate_document(doc)  # every version's reader takes it: no empty category
    assert {a["category"] for a in doc["content"]["activities"]} == {"Kind not set"}
    assert set(doc["content"]["summary"]["activities_by_category"]) == {"Kind not set"}


_ZONES = [AUCKLAND, NEW_YORK, "UTC0", "LINT-14", "SST11", "<+0545>-5:45", "CLT4CLST,M9.1.6/24,M4.1.6/24"]


@pytest.mark.parametrize("zone", _ZONES)
def test_entries_are_kept_by_local_day_as_before_with_few_local_lookups(local_tz, zone, monkeypatch):
    """Only moments near the period's edges need the local time (issue 20): the same entries
    are kept as by looking up every one, in zones from UTC-11 to UTC+14 and around DST."""
    import random
    from datetime import timedelta

    from peerjournal.core.sharing import document

    local_tz(zone)
    rng = random.Random(zone)
    start, end = date(2026, 3, 1), date(2026, 4, 30)
    low, high = document.period_bounds(start, end)
    span = int((high - low).total_seconds())
    moods = [MoodCheckIn(id=n, at=low + timedelta(seconds=rng.randrange(span)), mood=3) for n in range(3_000)]
    moods += [MoodCheckIn(id=3_000 + n, at=datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=h), mood=3)
              for n, (day, h) in enumerate(itertools.product((start, end), range(-26, 27)))]
    lookups = 0
    real = document.in_period

    def counted(at, first, last):  # type: ignore[no-untyped-def]
        nonlocal lookups
        lookups += 1
        return real(at, first, last)

    monkeypatch.setattr(document, "in_period", counted)
    kept = document._by_time(moods, start, end)
    expected = sorted((m for m in moods if real(m.at, start, end)), key=lambda m: (m.at, m.id))
    assert kept == expected
    assert lookups < len(moods) // 5  # those within a day of the edges, not all

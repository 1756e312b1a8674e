"""The "My trackers" section of a share: unticked by default, only the period's values, names
in its words hidden like any free text, and the reader checks every value."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.options import DEFAULT_SECTIONS, Naming, Section
from peerjournal.core.sharing.trackers import tracker_lines
from peerjournal.core.sharing.validate import validate_document
from peerjournal.core.trackers import TrackedValue, Tracker, TrackerKind
from peerjournal.errors import InvalidShare
from tests.core.sharing.conftest import CREATED, MOODS, Keys, options, snapshot

SLEEP = Tracker("Sleep", TrackerKind.NUMBER, unit="hours", id=1)
CALLED = Tracker("Called Sam Smith", TrackerKind.YES_NO, id=2)
WEATHER = Tracker("Weather", TrackerKind.CHOICE, choices=("sun", "rain"), id=3)
UNUSED = Tracker("Pain", TrackerKind.SCALE, low_word="none", high_word="a lot", id=4)


def _snapshot(naming: Naming = Naming.FIRST):
    noted = {11: (TrackedValue(1, 6.5), TrackedValue(2, 1.0), TrackedValue(3, "rain")),
             12: (TrackedValue(1, 8.0),), 10: (TrackedValue(1, 3.0),)}  # 10: the day before the period
    moods = tuple(replace(m, tracked=noted.get(m.id, ())) for m in MOODS)  # type: ignore[arg-type]
    return replace(snapshot(naming), moods=moods, trackers=(SLEEP, CALLED, WEATHER, UNUSED))


def _document(keys: Keys, naming: Naming = Naming.FIRST, sections=frozenset({Section.TRACKERS})):
    return build_document(_snapshot(naming), options(naming=naming, sections=sections), recipient=keys.public,
                          signer=keys.signer, export_id=new_export_id(), created=CREATED)


def test_trackers_are_not_shared_unless_ticked(keys):
    assert Section.TRACKERS not in DEFAULT_SECTIONS
    assert "trackers" not in _document(keys, sections=DEFAULT_SECTIONS)["content"]


def test_the_periods_values_are_shared_and_read_back(keys):
    doc = validate_document(_document(keys), now=CREATED)
    trackers = doc["content"]["trackers"]
    assert [t["name"] for t in trackers] == ["Sleep", "Called Sam", "Weather"]  # first names: as free text
    assert trackers[0]["values"] == [{"at": "2026-06-10T00:00:00Z", "value": 8.0},
                                     {"at": "2026-06-11T08:00:00Z", "value": 6.5}]
    assert tracker_lines(trackers)[2] == ("Weather", [("2026-06-11T08:00:00Z", "rain")])
    pseudonyms = _document(keys, Naming.PSEUDONYM)["content"]["trackers"]
    assert "Sam" not in str(pseudonyms)


@pytest.mark.parametrize(("where", "value"), [
    ((0, "value"), "eight"), ((1, "value"), 0.5), ((2, "value"), "snow"),
    ((0, "at"), "2026-05-01T00:00:00Z"), ((0, "extra"), 1),
])
def test_the_reader_refuses_a_changed_value(keys, where, value):
    doc = copy.deepcopy(_document(keys))
    tracker, key = where
    doc["content"]["trackers"][tracker]["values"][0][key] = value
    with pytest.raises(InvalidShare):
        validate_document(doc, now=CREATED)

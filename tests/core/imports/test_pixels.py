"""Reading a Pixels backup: both layouts, scores on the 1–5 scale, tags as activity names."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.imports.entries import NotAnExport
from peerjournal.core.imports.pixels import parse_pixels
from peerjournal.errors import UserError
from tests.core.imports.fixtures import FIXTURES, local


def test_the_newer_layout_reads_days_scores_notes_and_tags():
    export = parse_pixels((FIXTURES / "pixels.json").read_bytes())
    assert [e.at for e in export.entries] == [local(2023, 1, 5, 12), local(2023, 1, 6, 12),
                                             local(2023, 1, 7, 12)]
    assert [e.mood for e in export.entries] == ["4", "2", "5"]  # 1 and 2: their mean, rounded
    assert export.entries[0].activities == ("calm", "happy", "walk")
    assert export.entries[0].note == "Good talk with Mum."
    assert export.suggested == {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}  # the same scale


def test_the_older_layout_reads_the_day_s_entry():
    export = parse_pixels((FIXTURES / "pixels_old.json").read_bytes())
    assert [(e.at, e.mood, e.activities, e.note) for e in export.entries] == [
        (local(2021, 2, 1, 12), "3", ("tired",), "Tired."), (local(2021, 2, 2, 12), "2", (), "")]


def test_items_that_are_not_moods_are_left_out():
    data = json.dumps([{"type": "Mood", "date": "2023-01-05", "scores": [3]},
                       {"type": "Other", "date": "2023-01-06", "scores": [9]}]).encode()
    assert [e.mood for e in parse_pixels(data).entries] == ["3"]


@pytest.mark.parametrize(("text", "words"), [
    ('{"entries": []}', "list of days"),
    ("[]", "no entries"),
    ('[{"type": "Mood", "date": "2023-01-05", "scores": [7]}]', "Entry 1 .*1 to 5"),
    ('[{"type": "Mood", "date": "2023-01-05", "scores": []}]', "Entry 1 .*1 to 5"),
    ('[{"type": "Mood", "date": "5 Jan", "scores": [3]}]', "Entry 1 .*date"),
    ('[3]', "Entry 1 .*not an entry"),
    ('[{"type": "Mood", "date": "2023-01-05", "sco', "cut off"),
])
def test_what_is_not_a_pixels_backup_is_refused_with_a_reason(text, words):
    with pytest.raises(NotAnExport, match=words):
        parse_pixels(text.encode())


_scalar = st.one_of(st.none(), st.booleans(), st.integers(-3, 9), st.text(max_size=10))
_day = st.dictionaries(st.sampled_from(["type", "date", "scores", "notes", "tags", "entries", "value"]),
                       st.one_of(_scalar, st.lists(st.one_of(_scalar, st.dictionaries(
                           st.sampled_from(["type", "entries", "value"]), _scalar, max_size=3)), max_size=3)),
                       max_size=6)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), st.lists(_day, max_size=4).map(lambda d: json.dumps(d).encode())))
def test_arbitrary_input_raises_nothing_but_user_errors(data):
    with contextlib.suppress(UserError):
        parse_pixels(data)

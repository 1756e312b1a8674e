"""Reading a Daily You JSON export: its -2…2 moods pre-placed on 1–5, entries without a mood."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.imports.daily_you import parse_daily_you
from peerjournal.core.imports.entries import NotAnExport
from peerjournal.errors import UserError
from tests.core.imports.fixtures import FIXTURES, local


def test_the_fixture_reads_times_moods_and_texts():
    export = parse_daily_you((FIXTURES / "daily_you.json").read_bytes())
    assert [(e.at, e.mood, e.note) for e in export.entries] == [
        (local(2024, 3, 1, 9, 15), "1", "Slow morning, better evening."),
        (local(2024, 3, 2, 22, 40), "-2", "Hard day."),
        (local(2024, 3, 3, 12, 5), "no mood recorded", "Just a note."),  # its own time, not created
    ]
    assert export.suggested == {"-2": 1, "-1": 2, "0": 3, "1": 4, "2": 5}
    assert export.summary().mood_names == ("-2", "1", "no mood recorded")


@pytest.mark.parametrize(("text", "words"), [
    ('{"entries": []}', "list of entries"),
    ('[{"text": "x", "mood": 4, "timeCreated": "2024-03-01T09:15:00.000"}]', "Entry 1 .*-2 to 2"),
    ('[{"text": "x", "mood": 1}]', "Entry 1 .*timeCreated"),
    ('[{"text": "x", "mood": 1, "timeCreated": "Friday"}]', "Entry 1 .*date"),
    ('[{"text": "x", "mood": 1, "timeCr', "cut off"),
])
def test_what_is_not_a_daily_you_export_is_refused_with_a_reason(text, words):
    with pytest.raises(NotAnExport, match=words):
        parse_daily_you(text.encode())


_scalar = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=25))
_entry = st.dictionaries(st.sampled_from(["text", "mood", "timeCreated", "time", "timeModified"]),
                         _scalar, max_size=5)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), st.lists(_entry, max_size=4).map(lambda e: json.dumps(e).encode())))
def test_arbitrary_input_raises_nothing_but_user_errors(data):
    with contextlib.suppress(UserError):
        parse_daily_you(data)

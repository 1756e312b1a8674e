"""Reading a Bearable CSV export: mood rows as check-ins, the day's emotions and factors as names."""

from __future__ import annotations

import contextlib
import csv
import io
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.imports.bearable import parse_bearable
from peerjournal.core.imports.entries import NotAnExport
from peerjournal.errors import UserError
from tests.core.imports.fixtures import FIXTURES, local

HEADER = "date formatted,weekday,time of day,date,category,rating/amount,detail,notes\n"


def test_the_fixture_reads_mood_rows_with_the_day_s_factors_and_emotions():
    export = parse_bearable((FIXTURES / "bearable.csv").read_bytes())
    assert [(e.at, e.mood, e.activities, e.note) for e in export.entries] == [
        (local(2024, 4, 1, 9), "4", ("Walk", "Coffee"), "Slept well"),
        (local(2024, 4, 1, 17), "2", (), "Headache, tired"),  # the day's names go to its first
        (local(2024, 4, 2, 13), "5", ("Calm",), ""),
    ]
    assert export.suggested == {"2": 2, "4": 4, "5": 5}


def test_a_rating_off_the_1_to_5_scale_is_left_for_the_person_to_place():
    data = (HEADER + "2024-04-01,Mon,am,2024-04-01T08:00:00Z,Mood,8,,\n").encode()
    export = parse_bearable(data)
    assert export.entries[0].mood == "8" and export.suggested == {}
    assert export.entries[0].at == datetime(2024, 4, 1, 8, tzinfo=UTC)  # Bearable's time is UTC


@pytest.mark.parametrize(("text", "words"), [
    ("date,mood,note\n2024-02-01,3,x\n", "first line"),
    (HEADER + "2024-04-01,Mon,am,2024-04-01,Factors,,Walk,\n", "no entries"),
    (HEADER + "2024-04-01,Mon,am,2024-04-01,Mood,good,,\n", "Row 2 .*not a number"),
    (HEADER + "1 April,Mon,am,1 April,Mood,3,,\n", "Row 2 .*date"),
    (HEADER + "2024-04-01,Mon,am\n", "Row 2 .*3 columns, not 8"),
    (HEADER + '2024-04-01,Mon,am,2024-04-01,Mood,3,,"cut', "cut off"),
])
def test_what_is_not_a_bearable_export_is_refused_with_a_reason(text, words):
    with pytest.raises(NotAnExport, match=words):
        parse_bearable(text.encode())


_cell = st.one_of(st.sampled_from(["Mood", "Factors", "Emotions", "3", "2024-04-01", "am"]),
                  st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), st.lists(st.lists(_cell, max_size=9), max_size=5).map(
    lambda rows: _csv(HEADER, rows))))
def test_arbitrary_input_raises_nothing_but_user_errors(data):
    with contextlib.suppress(UserError):
        parse_bearable(data)


def _csv(header: str, rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return (header + out.getvalue()).encode()

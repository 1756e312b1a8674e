"""Reading an eMoods CSV export: the two mood ratings as one mood name, the rest as names."""

from __future__ import annotations

import contextlib
import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.imports.emoods import parse_emoods
from peerjournal.core.imports.entries import NotAnExport
from peerjournal.errors import UserError
from tests.core.imports.fixtures import FIXTURES, local

HEADER = "DATE,ELEVATED_MOOD,DEPRESSED_MOOD,IRRITABILITY,ANXIETY,SLEEP,NOTES\n"


def test_the_fixture_reads_days_ratings_sleep_and_notes():
    export = parse_emoods((FIXTURES / "emoods.csv").read_bytes())
    assert [e.at for e in export.entries] == [local(2024, 2, 1, 12), local(2024, 2, 2, 12),
                                             local(2024, 2, 3, 12)]
    assert [e.mood for e in export.entries] == [
        "depressed: mild, elevated: none", "depressed: none, elevated: none",
        "depressed: none, elevated: moderate"]
    assert export.entries[0].activities == ("anxiety: moderate",)
    assert export.entries[2].activities == ("irritability: mild",)
    assert export.entries[0].note == "Slept 7.5 hours.\nQuiet day, stayed in."
    assert export.entries[1].note == "Slept 8 hours."
    assert export.entries[0].row == 2


def test_moods_without_elevation_are_pre_placed_and_elevated_ones_are_asked():
    export = parse_emoods((FIXTURES / "emoods.csv").read_bytes())
    assert export.suggested["depressed: none, elevated: none"] == 3
    assert export.suggested["depressed: mild, elevated: none"] == 2
    assert export.suggested["depressed: severe, elevated: none"] == 1
    assert "depressed: none, elevated: moderate" not in export.suggested


def test_word_ratings_and_other_spellings_of_the_columns_are_read():
    data = b"Date,Depressed Mood,Elevated Mood,Notes\n2024-02-01,Severe,none,x\n"
    assert parse_emoods(data).entries[0].mood == "depressed: severe, elevated: none"


@pytest.mark.parametrize(("text", "words"), [
    ("date,mood,note\n2024-02-01,3,x\n", "first line"),
    (HEADER, "no entries"),
    (HEADER + "2024-02-01,0,5,0,0,7,\n", "Row 2 .*0–3"),
    (HEADER + "yesterday,0,1,0,0,7,\n", "Row 2 .*date"),
    (HEADER + "2024-02-01,0,1\n", "Row 2 .*3 columns, not 7"),
    (HEADER + '2024-02-01,0,1,0,0,7,"cut off', "cut off"),
])
def test_what_is_not_an_emoods_export_is_refused_with_a_reason(text, words):
    with pytest.raises(NotAnExport, match=words):
        parse_emoods(text.encode())


_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), st.lists(st.lists(_cell, max_size=8), max_size=5).map(
    lambda rows: _csv(HEADER, rows))))
def test_arbitrary_input_raises_nothing_but_user_errors(data):
    with contextlib.suppress(UserError):
        parse_emoods(data)


def _csv(header: str, rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return (header + out.getvalue()).encode()


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "13/40/2024", "1/2/3/4"])
def test_dates_at_the_edges_are_read_or_refused_never_crash(day):
    with contextlib.suppress(NotAnExport):
        parse_emoods((HEADER + f"{day},0,1,0,0,7,\n").encode())

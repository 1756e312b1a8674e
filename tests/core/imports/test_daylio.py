"""Reading Daylio CSV exports: both layouts, 12- and 24-hour times, localised dates, refusals."""

from __future__ import annotations

import contextlib
import os
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.chosen_file import FileTooLarge, NotAFile
from peerjournal.core.imports.daylio import NotADaylioExport, parse_daylio, read_daylio_file
from peerjournal.errors import UserError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "daylio"
NEW_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
OLD_HEADER = "\ufeffyear,date,weekday,time,mood,activities,note\n"


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()  # type: ignore[misc]


def test_the_new_layout_reads_iso_dates_activities_titles_and_notes():
    export = read_daylio_file(FIXTURES / "new_layout_24h.csv")
    first = export.entries[0]
    assert first.at == local(2026, 5, 6, 21, 15)
    assert first.at.tzinfo is not None
    assert first.mood == "rad"
    assert first.activities == ("friends", "walk", "reading")
    assert first.title == "A good day"
    assert first.note == "Met Sam by the river.\nLong talk."
    assert first.journal_note == "A good day\n\nMet Sam by the river.\nLong talk."
    assert first.row == 2
    assert export.entries[1].activities == () and export.entries[1].journal_note == ""
    assert export.entries[3].note == 'Fireworks with, "the neighbours"'


def test_the_summary_counts_entries_days_and_names():
    summary = read_daylio_file(FIXTURES / "new_layout_24h.csv").summary()
    assert summary.count == 5
    assert (summary.first, summary.last) == (date(2019, 3, 3), date(2026, 5, 6))
    assert summary.activity_names == ("bad sleep", "friends", "reading", "walk", "work")
    assert summary.mood_names == ("awful", "bad", "good", "meh", "rad")


def test_the_old_layout_with_a_bom_polish_dates_12_hour_times_and_custom_moods():
    export = read_daylio_file(FIXTURES / "old_layout_polish_bom.csv")
    ats = [e.at for e in export.entries]
    assert ats == [local(2026, 5, 6, 17, 1), local(2026, 5, 5, 9, 30),
                   local(2025, 12, 6, 0, 15), local(2025, 1, 1, 12, 45)]
    assert [e.mood for e in export.entries] == ["Not so good", "Medium [-]", "super", "Not so good"]
    assert export.entries[0].activities == ("praca", "spacer")
    assert export.entries[0].note == "Zmęczona, ale spokojna." and export.entries[0].title == ""
    assert export.summary().mood_names == ("Medium [-]", "Not so good", "super")


def test_english_month_first_or_day_first_and_lower_case_pm():
    export = read_daylio_file(FIXTURES / "old_layout_english_12h.csv")
    assert [e.at for e in export.entries] == [
        local(2018, 5, 18, 23, 54), local(2018, 5, 17, 22, 21), local(2018, 12, 6, 7, 5)]
    assert export.entries[1].activities == ("cook", "stressed")


def test_full_date_wins_over_the_localised_date_column():
    data = NEW_HEADER + "2024-02-29,nonsense 99,xx,07:00,good,,,\n"
    assert parse_daylio(data.encode()).entries[0].at == local(2024, 2, 29, 7)


@pytest.mark.parametrize(("text", "expected"), [
    ("00:05", time(0, 5)), ("12:00 AM", time(0, 0)), ("12:30 pm", time(12, 30)),
    ("1:02 p.m.", time(13, 2)), ("23:59:30", time(23, 59, 30)),
])
def test_times(text, expected):
    data = NEW_HEADER + f"2024-01-02,x,x,{text},good,,,\n"
    assert parse_daylio(data.encode()).entries[0].at.time() == expected


def test_the_same_activity_twice_in_a_row_counts_once_and_blank_lines_are_skipped():
    data = NEW_HEADER + "\n2024-01-02,x,x,10:00,good,\"walk | walk |  | tea\",,\n\n"
    assert parse_daylio(data.encode()).entries[0].activities == ("walk", "tea")


@pytest.mark.parametrize(("data", "words"), [
    (b"", "first line"),
    (b"name,phone\nSam,123\n", "first line"),
    (NEW_HEADER.encode(), "no entries"),
    ("\ufeffyear,date\u00e9".encode("latin-1", "replace"), "UTF-8"),
    (b"\xff\xfe\x00y\x00e\x00a\x00r", "UTF-8"),
])
def test_files_that_are_not_daylio_exports_are_refused(data, words):
    with pytest.raises(NotADaylioExport, match=words):
        parse_daylio(data)


@pytest.mark.parametrize(("row", "words"), [
    ("2024-01-02,x,x,25:00,good,,,", "time"),
    ("2024-01-02,x,x,13:00 PM,good,,,", "time"),
    ("2024-13-02,x,x,10:00,good,,,", "date"),
    ("2024-01-02,x,x,10:00,  ,,,", "mood"),
    ("2024-01-02,x,x,10:00,good,,", "7 columns, not 8"),
])
def test_a_bad_row_is_named(row, words):
    data = NEW_HEADER + "2024-01-01,x,x,10:00,good,,,\n" + row + "\n"
    with pytest.raises(NotADaylioExport, match=f"Row 3 .*{words}"):
        parse_daylio(data.encode())


def test_an_unknown_month_name_in_the_old_layout_is_named():
    data = OLD_HEADER + "2024,6 brumaire,x,10:00,good,,\n"
    with pytest.raises(NotADaylioExport, match="Row 2 .*date"):
        parse_daylio(data.encode())


def test_a_note_too_long_for_the_journal_is_refused_not_cut():
    data = NEW_HEADER + "2024-01-02,x,x,10:00,good,,title," + "a" * 20_000 + "\n"
    with pytest.raises(NotADaylioExport, match="Row 2 .*longer"):
        parse_daylio(data.encode())


def test_a_file_cut_off_inside_a_note_is_refused():
    whole = (FIXTURES / "new_layout_24h.csv").read_bytes()
    cut = whole[: whole.index(b"Fireworks") + 3]  # inside a quoted note: the row has 7 cells
    with pytest.raises(UserError):
        parse_daylio(cut)


def test_a_fifo_and_a_huge_file_are_refused(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile):
        read_daylio_file(fifo)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    with pytest.raises(FileTooLarge):
        read_daylio_file(huge)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_nothing_but_user_errors(data):
    with contextlib.suppress(UserError):
        parse_daylio(data)


_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_cell, min_size=0, max_size=9), max_size=5),
       st.sampled_from([NEW_HEADER, OLD_HEADER]))
def test_arbitrary_rows_under_a_real_header_raise_nothing_but_user_errors(rows, header):
    import csv
    import io
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    try:
        export = parse_daylio((header + out.getvalue()).encode())
    except UserError:
        return
    assert export.entries and export.summary().count == len(export.entries)

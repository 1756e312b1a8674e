"""Weekly tallies from rows kept as columns (``WeekRows``) equal the tallies from the same
rows one by one: weeks outside the range left out, kinds with the same label added up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.insights.counts import (
    WeekRows,
    activities_per_week_from,
    contacts_per_week_from,
)
from peerjournal.core.insights.history import week_start
from peerjournal.core.vocabulary import ContactMode, activity_kind_label

MONDAY = week_start(date(2026, 1, 7))


def _rows(columns):
    return [(date.fromordinal(week), key, count)
            for key, weeks, counts in columns for week, count in zip(weeks, counts, strict=True)]


def _columns(keys):
    # Each key a column of distinct weeks (as grouped in SQL), some outside the range.
    week = st.integers(-4, 14).map(lambda n: (MONDAY + timedelta(weeks=n)).toordinal())
    column = st.lists(st.tuples(week, st.integers(1, 30)), max_size=12,
                      unique_by=lambda pair: pair[0])
    return st.lists(st.tuples(keys, column), max_size=6, unique_by=lambda pair: pair[0]).map(
        lambda found: [(key, [w for w, _ in pairs], [c for _, c in pairs]) for key, pairs in found])


span = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(
    lambda pair: (MONDAY + timedelta(days=min(pair)), MONDAY + timedelta(days=max(pair))))


@pytest.mark.parametrize(("tallies", "keys"), [
    (activities_per_week_from, st.sampled_from(["", "Walk", "Art", "walk", activity_kind_label("")])),
    (contacts_per_week_from, st.sampled_from(list(ContactMode))),
], ids=["activities", "contacts"])
@given(data=st.data())
def test_tallies_from_columns_equal_tallies_from_rows(tallies, keys, data):
    columns = data.draw(_columns(keys), label="columns")
    start, end = data.draw(span, label="start_end")
    rows = _rows(columns)
    expected = tallies(rows, start, end)
    found = tallies(WeekRows(columns), start, end)
    assert found == expected
    assert [list(t.counts) for t in found] == [list(t.counts) for t in expected]  # same order
    assert WeekRows(columns) == rows and len(WeekRows(columns)) == len(rows)


def test_the_tallies_are_made_from_the_columns_without_a_row_each(monkeypatch):
    """Issue 20: thirty years of weeks and kinds are 20,000 rows; the tallies never make them."""
    columns = [("Walk", [MONDAY.toordinal(), (MONDAY + timedelta(weeks=1)).toordinal()], [2, 3])]
    modes = [(ContactMode.IN_PERSON, [MONDAY.toordinal()], [4])]
    monkeypatch.setattr(WeekRows, "_made", lambda _rows: pytest.fail("rows made"))
    end = MONDAY + timedelta(days=8)
    walks = activities_per_week_from(WeekRows(columns), MONDAY, end)
    assert [t.counts for t in walks] == [{"Walk": 2}, {"Walk": 3}]
    seen = contacts_per_week_from(WeekRows(modes), MONDAY, end)
    assert [t.counts[ContactMode.IN_PERSON] for t in seen] == [4, 0]

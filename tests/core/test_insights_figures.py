"""The quicker ways to the Patterns figures (issue 20) give what the plain definitions give:
a usual gap from day numbers, last month's people from a set of its days."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from statistics import median

from hypothesis import given, settings
from hypothesis import strategies as st

from peerjournal.core.insights.better_days import compare_days
from peerjournal.core.insights.connection import signals_from_days, usual_gap
from peerjournal.core.insights.history import month_start
from peerjournal.core.records import Person

TODAY = date(2026, 11, 20)
day = st.integers(0, 900).map(lambda n: TODAY - timedelta(days=n))
days = st.sets(day, max_size=60)


@settings(max_examples=200, deadline=None)
@given(days)
def test_the_usual_gap_is_the_median_of_the_gaps_between_days(touch_days):
    plain = (float(median((b - a).days for a, b in pairwise(sorted(touch_days))))
             if len(touch_days) >= 3 else None)
    assert usual_gap(touch_days) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(days, min_size=1, max_size=6), days)
def test_people_this_and_last_month_are_counted_day_by_day(touch_sets, in_person):
    touch = dict(enumerate(touch_sets))
    people = [(pid, Person(name=f"P{pid}")) for pid in touch]
    signals = signals_from_days(in_person, touch, people, TODAY)
    this_month = month_start(TODAY)
    last_month = month_start(this_month - timedelta(days=1))
    assert signals.people_this_month == sum(
        1 for s in touch_sets if any(this_month <= d <= TODAY for d in s))
    assert signals.people_last_month == sum(
        1 for s in touch_sets if any(last_month <= d < this_month for d in s))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(day, st.integers(1, 5).map(float), max_size=80),
       st.lists(days, min_size=1, max_size=5), days)
def test_better_days_count_the_same_comparisons_with_shared_empty_sets(moods, touch_sets, in_person):
    """People with no days share one empty set: every comparison is still counted once."""
    touch = dict(enumerate(touch_sets))
    people = [(pid, Person(name=f"P{pid}")) for pid in range(len(touch_sets) + 3)]  # 3 never in touch
    found = compare_days(moods, in_person, {}, touch, people, min_days=1)
    enough = [s for s in [in_person, *touch_sets, set(), set(), set()]
              if len(moods.keys() & s) >= 1 and len(moods) - len(moods.keys() & s) >= 1]
    assert found.compared == len(enough)


def _reference_series(by_day: dict[date, float], start: date, end: date) -> list[tuple[date, float | None]]:
    """The trailing average as plainly as it can be said: each day's window, summed in order."""
    from peerjournal.core.insights.mood import AVERAGE_WINDOW, MIN_DAYS_FOR_AVERAGE

    out: list[tuple[date, float | None]] = []
    day = start
    while day <= end:
        window = [by_day.get(day - timedelta(days=back)) for back in range(AVERAGE_WINDOW - 1, -1, -1)]
        recent = [v for v in window if v is not None]
        out.append((day, sum(recent) / len(recent) if len(recent) >= MIN_DAYS_FOR_AVERAGE else None))
        day += timedelta(days=1)
    return out


@given(st.dictionaries(st.integers(0, 60), st.floats(1, 5, allow_nan=False), max_size=60),
       st.integers(0, 50), st.integers(0, 20))
@settings(max_examples=200)
def test_the_trailing_average_is_each_windows_mean_exactly(moods, first, length):
    """Issue 20: the windows are made with zip, full ones summed as they are: the same floats."""
    from peerjournal.core.insights.mood import mood_series_from

    base = date(2020, 1, 1)
    by_day = {base + timedelta(days=n): v for n, v in moods.items()}
    start, end = base + timedelta(days=first), base + timedelta(days=first + length)
    series = mood_series_from(by_day, start, end)
    assert series.average == _reference_series(by_day, start, end)
    assert series.daily == [(day, by_day.get(day)) for day, _ in series.average]


@given(st.lists(st.tuples(st.integers(0, 12), st.sampled_from(["walk", "art", "Music", "", "cook"]),
                          st.integers(1, 4)), max_size=40))
def test_weekly_activity_counts_keep_every_kind_in_chart_order(rows):
    from peerjournal.core.insights.counts import activities_per_week_from

    monday = date(2026, 1, 5)
    start, end = monday + timedelta(days=3), monday + timedelta(weeks=10)
    weekly = activities_per_week_from([(monday + timedelta(weeks=w), c, n) for w, c, n in rows], start, end)
    kinds = list(weekly[0].counts) if weekly else []
    for tally in weekly:
        assert list(tally.counts) == kinds  # every week: every kind, in the same order
    totals = {kind: sum(t.counts[kind] for t in weekly) for kind in kinds}
    assert kinds == sorted(totals, key=lambda c: (-totals[c], c.casefold()))
    assert sum(totals.values()) == sum(n for w, _c, n in rows if w <= 10)

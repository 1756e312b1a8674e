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

"""The quicker ways to the Patterns figures (issue 20) give what the plain definitions give:
a usual gap from day numbers, last month's people from a set of its days."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import accumulate, pairwise
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


# -- days as ascending lists of ordinals (storage.insights_days reads them so, issue 20) ---------
ordinal = st.integers(0, 900).map(lambda n: TODAY.toordinal() + 30 - n)  # a month ahead too
ordinals = st.sets(ordinal, max_size=80)


def _signals_of_sets(in_person: set[int], touch: dict[int, set[int]],
                     people: list[tuple[int, Person]], today: date):  # type: ignore[no-untyped-def]
    """Keeping-in-touch signals as plainly as they can be said, from sets of day ordinals:
    the newest day by max, the usual gap by sorting the days and taking the median gap."""
    from peerjournal.core.insights.connection import (
        LONGER_FACTOR,
        LONGER_MIN_DAYS,
        MIN_TOUCH_DAYS,
        ConnectionSignals,
        LongerThanUsual,
    )

    now = today.toordinal()
    touch = {pid: {d for d in days if d <= now} for pid, days in touch.items()}
    seen = [d for d in in_person if d <= now]
    this_month = month_start(today).toordinal()
    last_month = month_start(month_start(today) - timedelta(days=1)).toordinal()
    longer = []
    for pid, person in people:
        days = sorted(touch.get(pid, ()))
        if len(days) >= MIN_TOUCH_DAYS and now - days[-1] > LONGER_MIN_DAYS:
            gap = float(median(b - a for a, b in pairwise(days)))
            if now - days[-1] > LONGER_FACTOR * gap:
                longer.append(LongerThanUsual(pid, person.name, now - days[-1], gap))
    longer.sort(key=lambda item: (-item.days_since / item.usual_gap_days, item.name.casefold()))
    return ConnectionSignals(
        now - max(seen) if seen else None,
        sum(1 for days in touch.values() if any(d >= this_month for d in days)),
        sum(1 for days in touch.values() if any(last_month <= d < this_month for d in days)),
        tuple(longer))


@settings(max_examples=200, deadline=None)
@given(st.lists(ordinals, min_size=1, max_size=6), ordinals)
def test_signals_from_ascending_lists_are_the_signals_of_the_sets(touch_sets, in_person):
    """The newest day is the last of the list, a month's days found by bisection, the usual
    gap from the gaps counted: the figures the sets of days give, days after today left out."""
    from peerjournal.core.insights.connection import signals_from_numbers

    touch = dict(enumerate(touch_sets))
    people = [(pid, Person(name=f"P{pid}")) for pid in range(len(touch_sets) + 1)]
    found = signals_from_numbers(sorted(in_person), {pid: sorted(days) for pid, days in touch.items()},
                                 people, TODAY)
    assert found == _signals_of_sets(in_person, touch, people, TODAY)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(ordinal, st.integers(1, 15).flatmap(
           lambda total: st.integers(1, 4).map(lambda n: total / n)), max_size=80),
       st.lists(ordinals, min_size=1, max_size=5), ordinals, st.booleans())
def test_better_days_from_lists_of_days_equal_those_from_sets(moods, touch_sets, in_person, zero):
    """Each day's mood looked up once (no set of the shared days made): the same findings,
    to the last bit of each mean, as the sets give; a mean of 0 takes the other way."""
    if zero and moods:
        moods[next(iter(moods))] = 0.0
    people = [(pid, Person(name=f"P{pid}")) for pid in range(len(touch_sets) + 1)]
    kinds = {"walk": in_person ^ set(touch_sets[0])}
    from_sets = compare_days(moods, in_person, kinds, dict(enumerate(touch_sets)), people, min_days=1)
    from_lists = compare_days(moods, sorted(in_person), {k: sorted(v) for k, v in kinds.items()},
                              {pid: sorted(days) for pid, days in enumerate(touch_sets)}, people,
                              min_days=1)
    assert from_lists == from_sets


def test_signals_never_sort_a_persons_days(monkeypatch):
    """Issue 20: thirty years of a person's days came as a set, sorted again for each
    person's usual gap. From the ascending lists storage reads, only the few different gaps
    between the days are put in order."""
    from peerjournal.core.insights import connection

    start = TODAY.toordinal() - 3000  # 600 days each, 1 to 5 days apart
    touch = {pid: list(accumulate((1 + (7 * n + pid) % 5 for n in range(600)), initial=start + pid))
             for pid in range(1, 4)}
    people = [(pid, Person(name=f"P{pid}")) for pid in touch]
    expected = _signals_of_sets(set(), {pid: set(days) for pid, days in touch.items()}, people, TODAY)
    sorted_sizes: list[int] = []

    def counted_sorted(items, **kwargs):  # type: ignore[no-untyped-def]
        items = list(items)
        sorted_sizes.append(len(items))
        return sorted(items, **kwargs)

    monkeypatch.setattr(connection, "sorted", counted_sorted, raising=False)
    found = connection.signals_from_numbers([], touch, people, TODAY)
    assert found == expected and len(found.longer_than_usual) == 3
    assert max(sorted_sizes, default=0) < 10, sorted_sizes  # the different gaps, not ~1,000 days

"""Thinning a long daily series to pixel columns keeps its extremes and its gaps."""

from __future__ import annotations

import random

from peerjournal.core.insights.columns import thin_series


def _column(x: float, columns: int) -> int:
    return int(x * columns)


def test_with_room_for_every_day_each_day_keeps_its_own_point_and_gaps_break_the_line():
    values = [3.0, 4.0, None, None, 2.0, 5.0, 1.0]
    assert thin_series(values, 100) == [
        [(0.0, 3.0), (1 / 6, 4.0)],
        [(4 / 6, 2.0), (5 / 6, 5.0), (1.0, 1.0)],
    ]
    assert thin_series([4.0], 10) == [[(0.5, 4.0)]]  # one day sits in the middle
    assert thin_series([], 10) == [] and thin_series([None, None], 10) == []
    assert thin_series([3.0, 4.0], 0) == []


def test_ten_years_in_a_few_hundred_columns_keep_a_single_very_low_day():
    days, columns = 3650, 400
    values: list[float | None] = [5.0 if n % 3 else 4.0 for n in range(days)]
    values[1234] = 1.0  # one very bad day in a long good stretch
    stretches = thin_series(values, columns)
    assert len(stretches) == 1
    points = stretches[0]
    assert len(points) <= 4 * columns < days  # thinned...
    low = [(x, v) for x, v in points if v == 1.0]
    assert len(low) == 1  # ...but the bad day is still there, in its own column
    assert _column(low[0][0], columns) == int(1234 * columns / (days - 1))
    assert min(v for _, v in points) == 1.0 and max(v for _, v in points) == 5.0


def test_each_column_shows_exactly_the_lowest_and_highest_of_its_days():
    rng = random.Random(5)
    days, columns = 2000, 300
    values: list[float | None] = [rng.choice((1.0, 2.5, 3.0, 4.5, 5.0, None)) for _ in range(days)]
    expected: dict[int, list[float]] = {}
    for n, value in enumerate(values):
        if value is not None:
            expected.setdefault(min(columns - 1, int(n * columns / (days - 1))), []).append(value)
    shown: dict[int, list[float]] = {}
    for stretch in thin_series(values, columns):
        for x, value in stretch:
            shown.setdefault(_column(x, columns), []).append(value)
            assert x == (_column(x, columns) + 0.5) / columns  # in the column's middle
    assert shown.keys() == expected.keys()
    for column, found in expected.items():
        assert min(shown[column]) == min(found) and max(shown[column]) == max(found)
        assert set(shown[column]) <= set(found)  # nothing made up


def test_missing_days_still_break_the_thinned_line():
    days, columns = 3650, 500
    values: list[float | None] = [4.0] * days
    for n in range(2000, 2060):  # two months with nothing noted
        values[n] = None
    values[3000] = None  # and a single day, far less than a column wide
    stretches = thin_series(values, columns)
    assert len(stretches) == 3

    def column_of(day: int) -> int:
        return int(day * columns / (days - 1))

    gap_from, gap_to = column_of(2000), column_of(2059)
    assert gap_to - gap_from > 5
    for stretch in stretches:
        columns_used = [_column(x, columns) for x, _ in stretch]
        assert not any(gap_from < c < gap_to for c in columns_used)  # nothing inside the gap...
        assert columns_used == sorted(columns_used)
    # ...and no stretch spans it: the line stops before and starts again after.
    assert _column(stretches[0][-1][0], columns) <= gap_from
    assert _column(stretches[1][0][0], columns) >= gap_to
    assert _column(stretches[1][-1][0], columns) <= column_of(3000) <= _column(stretches[2][0][0], columns)


def test_weeks_sharing_a_column_merge_keeping_the_lowest_low_and_highest_high():
    """Thirty years of weeks (issue 20): one point per column, the extremes kept, gaps kept."""
    from peerjournal.core.insights.columns import merge_columns

    weeks = 1560
    xs = [n / (weeks - 1) for n in range(weeks)]
    means = [[(x, 4.0) for x in xs[:1000]], [(x, 3.0) for x in xs[1100:]]]
    lows = [[(x, 1.0 if n == 777 else 3.0) for n, x in enumerate(xs[:1000])],
            [(x, 2.0) for x in xs[1100:]]]
    highs = [[(x, 5.0) for x in xs[:1000]], [(x, 4.0) for x in xs[1100:]]]
    columns = 400
    m, lo, hi = merge_columns(means, lows, highs, columns)
    assert len(m) == len(lo) == len(hi) == 2  # the gap still breaks the band
    for stretch in (*m, *lo, *hi):
        assert len({int(x * columns) for x, _ in stretch}) == len(stretch)  # one point a column
    assert sum(map(len, m)) <= columns + 2
    assert min(v for s in lo for _, v in s) == 1.0  # the one very low day still shows
    assert {v for _, v in hi[0]} == {5.0} and {v for _, v in m[1]} == {3.0}
    few = [[(0.0, 3.0), (1.0, 4.0)]]
    assert merge_columns(few, few, few, columns) == (few, few, few)  # room enough: as they were

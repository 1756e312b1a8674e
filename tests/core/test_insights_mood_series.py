"""The trailing average of the mood series, day by day, as a plain loop over each window finds
it: full windows summed in order, windows with days missing averaged over the days there."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.insights.mood import (
    AVERAGE_WINDOW,
    MIN_DAYS_FOR_AVERAGE,
    mood_series_from,
)

START = date(2026, 3, 1)


def _plain(by_day, start, end):
    means = []
    day = start
    while day <= end:
        window = [by_day.get(day - timedelta(days=n)) for n in range(AVERAGE_WINDOW - 1, -1, -1)]
        there = [v for v in window if v is not None]
        if len(there) == AVERAGE_WINDOW:
            means.append((day, sum(window) / AVERAGE_WINDOW))
        else:
            means.append((day, sum(there) / len(there) if len(there) >= MIN_DAYS_FOR_AVERAGE else None))
        day += timedelta(days=1)
    return means


MOOD = st.sampled_from([1.0, 2.5, 3.0, 4 / 3, 5.0, 0.1 + 0.2])


@given(values=st.lists(st.one_of(MOOD, MOOD, MOOD, st.none()), max_size=45), length=st.integers(0, 30))
def test_the_trailing_average_is_the_plain_mean_of_each_window(values, length):
    # Days from a window before the start on, most with a mood, some without.
    first = START - timedelta(days=AVERAGE_WINDOW - 1)
    by_day = {first + timedelta(days=n): mood for n, mood in enumerate(values) if mood is not None}
    end = START + timedelta(days=length)
    series = mood_series_from(by_day, START, end)
    assert series.average == _plain(by_day, START, end)
    assert series.daily == [(START + timedelta(days=n), by_day.get(START + timedelta(days=n)))
                            for n in range(length + 1)]

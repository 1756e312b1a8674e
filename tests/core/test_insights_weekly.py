"""Weeks of daily moods for the year view: a mean and the lowest and highest day per week,
weeks from Monday, gaps left as gaps (never zero)."""

from __future__ import annotations

from datetime import date, timedelta

from peerjournal.core.insights import SeriesPoint, weekly_spread

THURSDAY = date(2026, 1, 1)


def _days(values: list[float | None]) -> list[SeriesPoint]:
    return [(THURSDAY + timedelta(days=n), v) for n, v in enumerate(values)]


def test_weeks_start_on_monday_and_keep_the_spread():
    # Thu-Sun, then a full week, then Monday alone.
    weeks = weekly_spread(_days([2, 4, None, 3] + [1, 5, 5, 5, 5, 5, 4] + [None]))
    assert [(w.start, w.end) for w in weeks] == [
        (date(2026, 1, 1), date(2026, 1, 4)), (date(2026, 1, 5), date(2026, 1, 11)),
        (date(2026, 1, 12), date(2026, 1, 12))]
    first, second, third = weeks
    assert (first.mean, first.low, first.high, first.logged) == (3.0, 2, 4, 3)
    assert (second.mean, second.low, second.high, second.logged) == (30 / 7, 1, 5, 7)
    assert (third.mean, third.low, third.high, third.logged) == (None, None, None, 0)


def test_a_year_becomes_about_fifty_three_weeks_and_one_bad_day_stays_visible():
    values: list[float | None] = [4.0] * 365
    values[200] = 1.0
    weeks = weekly_spread(_days(values))
    assert len(weeks) == 53  # 2026 starts on a Thursday
    assert sum(w.logged for w in weeks) == 365
    lows = [w.low for w in weeks]
    assert lows.count(1.0) == 1 and min(w.mean for w in weeks if w.mean is not None) > 3.5


def test_no_days_no_weeks():
    assert weekly_spread([]) == []

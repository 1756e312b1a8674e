"""Mood over time and the "year in colour": daily averages with gaps left as gaps.

A day's point is the mean of that local day's check-ins; a day without one is None,
never zero, so a chart breaks its line there instead of drawing a fall.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate, compress, repeat
from operator import is_, sub, truediv

from peerjournal.core.insights.history import (
    History,
    Span,
    days_between,
    local_day,
    rough_bounds,
    span_dates,
    week_start,
)

AVERAGE_WINDOW = 7  # the trailing average looks at this many local days, today included
MIN_DAYS_FOR_AVERAGE = 3  # ...and needs check-ins on at least this many of them

SeriesPoint = tuple[date, float | None]


@dataclass(frozen=True)
class MoodOverTime:
    """One point per local day from ``start`` to ``end`` (both included) in each series."""

    start: date
    end: date
    daily: list[SeriesPoint]
    average: list[SeriesPoint]  # trailing AVERAGE_WINDOW-day mean of the daily points

    @property
    def logged_days(self) -> int:
        return sum(1 for _, value in self.daily if value is not None)


@dataclass(frozen=True, slots=True)
class WeekSpread:
    """One week of daily moods (Monday to Sunday, or the part of it inside the range): the mean
    of its days with a check-in, and its lowest and highest day. All None when none was logged."""

    start: date  # the first day of the range inside this week (a Monday, except at the start)
    end: date
    mean: float | None
    low: float | None
    high: float | None
    logged: int


@dataclass(frozen=True, slots=True)
class DayCell:
    """One square of the year in colour; the counts tell the UI which entries a click shows."""

    day: date
    mood: float | None
    check_ins: int
    contacts: int
    activities: int

    @property
    def entries(self) -> int:
        return self.check_ins + self.contacts + self.activities


def daily_moods(
    history: History, start: date | None = None, end: date | None = None
) -> dict[date, float]:
    """Local day → mean mood of its check-ins, for the days with any (in a range if given)."""
    totals: dict[date, list[int]] = {}
    low, high = rough_bounds(start, end)
    for point in history.moods:
        if not low <= point.at < high:
            continue
        day = local_day(point.at)
        if (start is None or day >= start) and (end is None or day <= end):
            pair = totals.get(day)
            if pair is None:
                totals[day] = [point.mood, 1]
            else:
                pair[0] += point.mood
                pair[1] += 1
    return {day: total / count for day, (total, count) in totals.items()}


def mood_series(history: History, start: date, end: date) -> MoodOverTime:
    """Daily points and the trailing average for every local day from ``start`` to ``end``."""
    window = timedelta(days=AVERAGE_WINDOW - 1)
    return mood_series_from(daily_moods(history, start - window, end), start, end)


def mood_series_from(by_day: dict[date, float], start: date, end: date) -> MoodOverTime:
    """:func:`mood_series` from each day's mean mood (grouped in SQL, say; days outside the
    range are left alone)."""
    first = start.toordinal() - (AVERAGE_WINDOW - 1)
    # Each day's value once, by position, the window's days first: years of days stay quick.
    days = list(map(date.fromordinal, range(first, end.toordinal() + 1)))
    values = list(map(by_day.get, days))
    shown = AVERAGE_WINDOW - 1
    daily: list[SeriesPoint] = list(zip(days[shown:], values[shown:], strict=True))
    points = len(daily)
    # Days missing in each window from a running count (``None in window`` compared each
    # float with None, seven times a day: a third of the time over thirty years).
    missing = list(accumulate(map(is_, values, repeat(None)), initial=0))
    gaps = list(map(sub, missing[AVERAGE_WINDOW:], missing))
    # Every window summed as it is, in C, in the same order as before (the same numbers):
    # day k's window is values[k:k + AVERAGE_WINDOW], made by zip of the shifted values
    # (one tuple, used again and again). A missing day counts 0 here, and a window with one
    # is worked out again below from its days with a check-in: few, in a kept journal.
    filled = values if not any(gaps) else list(map(by_day.get, days, repeat(0.0)))
    sums = map(sum, zip(*(filled[i:i + points] for i in range(AVERAGE_WINDOW)), strict=True))
    means: list[float | None] = list(map(truediv, sums, repeat(AVERAGE_WINDOW)))
    for k in compress(range(points), gaps):
        means[k] = _partial_mean(values[k:k + AVERAGE_WINDOW])
    return MoodOverTime(start, end, daily, list(zip(days[shown:], means, strict=True)))


def _partial_mean(window: Sequence[float | None]) -> float | None:
    """A trailing window with days missing: the mean of the days with a check-in, if enough."""
    recent = [v for v in window if v is not None]
    return sum(recent) / len(recent) if len(recent) >= MIN_DAYS_FOR_AVERAGE else None


def weekly_spread(daily: Sequence[SeriesPoint]) -> list[WeekSpread]:
    """The daily points week by week (weeks start on Monday): for charts of a year or more,
    where a week's mean and its range read better than hundreds of daily zig-zags."""
    weeks: list[WeekSpread] = []
    index = 0
    while index < len(daily):
        start = daily[index][0]
        monday = week_start(start)
        next_monday = monday + timedelta(days=7)
        end = index + 1
        # The days come in order (oldest first): the week ends at the next Monday. One
        # comparison a day, not a week_start each (thirty years are 11,000 days).
        while end < len(daily) and monday <= daily[end][0] < next_monday:
            end += 1
        days = daily[index:end]
        index = end
        values = [v for _, v in days if v is not None]
        mean = sum(values) / len(values) if values else None
        weeks.append(WeekSpread(start, days[-1][0], mean, min(values, default=None),
                                max(values, default=None), len(values)))
    return weeks


def mood_over_time(history: History, span: Span, today: date) -> MoodOverTime:
    start, end = span_dates(span, today, history)
    return mood_series(history, start, end)


def day_cells(history: History, start: date, end: date) -> list[DayCell]:
    """One cell per local day from ``start`` to ``end`` (both included)."""
    moods = daily_moods(history, start, end)
    low, high = rough_bounds(start, end)
    check_ins, contacts, activities = (
        Counter(local_day(e.at) for e in entries if low <= e.at < high)
        for entries in (history.moods, history.contacts, history.activities)
    )
    return [
        DayCell(day, moods.get(day), check_ins[day], contacts[day], activities[day])
        for day in days_between(start, end)
    ]


def year_in_colour(history: History, year: int) -> list[DayCell]:
    """Every day of a calendar year, 1 January to 31 December."""
    return day_cells(history, date(year, 1, 1), date(year, 12, 31))

"""Insights from the person's own trackers: days in each week by value, and what goes with
better days (mood on days with a value and on the other days the tracker was noted).

A day's value is the last one noted that day. As with :mod:`.better_days`, a comparison is
made only with at least ``MIN_DAYS`` days on each side, and says patterns, not causes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peerjournal.core.clock import local_day
from peerjournal.core.insights.better_days import (
    MIN_DAYS,
    MIN_DIFFERENCE,
    Factor,
    Finding,
    sentence,
)
from peerjournal.core.insights.history import week_start
from peerjournal.core.trackers import SCALE_HIGH, SCALE_LOW, Tracker, TrackerKind, TrackerValueData
from peerjournal.i18n import format_general, translate

Point = tuple[datetime, TrackerValueData]
BANDS = 5  # a number tracker's values in at most this many bands
_EPSILON = 1e-9


def day_values(points: Iterable[Point]) -> dict[date, TrackerValueData]:
    """Local day → the last value noted that day."""
    days: dict[date, tuple[datetime, TrackerValueData]] = {}
    for at, value in points:
        day = local_day(at)
        if day not in days or at >= days[day][0]:
            days[day] = (at, value)
    return {day: value for day, (_at, value) in days.items()}


@dataclass(frozen=True)
class TrackerWeeks:
    """For a chart: ``counts[week][part]`` days in that week with the value of ``parts[part]``."""

    tracker: Tracker
    weeks: list[date]
    parts: list[str]
    counts: list[list[int]]

    @property
    def days(self) -> int:
        return sum(sum(week) for week in self.counts)


def _bands(values: list[float]) -> list[tuple[float, float]]:
    """Whole values when there are few of them, else ``BANDS`` equal bands from low to high."""
    low, high = min(values), max(values)
    whole = all(float(v).is_integer() for v in values)
    if whole and high - low < BANDS * 1.5:
        return [(n, n) for n in range(int(low), int(high) + 1)]
    width = (high - low) / BANDS or 1.0
    return [(low + i * width, low + (i + 1) * width) for i in range(BANDS)]


def _parts(tracker: Tracker, values: list[TrackerValueData]) -> tuple[list[str], list[Any]]:
    """The chart's parts (words for each) and what each part holds, for ``tracker``."""
    if tracker.kind is TrackerKind.YES_NO:
        return [tracker.value_text(1.0), tracker.value_text(0.0)], [1.0, 0.0]
    if tracker.kind is TrackerKind.SCALE:
        levels = [float(n) for n in range(SCALE_LOW, SCALE_HIGH + 1)]
        return [tracker.value_text(n) for n in levels], levels
    if tracker.kind is TrackerKind.CHOICE:
        known = list(tracker.choices) + sorted({v for v in values if isinstance(v, str)} - set(tracker.choices))
        return known, known
    numbers = [float(v) for v in values if not isinstance(v, str)]
    bands = _bands(numbers) if numbers else []
    words = [tracker.value_text(a) if a == b else translate("insights", "{low} to {high}").format(
        low=format_general(a, 3), high=tracker.value_text(round(b, 3))) for a, b in bands]
    return words, bands


def _part_of(value: TrackerValueData, holds: list[Any]) -> int | None:
    """Which part ``value`` falls in: its band (the last one includes its top), or its own."""
    if holds and isinstance(holds[0], tuple):
        if isinstance(value, str):
            return None
        for index, (low, high) in enumerate(holds):
            if low == high and value == low:
                return index
            if low < high and (low <= value < high or (index == len(holds) - 1 and value <= high + _EPSILON)):
                return index
        return None
    return holds.index(value) if value in holds else None


def tracker_weeks(tracker: Tracker, points: Iterable[Point], start: date, end: date) -> TrackerWeeks:
    """Each week (Monday first) from ``start``'s to ``end``'s, with the days of each value."""
    days = {d: v for d, v in day_values(points).items() if start <= d <= end}
    parts, holds = _parts(tracker, list(days.values()))
    weeks: list[date] = []
    week = week_start(start)
    while week <= end:
        weeks.append(week)
        week += timedelta(days=7)
    counts = [[0] * len(parts) for _ in weeks]
    for day, value in days.items():
        part = _part_of(value, holds)
        if part is not None:
            counts[(week_start(day) - weeks[0]).days // 7][part] += 1
    return TrackerWeeks(tracker, weeks, parts, counts)


# -- what goes with better days -------------------------------------------------------------
def _groups(tracker: Tracker, days: dict[date, TrackerValueData]) -> list[tuple[str, set[date]]]:
    """(what the days have, which days) to compare with the other noted days."""
    if tracker.kind is TrackerKind.YES_NO:
        return [(tracker.value_text(1.0), {d for d, v in days.items() if v == 1.0})]
    if tracker.kind is TrackerKind.CHOICE:
        return [(choice, {d for d, v in days.items() if v == choice}) for choice in tracker.choices]
    if tracker.kind is TrackerKind.SCALE:
        return [(translate("insights", "4 or 5 ({word})").format(word=tracker.high_word),
                 {d for d, v in days.items() if not isinstance(v, str) and v >= 4})]
    numbers = sorted(float(v) for v in days.values() if not isinstance(v, str))
    if not numbers:
        return []
    middle = numbers[len(numbers) // 2]
    return [(translate("insights", "more than {value}").format(value=tracker.value_text(middle)),
             {d for d, v in days.items() if not isinstance(v, str) and v > middle})]


def tracker_findings(tracker: Tracker, points: Iterable[Point], moods: dict[date, float],
                     min_days: int = MIN_DAYS) -> list[Finding]:
    """Mood on days with each value of ``tracker`` against the other days it was noted, for
    days with a check-in; only where both sides have ``min_days`` days."""
    days = {d: v for d, v in day_values(points).items() if d in moods}
    findings = []
    for what, having in _groups(tracker, days):
        others = set(days) - having
        if len(having) < min_days or len(others) < min_days:
            continue
        with_mood = sum(moods[d] for d in having) / len(having)
        without_mood = sum(moods[d] for d in others) / len(others)
        if abs(with_mood - without_mood) < MIN_DIFFERENCE:
            continue  # much the same either way: nothing to say
        label = f"{tracker.name}: {what}"
        text = sentence(Factor.TRACKER, label, with_mood, len(having), without_mood, len(others))
        findings.append(Finding(Factor.TRACKER, f"{tracker.name}: {what}", tracker.id, with_mood, len(having),
                                without_mood, len(others), text))
    return findings

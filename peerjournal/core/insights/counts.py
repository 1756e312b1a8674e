"""Counts over time: contacts per week by way of contact, activities per week by kind,
and how many different people someone was in touch with each month.

Weeks start on Monday and months on the 1st, in local time. Every week or month that
touches the range is counted whole and listed, with zeros where nothing was noted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from peerjournal.core.insights.history import (
    History,
    local_day,
    month_start,
    next_month,
    rough_bounds,
    week_start,
)
from peerjournal.core.vocabulary import ContactMode

K = TypeVar("K")


@dataclass(frozen=True)
class Tally(Generic[K]):
    """Counts for one week (``start`` is its Monday); ``counts`` has every key, in chart order."""

    start: date
    counts: dict[K, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _weeks(start: date, end: date) -> list[date]:
    first, last = week_start(start), week_start(end)
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


def _months(start: date, end: date) -> list[date]:
    months = []
    month = month_start(start)
    while month <= end:
        months.append(month)
        month = next_month(month)
    return months


def contacts_per_week(history: History, start: date, end: date) -> list[Tally[ContactMode]]:
    """Contacts each week, split by way of contact (every mode present, in vocabulary order)."""
    weeks = _weeks(start, end)
    if not weeks:
        return []
    table: dict[date, dict[ContactMode, int]] = {w: dict.fromkeys(ContactMode, 0) for w in weeks}
    low, high = rough_bounds(weeks[0], weeks[-1] + timedelta(days=6))
    for contact in history.contacts:
        if not low <= contact.at < high:
            continue
        row = table.get(week_start(local_day(contact.at)))
        if row is not None:
            row[contact.mode] = row.get(contact.mode, 0) + 1
    return [Tally(w, table[w]) for w in weeks]


def activities_per_week(history: History, start: date, end: date) -> list[Tally[str]]:
    """Activities each week by kind; the kinds are those in the range, most frequent first."""
    weeks = _weeks(start, end)
    if not weeks:
        return []
    found: dict[date, dict[str, int]] = {w: {} for w in weeks}
    totals: dict[str, int] = {}
    low, high = rough_bounds(weeks[0], weeks[-1] + timedelta(days=6))
    for activity in history.activities:
        if not low <= activity.at < high:
            continue
        row = found.get(week_start(local_day(activity.at)))
        if row is not None:
            row[activity.category] = row.get(activity.category, 0) + 1
            totals[activity.category] = totals.get(activity.category, 0) + 1
    order = sorted(totals, key=lambda c: (-totals[c], c.casefold()))
    return [Tally(w, {c: found[w].get(c, 0) for c in order}) for w in weeks]


def people_per_month(history: History, start: date, end: date) -> list[tuple[date, int]]:
    """(first of the month, how many different people you were in touch with that month)."""
    months = _months(start, end)
    if not months:
        return []
    seen: dict[date, set[int]] = {m: set() for m in months}
    low, high = rough_bounds(months[0], next_month(months[-1]))
    for entries in (history.contacts, history.activities):
        for entry in entries:
            if entry.person_ids and low <= entry.at < high:
                people = seen.get(month_start(local_day(entry.at)))
                if people is not None:
                    people.update(entry.person_ids)
    return [(m, len(seen[m])) for m in months]

"""Counts over time: contacts per week by way of contact, activities per week by kind,
and how many different people someone was in touch with each month.

Weeks start on Monday and months on the 1st, in local time. Every week or month that
touches the range is counted whole and listed, with zeros where nothing was noted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import repeat
from operator import add
from typing import Generic, Protocol, TypeVar, overload

from peerjournal.core.insights.history import (
    History,
    local_day,
    month_start,
    next_month,
    rough_bounds,
    week_start,
)
from peerjournal.core.vocabulary import ContactMode, activity_kind_label

K = TypeVar("K")
L = TypeVar("L")


class _Dated(Protocol):
    @property
    def at(self) -> datetime: ...


E = TypeVar("E", bound=_Dated)


@dataclass(frozen=True)
class Tally(Generic[K]):
    """Counts for one week (``start`` is its Monday); ``counts`` has every key, in chart order."""

    start: date
    counts: dict[K, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _weeks(start: date, end: date) -> list[date]:
    # Every seventh day number, each made a date in C (thirty years are 1,500 weeks).
    return list(map(date.fromordinal, range(week_start(start).toordinal(), week_start(end).toordinal() + 1, 7)))


def _months(start: date, end: date) -> list[date]:
    months = []
    month = month_start(start)
    while month <= end:
        months.append(month)
        month = next_month(month)
    return months


def _by_week(weeks: list[date], entries: Iterable[E]) -> Iterator[tuple[date, E]]:
    """Each entry dated in one of ``weeks`` (their Mondays, in order), with its week's Monday."""
    low, high = rough_bounds(weeks[0], weeks[-1] + timedelta(days=6))
    listed = set(weeks)
    for entry in entries:
        if low <= entry.at < high:  # cheap test first; the local day decides
            week = week_start(local_day(entry.at))
            if week in listed:
                yield week, entry


def contacts_per_week(history: History, start: date, end: date) -> list[Tally[ContactMode]]:
    """Contacts each week, split by way of contact (every mode present, in vocabulary order)."""
    weeks = _weeks(start, end)
    if not weeks:
        return []
    table: dict[date, dict[ContactMode, int]] = {w: dict.fromkeys(ContactMode, 0) for w in weeks}
    for week, contact in _by_week(weeks, history.contacts):
        row = table[week]
        row[contact.mode] = row.get(contact.mode, 0) + 1  # .get: an unlisted mode is counted, not an error
    return [Tally(w, table[w]) for w in weeks]


def activities_per_week(history: History, start: date, end: date) -> list[Tally[str]]:
    """Activities each week by kind; the kinds are those in the range, most frequent first."""
    weeks = _weeks(start, end)
    if not weeks:
        return []
    found: dict[date, dict[str, int]] = {w: {} for w in weeks}
    totals: dict[str, int] = {}
    for week, activity in _by_week(weeks, history.activities):
        row = found[week]
        kind = activity_kind_label(activity.category)
        row[kind] = row.get(kind, 0) + 1
        totals[kind] = totals.get(kind, 0) + 1
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


# -- the same from rows counted in SQL (storage.insights_days) ---------------------------
class WeekRows(Sequence[tuple[date, K, int]]):
    """(week's Monday, key, count) rows kept as columns: for each key, its weeks' ordinals
    and their counts, each week at most once a key (as grouped in SQL). The ``*_from``
    functions tally the columns a key at a time in C; the rows are made only if asked for.
    Thirty years are 20,000 rows: made and looked at one by one in Python before, and
    collected by the garbage collector after (issue 20)."""

    def __init__(self, columns: Sequence[tuple[K, list[int], list[int]]]) -> None:
        self.columns = columns
        self._rows: list[tuple[date, K, int]] | None = None

    def _made(self) -> list[tuple[date, K, int]]:
        if self._rows is None:
            # Each key has most of the same weeks: each Monday made once for them all.
            seen = set().union(*(weeks for _key, weeks, _counts in self.columns))
            mondays = dict(zip(seen, map(date.fromordinal, seen), strict=True))
            rows: list[tuple[date, K, int]] = []
            for key, weeks, counts in self.columns:
                rows.extend(zip(map(mondays.__getitem__, weeks), repeat(key), counts, strict=False))
            self._rows = rows
        return self._rows

    def __len__(self) -> int:
        return sum(len(weeks) for _key, weeks, _counts in self.columns)

    @overload
    def __getitem__(self, index: int) -> tuple[date, K, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[date, K, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[date, K, int] | list[tuple[date, K, int]]:
        return self._made()[index]

    def __iter__(self) -> Iterator[tuple[date, K, int]]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, WeekRows):
            return self._made() == other._made()
        return isinstance(other, list) and self._made() == other

    __hash__ = None  # type: ignore[assignment]  # equal by value, and not frozen

    def __repr__(self) -> str:
        return f"WeekRows({self._made()!r})"


def _column_counts(rows: WeekRows[K], weeks: list[date], label: Callable[[K], L]) -> dict[L, list[int]]:
    """Each label's count for every week of ``weeks`` (0 where none), for the labels with any
    of those weeks; keys with the same label added up."""
    ordinals = [week.toordinal() for week in weeks]
    inside = set(ordinals)
    found: dict[L, list[int]] = {}
    for key, key_weeks, counts in rows.columns:
        if inside.isdisjoint(key_weeks):
            continue  # as a row outside the range: not counted, and no key for it
        by_week = dict(zip(key_weeks, counts, strict=True))
        column = list(map(by_week.get, ordinals, repeat(0)))
        kind = label(key)
        found[kind] = list(map(add, found[kind], column)) if kind in found else column
    return found


def _tallies(weeks: list[date], order: list[K], columns: list[list[int]]) -> list[Tally[K]]:
    if not order:
        return [Tally(w, {}) for w in weeks]
    return [Tally(w, dict(zip(order, counts, strict=True)))
            for w, counts in zip(weeks, zip(*columns, strict=True), strict=True)]


def contacts_per_week_from(rows: Iterable[tuple[date, ContactMode, int]], start: date,
                           end: date) -> list[Tally[ContactMode]]:
    """:func:`contacts_per_week` from (week's Monday, way of contact, contacts) rows."""
    weeks = _weeks(start, end)
    modes = list(ContactMode)  # the enum's members once: iterating it is slow (30 years of weeks)
    if isinstance(rows, WeekRows):
        found = _column_counts(rows, weeks, _same)
        zeros = [0] * len(weeks)
        return _tallies(weeks, modes, [found.get(mode, zeros) for mode in modes])
    table: dict[date, dict[ContactMode, int]] = {w: dict.fromkeys(modes, 0) for w in weeks}
    for week, mode, count in rows:
        row = table.get(week)
        if row is not None:
            row[mode] = row.get(mode, 0) + count
    return [Tally(w, table[w]) for w in weeks]


def activities_per_week_from(rows: Iterable[tuple[date, str, int]], start: date,
                             end: date) -> list[Tally[str]]:
    """:func:`activities_per_week` from (week's Monday, category, activities) rows."""
    weeks = _weeks(start, end)
    if isinstance(rows, WeekRows):
        columns = _column_counts(rows, weeks, activity_kind_label)
        kinds = {kind: sum(counts) for kind, counts in columns.items()}
        ranked = sorted(kinds, key=lambda c: (-kinds[c], c.casefold()))
        return _tallies(weeks, ranked, [columns[kind] for kind in ranked])
    found: dict[date, dict[str, int]] = {w: {} for w in weeks}
    totals: dict[str, int] = {}
    labels: dict[str, str] = {}  # a category's label once, not once a week (thirty years of weeks)
    for week, category, count in rows:
        row = found.get(week)
        if row is None:
            continue
        kind = labels.get(category)
        if kind is None:
            kind = labels[category] = activity_kind_label(category)
        row[kind] = row.get(kind, 0) + count
        totals[kind] = totals.get(kind, 0) + count
    order = sorted(totals, key=lambda c: (-totals[c], c.casefold()))
    # Every kind found is in ``order``: a week's counts over zeros keep that order (merged in C).
    zeros = dict.fromkeys(order, 0)
    return [Tally(w, zeros | found[w]) for w in weeks]


def _same(key: K) -> K:
    return key


def people_per_month_from(counts: dict[date, int], start: date, end: date) -> list[tuple[date, int]]:
    """:func:`people_per_month` from (first of the month → different people) counted in SQL."""
    return [(m, counts.get(m, 0)) for m in _months(start, end)]

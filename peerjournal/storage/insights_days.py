"""Insights grouped by local day in SQL: a few hundred rows come back where ``load_history``
read every entry of the span into Python.

Each entry's local day is worked out in SQL from its UTC time and the local offset in force
then (``core.insights.offsets``: one stretch of UTC time per offset, so daylight saving is
right). Where the vault keeps per-day figures (migration 18, ``storage/vault/day_totals``) for
those same stretches, a read asks them: a row a day, not a row an entry. Otherwise the
stretches go into the query as a small ``VALUES`` table joined by time range, so SQLite walks
each table's ``at_utc`` index once. The whole history can be read a slice of
days at a time (``*_by_slices``): the slices' days do not overlap, so their union is one read's
answer, and the window gets a turn of its event loop between slices (issue 20).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from operator import truediv
from typing import TypeVar

from peerjournal.core.insights.counts import WeekRows
from peerjournal.core.insights.history import (
    days_between,
    local_day_bounds,
    month_start,
    next_month,
    week_start,
)
from peerjournal.core.insights.mood import DayCell
from peerjournal.core.insights.offsets import ORDINAL_1970, OffsetStretch, offset_stretches
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.day_totals import (
    has_day_totals,
    kept_stretches_match,
    rebuild_day_totals,
)

K = TypeVar("K")
_MODES = {mode.value: mode for mode in ContactMode}  # a look-up costs far less than ContactMode(...)
_DAY = "((unixepoch(e.at_utc) + z.shift) / 86400)"  # the local day's ordinal
_JOIN = "z JOIN {table} e ON e.at_utc >= z.lo AND e.at_utc < z.hi"
# Entries with their people: the one definition of "in touch" (see storage/in_touch.py).
_TOUCH = (
    f"SELECT l.person_id AS pid, {_DAY} AS day FROM {_JOIN.format(table='contacts')}"
    " JOIN contact_people l ON l.contact_id = e.id"
    f" UNION ALL SELECT l.person_id, {_DAY} FROM {_JOIN.format(table='activities')}"
    " JOIN activity_people l ON l.activity_id = e.id"
)

# A part of history from the per-day figures, each person's (or kind's) days sought down the
# key (person_id, day): a range's rows alone, where ``WHERE day BETWEEN`` walked every row of
# the table (a slice of Patterns at thirty years read all 125,000 rows, thirty times over).
# The recursive part finds each person (kind) by a seek, as a skip-scan would.
_PEOPLE = ("WITH RECURSIVE ids(p) AS (SELECT min(person_id) FROM day_people UNION ALL SELECT"
           " (SELECT person_id FROM day_people WHERE person_id > p ORDER BY person_id LIMIT 1)"
           " FROM ids WHERE p IS NOT NULL) ")
_PEOPLE_DAYS = "ids CROSS JOIN day_people ON person_id = p AND day BETWEEN ? AND ?"
_KINDS = ("WITH RECURSIVE kinds(k) AS (SELECT min(category) FROM day_activities"
          " WHERE category != '' UNION ALL SELECT (SELECT category FROM day_activities"
          " WHERE category > k ORDER BY category LIMIT 1) FROM kinds WHERE k IS NOT NULL) ")


@dataclass(frozen=True)
class DayGroups:
    """What Patterns and the network map need, grouped by local day in SQL."""

    moods: dict[date, float] = field(default_factory=dict)  # day → mean mood of its check-ins
    in_person: set[date] = field(default_factory=set)  # days with an in-person contact
    by_category: dict[str, set[date]] = field(default_factory=dict)  # activity kind → its days
    touch: dict[int, set[date]] = field(default_factory=dict)  # person id → days in touch
    people: tuple[Person, ...] = ()  # everyone, archived ones included

    def current_people(self) -> list[tuple[int, Person]]:
        return [(p.id, p) for p in self.people if p.id is not None and not p.archived]


@dataclass(frozen=True)
class DayNumbers:
    """:class:`DayGroups` with each local day as its ordinal (``date.toordinal()``): thirty
    years of a person's days in touch come back as plain ints, with no date made for each
    (``core.insights`` compares and counts them as it does dates). Each collection of days is
    a list in ascending order with no day twice, as the per-day figures' keys give them: core
    finds the newest day last and the gaps between days in order, and never sorts them."""

    moods: dict[int, float] = field(default_factory=dict)
    in_person: list[int] = field(default_factory=list)
    by_category: dict[str, list[int]] = field(default_factory=dict)
    touch: dict[int, list[int]] = field(default_factory=dict)
    people: tuple[Person, ...] = ()

    def current_people(self) -> list[tuple[int, Person]]:
        return [(p.id, p) for p in self.people if p.id is not None and not p.archived]

    def dated_moods(self) -> dict[date, float]:
        return dict(zip(map(date.fromordinal, self.moods), self.moods.values(), strict=True))

    def dated(self) -> DayGroups:
        """The same days as dates."""
        made: dict[int, date] = {}

        def dates(days: list[int]) -> set[date]:
            return {made.get(n) or made.setdefault(n, date.fromordinal(n)) for n in days}

        return DayGroups(self.dated_moods(), dates(self.in_person),
                         {kind: dates(days) for kind, days in self.by_category.items()},
                         {pid: dates(days) for pid, days in self.touch.items()}, self.people)


def _numbers(ordinals: str | None) -> set[int]:
    """The days of a ``group_concat`` or ``json_group_array`` of day ordinals (one row per
    person or kind comes back, not one per day: tens of thousands fewer rows to hand to
    Python; JSON is parsed in C, twice as fast as splitting)."""
    if not ordinals:
        return set()
    return set(json.loads(ordinals) if ordinals[0] == "[" else map(int, ordinals.split(",")))


def _ordered(ordinals: str | None) -> list[int]:
    """:func:`_numbers` as a list in ascending order. The per-day figures are read in the
    order of their keys, so the days come in order already and ``list.sort`` only checks
    that, in one pass (a ``group_concat(DISTINCT …)`` of the entries may come in any order,
    each day once)."""
    if not ordinals:
        return []
    days: list[int] = json.loads(ordinals) if ordinals[0] == "[" else list(map(int, ordinals.split(",")))
    days.sort()
    return days


class _Days:
    """The ``z`` table of offset stretches for the local days ``first`` to ``last``, and a
    date for each day ordinal (made once each)."""

    def __init__(self, journal: Journal, first: date | None, last: date) -> None:
        end = local_day_bounds(last)[1] + timedelta(days=1)  # a day's margin: the day decides
        if first is None:
            begin = journal.first_entry_at(end)
            self.low = begin.date().toordinal() - 2 if begin is not None else last.toordinal() + 1
        else:
            begin = local_day_bounds(first)[0] - timedelta(days=1)
            self.low = first.toordinal()
        self.high = last.toordinal()
        stretches = offset_stretches(begin, end) if begin is not None else []
        self.empty = not stretches or self.low > self.high
        rows = ", ".join("(?, ?, ?)" for _ in stretches)
        self.cte = f"WITH z(lo, hi, shift) AS (VALUES {rows}) "
        self.params: list[object] = [
            value for s in stretches for value in (*s.storage_bounds(), s.day_shift)]
        self._dates: dict[int, date] = {}
        self.totals = not self.empty and _totals_ready(journal, stretches)
        self.part = first is not None  # a part of history: the figures sought, not scanned

    def day(self, ordinal: int) -> date:
        day = self._dates.get(ordinal)
        if day is None:
            day = self._dates[ordinal] = date.fromordinal(ordinal)
        return day

    def dates(self, ordinals: str | None) -> set[date]:
        """The days of a ``group_concat`` or JSON array of day ordinals, as dates."""
        numbers = _numbers(ordinals)
        if not numbers:
            return set()
        if len(self._dates) <= self.high - self.low:  # every day of the range, made once
            self._dates.update((n, date.fromordinal(n)) for n in range(max(self.low, 1), self.high + 1))
        # Each ordinal is in the range (the queries filter on it): a plain look-up, all in C.
        return set(map(self._dates.__getitem__, numbers))

    def rows(self, journal: Journal, select: str, totals: str, seek: str | None = None) -> list[tuple]:
        """``select`` (which filters ``day BETWEEN ? AND ?`` last) run after the ``z`` table,
        or ``totals`` (the same answer from the per-day figures, filtered the same way) where
        those are kept for the process's time zone; for a part of history ``seek`` if given
        (``totals`` asked down the figures' keys: the whole table is scanned once at most)."""
        if self.empty:
            return []
        if self.totals:
            query = seek if seek is not None and self.part else totals
            return journal.vault.conn.execute(query, (self.low, self.high)).fetchall()
        return journal.vault.conn.execute(
            self.cte + select, [*self.params, self.low, self.high]).fetchall()


def _totals_ready(journal: Journal, stretches: list[OffsetStretch]) -> bool:
    """Whether the per-day figures (migration 18) can answer for these stretches: made again
    here, once, after a move to another time zone or for days beyond the ones they reach."""
    conn = journal.vault.conn
    if not has_day_totals(conn):
        return False  # an older schema (the benchmark's plain copy)
    if kept_stretches_match(conn, stretches):
        return True
    with journal.vault.transaction():
        rebuild_day_totals(conn, reach=(_utc(stretches[0].start), _utc(stretches[-1].end)))
    return kept_stretches_match(conn, stretches)


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def daily_mood_means(journal: Journal, first: date | None, last: date) -> dict[date, float]:
    """Local day → mean mood of its check-ins, for the days ``first`` (None: the first entry)
    to ``last`` with any; as ``core.insights.daily_moods`` finds it in a history."""
    days = _Days(journal, first, last)
    return _mood_means(journal, days)


def _mood_rows(journal: Journal, days: _Days) -> list[tuple]:
    return days.rows(journal, f"SELECT day, SUM(mood), COUNT(*) FROM (SELECT {_DAY} AS day,"
                     f" e.mood FROM {_JOIN.format(table='moods')}) WHERE day BETWEEN ? AND ?"
                     " GROUP BY day",
                     "SELECT day, total, n FROM day_moods WHERE day BETWEEN ? AND ?")


def _mood_numbers(journal: Journal, days: _Days) -> dict[int, float]:
    """Day ordinal → mean mood. From the per-day figures as three JSON arrays, parsed in C: a
    row a day made Python a tuple for each of thirty years of days (and collected them)."""
    if days.empty or not days.totals:
        return {day: total / count for day, total, count in _mood_rows(journal, days)}
    (ordinals, totals, counts), = journal.vault.conn.execute(
        "SELECT json_group_array(day), json_group_array(total), json_group_array(n) FROM day_moods"
        " WHERE day BETWEEN ? AND ?", (days.low, days.high)).fetchall()
    return dict(zip(json.loads(ordinals), map(truediv, json.loads(totals), json.loads(counts)), strict=True))


def _mood_means(journal: Journal, days: _Days) -> dict[date, float]:
    return {days.day(day): mean for day, mean in _mood_numbers(journal, days).items()}


def day_groups(journal: Journal, last: date, first: date | None = None, *,
               with_people: bool = True) -> DayGroups:
    """Every entry of the local days ``first`` (None: the first entry) to ``last``, grouped by
    day; with everyone (``with_people``) or no one."""
    return day_numbers(journal, last, first, with_people=with_people).dated()


def day_numbers(journal: Journal, last: date, first: date | None = None, *,
                with_people: bool = True) -> DayNumbers:
    """:func:`day_groups` with days as their ordinals (what Patterns and "All" work on)."""
    # No write transaction (BEGIN IMMEDIATE, then a checkpoint at COMMIT) for a read: the
    # queries run back to back on the thread that also writes, and a change reloads anyway.
    days = _Days(journal, first, last)
    moods = _mood_numbers(journal, days)
    seen = days.rows(journal, (
        f"SELECT group_concat(DISTINCT day) FROM (SELECT {_DAY} AS day"
        f" FROM {_JOIN.format(table='contacts')} WHERE e.mode = '{ContactMode.IN_PERSON.value}')"
        " WHERE day BETWEEN ? AND ?"),
        "SELECT json_group_array(day) FROM day_contacts"
        f" WHERE mode = '{ContactMode.IN_PERSON.value}' AND day BETWEEN ? AND ?")
    in_person = _ordered(seen[0][0] if seen else None)
    by_category = {category: _ordered(ordinals) for category, ordinals in days.rows(journal, (
        f"SELECT category, group_concat(DISTINCT day) FROM (SELECT e.category, {_DAY} AS day"
        f" FROM {_JOIN.format(table='activities')} WHERE e.category != '')"
        " WHERE day BETWEEN ? AND ? GROUP BY category"),
        "SELECT category, json_group_array(day) FROM day_activities"
        " WHERE category != '' AND day BETWEEN ? AND ? GROUP BY category",
        f"{_KINDS}SELECT k, json_group_array(day) FROM kinds CROSS JOIN day_activities"
        " ON category = k AND day BETWEEN ? AND ? GROUP BY k")}
    touch = {pid: _ordered(ordinals) for pid, ordinals in _touch_rows(journal, days)}
    people = tuple(journal.people(include_archived=True)) if with_people else ()
    return DayNumbers(moods, in_person, by_category, touch, people)


def _touch_rows(journal: Journal, days: _Days) -> list[tuple]:
    return [row for row in days.rows(journal, (
        f"SELECT pid, group_concat(DISTINCT day) FROM ({_TOUCH}) WHERE day BETWEEN ? AND ?"
        " GROUP BY pid"),
        "SELECT person_id, json_group_array(day) FROM day_people WHERE day BETWEEN ? AND ?"
        " GROUP BY person_id",
        # Each person's days in the range by a seek of their own, in the people's order: no
        # sort for a GROUP BY; a person with none there comes back as [] and is left out.
        f"{_PEOPLE}SELECT p, (SELECT json_group_array(day) FROM day_people WHERE person_id = p"
        " AND day BETWEEN ? AND ?) FROM ids WHERE p IS NOT NULL") if row[1] != "[]"]


def _touch(journal: Journal, days: _Days) -> dict[int, set[date]]:
    return {pid: days.dates(ordinals) for pid, ordinals in _touch_rows(journal, days)}


def touch_days(journal: Journal, first: date, last: date) -> dict[int, set[date]]:
    """Person id → the local days ``first`` to ``last`` they were in touch (the network map's
    recent days: only the entries of those days are read)."""
    return _touch(journal, _Days(journal, first, last))


def contacts_by_week(journal: Journal, start: date, end: date) -> WeekRows[ContactMode]:
    """(week's Monday, way of contact, contacts) for every week touching ``start``–``end``."""
    days = _Days(journal, week_start(start), week_start(end) + timedelta(days=6))
    columns = _week_columns(journal, days, (
        f"SELECT day - (day - 1) % 7 AS week, mode, COUNT(*) FROM (SELECT {_DAY} AS day, e.mode"
        f" FROM {_JOIN.format(table='contacts')}) WHERE day BETWEEN ? AND ? GROUP BY week, mode"),
        "SELECT mode, json_group_array(week), json_group_array(n) FROM week_contacts"
        " WHERE week BETWEEN ? AND ? GROUP BY mode")
    return _week_rows([(_MODES.get(mode) or ContactMode(mode), weeks, counts)
                       for mode, weeks, counts in columns])


def _week_columns(journal: Journal, days: _Days, select: str, totals: str) -> list[tuple[str, list[int], list[int]]]:
    """(key, week ordinals, counts) for each key (way of contact, activity kind): from the
    per-week figures ``totals`` (two JSON arrays a key) where kept, else grouped rows of
    ``select`` (week, key, count). Thirty years are 20,000 week-rows: as tuples, Python made
    and collected them for longer than SQLite took to read them."""
    if days.empty or not days.totals:
        by_key: dict[str, tuple[list[int], list[int]]] = {}
        for week, key, count in days.rows(journal, select, select):
            weeks, counts = by_key.setdefault(key, ([], []))
            weeks.append(week)
            counts.append(count)
        return [(key, weeks, counts) for key, (weeks, counts) in by_key.items()]
    return [(key, json.loads(weeks), json.loads(counts)) for key, weeks, counts in
            journal.vault.conn.execute(totals, (days.low, days.high)).fetchall()]


def _week_rows(columns: Sequence[tuple[K, list[int], list[int]]]) -> WeekRows[K]:
    """(week's Monday, key, count) rows from :func:`_week_columns` (made only if asked for)."""
    return WeekRows(columns)


def activities_by_week(journal: Journal, start: date, end: date) -> WeekRows[str]:
    """(week's Monday, category, activities) for every week touching ``start``–``end``."""
    days = _Days(journal, week_start(start), week_start(end) + timedelta(days=6))
    return _week_rows(_week_columns(journal, days, (
        f"SELECT day - (day - 1) % 7 AS week, category, COUNT(*) FROM (SELECT {_DAY} AS day,"
        f" e.category FROM {_JOIN.format(table='activities')}) WHERE day BETWEEN ? AND ?"
        " GROUP BY week, category"),
        "SELECT category, json_group_array(week), json_group_array(n) FROM week_activities"
        " WHERE week BETWEEN ? AND ? GROUP BY category"))


def people_by_month(journal: Journal, start: date, end: date) -> dict[date, int]:
    """First of the month → different people in touch that month, for every month touching
    ``start``–``end``."""
    days = _Days(journal, month_start(start), next_month(end) - timedelta(days=1))
    rows = days.rows(journal, (
        f"SELECT strftime('%Y-%m-01', (day - {ORDINAL_1970}) * 86400, 'unixepoch'),"
        f" COUNT(DISTINCT pid) FROM ({_TOUCH}) WHERE day BETWEEN ? AND ? GROUP BY 1"),
        f"SELECT strftime('%Y-%m-01', (day - {ORDINAL_1970}) * 86400, 'unixepoch'),"
        " COUNT(DISTINCT person_id) FROM day_people WHERE day BETWEEN ? AND ? GROUP BY 1",
        f"{_PEOPLE}SELECT strftime('%Y-%m-01', (day - {ORDINAL_1970}) * 86400, 'unixepoch'),"
        f" COUNT(DISTINCT p) FROM {_PEOPLE_DAYS} GROUP BY 1")
    return {date.fromisoformat(month): count for month, count in rows}


SLICE_DAYS = 366  # a year of history a step: tens of milliseconds at any length of history


def day_groups_by_slices(journal: Journal, last: date,
                         days: int = SLICE_DAYS) -> Iterator[DayGroups | None]:
    """:func:`day_numbers_by_slices` with the days as dates."""
    for step in day_numbers_by_slices(journal, last, days):
        yield None if step is None else step.dated()


def day_numbers_by_slices(journal: Journal, last: date,
                          days: int = SLICE_DAYS) -> Iterator[DayNumbers | None]:
    """:func:`day_numbers` of the whole history read a slice of ``days`` local days at a time,
    newest first: None after each slice but the last, then the groups. A caller steps through
    it between turns of the event loop, so thirty years never hold the window still (issue 20).
    The slices' days do not overlap, so their union is what one read would give."""
    begin = journal.first_entry_at(local_day_bounds(last)[1] + timedelta(days=1))
    # A day's margin before the first entry in UTC, as day_groups' own start.
    low = begin.date().toordinal() - 2 if begin is not None else last.toordinal()
    parts: list[DayNumbers] = []
    high = last.toordinal()
    while high >= low:
        first = max(low, high - days + 1)
        parts.append(day_numbers(journal, date.fromordinal(high), date.fromordinal(first),
                                 with_people=False))
        high = first - 1
        if high >= low:
            yield None
    yield replace(_joined(parts[::-1]), people=tuple(journal.people(include_archived=True)))


def mood_means_by_slices(journal: Journal, first: date, last: date,
                         days: int = SLICE_DAYS) -> Iterator[dict[date, float] | None]:
    """:func:`daily_mood_means` of the days ``first`` to ``last`` read a slice of ``days`` days
    at a time, newest first: None after each slice but the last, then every day's mean (the
    mood chart's "All" at thirty years, between turns of the event loop)."""
    means: dict[date, float] = {}
    high = last
    while True:
        low = max(first, high - timedelta(days=days - 1))
        means.update(daily_mood_means(journal, low, high))
        if low <= first:
            break
        high = low - timedelta(days=1)
        yield None
    yield means


def _joined(parts: list[DayNumbers]) -> DayNumbers:
    """The slices' days as one read gives them: ``parts`` hold days that do not overlap, the
    oldest first, so each list of days joined in that order is still ascending."""
    joined = DayNumbers()
    for part in parts:
        joined.moods.update(part.moods)
        joined.in_person.extend(part.in_person)
        for category, days in part.by_category.items():
            joined.by_category.setdefault(category, []).extend(days)
        for pid, days in part.touch.items():
            joined.touch.setdefault(pid, []).extend(days)
    return joined


def day_cells(journal: Journal, first: date, last: date) -> list[DayCell]:
    """One cell per local day ``first`` to ``last`` (the Year grid): each day's mean mood and
    its check-ins, contacts and activities counted in SQL, a row a day with entries, where a
    year's history read every entry (as ``core.insights.day_cells`` finds it in a history)."""
    days = _Days(journal, first, last)
    moods = _mood_means(journal, days)
    counts = [{days.day(day): count for day, count in days.rows(journal, (
        f"SELECT day, COUNT(*) FROM (SELECT {_DAY} AS day FROM {_JOIN.format(table=table)})"
        " WHERE day BETWEEN ? AND ? GROUP BY day"),
        f"SELECT day, SUM(n) FROM day_{table} WHERE day BETWEEN ? AND ? GROUP BY day")}
        for table in ("moods", "contacts", "activities")]
    return [DayCell(day, moods.get(day), *(c.get(day, 0) for c in counts))
            for day in days_between(first, last)]

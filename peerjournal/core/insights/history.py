"""What insights are computed from: a light copy of the journal's entries, and local days.

A :class:`History` keeps only what the charts need (times, moods, ways of contact,
categories, people), so ten years of entries fit in memory and each insight is a pass
in plain Python. Days, weeks (Monday first) and months are local: an instant falls on
the calendar day the person lived it, in the process's local time zone at that instant,
so daylight-saving changes need no special care.

Being *in touch* with someone means a contact with them or an activity they were part of:
the journal's one definition (``storage/in_touch.py`` reads the same from the vault for
prompts, People and network snapshots; :func:`days_in_touch` counts it here).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from peerjournal.core.clock import local_day
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.i18n import QT_TRANSLATE_NOOP, Labels, translate_count


@dataclass(frozen=True, slots=True)
class MoodPoint:
    at: datetime
    mood: int


@dataclass(frozen=True, slots=True)
class ContactEvent:
    at: datetime
    mode: ContactMode
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ActivityEvent:
    at: datetime
    category: str
    felt: int | None = None
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class History:
    """Entries (times aware, any order) and every person, archived ones included."""

    moods: tuple[MoodPoint, ...] = ()
    contacts: tuple[ContactEvent, ...] = ()
    activities: tuple[ActivityEvent, ...] = ()
    people: tuple[Person, ...] = ()

    def first_day(self) -> date | None:
        """The local day of the earliest entry of any kind, or None for an empty history."""
        kinds = (self.moods, self.contacts, self.activities)
        times = [min(e.at for e in entries) for entries in kinds if entries]
        return local_day(min(times)) if times else None

    def current_people(self) -> list[tuple[int, Person]]:
        """(id, person) for the people not archived."""
        return [(p.id, p) for p in self.people if p.id is not None and not p.archived]


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where a local day starts and the next one starts (to fetch its entries)."""
    start = datetime.combine(day, time()).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time()).astimezone(UTC)
    return start, end


_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


def rough_bounds(start: date | None, end: date | None) -> tuple[datetime, datetime]:
    """UTC instants a day either side of a local range: a cheap comparison skips entries far
    outside it before the exact (and slower) local-day check."""
    low = local_day_bounds(start)[0] - timedelta(days=1) if start is not None else _EARLIEST
    high = local_day_bounds(end)[1] + timedelta(days=1) if end is not None else _LATEST
    return low, high


def week_start(day: date) -> date:
    """The Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    first = month_start(day)
    if first.month == 12:
        return first.replace(year=first.year + 1, month=1)
    return first.replace(month=first.month + 1)


def days_between(start: date, end: date) -> Iterator[date]:
    """Every day from ``start`` to ``end``, both included."""
    for n in range((end - start).days + 1):
        yield start + timedelta(days=n)


class Span(StrEnum):
    """How far back a chart looks, ending today."""

    WEEK = "week"
    MONTH = "month"
    THREE_MONTHS = "3_months"
    YEAR = "year"
    ALL = "all"


SPAN_LABELS: Labels[Span] = Labels("insights", {  # translated as they are read
    Span.WEEK: QT_TRANSLATE_NOOP("insights", "Week"),
    Span.MONTH: QT_TRANSLATE_NOOP("insights", "Month"),
    Span.THREE_MONTHS: QT_TRANSLATE_NOOP("insights", "3 months"),
    Span.YEAR: QT_TRANSLATE_NOOP("insights", "Year"),
    Span.ALL: QT_TRANSLATE_NOOP("insights", "All"),
})
SPAN_DAYS: dict[Span, int] = {Span.WEEK: 7, Span.MONTH: 30, Span.THREE_MONTHS: 91, Span.YEAR: 365}


def span_dates(span: Span, today: date, history: History) -> tuple[date, date]:
    """First and last local day of a span (both included); ALL starts at the first entry."""
    if span is Span.ALL:
        first = history.first_day()
        return (min(first, today) if first else today), today
    return today - timedelta(days=SPAN_DAYS[span] - 1), today


def days_in_touch(history: History) -> dict[int, set[date]]:
    """Person id → the local days they were named in a contact or an activity."""
    days: dict[int, set[date]] = {}
    for entries in (history.contacts, history.activities):
        for entry in entries:
            if entry.person_ids:
                day = local_day(entry.at)
                for pid in entry.person_ids:
                    days.setdefault(pid, set()).add(day)
    return days


def plural(count: int, word: str) -> str:
    """English only (names, logs); sentences people read use :func:`days_text` and the like."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def days_text(count: int) -> str:
    """"1 day", "3 days", translated."""
    return translate_count("insights", "%n day(s)", count, ("%n day", "%n days"))


def people_text(count: int) -> str:
    """"1 person", "3 people", translated."""
    return translate_count("insights", "%n person(s)", count, ("%n person", "%n people"))

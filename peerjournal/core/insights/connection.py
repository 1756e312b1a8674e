"""Connection signals and the network map: who someone has been in touch with, and when.

Counts are of local days in touch, so a contact and an activity noted for the same
meeting count once. A person's usual gap is the median number of days between the days
they were in touch (it needs ``MIN_TOUCH_DAYS`` such days); someone is listed as not in
touch for longer than usual past ``LONGER_FACTOR`` times that gap and ``LONGER_MIN_DAYS``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from operator import sub

from peerjournal.core.insights.history import (
    History,
    days_in_touch,
    days_text,
    local_day,
    month_start,
    people_text,
)
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import (
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
    closeness_rank,
)
from peerjournal.i18n import translate

MIN_TOUCH_DAYS = 3
LONGER_FACTOR = 1.5
LONGER_MIN_DAYS = 7
RECENT_DAYS = (30, 90)


@dataclass(frozen=True, slots=True)
class LongerThanUsual:
    person_id: int
    name: str
    days_since: int
    usual_gap_days: float

    @property
    def sentence(self) -> str:
        usual = max(1, round(self.usual_gap_days))
        return translate(
            "insights", "{name}: {days} since you were last in touch; usually about every {usual}."
        ).format(name=self.name, days=days_text(self.days_since), usual=days_text(usual))


@dataclass(frozen=True)
class ConnectionSignals:
    days_since_in_person: int | None  # None when no in-person contact is noted
    people_this_month: int  # different people in touch this calendar month so far
    people_last_month: int
    longer_than_usual: tuple[LongerThanUsual, ...]  # longest past their usual gap first

    @property
    def sentences(self) -> list[str]:
        if self.days_since_in_person is None:
            in_person = translate("insights", "No in-person contact is noted yet.")
        elif self.days_since_in_person == 0:
            in_person = translate("insights", "You saw someone in person today.")
        else:
            in_person = translate("insights", "It's been {days} since you last saw someone in person.").format(
                days=days_text(self.days_since_in_person))
        month = translate(
            "insights", "This month you've been in touch with {this_month} so far; last month, {last_month}."
        ).format(this_month=people_text(self.people_this_month), last_month=people_text(self.people_last_month))
        return [in_person, month]


@dataclass(frozen=True, slots=True)
class NetworkNode:
    """A person on the map: circle and relationship for placing, recent days in touch for size."""

    person_id: int
    name: str
    relationship: Relationship | None  # None: not set
    closeness: Closeness | None  # None: not placed in a circle yet
    help_kinds: frozenset[HelpKind]
    days_30: int  # local days in touch in the last 30 days, today included
    days_90: int
    last_in_touch: date | None


def usual_gap(days: set[date]) -> float | None:
    """Median days between the days in touch, or None with fewer than MIN_TOUCH_DAYS of them."""
    # Day numbers, not dates: thirty years of a person's days sort several times faster.
    return usual_gap_of_numbers(set(map(date.toordinal, days)))


def usual_gap_of_numbers(days: set[int]) -> float | None:
    """:func:`usual_gap` of days given as their ordinals."""
    return usual_gap_of_ordered(sorted(days))


def usual_gap_of_ordered(ordinals: Sequence[int]) -> float | None:
    """:func:`usual_gap` of day ordinals given in ascending order, each once (as
    ``storage.insights_days`` reads them): the days are never sorted, only the few different
    gaps between them are counted (thirty years of a person's days: hundreds of days, a few
    dozen different gaps)."""
    if len(ordinals) < MIN_TOUCH_DAYS:
        return None
    # operator.sub, not int.__sub__: a third of the time over thirty years of days.
    gaps = Counter(map(sub, islice(ordinals, 1, None), ordinals))
    return float(_median_of_counts(gaps, len(ordinals) - 1))


def _median_of_counts(counts: Counter[int], size: int) -> float | int:
    """``statistics.median`` of the ``size`` values counted in ``counts``, as it says it: the
    middle value, or the mean of the two middle ones (``(a + b) / 2``)."""
    middle = size // 2
    below: int | None = None  # the value at place middle - 1 (from 0): the other middle one
    seen = 0
    for value in sorted(counts):  # the different gaps, a few dozen
        seen += counts[value]
        if below is None and seen >= middle:
            below = value
        if seen > middle:
            return value if size % 2 or below is None else (below + value) / 2
    raise ValueError("no values")


def _before_or_on(days: Sequence[int], day: int) -> Sequence[int]:
    """The days of an ascending list up to ``day``: the list itself when none is later."""
    return days if not days or days[-1] <= day else days[:bisect_right(days, day)]


def _any_between(days: Sequence[int], low: int, high: int) -> bool:
    """Whether an ascending list holds a day from ``low`` up to but not including ``high``."""
    at = bisect_left(days, low)
    return at < len(days) and days[at] < high


def _until(touch: dict[int, set[date]], today: date) -> dict[int, set[date]]:
    # Read up to today already (as the page does): the sets as they are, no copy.
    return {pid: days if not days or max(days) <= today else {d for d in days if d <= today}
            for pid, days in touch.items()}


def connection_signals(history: History, today: date) -> ConnectionSignals:
    in_person = {local_day(c.at) for c in history.contacts if c.mode == ContactMode.IN_PERSON}
    return signals_from_days(in_person, days_in_touch(history), history.current_people(), today)


def signals_from_days(in_person_days: set[date], touch: dict[int, set[date]],
                      people: list[tuple[int, Person]], today: date) -> ConnectionSignals:
    """:func:`connection_signals` from days already grouped (in SQL, say): the days with an
    in-person contact, each person's days in touch, the people not archived (id, person)."""
    return signals_from_numbers(sorted(map(date.toordinal, in_person_days)),
                                {pid: sorted(map(date.toordinal, days)) for pid, days in touch.items()},
                                people, today)


def signals_from_numbers(in_person_days: Sequence[int], touch: Mapping[int, Sequence[int]],
                         people: list[tuple[int, Person]], today: date) -> ConnectionSignals:
    """:func:`signals_from_days` with each day as its ordinal (``date.toordinal()``), each
    list in ascending order with no day twice, as ``storage.insights_days`` reads them: the
    newest day is the last, a month's days are found by bisection, and thirty years of days
    in touch are never sorted again (issue 20)."""
    now = today.toordinal()
    in_person = _before_or_on(in_person_days, now)  # read up to today already (as the page does)
    touch = {pid: _before_or_on(days, now) for pid, days in touch.items()}
    month = month_start(today)
    this_month = month.toordinal()
    last_month = month_start(month - timedelta(days=1)).toordinal()
    people_this = sum(1 for days in touch.values() if days and days[-1] >= this_month)
    people_last = sum(1 for days in touch.values() if _any_between(days, last_month, this_month))

    longer = []
    for pid, person in people:
        days = touch.get(pid)
        if not days:
            continue
        since = now - days[-1]
        if since <= LONGER_MIN_DAYS:
            continue  # in touch lately: no usual gap to work out
        gap = usual_gap_of_ordered(days)
        if gap is not None and since > LONGER_FACTOR * gap:
            longer.append(LongerThanUsual(pid, person.name, since, gap))
    # Days between in touch are distinct days, so a usual gap is at least 1.
    longer.sort(key=lambda item: (-item.days_since / item.usual_gap_days, item.name.casefold()))
    return ConnectionSignals(
        now - in_person[-1] if in_person else None,
        people_this, people_last, tuple(longer),
    )


def network_map(history: History, today: date) -> list[NetworkNode]:
    """People not archived, close circle first, then by name."""
    return nodes_from_days(days_in_touch(history), history.current_people(), today)


def nodes_from_days(touch: dict[int, set[date]], people: list[tuple[int, Person]],
                    today: date, last: Mapping[int, date] | None = None) -> list[NetworkNode]:
    """:func:`network_map` from each person's days in touch, already grouped. ``last``: each
    person's last day in touch, when ``touch`` holds only the recent days (the newest day in
    ``touch`` otherwise)."""
    touch = _until(touch, today)
    short, long = (today - timedelta(days=n - 1) for n in RECENT_DAYS)
    nodes = []
    for pid, person in people:
        days = touch.get(pid, set())
        nodes.append(NetworkNode(
            pid, person.name, person.relationship, person.closeness, person.help_kinds,
            sum(1 for d in days if d >= short), sum(1 for d in days if d >= long),
            max(days) if days else None if last is None else last.get(pid),
        ))
    nodes.sort(key=lambda n: (closeness_rank(n.closeness), n.name.casefold()))
    return nodes

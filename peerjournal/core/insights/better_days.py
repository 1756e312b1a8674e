"""What goes with better days: average mood on days with something and on days without.

Only days with a check-in count. A comparison is shown only when each side has at least
``MIN_DAYS`` days behind it and the two averages differ by at least ``MIN_DIFFERENCE`` (no
"3.3 against 3.3"), and each comes with a plain sentence; one fixed note says
these are patterns in the person's own notes, not causes. No scores, no percentages,
no ranking of what "works".
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from math import fsum
from typing import TypeVar

from peerjournal.core.insights.history import History, days_in_touch, days_text, local_day
from peerjournal.core.insights.mood import daily_moods
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.i18n import QT_TRANSLATE_NOOP, format_number, translate

Day = TypeVar("Day", date, int)  # a local day, or its ordinal (thirty years of days as plain ints)

MIN_DAYS = 5  # on each side of a comparison
MIN_DIFFERENCE = 0.3  # between the two averages, on the 1-5 scale: smaller says nothing
CLEAR_DIFFERENCE = 1.0  # from here "higher"/"lower"; below it "a little"
TOP_PEOPLE = 3

# Marked for translation (context "insights"); BetterDays.message translates them.
PATTERN_NOTE = QT_TRANSLATE_NOOP(
    "insights",
    "These are patterns in your own notes, not causes. Many things shape a day, "
    "and these only show what tended to happen together.",
)
NOTHING_STANDS_OUT = QT_TRANSLATE_NOOP(
    "insights",
    "Nothing stands out so far: your mood was much the same on days with and without each "
    "of the things compared.",
)
NOT_YET = QT_TRANSLATE_NOOP(
    "insights",
    "Patterns show here once there are at least {min_days} days with a check-in "
    "on each side of a comparison.",
)


class Factor(StrEnum):
    IN_PERSON = "in_person"
    ACTIVITY = "activity"
    PERSON = "person"
    TRACKER = "tracker"  # the person's own trackers (core.insights.trackers)


@dataclass(frozen=True, slots=True)
class Finding:
    """Mood on days with ``label`` and on other days, with how many days are behind each."""

    factor: Factor
    label: str  # "in person", an activity kind, or a person's name
    key: str | int | None  # the activity kind or the person's id
    with_mood: float
    with_days: int
    without_mood: float
    without_days: int
    sentence: str


@dataclass(frozen=True)
class BetterDays:
    findings: tuple[Finding, ...]
    mood_days: int  # days with a check-in in the range
    min_days: int = MIN_DAYS
    compared: int = 0  # comparisons with enough days on each side (shown or too small)
    note: str = field(default=PATTERN_NOTE)

    @property
    def message(self) -> str:
        """What to show above the findings (or instead of them)."""
        if self.findings:
            return translate("insights", self.note)
        if self.compared:
            return translate("insights", NOTHING_STANDS_OUT)
        return translate("insights", NOT_YET).format(min_days=self.min_days)


_OPENINGS = {
    Factor.IN_PERSON: QT_TRANSLATE_NOOP("insights", "On days you saw someone in person"),
    Factor.ACTIVITY: QT_TRANSLATE_NOOP("insights", 'On days with an activity under "{label}"'),
    Factor.PERSON: QT_TRANSLATE_NOOP("insights", "On days you were in touch with {label}"),
    Factor.TRACKER: QT_TRANSLATE_NOOP("insights", "On days you noted {label}"),
}


# One whole sentence per direction and size, so each language words it its own way.
_SENTENCES = {
    (True, True): QT_TRANSLATE_NOOP(
        "insights", "{opening}, your mood tended to be higher than on other days: about {with_mood} "
        "against {without_mood} ({with_days} with, {without_days} without)."),
    (True, False): QT_TRANSLATE_NOOP(
        "insights", "{opening}, your mood tended to be a little higher than on other days: about "
        "{with_mood} against {without_mood} ({with_days} with, {without_days} without)."),
    (False, True): QT_TRANSLATE_NOOP(
        "insights", "{opening}, your mood tended to be lower than on other days: about {with_mood} "
        "against {without_mood} ({with_days} with, {without_days} without)."),
    (False, False): QT_TRANSLATE_NOOP(
        "insights", "{opening}, your mood tended to be a little lower than on other days: about "
        "{with_mood} against {without_mood} ({with_days} with, {without_days} without)."),
}


def sentence(factor: Factor, label: str, with_mood: float, with_days: int,
             without_mood: float, without_days: int) -> str:
    """The finding in a plain sentence: which way and how clearly, the two averages rounded
    to one place, and the days behind each."""
    opening = translate("insights", _OPENINGS[factor]).format(label=label)
    difference = with_mood - without_mood
    text = _SENTENCES[(difference > 0, abs(difference) >= CLEAR_DIFFERENCE)]
    return translate("insights", text).format(
        opening=opening, with_mood=format_number(with_mood, 1), with_days=days_text(with_days),
        without_mood=format_number(without_mood, 1), without_days=days_text(without_days))


def _enough_days(moods: dict[Day, float], days: Collection[Day], min_days: int,
                 shared: dict[int, int] | None = None) -> bool:
    # ``shared``: the days in common, by id of the set, as _compare found them (once, not twice).
    found = shared.get(id(days)) if shared is not None else None
    with_days = len(moods.keys() & days) if found is None else found
    return with_days >= min_days and len(moods) - with_days >= min_days


def _shared_moods(moods: dict[Day, float], days: Collection[Day], none_zero: bool) -> list[float]:
    """The mean moods of those of ``days`` with a check-in (``days`` holds each day once).
    With no mean of 0 (``none_zero``; moods are 1-5) each day is looked up once, in C, and
    a day without a check-in is the None that ``filter`` leaves out: no set of the shared
    days is made and looked up again (thirty years of a person's days, issue 20)."""
    if none_zero:
        return list(filter(None, map(moods.get, days)))
    return list(map(moods.__getitem__, moods.keys() & days))


def _compare(moods: dict[Day, float], total: float, days: Collection[Day], min_days: int,
             factor: Factor, label: str, key: str | int | None,
             counts: dict[int, int] | None = None, *, none_zero: bool = False) -> Finding | None:
    shared = _shared_moods(moods, days, none_zero)
    if counts is not None:
        counts[id(days)] = len(shared)
    with_days, without_days = len(shared), len(moods) - len(shared)
    if with_days < min_days or without_days < min_days:
        return None
    # fsum is exactly rounded whatever the order of the days: the same numbers from a
    # history in memory or from rows grouped in SQL, and one pass over the shared days only.
    with_total = fsum(shared)
    with_mood = with_total / with_days
    without_mood = (total - with_total) / without_days
    if abs(with_mood - without_mood) < MIN_DIFFERENCE:
        return None  # much the same either way: nothing to say
    return Finding(
        factor, label, key, with_mood, with_days, without_mood, without_days,
        sentence(factor, label, with_mood, with_days, without_mood, without_days),
    )


def better_days(history: History, start: date | None = None, end: date | None = None, *,
                min_days: int = MIN_DAYS, top_people: int = TOP_PEOPLE) -> BetterDays:
    """In person first, then each kind of activity, then the people (not archived) you were
    in touch with on the most days; kinds and people with the most days first."""
    moods = daily_moods(history, start, end)
    in_person = {local_day(c.at) for c in history.contacts if c.mode == ContactMode.IN_PERSON}
    by_category: dict[str, set[date]] = {}
    for activity in history.activities:
        if activity.category:  # "kind not set" is no kind to find a pattern in
            by_category.setdefault(activity.category, set()).add(local_day(activity.at))
    return compare_days(moods, in_person, by_category, days_in_touch(history),
                        history.current_people(), min_days=min_days, top_people=top_people)


def compare_days(moods: dict[Day, float], in_person: Collection[Day],
                 by_category: Mapping[str, Collection[Day]], touch: Mapping[int, Collection[Day]],
                 people: list[tuple[int, Person]], *, min_days: int = MIN_DAYS,
                 top_people: int = TOP_PEOPLE) -> BetterDays:
    """:func:`better_days` from days already grouped (in SQL, say): each day's mean mood, the
    days with an in-person contact, each activity kind's days, each person's days in touch,
    and the people not archived (id, person); days as dates or all as their ordinals, each
    collection of days a set or a list with no day twice."""
    total = fsum(moods.values())
    none_zero = all(moods.values())
    findings: list[Finding] = []
    shared: dict[int, int] = {}  # days in common with the check-ins, by id of each set compared
    day_sets: list[Collection[Day]] = [in_person]  # every comparison made, to tell "nothing stands out"
    if found := _compare(moods, total, in_person, min_days, Factor.IN_PERSON, "in person", None,
                         shared, none_zero=none_zero):
        findings.append(found)

    day_sets += by_category.values()
    activity_findings = [
        f for category, days in by_category.items()
        if (f := _compare(moods, total, days, min_days, Factor.ACTIVITY, category, category, shared,
                          none_zero=none_zero))
    ]
    activity_findings.sort(key=lambda f: (-f.with_days, f.label.casefold()))
    findings += activity_findings

    none: set[Day] = set()
    day_sets += (touch.get(pid, none) for pid, _ in people)
    person_findings = [
        f for pid, p in people
        if (f := _compare(moods, total, touch.get(pid, none), min_days, Factor.PERSON, p.name, pid,
                          shared, none_zero=none_zero))
    ]
    person_findings.sort(key=lambda f: (-f.with_days, f.label.casefold()))
    findings += person_findings[:top_people]
    compared = sum(1 for days in day_sets if _enough_days(moods, days, min_days, shared))
    return BetterDays(tuple(findings), len(moods), min_days, compared=compared)

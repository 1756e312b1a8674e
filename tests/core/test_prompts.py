"""The prompt schedule: a plain function of (settings, state, facts, now), run over weeks of fake time.

Most tests drive :class:`Sim`, which does what the app does every few minutes: ask
``due_prompts``, then record ``checked`` and ``delivered`` for each prompt, and let a
simulated person answer, snooze or dismiss. Local time is New York unless a test says
otherwise (a zone away from UTC, so "today" bugs show), switched with ``local_tz``.
"""

from __future__ import annotations

import heapq
import itertools
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from peerjournal.core.clock import to_local
from peerjournal.core.prompts import (
    ALL_DAYS,
    GENERIC_TEXT,
    KEEP_STATE,
    SLOT_KINDS,
    TITLES,
    WEEKDAYS,
    Prompt,
    PromptFacts,
    PromptKind,
    PromptSettings,
    PromptState,
    QuietHours,
    ReminderTime,
    Snooze,
    checked,
    delivered,
    dismissed,
    due_prompts,
    local_instant,
    merge_states,
    snooze_until,
    snoozed,
    split_state,
    state_from_dict,
    state_to_dict,
)
from peerjournal.errors import ValidationError
from tests.core.conftest import AUCKLAND, NEW_YORK

try:  # optional: the seeded-random tests below cover the same ground without it
    from hypothesis import HealthCheck, given
    from hypothesis import settings as hypothesis_settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

MONDAY = date(2026, 1, 12)  # winter: New York is UTC-5 all month, no DST change near
NOTHING = PromptFacts()
CI, CT, AC = PromptKind.CHECK_IN, PromptKind.CONTACTS, PromptKind.ACTIVITIES
STAY, ISO = PromptKind.STAY_IN_TOUCH, PromptKind.ISOLATION
NIGHT = QuietHours(time(22, 0), time(8, 0))


@pytest.fixture(autouse=True)
def _new_york(local_tz):
    local_tz(NEW_YORK)


# -- helpers -------------------------------------------------------------------
def hm(text: str) -> time:
    return time.fromisoformat(text)


def local(day: date, hour: int = 0, minute: int = 0) -> datetime:
    """The UTC instant (as the app's clock gives) of an ordinary local wall-clock time."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


def wall(instant: datetime) -> time:
    return to_local(instant).time()


def day_of(instant: datetime) -> date:
    return to_local(instant).date()


def slot(at: str, kind: PromptKind = CI, days: frozenset[int] = ALL_DAYS) -> ReminderTime:
    return ReminderTime(hm(at), days, kind)


def plan(*times: ReminderTime, quiet: QuietHours | None = None, **options) -> PromptSettings:
    return PromptSettings(times=times, quiet=quiet, **options).validate()


def key(kind: PromptKind, day: date, at: str) -> str:
    return f"{kind.value}|{day.isoformat()}|{at}"


def in_quiet(settings: PromptSettings, instant: datetime) -> bool:
    return settings.quiet is not None and settings.quiet.contains(wall(instant))


class Sim:
    """The app's loop over fake time, with a simulated person reacting to each prompt."""

    def __init__(self, settings: PromptSettings, start: datetime, *, journal: PromptFacts = NOTHING,
                 state: PromptState | None = None, step: timedelta = timedelta(minutes=5),
                 person: Callable[[Sim, Prompt], None] | None = None) -> None:
        self.settings = settings.validate()
        self.now = start
        self.journal = journal
        self.locked = False
        self.state = state if state is not None else PromptState()
        self.step = step
        self.person = person
        self.shown: list[tuple[datetime, Prompt]] = []
        self.dismissed_at: dict[str, datetime] = {}
        self.dismissed_after: dict[str, int] = {}  # key -> number of prompts shown by then
        self.snoozed_after: dict[str, list[int]] = {}
        self._plans: list[tuple[datetime, int, Callable[[], None]]] = []
        self._order = itertools.count()

    @property
    def facts(self) -> PromptFacts | None:
        return None if self.locked else self.journal

    def at(self, when: datetime, action: Callable[[], None]) -> None:
        heapq.heappush(self._plans, (when, next(self._order), action))

    def check(self) -> list[Prompt]:
        while self._plans and self._plans[0][0] <= self.now:
            heapq.heappop(self._plans)[2]()
        prompts = due_prompts(self.settings, self.state, self.facts, self.now)
        for prompt in prompts:  # rules that hold for every prompt ever shown
            assert prompt.kind in self.settings.kinds
            if self.facts is None:
                assert prompt.kind in SLOT_KINDS  # nudges need the journal
            elif prompt.kind in SLOT_KINDS:  # never once the asked-for entry is logged
                last = self.facts.last_of(prompt.kind)
                assert last is None or day_of(last).isoformat() < prompt.key.split("|")[1]
        self.state = checked(self.state, self.now)
        for prompt in prompts:
            self.state = delivered(self.state, prompt, self.now)
            self.shown.append((self.now, prompt))
        if self.person is not None:
            for prompt in prompts:
                self.person(self, prompt)
        return prompts

    def run_until(self, end: datetime) -> None:
        while self.now < end:
            self.check()
            self.now += self.step

    def run_days(self, days: float) -> None:
        self.run_until(self.now + timedelta(days=days))

    # what the person does
    def log(self, kind: PromptKind, person_id: int | None = None) -> None:
        j = self.journal
        if kind is CI:
            j = replace(j, last_mood=self.now)
        elif kind is AC:
            j = replace(j, last_activity=self.now)
        else:  # contacts, staying in touch, a reply to the isolation nudge: a contact is logged
            by_person = dict(j.last_in_touch_by_person)
            if person_id is not None:
                by_person[person_id] = self.now
            j = replace(j, last_in_touch=self.now, last_in_touch_by_person=by_person)
        self.journal = j

    def snooze(self, prompt: Prompt, choice: Snooze) -> datetime:
        until = snooze_until(choice, self.settings, self.now)
        self.state = snoozed(self.state, prompt, until)
        self.snoozed_after.setdefault(prompt.key, []).append(len(self.shown))
        return until

    def dismiss(self, prompt: Prompt) -> None:
        self.state = dismissed(self.state, prompt, self.now)
        for k in prompt.keys:
            self.dismissed_at[k] = self.now
            self.dismissed_after[k] = len(self.shown)

    # what was shown
    def per_day(self) -> Counter[date]:
        return Counter(day_of(at) for at, _ in self.shown)

    def on(self, day: date) -> list[tuple[time, PromptKind]]:
        return [(wall(at), p.kind) for at, p in self.shown if day_of(at) == day]

    def shown_keys(self) -> list[str]:
        return [p.key for _, p in self.shown]


def days_from(first: date, count: int) -> list[date]:
    return [first + timedelta(days=n) for n in range(count)]


# -- quiet hours and settings ------------------------------------------------------
@pytest.mark.parametrize(("start", "end", "inside", "outside"), [
    ("22:00", "08:00", ["22:00", "23:59", "00:00", "03:00", "07:59"], ["08:00", "12:00", "21:59"]),
    ("13:00", "14:00", ["13:00", "13:30", "13:59"], ["12:59", "14:00", "00:00", "23:59"]),
    ("00:00", "06:00", ["00:00", "05:59"], ["06:00", "23:59", "12:00"]),
    ("23:00", "00:00", ["23:00", "23:59"], ["00:00", "22:59", "12:00"]),
])
def test_quiet_hours_contains(start, end, inside, outside):
    quiet = QuietHours(hm(start), hm(end))
    assert all(quiet.contains(hm(t)) for t in inside)
    assert not any(quiet.contains(hm(t)) for t in outside)


@pytest.mark.parametrize("at", ["00:00", "08:00", "12:00", "22:00", "23:59"])
def test_quiet_hours_with_same_start_and_end_mean_none(at):
    assert not QuietHours(hm(at), hm(at)).contains(hm(at))
    assert not QuietHours(hm(at), hm(at)).contains(hm("03:17"))


def test_validate_accepts_defaults_and_bounds():
    assert PromptSettings().validate() == PromptSettings()
    for cap in (1, 20):
        assert PromptSettings(max_per_day=cap).validate().max_per_day == cap
    for days in (1, 60):
        assert PromptSettings(isolation_days=days).validate().isolation_days == days
    assert PromptSettings(times=()).validate().times == ()
    weekdays = (ReminderTime(hm("09:00"), WEEKDAYS, AC),)
    assert PromptSettings(times=weekdays).validate().times == weekdays


@pytest.mark.parametrize(("changes", "words"), [
    ({"max_per_day": 0}, "Prompts a day"),
    ({"max_per_day": 21}, "Prompts a day"),
    ({"max_per_day": -3}, "Prompts a day"),
    ({"isolation_days": 0}, "number of days"),
    ({"isolation_days": 61}, "number of days"),
    ({"times": (ReminderTime(hm("20:00"), ALL_DAYS, STAY),)}, "check-in, contacts or activities"),
    ({"times": (ReminderTime(hm("20:00"), ALL_DAYS, ISO),)}, "check-in, contacts or activities"),
    ({"times": (ReminderTime(hm("20:00"), frozenset()),)}, "at least one day"),
    ({"times": (ReminderTime(hm("20:00"), frozenset({0, 7})),)}, "at least one day"),
    ({"times": (slot("09:00"), ReminderTime(hm("20:00"), frozenset({-1})))}, "at least one day"),
])
def test_validate_refuses_with_a_readable_message(changes, words):
    with pytest.raises(ValidationError, match=words):
        PromptSettings(**changes).validate()


# -- check-in times ----------------------------------------------------------------
def test_a_daily_check_in_comes_once_at_its_time():
    settings = PromptSettings()  # 20:00 every day, quiet 22:00-08:00, three a day at most
    state = checked(PromptState(), local(MONDAY, 12))
    assert due_prompts(settings, state, NOTHING, local(MONDAY, 19, 59)) == []
    (prompt,) = due_prompts(settings, state, NOTHING, local(MONDAY, 20))
    assert prompt.kind is CI
    assert prompt.key == key(CI, MONDAY, "20:00")
    assert prompt.due == local(MONDAY, 20)
    assert prompt.covers == ()
    assert prompt.title == TITLES[CI]
    state = delivered(checked(state, local(MONDAY, 20)), prompt, local(MONDAY, 20))
    assert due_prompts(settings, state, NOTHING, local(MONDAY, 20, 5)) == []
    assert due_prompts(settings, state, NOTHING, local(MONDAY, 20, 0)) == []


def test_four_weeks_of_an_ignored_daily_check_in():
    sim = Sim(PromptSettings(), local(MONDAY))
    sim.run_days(28)
    assert sim.per_day() == Counter(dict.fromkeys(days_from(MONDAY, 28), 1))
    assert all(sim.on(day) == [(hm("20:00"), CI)] for day in days_from(MONDAY, 28))
    assert sorted(sim.shown_keys()) == sorted(key(CI, day, "20:00") for day in days_from(MONDAY, 28))


def test_several_times_a_day_with_weekdays_quiet_hours_and_the_cap():
    settings = plan(
        slot("07:30", CI),  # inside quiet hours: never asked
        slot("08:00", CT, WEEKDAYS),  # the moment quiet hours end
        slot("12:00", AC),
        slot("20:00", CI),
        slot("21:55", CT),  # the fourth on weekdays: over the cap
        slot("23:00", AC),  # inside quiet hours: never asked
        quiet=NIGHT, max_per_day=3,
    )
    sim = Sim(settings, local(MONDAY))
    sim.run_days(14)
    for day in days_from(MONDAY, 14):
        if day.weekday() < 5:
            expected = [(hm("08:00"), CT), (hm("12:00"), AC), (hm("20:00"), CI)]
        else:
            expected = [(hm("12:00"), AC), (hm("20:00"), CI), (hm("21:55"), CT)]
        assert sim.on(day) == expected, day
    assert not any(in_quiet(settings, at) for at, _ in sim.shown)
    assert len(sim.shown_keys()) == len(set(sim.shown_keys())) == 42


def test_weekday_only_times_skip_the_weekend():
    settings = plan(slot("09:00", CI, WEEKDAYS), slot("18:00", AC, frozenset({5, 6})))
    sim = Sim(settings, local(MONDAY), step=timedelta(minutes=15))
    sim.run_days(14)
    for day in days_from(MONDAY, 14):
        expected = [(hm("09:00"), CI)] if day.weekday() < 5 else [(hm("18:00"), AC)]
        assert sim.on(day) == expected


def test_nothing_when_prompts_are_off_or_the_kind_is_not_wanted():
    times = (slot("09:00", CI), slot("12:00", CT), slot("15:00", AC))
    sim = Sim(plan(*times, enabled=False), local(MONDAY))
    sim.run_days(3)
    assert sim.shown == []
    sim = Sim(plan(*times, kinds=frozenset({CT})), local(MONDAY))
    sim.run_days(3)
    assert {p.kind for _, p in sim.shown} == {CT}
    assert len(sim.shown) == 3


def test_the_cap_is_per_local_day_not_per_utc_day():
    # 18:00 and 20:00 in New York are 23:00 and 01:00 UTC: different UTC days, one local day.
    sim = Sim(plan(slot("18:00", CI), slot("20:00", CT), max_per_day=1), local(MONDAY))
    sim.run_days(7)
    assert all(sim.on(day) == [(hm("18:00"), CI)] for day in days_from(MONDAY, 7))


def test_slots_at_both_ends_of_the_day_belong_to_their_own_day():
    sim = Sim(plan(slot("00:00", CI), slot("23:55", CT), max_per_day=2), local(MONDAY))
    sim.run_days(7)
    for day in days_from(MONDAY, 7):
        assert sim.on(day) == [(hm("00:00"), CI), (hm("23:55"), CT)]
    for at, prompt in sim.shown:
        assert prompt.key.split("|")[1] == day_of(at).isoformat()


def test_most_important_first_within_the_allowance():
    settings = plan(slot("11:00", AC), slot("11:00", CT), slot("11:00", CI), max_per_day=2,
                    nudge_time=hm("11:00"))
    journal = PromptFacts(last_in_touch=local(MONDAY - timedelta(days=5), 10),
                          cadences={1: 2}, last_in_touch_by_person={1: local(MONDAY - timedelta(days=5))})
    state = checked(PromptState(), local(MONDAY, 10, 55))
    prompts = due_prompts(settings, state, journal, local(MONDAY, 11))
    # Missed-together slots fold into one check-in; the isolation nudge comes next.
    assert [p.kind for p in prompts] == [CI, ISO]
    three = due_prompts(replace(settings, max_per_day=3), state, journal, local(MONDAY, 11))
    assert [p.kind for p in three] == [CI, ISO, STAY]


# -- answered today ----------------------------------------------------------------
def test_a_prompt_already_answered_today_is_not_shown():
    settings = plan(slot("20:00", CI), slot("20:00", CT), slot("20:00", AC), max_per_day=3)
    state = checked(PromptState(), local(MONDAY, 19))
    now = local(MONDAY, 20)
    answered_all = PromptFacts(last_mood=local(MONDAY, 9), last_in_touch=local(MONDAY, 0, 5),
                               last_activity=local(MONDAY, 19, 59))
    assert due_prompts(settings, state, answered_all, now) == []
    yesterday = PromptFacts(last_mood=local(MONDAY, 0) - timedelta(minutes=1),
                            last_in_touch=local(MONDAY, 0) - timedelta(minutes=1),
                            last_activity=local(MONDAY, 0) - timedelta(minutes=1))
    (prompt,) = due_prompts(settings, state, yesterday, now)
    assert prompt.kind is CI and len(prompt.keys) == 3
    # Only the check-in is left to answer.
    (prompt,) = due_prompts(settings, state, replace(answered_all, last_mood=None), now)
    assert (prompt.kind, prompt.key, prompt.covers) == (CI, key(CI, MONDAY, "20:00"), ())
    # Only "who": a contacts prompt alone.
    (prompt,) = due_prompts(settings, state, replace(answered_all, last_in_touch=None), now)
    assert (prompt.kind, prompt.key) == (CT, key(CT, MONDAY, "20:00"))
    # Locked: the journal can't be read, so nothing counts as answered.
    (prompt,) = due_prompts(settings, state, None, now)
    assert len(prompt.keys) == 3


def test_answering_before_the_time_over_weeks():
    sim = Sim(PromptSettings(), local(MONDAY), step=timedelta(minutes=10))
    answered = set(days_from(MONDAY, 28)[::3])  # every third day, a check-in before 20:00
    for day in answered:
        sim.at(local(day, 19, 30), lambda: sim.log(CI))
    sim.run_days(28)
    assert set(sim.per_day()) == set(days_from(MONDAY, 28)) - answered
    assert all(n == 1 for n in sim.per_day().values())


def test_answering_after_a_snooze_stops_it_coming_back():
    def person(sim: Sim, prompt: Prompt) -> None:
        if not any(p.key == prompt.key for _, p in sim.shown[:-1]):
            sim.snooze(prompt, Snooze.QUARTER_HOUR)
            sim.at(sim.now + timedelta(minutes=10), lambda: sim.log(prompt.kind))

    sim = Sim(PromptSettings(), local(MONDAY), person=person)
    sim.run_days(7)
    # Once each evening; the snoozed prompt was answered before it came back, and it
    # does not come back the next day either.
    assert all(sim.on(day) == [(hm("20:00"), CI)] for day in days_from(MONDAY, 7))


# -- snooze and dismiss ------------------------------------------------------------------
@pytest.mark.parametrize(("choice", "back"), [
    (Snooze.QUARTER_HOUR, timedelta(minutes=15)),
    (Snooze.HOUR, timedelta(hours=1)),
    (Snooze.TOMORROW, timedelta(days=1)),
])
def test_a_snoozed_prompt_comes_back_at_the_snooze_time(choice, back):
    settings = plan(slot("14:00", CI, frozenset({MONDAY.weekday()})), quiet=NIGHT)
    now = local(MONDAY, 14)
    state = checked(PromptState(), now - timedelta(minutes=5))
    (prompt,) = due_prompts(settings, state, NOTHING, now)
    state = delivered(checked(state, now), prompt, now)
    until = snooze_until(choice, settings, now)
    assert until == now + back
    state = snoozed(state, prompt, until)
    for minutes in range(5, int(back.total_seconds() // 60), 5):
        moment = now + timedelta(minutes=minutes)
        assert due_prompts(settings, state, NOTHING, moment) == [], moment
        state = checked(state, moment)
    (again,) = due_prompts(settings, state, NOTHING, until)
    assert (again.kind, again.key, again.due) == (CI, prompt.key, until)
    state = delivered(checked(state, until), again, until)
    assert state.snoozed == {}
    assert due_prompts(settings, state, NOTHING, until + timedelta(minutes=5)) == []


def test_a_snoozed_prompt_waits_out_quiet_hours():
    settings = plan(slot("21:55", CT), quiet=NIGHT)

    def person(sim: Sim, prompt: Prompt) -> None:
        if sim.now == local(MONDAY, 21, 55):
            assert sim.snooze(prompt, Snooze.HOUR) == local(MONDAY + timedelta(days=1), 8)

    sim = Sim(settings, local(MONDAY, 12), person=person)
    sim.run_days(1)
    assert [(at, p.key) for at, p in sim.shown] == [
        (local(MONDAY, 21, 55), key(CT, MONDAY, "21:55")),
        (local(MONDAY + timedelta(days=1), 8), key(CT, MONDAY, "21:55")),
    ]


def test_a_snoozed_check_in_that_was_answered_does_not_come_back_the_next_day():
    settings = plan(slot("20:00", CI), quiet=NIGHT)
    now = local(MONDAY, 20)
    state = checked(PromptState(), now - timedelta(minutes=5))
    (prompt,) = due_prompts(settings, state, NOTHING, now)
    state = snoozed(delivered(checked(state, now), prompt, now), prompt, now + timedelta(minutes=15))
    answered = PromptFacts(last_mood=now + timedelta(minutes=5))
    for moment in (now + timedelta(minutes=15), local(MONDAY + timedelta(days=1), 8),
                   local(MONDAY + timedelta(days=1), 12)):
        assert due_prompts(settings, checked(state, moment), answered, moment) == []


def test_a_snoozed_prompt_comes_back_even_when_the_day_is_full():
    settings = plan(slot("09:00", CI), slot("09:00", CT), slot("12:00", AC), max_per_day=2)
    now = local(MONDAY, 12)
    state = checked(PromptState(), local(MONDAY, 8))
    state = delivered(state, Prompt(CI, key(CI, MONDAY, "09:00"), local(MONDAY, 9)), local(MONDAY, 9))
    state = checked(state, local(MONDAY, 11, 55))
    (prompt,) = due_prompts(settings, state, NOTHING, now)
    assert prompt.key == key(AC, MONDAY, "12:00")
    state = delivered(checked(state, now), prompt, now)
    state = snoozed(state, prompt, now + timedelta(minutes=15))
    back = now + timedelta(minutes=15)
    # The day's two prompts were shown; the snoozed one is one of them, not a third.
    assert [p.key for p in due_prompts(settings, state, NOTHING, back)] == [prompt.key]


def test_snoozing_tomorrow_and_dismissing_over_weeks():
    settings = plan(slot("09:00", CT), slot("20:00", CI, WEEKDAYS), quiet=NIGHT, max_per_day=3)
    friday = MONDAY + timedelta(days=4)

    def person(sim: Sim, prompt: Prompt) -> None:
        if prompt.kind is CT:
            sim.dismiss(prompt)
        elif prompt.key == key(CI, friday, "20:00") and sim.now == local(friday, 20):
            sim.snooze(prompt, Snooze.TOMORROW)

    sim = Sim(settings, local(MONDAY), person=person, step=timedelta(minutes=10))
    sim.run_days(14)
    keys = Counter(sim.shown_keys())
    # Shown, snoozed, shown again on Saturday (which has no check-in of its own).
    assert [at for at, p in sim.shown if p.key == key(CI, friday, "20:00")] == [
        local(friday, 20), local(friday + timedelta(days=1), 20)]
    assert all(n == 1 for k, n in keys.items() if k != key(CI, friday, "20:00"))
    assert sim.per_day() == Counter({d: 1 + (d.weekday() < 5 or d == friday + timedelta(days=1))
                                     for d in days_from(MONDAY, 14)})
    for k, at in sim.dismissed_at.items():
        assert all(p.key != k for shown_at, p in sim.shown if shown_at > at)


@pytest.mark.parametrize("late", [timedelta(0), timedelta(seconds=40), timedelta(minutes=3)])
def test_snoozing_a_daily_check_in_until_tomorrow_never_doubles_it(late):
    """Tomorrow brings its own check-in at the same time: one prompt, not two."""
    settings = plan(slot("20:00", CI), quiet=NIGHT)

    def person(sim: Sim, prompt: Prompt) -> None:
        if prompt.key == key(CI, MONDAY, "20:00"):
            sim.at(sim.now + late, lambda: sim.snooze(prompt, Snooze.TOMORROW))

    tuesday = MONDAY + timedelta(days=1)
    sim = Sim(settings, local(MONDAY, 19, 50), person=person, step=timedelta(seconds=20))
    sim.run_until(local(MONDAY, 20, 10))
    sim.now = local(tuesday, 19, 50)  # nothing is due in between: skip ahead
    sim.run_until(local(tuesday, 20, 30))
    assert [at for at, _ in sim.shown] == [local(MONDAY, 20), local(tuesday, 20)]


def test_a_dismissed_prompt_never_returns_even_if_the_clock_goes_back():
    settings = plan(slot("14:00", CI))
    now = local(MONDAY, 14)
    state = checked(PromptState(), now - timedelta(minutes=5))
    (prompt,) = due_prompts(settings, state, NOTHING, now)
    state = snoozed(delivered(checked(state, now), prompt, now), prompt, now + timedelta(minutes=15))
    state = dismissed(state, prompt, now + timedelta(minutes=1))
    assert state.snoozed == {}
    sim = Sim(settings, now - timedelta(hours=3), state=checked(state, now))
    sim.run_until(now + timedelta(hours=6))
    assert prompt.key not in sim.shown_keys()


@pytest.mark.parametrize("quiet", [
    NIGHT, QuietHours(hm("13:00"), hm("14:00")), QuietHours(hm("00:00"), hm("06:00")),
    QuietHours(hm("23:00"), hm("02:30")), QuietHours(hm("01:00"), hm("03:00")),
    QuietHours(hm("12:00"), hm("12:00")),
])
@pytest.mark.parametrize(("zone", "first"), [
    (NEW_YORK, date(2026, 3, 7)), (NEW_YORK, date(2026, 10, 31)),
    (AUCKLAND, date(2026, 9, 26)), (AUCKLAND, date(2026, 4, 4)),
])
def test_snoozing_never_lands_in_quiet_hours(local_tz, quiet, zone, first):
    """Every 15 minutes over three days around a DST change, each choice."""
    local_tz(zone)
    settings = plan(quiet=quiet)
    start = local(first)
    for n, choice in itertools.product(range(3 * 24 * 4), Snooze):
        now = start + timedelta(minutes=15 * n)
        until = snooze_until(choice, settings, now)
        assert not in_quiet(settings, until), (now, until)
        if choice is Snooze.TOMORROW:
            earliest = local_instant(day_of(now) + timedelta(days=1), wall(now))
            assert day_of(earliest) == day_of(now) + timedelta(days=1)
        else:
            earliest = now + (timedelta(minutes=15) if choice is Snooze.QUARTER_HOUR else timedelta(hours=1))
        if not in_quiet(settings, earliest):
            assert until == earliest, (now, until)
        else:  # the moment quiet hours end, no later
            assert wall(until) == quiet.end or until == local_instant(day_of(until), quiet.end), (now, until)
            if choice is Snooze.TOMORROW:  # tomorrow, even if earlier in the day than now
                assert day_of(until) == day_of(now) + timedelta(days=1), (now, until)
                assert now < until < earliest + timedelta(hours=24), (now, until)
            else:
                assert earliest < until < earliest + timedelta(hours=24), (now, until)


def test_snoozing_tomorrow_keeps_the_wall_clock_time_across_dst(local_tz):
    local_tz(NEW_YORK)
    now = local(date(2026, 3, 7), 20)
    until = snooze_until(Snooze.TOMORROW, PromptSettings(), now)
    assert to_local(until).replace(tzinfo=None) == datetime(2026, 3, 8, 20)
    assert until - now == timedelta(hours=23)
    now = local(date(2026, 10, 31), 9, 30)
    until = snooze_until(Snooze.TOMORROW, PromptSettings(), now)
    assert to_local(until).replace(tzinfo=None) == datetime(2026, 11, 1, 9, 30)
    assert until - now == timedelta(hours=25)


# -- missed while closed ------------------------------------------------------------
THREE_A_DAY = (slot("09:00", CI), slot("13:00", CT), slot("20:00", AC))


def test_prompts_missed_while_closed_collapse_into_one():
    settings = plan(*THREE_A_DAY, max_per_day=3)
    thursday = MONDAY + timedelta(days=3)
    wednesday = thursday - timedelta(days=1)
    state = checked(PromptState(), local(MONDAY, 8))  # then the app was closed for three days
    now = local(thursday, 10)
    prompts = due_prompts(settings, state, NOTHING, now)
    assert len(prompts) == 1
    (prompt,) = prompts
    # Only the last 24 hours are folded in; older ones are left in the past.
    assert prompt.kind is CI
    assert prompt.key == key(CI, thursday, "09:00")
    assert prompt.due == local(thursday, 9)
    assert set(prompt.covers) == {key(CT, wednesday, "13:00"), key(AC, wednesday, "20:00")}
    state = delivered(checked(state, now), prompt, now)
    assert due_prompts(settings, state, NOTHING, now + timedelta(minutes=5)) == []
    # One prompt, however many it folded in: the rest of the day goes on as usual.
    sim = Sim(settings, now + timedelta(minutes=5), state=state)
    sim.run_until(local(thursday + timedelta(days=1)))
    assert sim.on(thursday) == [(hm("13:00"), CT), (hm("20:00"), AC)]


def test_a_folded_prompt_without_a_check_in_keeps_its_kind():
    settings = plan(slot("09:00", AC), slot("13:00", CT))
    state = checked(PromptState(), local(MONDAY, 8))
    (prompt,) = due_prompts(settings, state, NOTHING, local(MONDAY, 14))
    assert (prompt.kind, prompt.key, prompt.covers) == (CT, key(CT, MONDAY, "13:00"), (key(AC, MONDAY, "09:00"),))


def test_a_snoozed_folded_check_in_comes_back_as_a_check_in():
    settings = plan(*THREE_A_DAY, max_per_day=3)
    now = local(MONDAY, 21)
    state = checked(PromptState(), local(MONDAY, 8))
    (prompt,) = due_prompts(settings, state, NOTHING, now)
    assert prompt.kind is CI and len(prompt.keys) == 3
    state = snoozed(delivered(checked(state, now), prompt, now), prompt, now + timedelta(minutes=15))
    (again,) = due_prompts(settings, state, NOTHING, now + timedelta(minutes=15))
    assert again.kind is CI
    assert again.title == TITLES[CI]
    # ...and it is answered by a check-in, not by noting a contact.
    contact = PromptFacts(last_in_touch=now + timedelta(minutes=1))
    assert [p.kind for p in due_prompts(settings, state, contact, now + timedelta(minutes=15))] == [CI]
    mood = PromptFacts(last_mood=now + timedelta(minutes=1))
    assert due_prompts(settings, state, mood, now + timedelta(minutes=15)) == []


def test_slots_inside_quiet_hours_are_not_reported_missed_in_the_morning():
    settings = plan(slot("07:30", CI), slot("23:00", AC), slot("21:00", CT), quiet=NIGHT)
    state = checked(PromptState(), local(MONDAY, 20))  # closed overnight
    (prompt,) = due_prompts(settings, state, NOTHING, local(MONDAY + timedelta(days=1), 8, 30))
    assert prompt.keys == (key(CT, MONDAY, "21:00"),)


def test_after_the_clock_goes_back_only_the_last_day_is_looked_at():
    settings = plan(*THREE_A_DAY, max_per_day=3)
    wednesday = MONDAY + timedelta(days=2)
    state = checked(PromptState(), local(wednesday + timedelta(days=2), 12))  # a clock that was ahead
    (prompt,) = due_prompts(settings, state, NOTHING, local(wednesday, 12))
    assert set(prompt.keys) == {key(CT, wednesday - timedelta(days=1), "13:00"),
                                key(AC, wednesday - timedelta(days=1), "20:00"), key(CI, wednesday, "09:00")}


def test_first_run_does_not_report_earlier_slots_as_missed():
    settings = plan(*THREE_A_DAY)
    now = local(MONDAY, 8, 30)
    assert due_prompts(settings, PromptState(), NOTHING, now) == []
    # The same moment after a run yesterday would fold yesterday's in: first run is different.
    yesterday = PromptState(last_check=local(MONDAY - timedelta(days=1), 12))
    assert len(due_prompts(settings, yesterday, NOTHING, now)[0].keys) == 2
    # A first run later in the day asks for today only, once.
    (prompt,) = due_prompts(settings, PromptState(), NOTHING, local(MONDAY, 9, 30))
    assert (prompt.key, prompt.covers) == (key(CI, MONDAY, "09:00"), ())


def test_closed_for_a_week_then_open_every_day_is_never_a_pile():
    settings = plan(*THREE_A_DAY, max_per_day=3)
    sim = Sim(settings, local(MONDAY))
    sim.run_until(local(MONDAY, 10))
    for gap_days in (2, 7, 1, 3):  # closed, then opened for an hour
        sim.now += timedelta(days=gap_days)
        shown = len(sim.shown)
        sim.run_until(sim.now + timedelta(hours=1))
        assert len(sim.shown) - shown == 1
        assert len(sim.shown[-1][1].keys) == 3


# -- a clock that jumps ------------------------------------------------------------------
def test_the_clock_going_back_repeats_nothing():
    settings = plan(*THREE_A_DAY, max_per_day=3)
    sim = Sim(settings, local(MONDAY))
    sim.run_until(local(MONDAY + timedelta(days=2), 21))
    before = list(sim.shown)
    assert len(before) == 9
    for back in (timedelta(hours=2), timedelta(hours=13), timedelta(days=1, hours=3)):
        sim.now -= back
        sim.run_until(local(MONDAY + timedelta(days=2), 21))
    assert sim.shown == before


def test_the_clock_jumping_forward_is_never_a_pile():
    settings = plan(*THREE_A_DAY, max_per_day=3)
    sim = Sim(settings, local(MONDAY))
    sim.run_until(local(MONDAY, 10))
    for jump in (timedelta(hours=5), timedelta(days=2, hours=3), timedelta(hours=11)):
        sim.now += jump
        shown = len(sim.shown)
        sim.check()
        assert len(sim.shown) - shown <= 1
        sim.run_until(sim.now + timedelta(hours=1))
    keys = [k for _, p in sim.shown for k in p.keys]
    assert len(keys) == len(set(keys))


def test_the_clock_going_forward_and_back_again():
    settings = plan(*THREE_A_DAY, max_per_day=3)
    sim = Sim(settings, local(MONDAY))
    sim.run_until(local(MONDAY, 21))
    sim.now = local(MONDAY + timedelta(days=2), 9)  # a wrong clock, two days ahead
    sim.check()
    sim.now = local(MONDAY, 21, 5)  # set right again
    sim.run_until(local(MONDAY + timedelta(days=3)))
    keys = [k for _, p in sim.shown for k in p.keys]
    assert len(keys) == len(set(keys))
    assert all(sim.per_day()[day] <= 3 for day in sim.per_day())


# -- daylight saving -----------------------------------------------------------------
@pytest.mark.parametrize(("zone", "change", "at", "kind", "summer"), [
    (NEW_YORK, date(2026, 3, 8), "02:30", "skipped", -4),
    (NEW_YORK, date(2026, 11, 1), "01:30", "repeated", -4),
    (AUCKLAND, date(2026, 9, 27), "02:30", "skipped", 13),
    (AUCKLAND, date(2026, 4, 5), "02:30", "repeated", 13),
])
def test_a_night_slot_on_dst_change_days(local_tz, zone, change, at, kind, summer):
    local_tz(zone)
    first = change - timedelta(days=2)
    sim = Sim(plan(slot(at, CI), slot("20:00", CT)), local(first), step=timedelta(minutes=10))
    sim.run_until(local(change + timedelta(days=3)))
    days = days_from(first, 5)
    assert sim.per_day() == Counter(dict.fromkeys(days, 2))
    for day in days:
        (night, _), evening = sim.on(day)
        assert evening == (hm("20:00"), CT)
        assert Counter(sim.shown_keys())[key(CI, day, at)] == 1
        if day != change:
            assert night == hm(at)
        elif kind == "skipped":  # 02:00-03:00 doesn't exist: asked just after, not before
            assert hm("03:00") <= night <= hm("03:30")
        else:  # 01:30 (or 02:30) happens twice: asked the first time only
            assert night == hm(at)
    (when,) = [t for t, p in sim.shown if p.key == key(CI, change, at)]
    assert to_local(when).utcoffset() == timedelta(hours=summer)


def test_four_weeks_through_the_spring_change(local_tz):
    local_tz(NEW_YORK)
    settings = plan(slot("08:30", CT, WEEKDAYS), slot("20:00", CI), quiet=NIGHT, max_per_day=3)
    first = date(2026, 2, 23)
    sim = Sim(settings, local(first), step=timedelta(minutes=10))
    sim.run_days(28)
    for day in days_from(first, 28):
        expected = [(hm("08:30"), CT)] if day.weekday() < 5 else []
        assert sim.on(day) == [*expected, (hm("20:00"), CI)], day
    assert not any(in_quiet(settings, at) for at, _ in sim.shown)


def test_local_instant_moves_a_skipped_time_forward(local_tz):
    local_tz(NEW_YORK)
    skipped = local_instant(date(2026, 3, 8), hm("02:30"))
    assert to_local(skipped).utcoffset() == timedelta(hours=-4)
    assert hm("03:00") <= wall(skipped) <= hm("03:30")
    assert local_instant(date(2026, 3, 8), hm("01:30")) == datetime(2026, 3, 8, 6, 30, tzinfo=UTC)
    assert local_instant(date(2026, 3, 8), hm("03:30")) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    # A repeated time means its first occurrence.
    assert local_instant(date(2026, 11, 1), hm("01:30")) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


# -- the isolation nudge ---------------------------------------------------------------
def isolation_sim(days: int = 3, *, last: datetime | None = None, person=None, **options) -> Sim:
    settings = plan(quiet=NIGHT, kinds=frozenset({ISO}), isolation_days=days, **options)
    last = last if last is not None else local(MONDAY, 15)
    return Sim(settings, local(MONDAY, 16), journal=PromptFacts(last_in_touch=last), person=person,
               step=timedelta(minutes=30))  # every time in these tests is on the half hour


def test_the_isolation_nudge_comes_after_n_days_from_nudge_time():
    sim = isolation_sim(3)
    sim.run_until(local(MONDAY + timedelta(days=3), 10, 55))
    assert sim.shown == []  # not on day N-1, nor on day N before the nudge time
    sim.run_until(local(MONDAY + timedelta(days=3), 11, 5))
    [(at, prompt)] = sim.shown
    assert at == local(MONDAY + timedelta(days=3), 11)
    assert (prompt.kind, prompt.days_without_contact, prompt.person_id) == (ISO, 3, None)
    assert prompt.due == at


@pytest.mark.parametrize("days", [1, 2, 3, 5])
def test_the_isolation_nudge_comes_once_per_stretch(days):
    sim = isolation_sim(days, nudge_time=hm("10:00"))
    sim.run_until(local(MONDAY + timedelta(days=4 * days), 12))
    assert [(at, p.days_without_contact) for at, p in sim.shown] == [
        (local(MONDAY + timedelta(days=n * days), 10), n * days) for n in range(1, 5)]
    assert len(set(sim.shown_keys())) == 4


def test_a_dismissed_isolation_nudge_returns_only_after_another_stretch():
    sim = isolation_sim(3, person=lambda sim, p: sim.dismiss(p))
    sim.run_until(local(MONDAY + timedelta(days=8), 23))
    assert [day_of(at) for at, _ in sim.shown] == [MONDAY + timedelta(days=3), MONDAY + timedelta(days=6)]
    assert all(wall(at) == hm("11:00") for at, _ in sim.shown)


def test_a_contact_restarts_the_count():
    sim = isolation_sim(3)
    sim.at(local(MONDAY + timedelta(days=2), 18), lambda: sim.log(CT))
    sim.run_days(6)
    assert [at for at, _ in sim.shown] == [local(MONDAY + timedelta(days=5), 11)]


def test_a_reply_to_the_isolation_nudge_ends_it():
    def person(sim: Sim, prompt: Prompt) -> None:
        sim.at(sim.now + timedelta(hours=2), lambda: sim.log(CT, person_id=4))

    sim = isolation_sim(3, person=person)
    sim.run_days(10)
    # Contact noted on day 3 at 13:00: the next nudge is three days after that.
    assert [day_of(at) for at, _ in sim.shown] == [MONDAY + timedelta(days=3), MONDAY + timedelta(days=6),
                                                   MONDAY + timedelta(days=9)]
    assert {p.days_without_contact for _, p in sim.shown} == {3}


def test_no_isolation_nudge_while_locked_without_contacts_or_when_not_wanted():
    sim = isolation_sim(3)
    sim.locked = True
    sim.run_days(8)
    assert sim.shown == []
    sim = Sim(plan(kinds=frozenset({ISO})), local(MONDAY), journal=PromptFacts(last_mood=local(MONDAY)))
    sim.run_days(8)
    assert sim.shown == []  # nobody ever noted: nothing to count from
    settings = plan(quiet=NIGHT, kinds=frozenset(PromptKind) - {ISO})
    sim = Sim(settings, local(MONDAY), journal=PromptFacts(last_in_touch=local(MONDAY - timedelta(days=20))))
    sim.run_days(8)
    assert sim.shown == []


def test_the_isolation_nudge_unlocked_late_still_comes_that_day():
    sim = isolation_sim(3)
    sim.locked = True
    sim.at(local(MONDAY + timedelta(days=3), 17), lambda: setattr(sim, "locked", False))
    sim.run_days(3.5)
    assert [at for at, _ in sim.shown] == [local(MONDAY + timedelta(days=3), 17)]


def test_a_snoozed_isolation_nudge_comes_back():
    def person(sim: Sim, prompt: Prompt) -> None:
        if len(sim.shown) == 1:
            sim.snooze(prompt, Snooze.HOUR)

    sim = isolation_sim(3, person=person)
    sim.run_days(4)
    nudge_day = MONDAY + timedelta(days=3)
    assert [at for at, _ in sim.shown] == [local(nudge_day, 11), local(nudge_day, 12)]
    assert sim.shown[0][1].key == sim.shown[1][1].key


def test_a_long_isolation_stretch_nudges_once_not_every_two_weeks():
    assert timedelta(days=30) > KEEP_STATE
    sim = isolation_sim(30)
    sim.step = timedelta(hours=1)
    sim.run_days(65)
    assert [(day_of(at), p.days_without_contact) for at, p in sim.shown] == [
        (MONDAY + timedelta(days=30), 30), (MONDAY + timedelta(days=60), 60)]


def test_isolation_nudge_counts_local_days(local_tz):
    local_tz(AUCKLAND)
    last = local(MONDAY, 23, 30)  # 10:30 UTC the same day; a late contact still counts for that day
    settings = plan(kinds=frozenset({ISO}), isolation_days=2, nudge_time=hm("09:00"))
    sim = Sim(settings, local(MONDAY + timedelta(days=1)), journal=PromptFacts(last_in_touch=last))
    sim.run_days(2)
    assert [at for at, _ in sim.shown] == [local(MONDAY + timedelta(days=2), 9)]


# -- staying in touch -----------------------------------------------------------------
NAMES = {1: "Zofia", 2: "Quentin", 3: "Marguerite", 4: "Bartholomew"}


def stay_journal(**by_person_days_ago: int) -> PromptFacts:
    """Cadences 7, 3 and 14 days for people 1-3; last contacts so many days before MONDAY."""
    last = {int(p[1:]): local(MONDAY - timedelta(days=ago), 17) for p, ago in by_person_days_ago.items()}
    return PromptFacts(last_in_touch=local(MONDAY, 9), last_in_touch_by_person=last,
                       cadences={1: 7, 2: 3, 3: 14}, names=NAMES)


def stay_sim(journal: PromptFacts, person=None) -> Sim:
    settings = plan(quiet=NIGHT, kinds=frozenset({STAY}))
    return Sim(settings, local(MONDAY), journal=journal, person=person, step=timedelta(minutes=30))


def test_stay_in_touch_is_due_when_the_cadence_has_passed():
    # Person 1 (every 7 days) last noted 5 days ago: due in two days, at nudge time.
    sim = stay_sim(stay_journal(p1=5, p2=0, p3=2))
    sim.run_days(3)
    [(at, prompt)] = sim.shown
    assert at == local(MONDAY + timedelta(days=2), 11)
    assert (prompt.kind, prompt.person_id) == (STAY, 1)
    assert prompt.due == at


def test_most_overdue_first_one_person_a_day():
    # Never noted (person 3) first, then person 2 (8 days, every 3), then person 1 (10 days, every 7).
    sim = stay_sim(stay_journal(p1=10, p2=8))
    sim.run_days(5)
    assert [(day_of(at), p.person_id) for at, p in sim.shown] == [
        (MONDAY, 3), (MONDAY + timedelta(days=1), 2), (MONDAY + timedelta(days=2), 1)]
    assert all(wall(at) == hm("11:00") for at, _ in sim.shown)


def test_people_without_a_cadence_are_never_nudged():
    journal = replace(stay_journal(p1=1, p2=1, p3=1), last_in_touch_by_person={
        1: local(MONDAY, 8), 2: local(MONDAY, 8), 3: local(MONDAY, 8), 4: local(MONDAY - timedelta(days=90))})
    sim = stay_sim(journal)
    sim.run_days(3)
    assert sim.shown == []  # person 4 has no cadence; the others are not due yet


def test_getting_in_touch_clears_it_and_the_count_restarts():
    def person(sim: Sim, prompt: Prompt) -> None:
        sim.at(sim.now + timedelta(hours=3), lambda: sim.log(CT, person_id=prompt.person_id))

    sim = stay_sim(stay_journal(p1=10, p2=0, p3=0), person=person)
    sim.run_days(20)
    shown = [((day_of(at) - MONDAY).days, p.person_id) for at, p in sim.shown]
    # Each answered nudge restarts that person's count; when two are due the same day the
    # more overdue (then the lower id) goes first and the other waits a day.
    assert shown == [(0, 1), (3, 2), (6, 2), (7, 1), (9, 2), (12, 2), (14, 1), (15, 3), (16, 2), (19, 2)]
    assert len({p.key for _, p in sim.shown}) == len(sim.shown)


def test_a_dismissed_stay_in_touch_does_not_come_back_but_others_do():
    sim = stay_sim(stay_journal(p1=10, p2=8, p3=1), person=lambda sim, p: sim.dismiss(p))
    sim.run_days(6)
    assert [(day_of(at), p.person_id) for at, p in sim.shown] == [
        (MONDAY, 2), (MONDAY + timedelta(days=1), 1)]


def test_a_snoozed_stay_in_touch_comes_back_before_anyone_else():
    def person(sim: Sim, prompt: Prompt) -> None:
        if len(sim.shown) == 1:
            sim.snooze(prompt, Snooze.TOMORROW)

    sim = stay_sim(stay_journal(p1=10, p2=8, p3=1), person=person)
    sim.run_days(4)
    assert [(at, p.person_id) for at, p in sim.shown] == [
        (local(MONDAY, 11), 2), (local(MONDAY + timedelta(days=1), 11), 2),
        (local(MONDAY + timedelta(days=2), 11), 1)]


def test_stay_in_touch_and_isolation_need_the_journal():
    journal = stay_journal(p1=10, p2=8)
    sim = Sim(plan(slot("20:00"), quiet=NIGHT), local(MONDAY),
              journal=replace(journal, last_in_touch=local(MONDAY - timedelta(days=9))))
    sim.locked = True
    sim.run_days(3)
    assert [p.kind for _, p in sim.shown] == [CI, CI, CI]


# -- the words -----------------------------------------------------------------------------
SECRET_FACTS = PromptFacts(  # New York 09:00 on Monday 12 January; 10:00 on Saturday 3 January
    last_mood=datetime(2026, 1, 12, 14, tzinfo=UTC), last_in_touch=datetime(2026, 1, 8, 14, tzinfo=UTC),
    last_in_touch_by_person={1: datetime(2026, 1, 3, 15, tzinfo=UTC)},
    cadences={1: 7, 2: 7}, names=NAMES,
    supporters=("Marguerite", "Bartholomew", "Quentin"), good_activities=("Kayaking", "Pottery class"),
)
SECRETS = [*NAMES.values(), "Kayaking", "Pottery"]
ALARMING = ["alone", "isolat", "lonely", "warning", "worr", "danger", "risk", "urgent", "alert", "!"]


def every_prompt() -> list[Prompt]:
    return [Prompt(kind, f"{kind.value}|2026-01-12|x", local(MONDAY, 11), person_id=pid,
                   days_without_contact=4)
            for kind in PromptKind for pid in (None, 1, 2, 99)]


def test_titles_and_generic_words_carry_no_names():
    for text in [*TITLES.values(), *GENERIC_TEXT.values()]:
        assert text.strip()
        assert not any(secret.lower() in text.lower() for secret in SECRETS), text
    for prompt in every_prompt():
        assert prompt.text(SECRET_FACTS) == GENERIC_TEXT[prompt.kind]
        assert prompt.text(SECRET_FACTS, detailed=False) == GENERIC_TEXT[prompt.kind]
        assert prompt.text(None, detailed=True) == GENERIC_TEXT[prompt.kind]
        assert prompt.title == TITLES[prompt.kind]


def test_detailed_words_for_check_ins_are_the_generic_ones():
    for prompt in every_prompt():
        if prompt.kind in SLOT_KINDS:
            assert prompt.text(SECRET_FACTS, detailed=True) == GENERIC_TEXT[prompt.kind]


def test_detailed_stay_in_touch_names_the_person():
    prompt = Prompt(STAY, "stay_in_touch|2026-01-03|1", local(MONDAY, 11), person_id=1)
    text = prompt.text(SECRET_FACTS, detailed=True)
    assert "Zofia" in text
    assert "Saturday 3 January" in text
    assert not any(name in text for name in ("Quentin", "Marguerite", "Bartholomew"))
    never = Prompt(STAY, "stay_in_touch|never|2", local(MONDAY, 11), person_id=2)
    text = never.text(SECRET_FACTS, detailed=True)
    assert "Quentin" in text and "last noted" not in text
    unknown = Prompt(STAY, "stay_in_touch|never|99", local(MONDAY, 11), person_id=99)
    assert unknown.text(SECRET_FACTS, detailed=True) == GENERIC_TEXT[STAY]


def test_detailed_isolation_words_name_supporters_and_good_activities():
    prompt = Prompt(ISO, "isolation|2026-01-08|1", local(MONDAY, 11), days_without_contact=4)
    text = prompt.text(SECRET_FACTS, detailed=True)
    assert "4 days" in text
    assert "Marguerite or Bartholomew" in text and "Quentin" not in text
    assert "Kayaking felt good before." in text and "Pottery" not in text
    assert text.endswith("Only if it feels right today.")
    one = replace(SECRET_FACTS, supporters=("Marguerite",), good_activities=())
    text = prompt.text(one, detailed=True)
    assert "Marguerite might be glad" in text and "felt good" not in text
    bare = prompt.text(replace(SECRET_FACTS, supporters=(), good_activities=()), detailed=True)
    assert bare == "It's been 4 days since you noted time with someone. Only if it feels right today."
    single = replace(prompt, days_without_contact=1).text(SECRET_FACTS, detailed=True)
    assert single.startswith("It's been 1 day since")


def test_isolation_words_are_never_alarming():
    texts = [TITLES[ISO], GENERIC_TEXT[ISO]]
    for days in (1, 3, 7, 30, 60):
        prompt = Prompt(ISO, "isolation|2026-01-08|1", local(MONDAY, 11), days_without_contact=days)
        for facts in (SECRET_FACTS, PromptFacts(), replace(SECRET_FACTS, good_activities=())):
            texts.append(prompt.text(facts, detailed=True))
    for text in texts:
        assert not any(word in text.lower() for word in ALARMING), text


def test_no_prompt_shouts():
    for prompt in every_prompt():
        for text in (prompt.title, prompt.text(SECRET_FACTS, detailed=True), prompt.text()):
            assert "!" not in text and text == text.strip()


# -- keeping state ---------------------------------------------------------------------------
def busy_state() -> PromptState:
    at = datetime(2026, 1, 12, 16, 0, tzinfo=UTC)
    return PromptState(
        delivered={key(CI, MONDAY, "09:00"): at, "isolation|2026-01-08|1": at,
                   "stay_in_touch|never|3": at},
        snoozed={key(CT, MONDAY, "13:00"): at + timedelta(hours=1),
                 "stay_in_touch|2026-01-01|1": at + timedelta(days=1)},
        dismissed={key(AC, MONDAY, "20:00"): at, "isolation|2026-01-01|2": at},
        last_check=at,
    )


def test_split_state_keeps_nudge_keys_in_the_private_part():
    state = busy_state()
    plain, private = split_state(state)
    for part, nudges in ((plain, False), (private, True)):
        for entries in (part.delivered, part.snoozed, part.dismissed):
            assert all(k.startswith(("isolation|", "stay_in_touch|")) == nudges for k in entries)
    assert plain.last_check == state.last_check and private.last_check is None
    assert len(private.delivered) == 2 and len(private.snoozed) == 1 and len(private.dismissed) == 1
    assert "2026-01-08" not in json.dumps(state_to_dict(plain))  # nothing from the journal in the clear
    assert merge_states(plain, private) == state
    assert merge_states(*split_state(PromptState())) == PromptState()


def test_state_survives_a_round_trip_through_json():
    state = busy_state()
    back = state_from_dict(json.loads(json.dumps(state_to_dict(state))))
    assert back == state
    assert all(at.utcoffset() == timedelta(0) for at in back.delivered.values())
    assert state_from_dict(state_to_dict(PromptState())) == PromptState()
    naive = PromptState(delivered={key(CI, MONDAY, "09:00"): datetime(2026, 1, 12, 9)})
    assert state_from_dict(state_to_dict(naive)).delivered[key(CI, MONDAY, "09:00")] == local(MONDAY, 9)


@pytest.mark.parametrize("junk", [
    None, 0, 1.5, "", "text", [], [1, 2], {}, {"delivered": None}, {"delivered": []},
    {"delivered": {"check_in|x": 5}}, {"delivered": {"nonsense|2026-01-12|09:00": "2026-01-12T09:00:00"}},
    {"delivered": {1: "2026-01-12T09:00:00+00:00"}}, {"delivered": {None: "2026-01-12"}},
    {"delivered": {(1, 2): "2026-01-12"}}, {"snoozed": {"check_in|a": "tomorrow"}},
    {"dismissed": {"check_in|a": "2026-02-30T00:00:00"}}, {"last_check": 5}, {"last_check": "nope"},
    {"last_check": "9999-12-30T23:59:59-05:00"}, {"last_check": "0001-01-01T23:00:00+05:00"},
    {"delivered": {"check_in|2026-01-12|09:00": "9999-12-31T23:59:59+00:00"}},
    {"snoozed": {"check_in|2026-01-12|09:00": "0001-01-01T00:00:00+00:00"}},
    {"delivered": {"check_in|a": "2026-01-12T09:00:00+00:00"}}, {"snoozed": {"contacts": "2026-01-12"}},
    {"last_check": ["2026-01-12"]}, {"last_check": {"a": 1}},
])
def test_reading_junk_state_never_raises_and_the_result_can_be_used(junk):
    state = state_from_dict(junk)
    assert isinstance(state, PromptState)
    usable(state)


@pytest.mark.parametrize("junk", [
    {"last_check": "9999-12-31T23:59:59-05:00"}, {"last_check": "0001-01-01T00:00:00+05:00"},
    {"delivered": {"check_in|2026-01-12|09:00": "0001-01-01T00:00:00+14:00"}},
])
def test_a_time_beyond_the_calendar_is_left_to_the_settings_file_to_treat_as_damage(junk):
    # OverflowError is the one exception reading lets out, on purpose: SettingsFile sets
    # such a file aside (tests/storage/files/test_settings_file.py relies on it).
    with pytest.raises(OverflowError):
        state_from_dict(junk)


def read_leniently(junk: object) -> PromptState | None:
    """state_from_dict, or None for the OverflowError the settings file handles as damage."""
    try:
        state = state_from_dict(junk)
    except OverflowError:
        return None
    assert isinstance(state, PromptState)
    usable(state)
    return state


def usable(state: PromptState) -> None:
    """The schedule runs on it without raising, in a zone either side of UTC."""
    now = local(MONDAY, 20)
    for facts in (None, SECRET_FACTS):
        due_prompts(PromptSettings(), state, facts, now)
        checked(state, now)
        split_state(state)
        state_to_dict(state)


def test_reading_keeps_good_entries_next_to_bad_ones():
    good = {key(CI, MONDAY, "09:00"): "2026-01-12T14:00:00+00:00"}
    data = {"delivered": {**good, "bad|key": "2026-01-12T14:00:00+00:00", "check_in|z": "nope"},
            "snoozed": "junk", "last_check": "2026-01-12T15:00:00+00:00"}
    state = state_from_dict(data)
    assert state.delivered == {key(CI, MONDAY, "09:00"): datetime(2026, 1, 12, 14, tzinfo=UTC)}
    assert state.snoozed == {} and state.dismissed == {}
    assert state.last_check == datetime(2026, 1, 12, 15, tzinfo=UTC)


def random_junk(rng: random.Random, depth: int = 0) -> object:
    stamps = ["2026-01-12T09:00:00", "2026-01-12T09:00:00+14:00", "9999-12-31T23:59:59-12:00",
              "0001-01-01T00:00:00+12:00", "2026-13-01", "", "T", "2026-01-12 09:00Z"]
    keys = ["check_in|2026-01-12|09:00", "isolation|x|1", "stay_in_touch|never|3", "nope", "", "|",
            "contacts", "delivered", "snoozed", "dismissed", "last_check"]
    choice = rng.randrange(8 if depth < 3 else 5)
    if choice == 0:
        return rng.choice([None, True, False, 0, -1, 2**70, 1.5, float("nan"), float("inf")])
    if choice in (1, 2):
        return rng.choice(stamps + keys)
    if choice == 3:
        return "".join(rng.choice("0123456789-:T+Z| ") for _ in range(rng.randrange(30)))
    if choice == 4:
        return rng.choice([(), b"bytes", object()])
    if choice == 5:
        return [random_junk(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice([*keys, 1, None, (1, 2)]): random_junk(rng, depth + 1) for _ in range(rng.randrange(6))}


def test_reading_random_junk_state_never_raises():
    rng = random.Random(20260112)
    read = 0
    for _ in range(1000):
        junk = random_junk(rng)
        if rng.random() < 0.5 and isinstance(junk, dict):
            junk = {"delivered": junk, "snoozed": junk, "dismissed": junk, "last_check": rng.choice(list(junk) or [None])}
        read += read_leniently(junk) is not None
    assert read > 900


def test_checked_forgets_old_entries_and_remembers_the_time():
    now = local(MONDAY, 12)
    old, fresh = now - KEEP_STATE - timedelta(minutes=1), now - KEEP_STATE + timedelta(minutes=1)
    state = PromptState(
        delivered={"check_in|2025-12-29|09:00": old, "check_in|2025-12-30|09:00": fresh},
        dismissed={"contacts|2025-12-29|09:00": old, "contacts|2025-12-30|09:00": fresh},
        snoozed={"activities|2025-12-29|09:00": old, "activities|2026-01-20|09:00": now + timedelta(days=3)},
    )
    after = checked(state, now)
    assert after.last_check == now
    assert list(after.delivered) == ["check_in|2025-12-30|09:00"]
    assert list(after.dismissed) == ["contacts|2025-12-30|09:00"]
    assert list(after.snoozed) == ["activities|2026-01-20|09:00"]


def test_delivering_or_dismissing_clears_the_snooze_of_every_key():
    prompt = Prompt(CI, key(CI, MONDAY, "20:00"), local(MONDAY, 20), covers=(key(CT, MONDAY, "13:00"),))
    state = PromptState(snoozed={key(CI, MONDAY, "20:00"): local(MONDAY, 21), key(CT, MONDAY, "13:00"): local(MONDAY, 21),
                                 key(AC, MONDAY, "13:00"): local(MONDAY, 21)})
    for change in (delivered, dismissed):
        after = change(state, prompt, local(MONDAY, 21))
        assert list(after.snoozed) == [key(AC, MONDAY, "13:00")]
    gone = dismissed(state, prompt, local(MONDAY, 21))
    assert set(gone.dismissed) == set(prompt.keys)
    shown = delivered(state, prompt, local(MONDAY, 21))
    assert shown.delivered[prompt.key] == local(MONDAY, 21)


# -- random schedules: the invariants ------------------------------------------------------------
def random_settings(rng: random.Random) -> PromptSettings:
    times = tuple(
        ReminderTime(time(rng.randrange(24), rng.choice([0, 5, 17, 30, 55])),
                     rng.choice([ALL_DAYS, WEEKDAYS, frozenset(rng.sample(range(7), rng.randrange(1, 7)))]),
                     rng.choice(SLOT_KINDS))
        for _ in range(rng.randrange(0, 6))
    )
    quiet = rng.choice([None, NIGHT, QuietHours(hm("23:30"), hm("06:15")), QuietHours(hm("13:00"), hm("15:00")),
                        QuietHours(hm("09:00"), hm("09:00")), QuietHours(time(rng.randrange(24)), time(rng.randrange(24)))])
    kinds = frozenset(k for k in PromptKind if rng.random() < 0.85)
    return plan(*times, quiet=quiet, kinds=kinds, max_per_day=rng.randrange(1, 5),
                isolation_days=rng.randrange(1, 5), nudge_time=time(rng.randrange(24), rng.choice([0, 30])))


def random_person(rng: random.Random) -> Callable[[Sim, Prompt], None]:
    def act(sim: Sim, prompt: Prompt) -> None:
        roll = rng.random()
        if roll < 0.25:
            sim.snooze(prompt, rng.choice(list(Snooze)))
        elif roll < 0.4:
            sim.dismiss(prompt)
        elif roll < 0.7:
            sim.at(sim.now + timedelta(minutes=rng.randrange(0, 120)), lambda: sim.log(prompt.kind, prompt.person_id))
    return act


def check_invariants(sim: Sim) -> None:
    settings = sim.settings
    last_shown: dict[str, int] = {}  # key -> position in the order things happened
    counted: dict[date, set[str]] = {}
    for n, (at, prompt) in enumerate(sim.shown):
        assert not in_quiet(settings, at), (at, prompt)
        for k in prompt.keys:  # never after a dismissal
            assert sim.dismissed_after.get(k, n + 1) > n, (k, at)
        if prompt.key in last_shown:  # again only after a snooze
            assert any(last_shown[prompt.key] < s <= n for s in sim.snoozed_after.get(prompt.key, [])), (prompt, at)
        last_shown[prompt.key] = n
        counted.setdefault(day_of(at), set()).add(prompt.key)
        if prompt.kind in (STAY, ISO):
            assert at >= local_instant(day_of(at), settings.nudge_time)
    for day, keys in counted.items():
        assert len(keys) <= settings.max_per_day, day
        assert sum(1 for k in keys if k.startswith("stay_in_touch|")) <= 1


@pytest.mark.parametrize("seed", range(12))
def test_random_schedules_keep_the_rules(local_tz, seed):
    rng = random.Random(seed)
    local_tz(rng.choice([NEW_YORK, AUCKLAND, "UTC0"]))
    first = date(2026, rng.choice([3, 4, 9, 10, 11]), rng.randrange(1, 25))
    journal = PromptFacts(
        last_in_touch=local(first - timedelta(days=rng.randrange(0, 6)), 12) if rng.random() < 0.8 else None,
        last_in_touch_by_person={1: local(first - timedelta(days=rng.randrange(0, 10)), 9)},
        cadences={1: rng.randrange(1, 8), 2: rng.randrange(1, 8)}, names={1: "Zofia", 2: "Quentin"},
    )
    sim = Sim(random_settings(rng), local(first), journal=journal, step=timedelta(minutes=10),
              person=random_person(rng))
    end = sim.now + timedelta(days=5)
    while sim.now < end:
        sim.check()
        roll = rng.random()
        if roll < 0.003:
            sim.now -= timedelta(minutes=rng.randrange(10, 600, 10))  # the clock goes back
        elif roll < 0.006:
            sim.now += timedelta(minutes=rng.randrange(10, 3000, 10))  # closed, or asleep
        elif roll < 0.01:
            sim.locked = not sim.locked
        sim.now += sim.step
    check_invariants(sim)


if given is not None:
    offsets = st.integers(-24 * 60 + 1, 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
    json_like = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
        | st.datetimes(timezones=st.none() | offsets).map(datetime.isoformat),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=30), children, max_size=4),
        max_leaves=20,
    )
    stamp_maps = st.dictionaries(
        st.sampled_from(["check_in|2026-01-12|09:00", "isolation|2026-01-08|1", "x|y"]) | st.text(max_size=20),
        json_like, max_size=4)

    @hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(json_like, st.fixed_dictionaries({}, optional={
        "delivered": stamp_maps, "snoozed": stamp_maps, "dismissed": stamp_maps, "last_check": json_like})))
    def test_hypothesis_junk_state_never_raises(junk):
        read_leniently(junk)


def test_tomorrow_late_at_night_means_tomorrow_morning(local_tz):
    """Snoozing until tomorrow at 23:30 (inside 22:00-08:00 quiet hours) returns at 08:00 tomorrow."""
    local_tz(NEW_YORK)
    now = datetime(2026, 11, 20, 23, 30).astimezone(UTC)
    until = snooze_until(Snooze.TOMORROW, PromptSettings(), now)
    assert until == datetime(2026, 11, 21, 8, 0).astimezone(UTC)

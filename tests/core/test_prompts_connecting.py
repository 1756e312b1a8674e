"""The two Connecting prompts in the schedule: the resource check offered every few months (never
forced), and goals ready to look back on. Driven over simulated weeks and months like
tests/core/test_prompts.py (its :class:`Sim`), in New York local time.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from peerjournal.core.prompts import (
    CONNECTING_KINDS,
    FIRST_RESOURCE_TEXT,
    GENERIC_TEXT,
    KEEP_STATE,
    TITLES,
    Prompt,
    PromptFacts,
    PromptKind,
    PromptSettings,
    PromptState,
    QuietHours,
    Snooze,
    checked,
    due_prompts,
    local_instant,
    split_state,
    state_from_dict,
    state_to_dict,
    still_relevant,
)
from peerjournal.core.settings import AppSettings, settings_from_dict, settings_to_dict
from peerjournal.errors import ValidationError
from tests.core.conftest import AUCKLAND, NEW_YORK
from tests.core.test_prompts import (
    ALARMING,
    MONDAY,
    NIGHT,
    Sim,
    day_of,
    hm,
    local,
    plan,
    slot,
    wall,
)

RC, GR = PromptKind.RESOURCE_CHECK, PromptKind.GOAL_REVIEW
CI, ISO, STAY = PromptKind.CHECK_IN, PromptKind.ISOLATION, PromptKind.STAY_IN_TOUCH
WEEK = timedelta(days=7)


@pytest.fixture(autouse=True)
def _new_york(local_tz):
    local_tz(NEW_YORK)


def days(n: float) -> timedelta:
    return timedelta(days=n)


def resource_sim(journal: PromptFacts, *, person=None, step=timedelta(hours=1), **options) -> Sim:
    settings = plan(quiet=NIGHT, kinds=frozenset({RC}), **options)
    return Sim(settings, local(MONDAY), journal=journal, person=person, step=step)


def checked_days_ago(n: int, hour: int = 10) -> PromptFacts:
    """A journal begun long ago whose last resource check was ``n`` days before MONDAY."""
    return PromptFacts(journal_started=local(MONDAY, 9) - days(400),
                       last_resource_check=local(MONDAY - days(n), hour))


def shown_days(sim: Sim, kind: PromptKind | None = None) -> list[int]:
    return [(day_of(at) - MONDAY).days for at, p in sim.shown if kind is None or p.kind is kind]


# -- the resource check: when it is due ------------------------------------------------------
def test_offered_when_the_last_check_is_four_months_old_at_nudge_time():
    sim = resource_sim(checked_days_ago(118))  # due on day 2 at 10:00; offered from 11:00
    sim.run_until(local(MONDAY + days(2), 10, 55))
    assert sim.shown == []
    sim.run_until(local(MONDAY + days(2), 12))
    [(at, prompt)] = sim.shown
    assert at == local(MONDAY + days(2), 11) == prompt.due
    assert prompt.kind is RC
    assert prompt.key == f"resource_check|{(MONDAY - days(118)).isoformat()}|{(MONDAY + days(2)).isoformat()}"
    assert prompt.text() == GENERIC_TEXT[RC]
    assert "a few months" in prompt.text()


def test_a_recent_check_is_not_offered_again():
    sim = resource_sim(checked_days_ago(10))
    sim.step = timedelta(hours=3)
    sim.run_days(100)
    assert sim.shown == []  # due on day 110


@pytest.mark.parametrize(("every", "first"), [(61, 11), (91, 41), (120, 70), (365, 315)])
def test_the_chosen_interval(every, first):
    sim = resource_sim(checked_days_ago(50, hour=9), resource_check_days=every, step=timedelta(hours=2))
    sim.run_days(first + 0.9)
    assert shown_days(sim) == [first]


def test_never_taken_is_offered_once_the_journal_is_two_weeks_old():
    journal = PromptFacts(journal_started=local(MONDAY - days(12), 18))
    sim = resource_sim(journal)
    sim.run_until(local(MONDAY + days(2), 17))
    assert sim.shown == []  # two weeks to the hour: 18:00 on day 2
    sim.run_until(local(MONDAY + days(3), 9))
    [(at, prompt)] = sim.shown
    assert at == local(MONDAY + days(2), 18)
    assert prompt.key.split("|")[1] == "never"
    # "It's been a few months" would not be true: the first offer says how long it takes instead.
    assert prompt.text() == prompt.text(journal, detailed=True) == FIRST_RESOURCE_TEXT
    assert "few months" not in prompt.text()


def test_a_new_empty_journal_is_not_offered_the_check():
    for journal in (PromptFacts(), PromptFacts(journal_started=local(MONDAY, 8))):
        sim = resource_sim(journal, step=timedelta(hours=3))
        sim.run_days(13)
        assert sim.shown == []


# -- the resource check: at most once a week, never forced --------------------------------------
def test_an_offer_left_unanswered_comes_back_at_most_once_a_week():
    sim = resource_sim(checked_days_ago(130), step=timedelta(minutes=30))
    sim.run_days(36)
    assert shown_days(sim) == [0, 7, 14, 21, 28, 35]
    assert all(wall(at) == hm("11:00") for at, _ in sim.shown)
    assert len(set(sim.shown_keys())) == 6


def test_an_offer_first_seen_late_in_the_day_waits_a_full_week():
    sim = resource_sim(checked_days_ago(130), step=timedelta(minutes=30))
    sim.locked = True
    sim.at(local(MONDAY, 21), lambda: setattr(sim, "locked", False))
    sim.run_days(16)
    assert [at for at, _ in sim.shown] == [local(MONDAY, 21), local(MONDAY + days(7), 21),
                                           local(MONDAY + days(14), 21)]


def test_no_thanks_puts_it_off_for_the_whole_interval():
    sim = resource_sim(checked_days_ago(130), person=lambda sim, p: sim.dismiss(p), step=timedelta(hours=2))
    sim.run_days(250)
    assert days(120) > KEEP_STATE  # so the dismissal must be kept longer than other prompts' state
    assert shown_days(sim) == [0, 120, 240]


def test_no_thanks_lasts_the_chosen_interval():
    sim = resource_sim(checked_days_ago(300), person=lambda sim, p: sim.dismiss(p), step=timedelta(hours=2),
                       resource_check_days=61)
    sim.run_days(130)
    assert shown_days(sim) == [0, 61, 122]


def test_taking_the_check_ends_the_offer_until_it_is_due_again():
    def person(sim: Sim, prompt: Prompt) -> None:
        sim.at(sim.now + timedelta(hours=2), lambda: setattr(
            sim, "journal", replace(sim.journal, last_resource_check=sim.now)))

    sim = resource_sim(checked_days_ago(125), person=person, step=timedelta(hours=2))
    sim.run_days(250)
    assert shown_days(sim) == [0, 120, 240]  # taken at 13:00: due again 120 days later, offered at once


def test_later_brings_the_same_offer_back():
    def person(sim: Sim, prompt: Prompt) -> None:
        if len(sim.shown) == 1:
            sim.snooze(prompt, Snooze.HOUR)
        elif len(sim.shown) == 2:
            sim.snooze(prompt, Snooze.TOMORROW)

    sim = resource_sim(checked_days_ago(130), person=person, step=timedelta(minutes=15))
    sim.run_days(9)
    assert [at for at, _ in sim.shown] == [local(MONDAY, 11), local(MONDAY, 12), local(MONDAY + days(1), 12),
                                           local(MONDAY + days(8), 12)]
    assert len({p.key for _, p in sim.shown[:3]}) == 1  # the same offer each time, then a new week's


def test_a_snoozed_offer_does_not_return_once_the_check_is_taken():
    def person(sim: Sim, prompt: Prompt) -> None:
        sim.snooze(prompt, Snooze.TOMORROW)
        sim.journal = replace(sim.journal, last_resource_check=sim.now + timedelta(hours=1))

    sim = resource_sim(checked_days_ago(130), person=person)
    sim.run_days(30)
    assert shown_days(sim) == [0]


def test_no_offer_while_locked_or_when_turned_off_or_all_prompts_are_off():
    sim = resource_sim(checked_days_ago(200), step=timedelta(hours=2))
    sim.locked = True
    sim.run_days(20)
    assert sim.shown == []
    for settings in (plan(quiet=NIGHT, kinds=frozenset(PromptKind) - {RC}),
                     plan(quiet=NIGHT, enabled=False)):
        sim = Sim(settings, local(MONDAY), journal=checked_days_ago(200), step=timedelta(hours=2))
        sim.run_days(20)
        assert sim.shown == []


# -- goals ready to look back on -------------------------------------------------------------
TITLES_BY_ID = {1: "Find a walking group", 2: "Say hello to Zofia next door", 3: "Library group"}


def goals_journal(**review_in_days: int) -> PromptFacts:
    """Active goals 1-3 to look back on so many days after MONDAY (negative: already waiting)."""
    reviews = {int(g[1:]): MONDAY + days(n) for g, n in review_in_days.items()}
    return PromptFacts(goal_reviews=reviews, goal_titles={g: TITLES_BY_ID[g] for g in reviews})


def goal_sim(journal: PromptFacts, person=None, **options) -> Sim:
    settings = plan(quiet=NIGHT, kinds=frozenset({GR}), **options)
    return Sim(settings, local(MONDAY), journal=journal, person=person, step=timedelta(minutes=30))


def review(sim: Sim, goal_id: int, next_in_days: int | None) -> None:
    """The person looks back on a goal: a next day to look back, or done (no longer active)."""
    reviews = dict(sim.journal.goal_reviews)
    if next_in_days is None:
        del reviews[goal_id]
    else:
        reviews[goal_id] = day_of(sim.now) + days(next_in_days)
    sim.journal = replace(sim.journal, goal_reviews=reviews)


def test_one_gentle_prompt_when_a_goal_is_ready():
    sim = goal_sim(goals_journal(g1=2, g2=20))
    sim.run_days(10)
    [(at, prompt)] = sim.shown  # left unanswered: not asked again while nothing new comes due
    assert at == local(MONDAY + days(2), 11) == prompt.due
    assert (prompt.kind, prompt.goal_id, prompt.goals_waiting) == (GR, 1, 1)
    assert prompt.title == TITLES[GR] and prompt.text() == GENERIC_TEXT[GR]


def test_several_goals_ready_make_one_prompt_naming_the_longest_waiting():
    sim = goal_sim(goals_journal(g1=-3, g2=-9, g3=0))
    sim.run_days(5)
    [(at, prompt)] = sim.shown
    assert at == local(MONDAY, 11)
    assert (prompt.goal_id, prompt.goals_waiting) == (2, 3)


def test_another_goal_coming_due_brings_one_more_prompt():
    sim = goal_sim(goals_journal(g1=1, g2=4, g3=4))
    sim.run_days(8)
    assert shown_days(sim) == [1, 4]
    assert [(p.goal_id, p.goals_waiting) for _, p in sim.shown] == [(1, 1), (1, 3)]


def test_looking_back_on_some_leaves_the_rest_waiting_quietly():
    sim = goal_sim(goals_journal(g1=-5, g2=0))
    sim.at(local(MONDAY, 15), lambda: review(sim, 2, 14))  # the newer one first: no prompt for goal 1
    sim.at(local(MONDAY + days(3), 15), lambda: review(sim, 1, None))
    sim.run_days(16)
    assert shown_days(sim) == [0, 14]  # goal 2's next day to look back on


def test_no_thanks_means_not_until_another_goals_day_comes():
    sim = goal_sim(goals_journal(g1=0, g2=3), person=lambda sim, p: sim.dismiss(p))
    sim.run_days(6)
    assert shown_days(sim) == [0, 3]
    assert len(sim.dismissed_at) == 2


def test_later_brings_the_goal_prompt_back():
    def person(sim: Sim, prompt: Prompt) -> None:
        if len(sim.shown) == 1:
            sim.snooze(prompt, Snooze.TOMORROW)

    sim = goal_sim(goals_journal(g1=0), person=person)
    sim.run_days(5)
    assert [at for at, _ in sim.shown] == [local(MONDAY, 11), local(MONDAY + days(1), 11)]
    assert sim.shown[0][1].key == sim.shown[1][1].key


def test_goal_prompts_need_the_journal_and_can_be_turned_off():
    sim = goal_sim(goals_journal(g1=0))
    sim.locked = True
    sim.run_days(3)
    assert sim.shown == []
    sim = Sim(plan(quiet=NIGHT, kinds=frozenset(PromptKind) - {GR}), local(MONDAY),
              journal=goals_journal(g1=0), step=timedelta(hours=1))
    sim.run_days(3)
    assert sim.shown == []


def test_the_goal_is_named_only_in_detailed_words():
    journal = goals_journal(g1=-2, g2=-1, g3=0)
    one = Prompt(GR, "goal_review|2026-01-12", local(MONDAY, 11), goal_id=2, goals_waiting=1)
    assert one.text(journal, detailed=True) == "“Say hello to Zofia next door” is ready to look back on, " \
                                               "whenever suits you."
    two = replace(one, goals_waiting=2).text(journal, detailed=True)
    assert two.startswith("“Say hello to Zofia next door” and one other goal are ready")
    three = replace(one, goals_waiting=3).text(journal, detailed=True)
    assert "and 2 other goals are ready" in three
    for prompt in (one, replace(one, goals_waiting=3)):
        for text in (prompt.title, prompt.text(journal), prompt.text(journal, detailed=False),
                     prompt.text(None, detailed=True)):
            assert not any(t.split()[-1] in text for t in TITLES_BY_ID.values()), text
    gone = replace(one, goal_id=99).text(journal, detailed=True)
    assert gone == GENERIC_TEXT[GR]


def test_the_words_are_kind_and_quiet():
    texts = [TITLES[RC], TITLES[GR], GENERIC_TEXT[RC], GENERIC_TEXT[GR], FIRST_RESOURCE_TEXT]
    assert "When you have a moment" in GENERIC_TEXT[RC] and "whenever suits you" in GENERIC_TEXT[GR]
    for text in texts:
        assert text == text.strip() and "!" not in text
        assert not any(word in text.lower() for word in [*ALARMING, "overdue", "late", "missed", "must"]), text


# -- sharing the day with other prompts ------------------------------------------------------------
def everything_due() -> PromptFacts:
    return replace(
        checked_days_ago(200), last_in_touch=local(MONDAY - days(5), 12),
        goal_reviews={1: MONDAY - days(1)}, goal_titles={1: TITLES_BY_ID[1]},
    )


def test_the_daily_cap_counts_the_new_kinds_and_they_come_last():
    settings = plan(slot("20:00"), quiet=NIGHT, max_per_day=2, isolation_days=5)
    sim = Sim(settings, local(MONDAY), journal=everything_due(), step=timedelta(minutes=30))
    sim.run_days(3)
    assert sim.on(MONDAY) == [(hm("11:00"), ISO), (hm("11:00"), GR)]  # nothing left for the check-in
    assert sim.on(MONDAY + days(1)) == [(hm("11:00"), RC), (hm("20:00"), CI)]
    assert sim.on(MONDAY + days(2)) == [(hm("20:00"), CI)]
    assert max(sim.per_day().values()) <= 2


def test_one_a_day_at_most():
    settings = plan(quiet=NIGHT, max_per_day=1, kinds=frozenset({RC, GR}))
    sim = Sim(settings, local(MONDAY), journal=everything_due(), step=timedelta(minutes=30))
    sim.run_days(3)
    assert [((day_of(at) - MONDAY).days, p.kind) for at, p in sim.shown] == [(0, GR), (1, RC)]


def test_never_in_quiet_hours():
    # Nudge time inside the quiet hours: offered when they end.
    settings = plan(quiet=QuietHours(hm("21:00"), hm("09:30")), nudge_time=hm("07:00"), kinds=frozenset({RC, GR}))
    sim = Sim(settings, local(MONDAY), journal=everything_due(), step=timedelta(minutes=10))
    sim.run_days(2)
    assert [(at, p.kind) for at, p in sim.shown] == [(local(MONDAY, 9, 30), GR), (local(MONDAY, 9, 30), RC)]
    settings = plan(quiet=QuietHours(hm("10:00"), hm("22:00")), kinds=frozenset({RC}))
    sim = Sim(settings, local(MONDAY), journal=everything_due(), step=timedelta(minutes=10))
    sim.run_days(1)
    assert [at for at, _ in sim.shown] == [local(MONDAY, 22)]


def test_a_snoozed_offer_never_lands_in_quiet_hours(local_tz):
    local_tz(AUCKLAND)

    def person(sim: Sim, prompt: Prompt) -> None:
        if len(sim.shown) == 1:
            sim.snooze(prompt, Snooze.HOUR)

    settings = plan(quiet=QuietHours(hm("11:30"), hm("13:00")), kinds=frozenset({RC}))
    sim = Sim(settings, local(MONDAY), journal=everything_due(), person=person, step=timedelta(minutes=10))
    sim.run_days(1)
    assert [wall(at) for at, _ in sim.shown] == [hm("11:00"), hm("13:00")]


# -- what lasts and where it is kept -------------------------------------------------------------
def test_their_state_stays_in_the_vault_part():
    at = datetime(2026, 1, 12, 16, tzinfo=UTC)
    state = PromptState(delivered={"resource_check|2025-09-01|2026-01-12": at, "goal_review|2026-01-10": at,
                                   "check_in|2026-01-12|09:00": at},
                        dismissed={"resource_check|never|2026-01-05": at})
    plain, private = split_state(state)
    assert list(plain.delivered) == ["check_in|2026-01-12|09:00"] and plain.dismissed == {}
    assert set(private.delivered) == {"resource_check|2025-09-01|2026-01-12", "goal_review|2026-01-10"}
    assert json.loads(json.dumps(state_to_dict(private)))["dismissed"] == {
        "resource_check|never|2026-01-05": "2026-01-12T16:00:00+00:00"}
    assert state_from_dict(state_to_dict(state)) == state


def test_checked_keeps_their_answers_for_a_year():
    now = local(MONDAY, 12)
    state = PromptState(dismissed={"resource_check|never|a": now - days(300), "goal_review|2025-01-01": now - days(360),
                                   "resource_check|never|b": now - days(367), "contacts|2025-12-01|09:00": now - days(20)})
    assert set(checked(state, now).dismissed) == {"resource_check|never|a", "goal_review|2025-01-01"}


@pytest.mark.parametrize("junk", ["goal_review", "goal_review|", "goal_review|someday", "goal_review|2026-13-01",
                                  "resource_check", "resource_check||"])
def test_odd_keys_in_the_kept_state_never_raise(junk):
    state = state_from_dict({"delivered": {junk: "2026-01-12T14:00:00+00:00"},
                             "dismissed": {junk: "2026-01-12T14:00:00+00:00"},
                             "snoozed": {junk: "2026-01-12T15:00:00+00:00"}})
    for hour in (10, 11, 16, 20):
        due_prompts(PromptSettings(), state, everything_due(), local(MONDAY, hour))


def test_a_shown_prompt_lasts_while_it_still_asks_something():
    settings = PromptSettings()
    now = local(MONDAY, 12)
    offer = Prompt(RC, "resource_check|2025-06-01|2026-01-12", local(MONDAY, 11))
    goal = Prompt(GR, "goal_review|2026-01-11", local(MONDAY, 11), goal_id=1, goals_waiting=1)
    facts = everything_due()
    assert still_relevant(offer, settings, facts, now) and still_relevant(goal, settings, facts, now)
    assert not still_relevant(offer, settings, None, now) and not still_relevant(goal, settings, None, now)
    taken = replace(facts, last_resource_check=now - timedelta(minutes=5))
    assert not still_relevant(offer, settings, taken, now)
    looked_back = replace(facts, goal_reviews={1: MONDAY + days(14)})
    assert not still_relevant(goal, settings, looked_back, now)


# -- settings ---------------------------------------------------------------------------------------
def test_the_interval_is_validated_kindly():
    for bad in (0, 29, 366):
        with pytest.raises(ValidationError, match="30 to 365 days"):
            PromptSettings(resource_check_days=bad).validate()
    assert PromptSettings(resource_check_days=30).validate().resource_check_days == 30
    assert PromptSettings().resource_check_days == 120  # about every four months


def test_the_settings_file_keeps_the_choices():
    chosen = AppSettings(prompts=PromptSettings(kinds=frozenset({CI, GR}), resource_check_days=182))
    data = json.loads(json.dumps(settings_to_dict(chosen)))
    assert data["prompts"]["resource_check_days"] == 182
    assert settings_from_dict(data) == chosen
    for bad in ("182", 12, 400, True, None, [182]):
        data["prompts"]["resource_check_days"] = bad
        read = settings_from_dict(data).prompts
        assert read.resource_check_days == 120 and read.kinds == chosen.prompts.kinds


def test_a_file_from_before_these_prompts_turns_them_on_and_later_choices_stay():
    old = {"prompts": {"kinds": ["check_in", "isolation"], "max_per_day": 2}}  # written before they existed
    assert settings_from_dict(old).prompts.kinds == frozenset({CI, ISO, *CONNECTING_KINDS})
    off = settings_to_dict(AppSettings(prompts=PromptSettings(kinds=frozenset({CI, ISO}))))
    assert settings_from_dict(off).prompts.kinds == frozenset({CI, ISO})  # turned off stays off
    newer = {"prompts": {"kinds": ["check_in"], "kinds_known": [*(k.value for k in PromptKind), "someday"]}}
    assert settings_from_dict(newer).prompts.kinds == frozenset({CI})
    for junk in (5, "check_in", [1, 2], None):
        data = {"prompts": {"kinds": ["check_in"], "kinds_known": junk}}
        assert settings_from_dict(data).prompts.kinds == frozenset({CI, *CONNECTING_KINDS})


# -- random months: the rules hold ------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(6))
def test_random_months_keep_the_rules(local_tz, seed):
    rng = random.Random(seed)
    local_tz(rng.choice([NEW_YORK, AUCKLAND, "UTC0"]))
    every = rng.choice([30, 61, 120])
    settings = plan(slot("20:00"), quiet=rng.choice([None, NIGHT, QuietHours(hm("10:00"), hm("12:00"))]),
                    max_per_day=rng.randrange(1, 4), nudge_time=time(rng.randrange(24)),
                    resource_check_days=every, kinds=frozenset({CI, RC, GR}))
    journal = PromptFacts(journal_started=local(MONDAY - days(rng.randrange(0, 30))),
                          last_resource_check=rng.choice([None, local(MONDAY - days(rng.randrange(0, 200)), 9)]),
                          goal_reviews={g: MONDAY + days(rng.randrange(-10, 60)) for g in (1, 2, 3)},
                          goal_titles=TITLES_BY_ID)

    def person(sim: Sim, prompt: Prompt) -> None:
        roll = rng.random()
        if roll < 0.25:
            sim.snooze(prompt, rng.choice(list(Snooze)))
        elif roll < 0.5:
            sim.dismiss(prompt)
        elif roll < 0.6 and prompt.kind is RC:
            sim.journal = replace(sim.journal, last_resource_check=sim.now)
        elif roll < 0.7 and prompt.kind is GR and prompt.goal_id is not None:
            review(sim, prompt.goal_id, rng.choice([None, 7, 30]))

    sim = Sim(settings, local(MONDAY), journal=journal, person=person, step=timedelta(minutes=30))
    end = sim.now + days(90)
    while sim.now < end:
        sim.check()
        if rng.random() < 0.01:
            sim.locked = not sim.locked
        sim.now += sim.step

    offers = [(n, at, p) for n, (at, p) in enumerate(sim.shown) if p.kind is RC]
    for (n0, a0, _), (n1, a1, p1) in zip(offers, offers[1:], strict=False):
        back_from_later = any(n0 < s <= n1 for s in sim.snoozed_after.get(p1.key, []))
        assert back_from_later or a1 - a0 >= WEEK, (a0, a1)
    for _, at, _ in offers:
        earlier = [when for k, when in sim.dismissed_at.items() if k.startswith("resource_check|") and when < at]
        assert all(at - when >= days(every) for when in earlier), (at, earlier)
    for at, prompt in sim.shown:
        assert settings.quiet is None or not settings.quiet.contains(wall(at))
        if prompt.kind in CONNECTING_KINDS:
            assert at >= local_instant(day_of(at), settings.nudge_time)
    keys_a_day: dict[date, set[str]] = {}  # a prompt back from "later" was counted already
    for at, prompt in sim.shown:
        keys_a_day.setdefault(day_of(at), set()).add(prompt.key)
    assert all(len(keys) <= settings.max_per_day for keys in keys_a_day.values())

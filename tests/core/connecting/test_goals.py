"""Goals with plan–do–review and places: validation, the history in words, what is due."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from peerjournal.core.connecting.goals import (
    DEFAULT_OBSTACLES,
    OBSTACLES_MAX,
    TITLE_MAX,
    Goal,
    GoalStatus,
    Happened,
    Review,
    StatusChange,
    by_status,
    clean_obstacles,
    day_words,
    due_for_review,
    history,
    is_due,
    obstacle_label,
)
from peerjournal.core.connecting.places import NAME_MAX, Place
from peerjournal.errors import ValidationError
from tests.core.conftest import AUCKLAND, CALIFORNIA, LONDON


def noon(year: int, month: int, day: int) -> datetime:
    """Local noon as an aware time: that calendar day in whatever zone the tests run in."""
    return datetime(year, month, day, 12).astimezone()


SET = noon(2026, 3, 12)
TODAY = date(2026, 4, 1)


def goal(**changes) -> Goal:
    base = Goal(title="Find a walking group", review_on=date(2026, 3, 26), created=SET, id=1)
    return replace(base, **changes)


# -- validation ------------------------------------------------------------------------
def test_a_goal_is_tidied_when_valid():
    g = goal(title="  find   a walking group ", why=" fresh air \n", first_step=" look online ",
             obstacles=(" anxiety", "Anxiety", "", "  the   bus "),
             created=SET.replace(microsecond=123)).validate()
    assert g.title == "find a walking group"
    assert g.why == "fresh air" and g.first_step == "look online"
    assert g.obstacles == ("anxiety", "the bus")
    assert g.created.microsecond == 0
    assert g.status is GoalStatus.ACTIVE


@pytest.mark.parametrize(("changes", "words"), [
    ({"title": "   "}, "a few words"),
    ({"title": "x" * (TITLE_MAX + 1)}, f"at most {TITLE_MAX}"),
    ({"review_on": date(2026, 3, 11)}, "can't be before the day it was set"),
    ({"review_on": datetime(2026, 4, 1, tzinfo=UTC)}, "choose a day"),
    ({"created": datetime(2026, 3, 12, 12)}, "time zone"),
    ({"status": "finished"}, "Unknown state"),
    ({"why": "x" * 20_001}, "Why it matters can be at most 20,000"),
    ({"obstacles": ("x" * 61,)}, "at most 60"),
    ({"obstacles": tuple(f"thing {n}" for n in range(OBSTACLES_MAX + 1))}, "at most 12"),
])
def test_an_invalid_goal_says_what_is_wrong(changes, words):
    with pytest.raises(ValidationError, match=words):
        goal(**changes).validate()


def test_a_review_on_the_day_the_goal_was_set_is_fine_but_not_before_or_in_the_future():
    g = goal()
    assert Review(1, date(2026, 3, 12), Happened.PARTLY).validate(TODAY, g).on == date(2026, 3, 12)
    with pytest.raises(ValidationError, match="before the day the goal was set"):
        Review(1, date(2026, 3, 11), Happened.PARTLY).validate(TODAY, g)
    with pytest.raises(ValidationError, match="in the future"):
        Review(1, date(2026, 4, 2), Happened.YES).validate(TODAY, g)
    with pytest.raises(ValidationError, match="yes, partly or not yet"):
        Review(1, TODAY, "maybe").validate(TODAY, g)  # type: ignore[arg-type]


@pytest.mark.parametrize(("zone", "created", "day"), [
    # Set at 00:30 on 13 March in Auckland (NZDT): 12 March 11:30 in UTC.
    (AUCKLAND, datetime(2026, 3, 12, 11, 30, tzinfo=UTC), date(2026, 3, 13)),
    # Set at 23:30 on 12 March in California (PDT): 13 March 06:30 in UTC.
    (CALIFORNIA, datetime(2026, 3, 13, 6, 30, tzinfo=UTC), date(2026, 3, 12)),
    # Set at 00:30 on 1 July in London (BST): 30 June 23:30 in UTC.
    (LONDON, datetime(2026, 6, 30, 23, 30, tzinfo=UTC), date(2026, 7, 1)),
])
def test_a_goal_is_set_and_reviewed_on_the_local_day(local_tz, zone, created, day):
    local_tz(zone)
    g = goal(created=created, review_on=day).validate()
    assert g.set_on == day
    assert Review(1, day, Happened.YES).validate(day, g).on == day  # the same local day is fine
    with pytest.raises(ValidationError, match="before the day the goal was set"):
        Review(1, date.fromordinal(day.toordinal() - 1), Happened.YES).validate(day, g)
    assert history(g, [], [StatusChange(1, created, GoalStatus.DONE)])[-1].on == day


def test_a_review_keeps_its_words_tidied():
    r = Review(1, TODAY, "partly", in_the_way="  the bus was late ", next_step=" try Thursday\n")
    r = r.validate(TODAY)
    assert r.happened is Happened.PARTLY
    assert (r.in_the_way, r.next_step) == ("the bus was late", "try Thursday")


def test_default_obstacles_are_offered_and_own_words_kept():
    assert set(DEFAULT_OBSTACLES) == {"anxiety", "transport", "money", "not knowing anyone there",
                                      "time", "health"}
    assert clean_obstacles(["money", "my knee", "MONEY"]) == ("money", "my knee")
    assert obstacle_label("my knee") == "my knee" and obstacle_label("money") == "money"


# -- history ------------------------------------------------------------------------------
def test_history_tells_the_story_in_plain_words_oldest_first():
    g = goal(first_step="look on the library noticeboard")
    reviews = [
        Review(1, date(2026, 3, 26), Happened.PARTLY, in_the_way="anxiety",
               next_step="go with Priya", id=1),
        Review(1, date(2026, 4, 9), Happened.YES, id=2),
    ]
    changes = [StatusChange(1, noon(2026, 4, 9), GoalStatus.DONE)]
    lines = [item.line(TODAY) for item in history(g, reversed(reviews), changes)]
    assert lines == [
        "12 March: set this goal — first step: look on the library noticeboard",
        "26 March: partly — what got in the way: anxiety; next: go with Priya",
        "9 April: it happened",
        "9 April: done",
    ]  # reviews given newest first still come in day order


def test_history_of_a_paused_then_let_go_goal_never_counts_or_scores():
    g = goal()
    changes = [
        StatusChange(1, noon(2026, 5, 2), GoalStatus.LET_GO),
        StatusChange(1, noon(2026, 3, 20), GoalStatus.PAUSED),
        StatusChange(1, noon(2026, 4, 1), GoalStatus.ACTIVE),
    ]
    items = history(g, [Review(1, date(2026, 3, 19), Happened.NOT_YET)], changes)
    assert [i.kind for i in items] == ["set", "review", "status", "status", "status"]
    assert [i.line(TODAY) for i in items] == [
        "12 March: set this goal",
        "19 March: not yet",
        "20 March: paused for now",
        "1 April: picked up again",
        "2 May: let go — plans change",
    ]
    text = " ".join(i.text for i in items)
    for judging in ("%", "streak", "score", "failed", "/"):
        assert judging not in text


def test_a_day_from_another_year_says_its_year():
    assert day_words(date(2025, 12, 30), TODAY) == "30 December 2025"
    assert day_words(date(2026, 1, 2), TODAY) == "2 January"
    assert day_words(date(2026, 1, 2)) == "2 January 2026"


# -- what is due -----------------------------------------------------------------------------
def test_only_active_goals_whose_day_has_come_are_due_longest_waiting_first():
    due_today = goal(id=1, title="b", review_on=TODAY)
    overdue = goal(id=2, title="a", review_on=date(2026, 3, 20))
    later = goal(id=3, review_on=date(2026, 4, 2))
    paused = goal(id=4, review_on=date(2026, 3, 13), status=GoalStatus.PAUSED)
    let_go = goal(id=5, review_on=date(2026, 3, 13), status=GoalStatus.LET_GO)
    done = goal(id=6, review_on=date(2026, 3, 13), status=GoalStatus.DONE)
    goals = [due_today, later, paused, let_go, done, overdue]
    assert [g.id for g in due_for_review(goals, TODAY)] == [2, 1]
    assert is_due(due_today, TODAY) and not is_due(later, TODAY) and not is_due(paused, TODAY)


def test_goals_grouped_active_paused_let_go_done():
    goals = [goal(id=1, status=GoalStatus.DONE), goal(id=2, title="b"),
             goal(id=3, title="a"), goal(id=4, status=GoalStatus.PAUSED)]
    groups = by_status(goals)
    assert list(groups) == [GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.LET_GO,
                            GoalStatus.DONE]
    assert [g.id for g in groups[GoalStatus.ACTIVE]] == [3, 2]
    assert groups[GoalStatus.LET_GO] == []


# -- places ------------------------------------------------------------------------------------
def test_a_place_is_tidied_and_needs_a_name():
    p = Place(name="  Tuesday   walking group ", what=" a walk ", when="Tuesdays 10am ",
              how_to_get_there=" bus 12 ", contact=" 01234 ", notes=" friendly ").validate()
    assert (p.name, p.what, p.when, p.how_to_get_there, p.contact, p.notes) == (
        "Tuesday walking group", "a walk", "Tuesdays 10am", "bus 12", "01234", "friendly")
    with pytest.raises(ValidationError, match="give the place or group a name"):
        Place(name=" ").validate()
    with pytest.raises(ValidationError, match=f"at most {NAME_MAX}"):
        Place(name="x" * (NAME_MAX + 1)).validate()
    with pytest.raises(ValidationError, match="How to get there can be at most 1,000"):
        Place(name="Library", how_to_get_there="x" * 1001).validate()

"""Insights over time: daily mood and its trailing average, the year in colour, weekly and
monthly counts. Local days are New York's (away from UTC, with DST), so day-boundary bugs show."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from peerjournal.core.insights import (
    ActivityEvent,
    ContactEvent,
    History,
    MoodPoint,
    Span,
    activities_per_week,
    contacts_per_week,
    daily_moods,
    day_cells,
    local_day_bounds,
    mood_over_time,
    mood_series,
    people_per_month,
    span_dates,
    week_start,
    year_in_colour,
)
from peerjournal.core.insights.mood import MIN_DAYS_FOR_AVERAGE
from peerjournal.core.vocabulary import ContactMode
from tests.core.conftest import NEW_YORK

MONDAY = date(2026, 1, 12)  # winter: New York is UTC-5 all month
IN_PERSON, PHONE, VIDEO, MESSAGE = (
    ContactMode.IN_PERSON, ContactMode.PHONE, ContactMode.VIDEO, ContactMode.MESSAGE,
)


@pytest.fixture(autouse=True)
def _new_york(local_tz):
    local_tz(NEW_YORK)


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """The UTC instant of a local wall-clock time (call inside a test, after the zone is set)."""
    return datetime.combine(day, time(hour, minute)).astimezone(UTC)


def moods(*points: tuple[date, int] | tuple[date, int, int]) -> tuple[MoodPoint, ...]:
    """(day, mood) at noon, or (day, hour, mood)."""
    result = []
    for point in points:
        if len(point) == 2:
            result.append(MoodPoint(at(point[0]), point[1]))
        else:
            day, hour, mood = point  # type: ignore[misc]
            result.append(MoodPoint(at(day, hour), mood))
    return tuple(result)


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


# -- empty and small histories ---------------------------------------------------
def test_empty_history_gives_gaps_and_zeros_not_errors():
    empty = History()
    series = mood_series(empty, day(0), day(6))
    assert [d for d, _ in series.daily] == [day(n) for n in range(7)]
    assert all(v is None for _, v in series.daily + series.average)
    assert series.logged_days == 0
    assert mood_over_time(empty, Span.ALL, day(3)).daily == [(day(3), None)]
    cells = year_in_colour(empty, 2026)
    assert len(cells) == 365 and all(c.mood is None and c.entries == 0 for c in cells)
    weeks = contacts_per_week(empty, day(0), day(6))
    assert [(w.start, w.total) for w in weeks] == [(MONDAY, 0)]
    assert activities_per_week(empty, day(0), day(6))[0].counts == {}
    assert people_per_month(empty, day(0), day(6)) == [(date(2026, 1, 1), 0)]
    assert daily_moods(empty) == {}
    # A range that ends before it starts is empty, not an error.
    backwards = (day(20), day(0))
    assert mood_series(empty, *backwards).daily == []
    assert contacts_per_week(empty, *backwards) == activities_per_week(empty, *backwards) == []
    assert people_per_month(empty, date(2026, 3, 5), date(2026, 1, 9)) == []


def test_one_day_with_several_check_ins_is_their_mean():
    history = History(moods=moods((day(2), 8, 3), (day(2), 13, 4), (day(2), 21, 5)))
    series = mood_series(history, day(0), day(4))
    assert series.daily == [(day(0), None), (day(1), None), (day(2), 4.0), (day(3), None), (day(4), None)]
    assert series.logged_days == 1
    assert all(v is None for _, v in series.average)  # one day is too few for an average


def test_a_day_without_check_ins_is_a_gap_not_zero():
    history = History(moods=moods((day(0), 2), (day(2), 4)))
    daily = dict(mood_series(history, day(0), day(2)).daily)
    assert daily == {day(0): 2.0, day(1): None, day(2): 4.0}


def test_trailing_average_is_of_daily_points_and_needs_three_days():
    assert MIN_DAYS_FOR_AVERAGE == 3
    history = History(moods=moods(
        (day(0), 2),
        (day(1), 8, 5), (day(1), 12, 5), (day(1), 20, 2),  # day point 4.0 (check-ins average 4.0)
        (day(3), 3),
        (day(10), 5),
    ))
    average = dict(mood_series(history, day(0), day(10)).average)
    assert [average[day(n)] for n in range(3)] == [None, None, None]
    # Mean of the days (2, 4, 3), not of the five check-ins (3.4).
    assert [average[day(n)] for n in range(3, 7)] == [3.0, 3.0, 3.0, 3.0]
    assert [average[day(n)] for n in range(7, 11)] == [None, None, None, None]


def test_average_looks_back_before_the_range():
    history = History(moods=moods((day(0), 2), (day(1), 4), (day(3), 3)))
    series = mood_series(history, day(3), day(4))
    assert series.daily == [(day(3), 3.0), (day(4), None)]
    assert series.average == [(day(3), 3.0), (day(4), 3.0)]


def test_check_ins_before_or_after_the_range_are_not_daily_points():
    history = History(moods=moods((day(0), 1), (day(5), 5)))
    assert mood_series(history, day(1), day(4)).logged_days == 0


# -- local days across daylight-saving changes ------------------------------------
def test_late_evening_check_in_stays_on_its_local_day_across_dst():
    spring, autumn = date(2026, 3, 8), date(2026, 11, 1)  # New York's change days (Sundays)
    history = History(moods=(
        MoodPoint(datetime(2026, 3, 8, 4, 30, tzinfo=UTC), 1),   # 23:30 EST on 7 March
        MoodPoint(datetime(2026, 3, 8, 5, 30, tzinfo=UTC), 2),   # 00:30 EST on 8 March
        MoodPoint(datetime(2026, 3, 9, 3, 30, tzinfo=UTC), 4),   # 23:30 EDT on 8 March
        MoodPoint(datetime(2026, 11, 1, 4, 30, tzinfo=UTC), 3),  # 00:30 EDT on 1 November
        MoodPoint(datetime(2026, 11, 2, 4, 30, tzinfo=UTC), 5),  # 23:30 EST on 1 November
    ))
    assert daily_moods(history) == {
        date(2026, 3, 7): 1.0, spring: 3.0, autumn: 4.0,
    }
    assert at(spring, 23, 30) == datetime(2026, 3, 9, 3, 30, tzinfo=UTC)
    # A 23-hour and a 25-hour local day.
    assert local_day_bounds(spring) == (
        datetime(2026, 3, 8, 5, tzinfo=UTC), datetime(2026, 3, 9, 4, tzinfo=UTC),
    )
    assert local_day_bounds(autumn) == (
        datetime(2026, 11, 1, 4, tzinfo=UTC), datetime(2026, 11, 2, 5, tzinfo=UTC),
    )


def test_sunday_late_evening_contact_counts_in_the_week_it_was_lived():
    sunday = date(2026, 3, 8)  # 23:30 EDT is already Monday in UTC
    history = History(contacts=(ContactEvent(at(sunday, 23, 30), PHONE, (1,)),))
    weeks = contacts_per_week(history, date(2026, 3, 2), date(2026, 3, 9))
    assert [(w.start, w.counts[PHONE]) for w in weeks] == [(date(2026, 3, 2), 1), (date(2026, 3, 9), 0)]


# -- spans and the year in colour -----------------------------------------------
def test_span_dates_end_today_and_all_starts_at_the_first_entry():
    today = day(40)
    history = History(
        moods=moods((day(5), 3)),
        activities=(ActivityEvent(at(day(2), 0, 30), "Walk"),),
    )
    assert span_dates(Span.WEEK, today, history) == (day(34), today)
    assert span_dates(Span.MONTH, today, history) == (day(11), today)
    assert span_dates(Span.THREE_MONTHS, today, history) == (today - timedelta(days=90), today)
    assert span_dates(Span.YEAR, today, history) == (today - timedelta(days=364), today)
    assert span_dates(Span.ALL, today, history) == (day(2), today)
    series = mood_over_time(history, Span.ALL, today)
    assert len(series.daily) == 39 and series.logged_days == 1


def test_year_in_colour_has_a_cell_per_day_with_counts():
    history = History(
        moods=moods((day(1), 9, 2), (day(1), 20, 5)),
        contacts=(ContactEvent(at(day(1)), VIDEO, (1,)), ContactEvent(at(day(3)), PHONE, (2,))),
        activities=(ActivityEvent(at(day(1), 23, 59), "Walk"),),
    )
    cells = year_in_colour(history, 2026)
    assert len(cells) == 365 and cells[0].day == date(2026, 1, 1) and cells[-1].day == date(2026, 12, 31)
    by_day = {c.day: c for c in cells}
    one = by_day[day(1)]
    assert (one.mood, one.check_ins, one.contacts, one.activities, one.entries) == (3.5, 2, 1, 1, 4)
    three = by_day[day(3)]
    assert (three.mood, three.entries) == (None, 1)  # entries, but no mood: no colour
    assert len(year_in_colour(History(), 2024)) == 366
    assert [c.day for c in day_cells(history, day(0), day(2))] == [day(0), day(1), day(2)]


# -- weekly and monthly counts ---------------------------------------------------
def test_weeks_start_on_monday_local_time():
    assert week_start(date(2026, 1, 18)) == MONDAY  # a Sunday
    assert week_start(MONDAY) == MONDAY
    history = History(contacts=(
        ContactEvent(at(day(-1), 23, 50), IN_PERSON, (1,)),  # Sunday before: another week
        ContactEvent(at(day(0), 0, 10), IN_PERSON, (1,)),
        ContactEvent(at(day(6), 23, 50), PHONE, (2,)),        # Sunday: UTC says Monday
        ContactEvent(at(day(7), 0, 5), VIDEO, (2,)),
        ContactEvent(at(day(8)), MESSAGE, (2,)),
        ContactEvent(at(day(8), 18), MESSAGE, (3,)),
    ))
    weeks = contacts_per_week(history, day(2), day(8))  # Wednesday to the next Tuesday
    assert [w.start for w in weeks] == [MONDAY, day(7)]
    assert list(weeks[0].counts) == list(ContactMode)  # every mode, zeros included
    assert weeks[0].counts == {**dict.fromkeys(ContactMode, 0), IN_PERSON: 1, PHONE: 1}
    assert weeks[1].counts == {**dict.fromkeys(ContactMode, 0), VIDEO: 1, MESSAGE: 2}
    assert [w.total for w in weeks] == [2, 3]


def test_activities_per_week_by_kind_most_frequent_first():
    history = History(activities=(
        ActivityEvent(at(day(0)), "Walk"),
        ActivityEvent(at(day(1)), "Art"),
        ActivityEvent(at(day(8)), "Walk"),
        ActivityEvent(at(day(9)), "Walk"),
        ActivityEvent(at(day(30)), "Choir"),  # outside the range
    ))
    weeks = activities_per_week(history, day(0), day(13))
    assert [(w.start, w.counts) for w in weeks] == [
        (MONDAY, {"Walk": 1, "Art": 1}),
        (day(7), {"Walk": 2, "Art": 0}),
    ]


def test_distinct_people_per_month_from_contacts_and_activities():
    jan31 = date(2026, 1, 31)
    history = History(
        contacts=(
            ContactEvent(at(day(0)), PHONE, (1, 2)),
            ContactEvent(at(day(3)), VIDEO, (1,)),          # Sam again: still two people
            ContactEvent(at(jan31, 23, 30), MESSAGE, (4,)),  # 1 February in UTC
            ContactEvent(at(date(2026, 2, 10)), PHONE, (3,)),
        ),
        activities=(
            ActivityEvent(at(date(2026, 2, 11)), "Walk", 4, (3,)),
            ActivityEvent(at(date(2026, 2, 12)), "Art", None, (5,)),
        ),
    )
    assert people_per_month(history, date(2026, 1, 15), date(2026, 3, 2)) == [
        (date(2026, 1, 1), 3), (date(2026, 2, 1), 2), (date(2026, 3, 1), 0),
    ]
    assert people_per_month(history, date(2025, 12, 31), date(2026, 1, 1))[0] == (date(2025, 12, 1), 0)

"""Ten years of a busy journal (~15k entries, built in memory) goes through every insight.

Not a timed assertion: it only has to finish quickly, which pytest --durations shows."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from peerjournal.core.insights import (
    ActivityEvent,
    ContactEvent,
    History,
    MoodPoint,
    Span,
    activities_per_week,
    better_days,
    connection_signals,
    contacts_per_week,
    help_grid,
    mood_over_time,
    network_map,
    people_per_month,
    span_dates,
    year_in_colour,
)
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import (
    DEFAULT_ACTIVITY_CATEGORIES,
    Closeness,
    ContactMode,
    HelpKind,
)

# 08:00 on this computer's clock (with that day's offset): the same days in every time zone.
FIRST = datetime(2016, 1, 1, 8).astimezone()
TODAY = date(2025, 12, 31)


def busy_history(seed: int = 7) -> History:
    rng = random.Random(seed)
    people = tuple(
        Person(name=f"Person {i}", id=i, closeness=rng.choice(list(Closeness)),
               help_kinds=frozenset(rng.sample(list(HelpKind), rng.randint(0, 3))),
               archived=i % 10 == 0)
        for i in range(1, 41)
    )
    moods, contacts, activities = [], [], []
    for n in range(3650):
        morning = FIRST + timedelta(days=n, minutes=rng.randint(0, 600))
        moods += [MoodPoint(morning + timedelta(hours=h), rng.randint(1, 5)) for h in (0, 12)]
        for hours in (3, 9) if rng.random() < 0.3 else (3,):
            contacts.append(ContactEvent(
                morning + timedelta(hours=hours), rng.choice(list(ContactMode)),
                tuple(rng.sample(range(1, 41), rng.randint(1, 3))),
            ))
        if rng.random() < 0.8:
            activities.append(ActivityEvent(
                morning + timedelta(hours=5), rng.choice(DEFAULT_ACTIVITY_CATEGORIES),
                rng.choice([None, 2, 3, 4, 5]), tuple(rng.sample(range(1, 41), rng.randint(0, 2))),
            ))
    return History(tuple(moods), tuple(contacts), tuple(activities), people)


def test_ten_years_of_entries_through_every_insight():
    history = busy_history()
    entries = len(history.moods) + len(history.contacts) + len(history.activities)
    assert 14_000 < entries < 16_000
    start, end = span_dates(Span.ALL, TODAY, history)
    assert start == date(2016, 1, 1)
    series = mood_over_time(history, Span.ALL, TODAY)
    assert series.logged_days == 3650
    assert sum(len(year_in_colour(history, y)) for y in range(2016, 2026)) == 3653
    assert sum(w.total for w in contacts_per_week(history, start, end)) == len(history.contacts)
    assert sum(w.total for w in activities_per_week(history, start, end)) == len(history.activities)
    assert len(people_per_month(history, start, end)) == 120
    assert better_days(history).compared  # random moods: compared, though nothing may stand out
    assert connection_signals(history, TODAY).days_since_in_person is not None
    assert len(network_map(history, TODAY)) == 36
    assert len(help_grid(history.people).people) == 36

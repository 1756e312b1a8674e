"""Insights grouped by local day in SQL equal the Python functions on the whole history,
in zones with daylight saving, entries either side of a change and of local midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.clock import end_of_local_day, local_day
from peerjournal.core.insights import (
    activities_per_week,
    better_days,
    connection_signals,
    contacts_per_week,
    daily_moods,
    days_in_touch,
    network_map,
    people_per_month,
)
from peerjournal.core.insights.better_days import compare_days
from peerjournal.core.insights.connection import (
    nodes_from_days,
    signals_from_days,
    signals_from_numbers,
)
from peerjournal.core.insights.counts import (
    activities_per_week_from,
    contacts_per_week_from,
    people_per_month_from,
)
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.insights import load_history
from peerjournal.storage.insights_days import (
    activities_by_week,
    contacts_by_week,
    daily_mood_means,
    day_groups,
    day_groups_by_slices,
    day_numbers,
    day_numbers_by_slices,
    people_by_month,
    touch_days,
)
from peerjournal.storage.journal import Journal
from tests.vm_steps import steps_of
from tests.zones import AUCKLAND, CHANGES, LONDON, NEW_YORK, near_a_change

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
when = near_a_change(days=3)
who = st.lists(st.integers(0, 3), max_size=3, unique=True)
mood = st.tuples(st.just("mood"), when, st.integers(1, 5), st.none())
contact = st.tuples(st.just("contact"), when, st.sampled_from(list(ContactMode)),
                    st.lists(st.integers(0, 3), min_size=1, max_size=3, unique=True))
activity = st.tuples(st.just("activity"), when, st.sampled_from(["", "Walk", "Art"]), who)


@pytest.fixture
def journal(vault):
    journal = Journal(vault, clock=lambda: NOW)
    for n in range(4):
        journal.add_person(Person(name=f"Person {n}", archived=n == 3))
    return journal


def _refill(journal, entries):
    ids = [p.id for p in journal.people(include_archived=True)]
    with journal.batch():
        for table in ("moods", "contacts", "activities"):
            journal.vault.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        for kind, at, what, people in entries:
            chosen = tuple(ids[n] for n in people or ())
            if kind == "mood":
                journal.add_mood(MoodCheckIn(at=at, mood=what))
            elif kind == "contact":
                journal.add_contact(Contact(at=at, mode=what, person_ids=chosen))
            else:
                journal.add_activity(Activity(at=at, category=what, title="t", person_ids=chosen))


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(mood, contact, activity), max_size=40))
def test_grouped_in_sql_equals_the_history_in_python(local_tz, journal, zone, entries):
    local_tz(zone)
    _refill(journal, entries)
    today = local_day(NOW)
    history = load_history(journal, None, end_of_local_day(NOW))
    groups = day_groups(journal, today)
    people = groups.current_people()
    assert people == history.current_people()
    assert groups.moods == daily_moods(history) == daily_mood_means(journal, None, today)
    assert compare_days(groups.moods, groups.in_person, groups.by_category, groups.touch, people,
                        min_days=1) == better_days(history, min_days=1)
    assert signals_from_days(groups.in_person, groups.touch, people, today) == connection_signals(
        history, today)
    assert nodes_from_days(groups.touch, people, today) == network_map(history, today)
    numbers = day_numbers(journal, today)  # what Patterns and "All" work on: days as ordinals
    assert numbers.dated() == groups
    assert compare_days(numbers.moods, numbers.in_person, numbers.by_category, numbers.touch,
                        people, min_days=1) == better_days(history, min_days=1)
    assert signals_from_numbers(numbers.in_person, numbers.touch, people, today) == (
        connection_signals(history, today))
    first = history.first_day() or today
    assert contacts_per_week_from(contacts_by_week(journal, first, today), first, today) == (
        contacts_per_week(history, first, today))
    assert activities_per_week_from(activities_by_week(journal, first, today), first, today) == (
        activities_per_week(history, first, today))
    assert people_per_month_from(people_by_month(journal, first, today), first, today) == (
        people_per_month(history, first, today))


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK])
def test_a_range_counts_only_its_days_and_the_weeks_touching_it(local_tz, journal, zone):
    local_tz(zone)
    change = CHANGES[0]
    _refill(journal, [("mood", change + timedelta(days=n, hours=h), 1 + n % 5, None)
                      for n in range(-20, 20) for h in (0, 13, 23)])
    history = load_history(journal, None, end_of_local_day(NOW))
    first, last = local_day(change) - timedelta(days=5), local_day(change) + timedelta(days=4)
    assert daily_mood_means(journal, first, last) == daily_moods(history, first, last)
    assert len(daily_mood_means(journal, first, last)) == 10


def test_an_empty_journal_groups_to_nothing(journal):
    today = local_day(NOW)
    groups = day_groups(journal, today)
    assert (groups.moods, groups.in_person, groups.by_category, groups.touch) == ({}, set(), {}, {})
    assert daily_mood_means(journal, None, today) == {}
    assert contacts_by_week(journal, today, today) == []


def _last_of(steps):  # type: ignore[no-untyped-def]
    *between, last = list(steps)
    assert all(step is None for step in between)
    return len(between), last


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(mood, contact, activity), max_size=40),
       days=st.integers(1, 400))
def test_read_slice_by_slice_equals_one_read_and_the_history_in_python(local_tz, journal, zone,
                                                                        entries, days):
    """Patterns read the history a slice at a time between turns of the event loop (issue 20);
    slices of any length, their edges between entries' days, give the same days."""
    local_tz(zone)
    _refill(journal, entries)
    today = local_day(NOW)
    history = load_history(journal, None, end_of_local_day(NOW))
    steps, sliced = _last_of(day_groups_by_slices(journal, today, days))
    assert sliced == day_groups(journal, today)
    assert sliced.moods == daily_moods(history)
    people = sliced.current_people()
    assert compare_days(sliced.moods, sliced.in_person, sliced.by_category, sliced.touch, people,
                        min_days=1) == better_days(history, min_days=1)
    assert signals_from_days(sliced.in_person, sliced.touch, people, today) == connection_signals(
        history, today)
    first = history.first_day()
    if first is not None:  # a step per slice of the days from (a day or two before) the first
        assert steps >= (today - first).days // days


@pytest.mark.parametrize("zone", [LONDON, AUCKLAND])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(mood, contact, activity), max_size=40),
       recent=st.integers(1, 400))
def test_the_map_from_recent_days_and_the_last_day_in_touch_equals_the_whole_history(
        local_tz, journal, zone, entries, recent):
    local_tz(zone)
    _refill(journal, entries)
    today = local_day(NOW)
    history = load_history(journal, None, end_of_local_day(NOW))
    people = history.current_people()
    touch = touch_days(journal, today - timedelta(days=recent - 1), today)
    last = {pid: local_day(at) for pid, at in journal.last_in_touch_for([p for p, _ in people]).items()}
    nodes = nodes_from_days(touch, people, today, last)
    if recent >= 90:  # the map counts days in the last 30 and 90 days from what it read
        assert nodes == network_map(history, today)
    assert [n.last_in_touch for n in nodes] == [n.last_in_touch for n in network_map(history, today)]


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(mood, contact, activity), max_size=40))
def test_the_year_grid_counted_by_day_in_sql_equals_the_history_in_python(local_tz, journal, zone,
                                                                          entries):
    """The Year grid counts each day's entries in SQL (issue 20), as it did from a year's entries."""
    from peerjournal.core.insights import year_in_colour
    from peerjournal.storage.insights_days import day_cells

    local_tz(zone)
    _refill(journal, entries)
    history = load_history(journal, None, end_of_local_day(NOW))
    for year in (2025, 2026):
        cells = day_cells(journal, datetime(year, 1, 1).date(), datetime(year, 12, 31).date())
        assert cells == year_in_colour(history, year)


@pytest.mark.parametrize("zone", [LONDON, AUCKLAND])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(mood, contact, activity), max_size=40), days=st.integers(1, 300))
def test_the_mood_chart_all_read_slice_by_slice_equals_one_read(local_tz, journal, zone, entries,
                                                                 days):
    from peerjournal.storage.insights_days import mood_means_by_slices

    local_tz(zone)
    _refill(journal, entries)
    today = local_day(NOW)
    first = today - timedelta(days=400)
    steps, means = _last_of(mood_means_by_slices(journal, first, today, days))
    assert means == daily_mood_means(journal, first, today)
    assert steps == -(-401 // days) - 1  # a step a slice


def _all_reads(journal, today, first):  # type: ignore[no-untyped-def]
    from peerjournal.storage.insights_days import day_cells

    # Weeks' rows in any order (their callers file them by week).
    return (day_numbers(journal, today), sorted(contacts_by_week(journal, first, today)),
            sorted(activities_by_week(journal, first, today)), people_by_month(journal, first, today),
            day_cells(journal, first, today), touch_days(journal, first, today))


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK, AUCKLAND])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(mood, contact, activity), max_size=40))
def test_the_per_day_figures_answer_as_the_entries_grouped_in_sql(local_tz, journal, zone, entries,
                                                                   monkeypatch):
    """Migration 18's per-day figures give every read the answer that grouping each entry by
    its local day in SQL gave (issue 20)."""
    from peerjournal.storage import insights_days

    local_tz(zone)
    _refill(journal, entries)
    today = local_day(NOW)
    first = today - timedelta(days=400)
    kept = _all_reads(journal, today, first)
    with monkeypatch.context() as patch:
        patch.setattr(insights_days, "_totals_ready", lambda *_: False)
        assert kept == _all_reads(journal, today, first)


def test_all_reads_a_row_a_day_not_a_row_an_entry(journal):
    """Three times the entries on the same days: "All" runs about as many SQLite steps (it read
    every entry before migration 18)."""
    ids = [p.id for p in journal.people()]
    today = local_day(NOW)

    def add(times: int) -> None:
        with journal.batch():
            for n in range(120):
                at = NOW - timedelta(days=n, hours=1)
                for _ in range(times):
                    journal.add_mood(MoodCheckIn(at=at, mood=1 + n % 5))
                    journal.add_contact(Contact(at=at, person_ids=(ids[n % 3],)))
                    journal.add_activity(Activity(at=at, category="Walk", title="t",
                                                  person_ids=(ids[n % 2],)))

    def steps() -> int:
        first = today - timedelta(days=130)
        _all_reads(journal, today, first)  # the figures made for this zone, if need be
        return steps_of(journal.vault.conn, lambda: _all_reads(journal, today, first), every=50)

    add(1)
    once = steps()
    add(2)
    assert steps() < once * 1.3


class _CountingConnection:
    """The vault's connection, counting the rows each statement hands to Python."""

    def __init__(self, conn):  # type: ignore[no-untyped-def]
        self.conn, self.rows = conn, 0

    def execute(self, *args):  # type: ignore[no-untyped-def]
        cursor = self.conn.execute(*args)
        counter = self

        class Counted:
            def fetchall(self):  # type: ignore[no-untyped-def]
                rows = cursor.fetchall()
                counter.rows += len(rows)
                return rows

            def fetchone(self):  # type: ignore[no-untyped-def]
                counter.rows += 1
                return cursor.fetchone()

            def __iter__(self):  # type: ignore[no-untyped-def]
                for row in cursor:
                    counter.rows += 1
                    yield row

        return Counted()

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.conn, name)


def test_all_of_history_comes_back_as_a_row_a_kind_not_a_row_a_day(local_tz, journal, monkeypatch):
    """Issue 20: "All" at thirty years handed Python a row a day (moods) and a row a week and
    kind (weekly counts); with the kept figures it is a row of JSON arrays a kind."""
    local_tz(LONDON)
    ids = [p.id for p in journal.people()]
    days = 150
    with journal.batch():
        for n in range(days):
            at = NOW - timedelta(days=n)
            journal.add_mood(MoodCheckIn(at=at, mood=1 + n % 5))
            journal.add_contact(Contact(at=at, mode=list(ContactMode)[n % 2], person_ids=(ids[n % 3],)))
            journal.add_activity(Activity(at=at, category=("Walk", "Art")[n % 2], title="t"))
    today = local_day(NOW)
    first = today - timedelta(days=days)
    expected = (daily_mood_means(journal, None, today), day_numbers(journal, today).moods,
                contacts_by_week(journal, first, today), activities_by_week(journal, first, today))
    assert len(expected[0]) == days and len(expected[2]) > 2 * (days // 7)  # rows a day / a week before
    counting = _CountingConnection(journal.vault.conn)
    monkeypatch.setattr(type(journal.vault), "conn", property(lambda _vault: counting))
    for read, answer in zip((lambda: daily_mood_means(journal, None, today),
                             lambda: day_numbers(journal, today, with_people=False).moods,
                             lambda: contacts_by_week(journal, first, today),
                             lambda: activities_by_week(journal, first, today)), expected, strict=True):
        counting.rows = 0
        assert read() == answer
        # The kept figures' zone stretches (a few rows), then a row of arrays a kind (and for
        # day_numbers a row a person and a kind of activity): not one a day or a week.
        assert counting.rows < days // 10, counting.rows


def _as_sets(numbers):  # type: ignore[no-untyped-def]
    return (numbers.moods, set(numbers.in_person), {k: set(v) for k, v in numbers.by_category.items()},
            {pid: set(days) for pid, days in numbers.touch.items()})


def _ascending_lists(numbers) -> bool:  # type: ignore[no-untyped-def]
    lists = [numbers.in_person, *numbers.by_category.values(), *numbers.touch.values()]
    return all(type(days) is list and all(a < b for a, b in zip(days, days[1:], strict=False))
               for days in lists)


@pytest.mark.parametrize("zone", [LONDON, AUCKLAND])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.one_of(mood, contact, activity), max_size=40), days=st.integers(1, 400))
def test_days_come_as_ascending_lists_of_the_days_each_entry_gives(local_tz, journal, zone, entries,
                                                                   days, monkeypatch):
    """Issue 20: the days in person, of each kind and with each person come as lists in
    ascending order, each day once (core never sorts them), from the per-day figures, from
    the entries grouped in SQL and slice by slice: the days of the history in Python."""
    from peerjournal.storage import insights_days

    local_tz(zone)
    _refill(journal, entries)
    today = local_day(NOW)
    history = load_history(journal, None, end_of_local_day(NOW))
    plain = {"in_person": {local_day(c.at).toordinal() for c in history.contacts
                           if c.mode == ContactMode.IN_PERSON},
             "touch": {pid: {d.toordinal() for d in found}
                       for pid, found in days_in_touch(history).items() if found}}
    kept = day_numbers(journal, today)
    _steps, sliced = _last_of(day_numbers_by_slices(journal, today, days))
    with monkeypatch.context() as patch:
        patch.setattr(insights_days, "_totals_ready", lambda *_: False)
        grouped = day_numbers(journal, today)
    for numbers in (kept, sliced, grouped):
        assert _ascending_lists(numbers)
        assert _as_sets(numbers) == _as_sets(kept)
        assert set(numbers.in_person) == plain["in_person"]
        assert {pid: set(found) for pid, found in numbers.touch.items()} == plain["touch"]

"""A part of history read from the per-day figures reads that part alone (issue 20): Patterns'
slices, the network map's last 90 days and the people of each month cost the same however much
history lies outside them (each slice walked every person's days before: at thirty years a
year's slice read all 125,000 rows of ``day_people``, thirty times over)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peerjournal.core.clock import local_day
from peerjournal.core.records import Activity, Contact, Person
from peerjournal.storage.insights_days import (
    day_numbers,
    day_numbers_by_slices,
    people_by_month,
    touch_days,
)
from peerjournal.storage.journal import Journal

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
RECENT = 30  # the days read


def _add(journal: Journal, ids: list[int], first: int, days: int) -> None:
    """A contact and an activity with people each day, ``first`` days ago and the ``days`` before."""
    with journal.batch():
        for n in range(first, first + days):
            at = NOW - timedelta(days=n, hours=2)
            journal.add_contact(Contact(at=at, person_ids=(ids[n % len(ids)], ids[(n + 1) % len(ids)])))
            journal.add_activity(Activity(at=at, category=("Walk", "Art", "Music")[n % 3], title="t",
                                          person_ids=(ids[n % 2],)))


def _steps(journal: Journal, read) -> int:  # type: ignore[no-untyped-def]
    """SQLite's virtual machine steps (in fifties) while ``read`` runs."""
    read()  # the figures made for this zone first, if need be
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    journal.vault.conn.set_progress_handler(tick, 50)
    try:
        read()
    finally:
        journal.vault.conn.set_progress_handler(None, 0)
    return count[0]


def test_a_part_of_history_costs_the_same_with_years_more_outside_it(journal):
    journal = Journal(journal.vault, clock=lambda: NOW)
    ids = [journal.add_person(Person(name=f"Person {n}")).id for n in range(6)]
    today = local_day(NOW)
    first = today - timedelta(days=RECENT - 1)
    reads = {
        "a slice of Patterns": lambda: day_numbers(journal, today, first, with_people=False),
        "the map's recent days": lambda: touch_days(journal, first, today),
        "people each month": lambda: people_by_month(journal, first, today),
    }
    _add(journal, ids, 0, RECENT)
    answers = {name: read() for name, read in reads.items()}
    alone = {name: _steps(journal, read) for name, read in reads.items()}
    _add(journal, ids, RECENT + 10, 1500)  # four years more, long before
    for name, read in reads.items():
        assert read() == answers[name], name  # the same days, the others left out
        assert _steps(journal, read) < alone[name] * 1.5 + 20, name


def test_slices_over_years_each_read_their_own_days(journal):
    """A year a slice: thirty slices of a thirty-year history are about one read of it, not
    thirty (the whole read, and so its cost, stays as it was)."""
    journal = Journal(journal.vault, clock=lambda: NOW)
    ids = [journal.add_person(Person(name=f"Person {n}")).id for n in range(6)]
    _add(journal, ids, 0, 1500)
    today = local_day(NOW)
    whole = _steps(journal, lambda: day_numbers(journal, today, with_people=False))
    sliced = _steps(journal, lambda: list(day_numbers_by_slices(journal, today, days=100)))
    assert sliced < whole * 3, (sliced, whole)
    *_, groups = day_numbers_by_slices(journal, today, days=100)
    one = day_numbers(journal, today)
    assert (groups.moods, groups.in_person, groups.by_category, groups.touch) == (
        one.moods, one.in_person, one.by_category, one.touch)


def test_a_parts_people_are_sought_one_by_one_with_no_scan_and_no_sort(journal):
    """The plan SQLite makes for a part's people: a search down (person_id, day) for each,
    in their order: neither a scan of every person's days nor a sort to group them."""
    journal = Journal(journal.vault, clock=lambda: NOW)
    ids = [journal.add_person(Person(name=f"Person {n}")).id for n in range(3)]
    _add(journal, ids, 0, 40)
    today = local_day(NOW)
    day_numbers(journal, today, today - timedelta(days=9))  # the figures made for this zone first
    statements: list[str] = []
    journal.vault.conn.set_trace_callback(statements.append)
    try:
        groups = day_numbers(journal, today, today - timedelta(days=9))
    finally:
        journal.vault.conn.set_trace_callback(None)
    people = [s for s in statements if "day_people" in s]
    assert len(people) == 1, statements
    plan = " / ".join(row[3] for row in journal.vault.conn.execute("EXPLAIN QUERY PLAN " + people[0]))
    assert "SCAN day_people" not in plan and "TEMP B-TREE" not in plan, plan
    assert set(groups.touch) == set(ids)  # everyone in touch those ten days, nobody with none
    assert all(groups.touch.values())

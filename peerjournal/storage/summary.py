"""Read what a printable summary needs for a period in a few set-based queries.

Whole records (notes, feelings and people included) for the entries whose local date is in
the period, and every person. One query per table, not one per entry, so ten years come
back in well under a second; nothing is written. The connecting sections (support plan,
resource check, goals, network snapshots) are read only when chosen, through their stores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.core.sharing.document import in_period, period_bounds, period_test
from peerjournal.core.sharing.options import Section
from peerjournal.core.sharing.sections import GoalShare
from peerjournal.core.summary.model import SummaryData, SupportPlanLike
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.insights import entry_people
from peerjournal.storage.journal import Journal


def _grouped(rows: list[tuple]) -> dict[int, tuple]:
    grouped: dict[int, list] = {}
    for owner, value in rows:
        grouped.setdefault(owner, []).append(value)
    return {owner: tuple(values) for owner, values in grouped.items()}


def load_summary_data(journal: Journal, start: date, end: date,
                      support_plan: SupportPlanLike | None = None,
                      sections: Iterable[Section] = ()) -> SummaryData:
    """Entries from ``start`` to ``end`` (local dates, both included), oldest first, and the
    records of the connecting ``sections`` chosen. The support plan is read when chosen
    and none is given (left out while it is empty)."""
    chosen = frozenset(sections)
    inside = period_test(start, end)  # a year's rows: local time looked up near the edges only
    low, high = period_bounds(start, end)
    bounds = (to_storage(low), to_storage(high))
    conn = journal.vault.conn
    where = "WHERE e.at_utc >= ? AND e.at_utc < ?"
    with journal.vault.transaction():  # one consistent snapshot across the queries
        moods = conn.execute(
            f"SELECT id, at_utc, mood, energy, note FROM moods e {where} ORDER BY at_utc, id",
            bounds).fetchall()
        feelings = _grouped(conn.execute(
            f"SELECT f.mood_id, f.feeling FROM mood_feelings f JOIN moods e ON e.id = f.mood_id"
            f" {where} ORDER BY f.mood_id, f.position", bounds).fetchall())
        contacts = conn.execute(
            f"SELECT id, at_utc, mode, duration_min, felt, note FROM contacts e {where}"
            " ORDER BY at_utc, id", bounds).fetchall()
        contact_people = entry_people(journal, "contact_people", "contacts", "contact_id", bounds)
        activities = conn.execute(
            f"SELECT id, at_utc, category, title, felt, note FROM activities e {where}"
            " ORDER BY at_utc, id", bounds).fetchall()
        activity_people = entry_people(journal, "activity_people", "activities", "activity_id",
                                       bounds)
        people = journal.people(include_archived=True)
        if chosen & {Section.SUPPORT_PLAN, Section.CRISIS_PLAN} and support_plan is None:
            plan = journal.plan.load()
            support_plan = None if plan.is_empty else plan
        connecting = _connecting(journal, start, end, chosen)
        tracked = journal.trackers.values_by_mood([row[0] for row in moods]) if Section.TRACKERS in chosen else {}
        trackers = tuple(journal.trackers.trackers(include_retired=True)) if Section.TRACKERS in chosen else ()
    return SummaryData(
        moods=tuple(
            m for m in (
                MoodCheckIn(id=i, at=from_storage(at), mood=mood, energy=energy, note=note,
                            feelings=feelings.get(i, ()), tracked=tracked.get(i, ()))
                for i, at, mood, energy, note in moods)
            if inside(m.at)),
        contacts=tuple(
            c for c in (
                Contact(id=i, at=from_storage(at), mode=ContactMode(mode), duration_min=minutes,
                        felt=felt, note=note, person_ids=contact_people.get(i, ()))
                for i, at, mode, minutes, felt, note in contacts)
            if inside(c.at)),
        activities=tuple(
            a for a in (
                Activity(id=i, at=from_storage(at), category=category, title=title, felt=felt,
                         note=note, person_ids=activity_people.get(i, ()))
                for i, at, category, title, felt, note in activities)
            if inside(a.at)),
        people=tuple(people),
        support_plan=support_plan,
        resource_check=connecting.resource_check,
        previous_check=connecting.previous_check,
        goals=connecting.goals,
        network_snapshots=connecting.network_snapshots,
        trackers=trackers,
    )


def _connecting(journal: Journal, start: date, end: date,
                chosen: frozenset[Section]) -> SummaryData:
    """The resource check, goals and snapshots the summary needs (call inside a transaction)."""
    found = SummaryData()
    if Section.RESOURCE_CHECK in chosen:
        store = journal.resources
        checks = store.checks()  # newest first
        latest = next((n for n, c in enumerate(checks) if in_period(c.taken, start, end)), None)
        if latest is not None:
            found = replace(found, resource_check=store.results(checks[latest]))
            if latest + 1 < len(checks):
                found = replace(found, previous_check=store.results(checks[latest + 1]))
    if Section.GOALS in chosen:
        goals = journal.goals
        found = replace(found, goals=tuple(
            GoalShare(g, tuple(goals.reviews(g.id)), tuple(goals.status_changes(g.id)))
            for g in goals.goals() if g.id is not None and g.set_on <= end))
    if Section.NETWORK_SNAPSHOTS in chosen:
        snapshots = journal.snapshots
        found = replace(found, network_snapshots=tuple(
            snapshots.get(info.id) for info in reversed(snapshots.snapshots())
            if in_period(info.taken, start, end)))
    return found


def first_entry_day(journal: Journal) -> date | None:
    """The local date of the earliest entry of any kind, or None for an empty journal."""
    first = journal.first_entry_at()
    return first.astimezone().date() if first is not None else None

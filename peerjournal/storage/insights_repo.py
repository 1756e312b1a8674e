"""Read the journal's history for insights in a few set-based queries (no per-entry reads).

Ten years of entries come back as one :class:`History` in well under a second; the
insight functions in ``peerjournal.core.insights`` then work on it in memory.
"""

from __future__ import annotations

from datetime import datetime

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.insights import ActivityEvent, ContactEvent, History, MoodPoint
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.repository import Journal


def _links(journal: Journal, links: str, entries: str, column: str,
           bounds: tuple[str, str]) -> dict[int, tuple[int, ...]]:
    # links, entries and column are fixed names from this module, never user input.
    rows = journal.vault.conn.execute(
        f"SELECT l.{column}, l.person_id FROM {links} l JOIN {entries} e ON e.id = l.{column}"
        f" WHERE e.at_utc >= ? AND e.at_utc < ? ORDER BY l.{column}, l.position",
        bounds,
    ).fetchall()
    people: dict[int, list[int]] = {}
    for entry_id, person_id in rows:
        people.setdefault(entry_id, []).append(person_id)
    return {entry_id: tuple(ids) for entry_id, ids in people.items()}


def load_history(journal: Journal, start: datetime | None, end: datetime) -> History:
    """Entries from ``start`` (None: the beginning) up to but not including ``end``,
    oldest first, times as aware UTC datetimes; and every person, archived ones included."""
    bounds = (to_storage(start) if start is not None else "", to_storage(end))
    conn = journal.vault.conn
    with journal.vault.transaction():  # one consistent snapshot across the queries
        moods = conn.execute(
            "SELECT at_utc, mood FROM moods WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            bounds,
        ).fetchall()
        contacts = conn.execute(
            "SELECT id, at_utc, mode FROM contacts WHERE at_utc >= ? AND at_utc < ?"
            " ORDER BY at_utc, id",
            bounds,
        ).fetchall()
        activities = conn.execute(
            "SELECT id, at_utc, category, felt FROM activities WHERE at_utc >= ? AND at_utc < ?"
            " ORDER BY at_utc, id",
            bounds,
        ).fetchall()
        contact_people = _links(journal, "contact_people", "contacts", "contact_id", bounds)
        activity_people = _links(journal, "activity_people", "activities", "activity_id", bounds)
        people = journal.people(include_archived=True)
    return History(
        moods=tuple(MoodPoint(from_storage(at), mood) for at, mood in moods),
        contacts=tuple(
            ContactEvent(from_storage(at), ContactMode(mode), contact_people.get(cid, ()))
            for cid, at, mode in contacts
        ),
        activities=tuple(
            ActivityEvent(from_storage(at), category, felt, activity_people.get(aid, ()))
            for aid, at, category, felt in activities
        ),
        people=tuple(people),
    )

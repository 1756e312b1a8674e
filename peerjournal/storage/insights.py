"""Read the journal's history for insights in a few set-based queries (no per-entry reads).

Ten years of entries come back as one :class:`History` in a fraction of a second (about
0.1 s for 47,000 entries); the insight functions in ``peerjournal.core.insights`` then work on
it in memory. :func:`first_entry_at` says where the mood chart's "All" begins.
The Insights page reads most of its figures grouped by local day in SQL instead
(:mod:`peerjournal.storage.insights_days`); a history is still what a year grid, a share or a
summary works on.
"""

from __future__ import annotations

from datetime import datetime
from itertools import groupby
from operator import itemgetter

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.insights import ActivityEvent, ContactEvent, History, MoodPoint
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.journal import Journal

_MODES = {mode.value: mode for mode in ContactMode}  # a lookup costs far less than ContactMode(...)


def entry_people(journal: Journal, links: str, entries: str, column: str,
                 bounds: tuple[str, str]) -> dict[int, tuple[int, ...]]:
    """Entry id → its people in order, for the entries in ``bounds`` (UTC text; an empty
    start: from the beginning). ``links``, ``entries`` and ``column`` are fixed names from
    the calling module, never user input."""
    if bounds[0]:
        rows = journal.vault.conn.execute(
            f"SELECT l.{column}, l.person_id FROM {links} l JOIN {entries} e ON e.id = l.{column}"
            f" WHERE e.at_utc >= ? AND e.at_utc < ? ORDER BY l.{column}, l.position",
            bounds,
        ).fetchall()
    else:  # from the beginning: every link, no join (links of later entries go unused)
        rows = journal.vault.conn.execute(
            f"SELECT {column}, person_id FROM {links} ORDER BY {column}, position"
        ).fetchall()
    return {entry_id: tuple(person_id for _, person_id in group)
            for entry_id, group in groupby(rows, key=itemgetter(0))}


def _bounds(start: datetime | None, end: datetime) -> tuple[str, str]:
    return (to_storage(start) if start is not None else "", to_storage(end))


def _mood_points(journal: Journal, bounds: tuple[str, str]) -> tuple[MoodPoint, ...]:
    rows = journal.vault.conn.execute(
        "SELECT at_utc, mood FROM moods WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
        bounds,
    ).fetchall()
    return tuple(MoodPoint(from_storage(at), mood) for at, mood in rows)


def first_entry_at(journal: Journal, end: datetime) -> datetime | None:
    """When the earliest entry of any kind before ``end`` was made (None: no entries), as
    :meth:`History.first_day` would find it in the whole history, from three index look-ups."""
    return journal.first_entry_at(end)


def load_history(journal: Journal, start: datetime | None, end: datetime) -> History:
    """Entries from ``start`` (None: the beginning) up to but not including ``end``,
    oldest first, times as aware UTC datetimes; and every person, archived ones included."""
    bounds = _bounds(start, end)
    conn = journal.vault.conn
    with journal.vault.transaction():  # one consistent snapshot across the queries
        moods = _mood_points(journal, bounds)
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
        contact_people = entry_people(journal, "contact_people", "contacts", "contact_id", bounds)
        activity_people = entry_people(journal, "activity_people", "activities", "activity_id", bounds)
        people = journal.people(include_archived=True)
    return History(
        moods=moods,
        contacts=tuple(
            ContactEvent(from_storage(at), _MODES[mode], contact_people.get(cid, ()))
            for cid, at, mode in contacts
        ),
        activities=tuple(
            ActivityEvent(from_storage(at), category, felt, activity_people.get(aid, ()))
            for aid, at, category, felt in activities
        ),
        people=tuple(people),
    )

"""People named in notes (``core.mentions`` tokens) as stored: who is mentioned, and renaming.

The note keeps the token; renaming a person writes their new name into each token (the
full-text index follows through its triggers), so search finds the name the person has now.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from peerjournal.core.mentions import mentioned_ids, renamed, token_pattern

NOTE_TABLES = ("moods", "contacts", "activities")
ANY_MENTION = "%](p%)%"  # a first sieve for notes with a mention of anyone


def notes_mentioning(conn: Any, person_id: int) -> list[tuple[str, int, str]]:
    """(table, row id, note) for every entry whose note mentions ``person_id``."""
    found: list[tuple[str, int, str]] = []
    for table in NOTE_TABLES:
        rows = conn.execute(f"SELECT id, note FROM {table} WHERE note LIKE ?",
                            (token_pattern(person_id),)).fetchall()
        # LIKE is a first sieve; the parser decides ("p1)" is never inside "p11)", but be sure).
        found += [(table, rid, note) for rid, note in rows if person_id in mentioned_ids(note)]
    return found


def is_mentioned(conn: Any, person_id: int) -> bool:
    return bool(notes_mentioning(conn, person_id))


def mentioned_among(conn: Any, person_ids: Iterable[int]) -> set[int]:
    """Which of ``person_ids`` some note mentions: one read of the notes with any mention in
    them, whatever the number of people (undoing an import of thousands)."""
    wanted = set(person_ids)
    found: set[int] = set()
    for table in NOTE_TABLES:
        for (note,) in conn.execute(f"SELECT note FROM {table} WHERE note LIKE ?", (ANY_MENTION,)):
            found.update(wanted.intersection(mentioned_ids(note)))
    return found


def rename_in_notes(conn: Any, person_id: int, name: str) -> set[str]:
    """Write ``name`` into every mention of ``person_id``; the tables whose notes changed."""
    changed: set[str] = set()
    for table, rid, note in notes_mentioning(conn, person_id):
        new = renamed(note, person_id, name)
        if new != note:
            conn.execute(f"UPDATE {table} SET note = ? WHERE id = ?", (new, rid))
            changed.add(table)
    return changed

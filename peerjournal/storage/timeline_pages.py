"""The timeline read a page at a time: newest first by (time, kind, id), keyset paged.

Each entry table is read through its ``at_utc`` index with its own ORDER BY … LIMIT, so a
page costs O(page) rows whatever the length of history. The text filter uses the very
predicate of :func:`peerjournal.core.timeline.row_matches` on the summaries it builds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerjournal.core.clock import from_storage
from peerjournal.core.timeline import (
    TimelineKey,
    TimelineRow,
    activity_summary,
    contact_summary,
    mood_summary,
    row_matches,
)
from peerjournal.core.vocabulary import EntryKind

if TYPE_CHECKING:
    import sqlite3

# One SELECT per kind, light (no names yet): kind, id, stored time, score, note, extra.
_SELECTS = {
    EntryKind.MOOD: """
        SELECT 'mood' AS kind, m.id AS id, m.at_utc AS at_utc, m.mood AS score, m.note AS note,
               NULL AS extra
          FROM moods m WHERE {where} ORDER BY m.at_utc DESC, m.id DESC LIMIT {limit}""",
    EntryKind.CONTACT: """
        SELECT 'contact' AS kind, c.id AS id, c.at_utc AS at_utc, c.felt AS score,
               c.note AS note, c.mode AS extra
          FROM contacts c WHERE {where} ORDER BY c.at_utc DESC, c.id DESC LIMIT {limit}""",
    EntryKind.ACTIVITY: """
        SELECT 'activity' AS kind, a.id AS id, a.at_utc AS at_utc, a.felt AS score,
               a.note AS note, a.category || char(31) || a.title AS extra
          FROM activities a WHERE {where} ORDER BY a.at_utc DESC, a.id DESC LIMIT {limit}""",
}
# Feelings or people's names, looked up only for the rows that made the page (each table's
# look-ahead that lost to the others costs an index step, not these look-ups).
_NAMES = """
    CASE e.kind
      WHEN 'mood' THEN (SELECT group_concat(feeling, ', ') FROM
          (SELECT feeling FROM mood_feelings WHERE mood_id = e.id ORDER BY position))
      WHEN 'contact' THEN (SELECT group_concat(name, ', ') FROM
          (SELECT p.name FROM contact_people cp JOIN people p ON p.id = cp.person_id
            WHERE cp.contact_id = e.id ORDER BY cp.position))
      ELSE (SELECT group_concat(name, ', ') FROM
          (SELECT p.name FROM activity_people ap JOIN people p ON p.id = ap.person_id
            WHERE ap.activity_id = e.id ORDER BY ap.position))
    END"""
_ALIAS = {EntryKind.MOOD: "m", EntryKind.CONTACT: "c", EntryKind.ACTIVITY: "a"}
CHUNK = 500  # rows read at a time while a text filter looks for its page


def build_row(kind: str, entry_id: int, at: str, score: int | None, note: str,
              names: str | None, extra: str | None) -> TimelineRow:
    """One timeline row from one result row of the selects above (or ``Journal.timeline``)."""
    if kind == "mood":
        entry_kind, summary = EntryKind.MOOD, mood_summary(names)
    elif kind == "contact":
        entry_kind, summary = EntryKind.CONTACT, contact_summary(extra or "", names)
    else:
        category, _, title = (extra or "").partition("\x1f")
        entry_kind, summary = EntryKind.ACTIVITY, activity_summary(category, title, names)
    return TimelineRow(entry_kind, entry_id, from_storage(at), score, summary, note, at)


def _where(kind: EntryKind, after: TimelineKey | None, until: TimelineKey | None) -> tuple[str, list]:
    """Rows of ``kind`` strictly after ``after`` and not before ``until``, as index ranges."""
    col, alias = "at_utc", _ALIAS[kind]
    terms: list[str] = []
    params: list[str | int] = []
    if after is not None:
        at, after_kind, after_id = after
        if kind.value < after_kind:  # same time sorts after the key's kind: keep that time
            terms.append(f"{alias}.{col} <= ?")
            params.append(at)
        elif kind.value > after_kind:
            terms.append(f"{alias}.{col} < ?")
            params.append(at)
        else:
            terms.append(f"{alias}.{col} <= ? AND ({alias}.{col} < ? OR {alias}.id < ?)")
            params += [at, at, after_id]
    if until is not None:
        terms.append(f"{alias}.{col} >= ?")  # the exact key is checked in Python
        params.append(until[0])
    return (" AND ".join(terms) or "1"), params


def read_rows(conn: sqlite3.Connection, after: TimelineKey | None, limit: int,
              kind: EntryKind | None, until: TimelineKey | None) -> list[TimelineRow]:
    """Up to ``limit`` rows after ``after`` (unfiltered by text), newest first."""
    parts: list[str] = []
    params: list[str | int] = []
    for each in (EntryKind.MOOD, EntryKind.CONTACT, EntryKind.ACTIVITY):
        if kind is None or kind is each:
            where, more = _where(each, after, until)
            # limit is an int we make; the rest are bound parameters.
            parts.append(f"SELECT * FROM ({_SELECTS[each].format(where=where, limit=int(limit))})")
            params += more
    page = " UNION ALL ".join(parts) + f" ORDER BY 3 DESC, 1 DESC, 2 DESC LIMIT {int(limit)}"
    sql = (f"SELECT e.kind, e.id, e.at_utc, e.score, e.note, {_NAMES}, e.extra"
           f" FROM ({page}) AS e"
           " ORDER BY e.at_utc DESC, e.kind DESC, e.id DESC")
    rows = [build_row(*r) for r in conn.execute(sql, params).fetchall()]
    if until is not None:
        rows = [r for r in rows if r.key >= until]
    return rows


def _scan(conn: sqlite3.Connection, after: TimelineKey | None, chunk: int,
          kind: EntryKind | None, until: TimelineKey | None) -> Iterator[TimelineRow]:
    """Every row after ``after`` (down to ``until``), read ``chunk`` rows at a time."""
    while True:
        rows = read_rows(conn, after, chunk, kind, until)
        yield from rows
        if len(rows) < chunk:
            return
        after = rows[-1].key


def timeline_page(conn: sqlite3.Connection, after: TimelineKey | None = None,
                  limit: int | None = 200, kind: EntryKind | None = None, text: str = "",
                  until: TimelineKey | None = None) -> list[TimelineRow]:
    """Up to ``limit`` rows (None: no limit) strictly older than ``after``, of ``kind`` and
    containing ``text`` (case-folded, as the timeline's filter), newest first, and none older
    than ``until``. Without text this reads O(limit) rows through the indexes; with text it
    reads on until it has its page (or reaches ``until``, or the end)."""
    needle = text.strip().casefold()
    if not needle and limit is not None:
        return read_rows(conn, after, limit, kind, until)
    result: list[TimelineRow] = []
    chunk = CHUNK if limit is None else max(limit, CHUNK)
    for row in _scan(conn, after, chunk, kind, until):
        if row_matches(row, kind, needle):
            result.append(row)
            if limit is not None and len(result) >= limit:
                break
    return result


@dataclass(frozen=True)
class SearchStep:
    """One bounded step of a text search: the rows found, the key of the last row looked
    at (where the next step goes on), and whether the end of the journal was reached."""

    rows: list[TimelineRow]
    scanned_to: TimelineKey | None
    exhausted: bool


def timeline_search(conn: sqlite3.Connection, after: TimelineKey | None, limit: int,
                    kind: EntryKind | None, text: str, budget: int = CHUNK) -> SearchStep:
    """Look at no more than ``budget`` rows after ``after`` for up to ``limit`` rows of
    ``kind`` containing ``text``: a step short enough never to freeze the window, however
    rare the text is in a long journal (the caller takes the next step on the next turn)."""
    needle = text.strip().casefold()
    found: list[TimelineRow] = []
    rows = read_rows(conn, after, budget, kind, None)
    for row in rows:
        after = row.key
        if row_matches(row, kind, needle):
            found.append(row)
            if len(found) >= limit:
                return SearchStep(found, after, False)
    return SearchStep(found, after, len(rows) < budget)

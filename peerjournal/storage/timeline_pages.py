"""The timeline read a page at a time: newest first by (time, kind, id), keyset paged.

Each entry table is read through its ``at_utc`` index with its own ORDER BY … LIMIT, so a
page costs O(page) rows whatever the length of history. The text filter asks the vault's
full-text index (:mod:`peerjournal.storage.vault.search_index`): each typed word must begin a
word of the entry's note, feelings, title, category or people's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from peerjournal.core.clock import from_storage
from peerjournal.core.timeline import (
    TimelineKey,
    TimelineRow,
    activity_summary,
    contact_summary,
    mood_summary,
)
from peerjournal.core.trackers import Tracker, TrackerKind
from peerjournal.core.vocabulary import EntryKind
from peerjournal.i18n import translate
from peerjournal.storage.vault.search_index import KIND_CODES

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
_TABLES = {EntryKind.MOOD: "moods", EntryKind.CONTACT: "contacts", EntryKind.ACTIVITY: "activities"}
CHUNK = 500  # rows a text search step returns at most
# The entries whose words match (a bound FTS5 query), as ids of one kind: with few matches
# their rows are read by id and sorted.
_MATCHING = ("{alias}.id IN (SELECT rowid >> 4 FROM search_text"
             " WHERE search_text MATCH ? AND (rowid & 15) = {code})")
# With many, a search step looks at a window of the newest entries (along the time index,
# "+" keeps the planner on it) and asks the index only for the matches whose ids lie in the
# window's range of ids: the work is the window's, not every match's.
_MATCHING_IN = ("+{alias}.id IN (SELECT rowid >> 4 FROM search_text WHERE search_text MATCH ?"
                " AND rowid BETWEEN ? AND ? AND (rowid & 15) = {code})")
# Matches of one kind read by id and sorted; more are found a window at a time. Counting to
# it walks that many matches of each kind, so it is kept low (2,000 cost 1 ms a kind).
FEW = 500
SAMPLE = 16  # times FEW: the newest ids of a kind whose matches tell how common a word is
_WORD = re.compile(r"[^\W_]+")


def fts_query(text: str) -> str | None:
    """The typed ``text`` as an FTS5 query: each word quoted (so no ``"``, ``*``, ``-``,
    ``NEAR`` or ``:`` can change the meaning or fail) and taken as a prefix, all words
    required. None when the text has no word at all."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


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


def match_counts(conn: sqlite3.Connection, match: str, kinds: tuple[EntryKind, ...],
                 cap: int) -> dict[EntryKind, int]:
    """How many entries of each of ``kinds`` the FTS5 query ``match`` finds, counting no
    further than ``cap`` (the index's list of matches is walked that far, no row is read, and
    no further than the kind's highest id: a kind the words are not in is walked to there, and
    contacts, written ten times as often, lie far above the check-ins)."""
    return {kind: conn.execute(  # our own table names
        "SELECT count(*) FROM (SELECT 1 FROM search_text WHERE search_text MATCH ? AND (rowid & 15) = ?"
        f" AND rowid <= (SELECT coalesce(max(id), 0) FROM {_TABLES[kind]}) * 16 + 15 LIMIT ?)",
        (match, KIND_CODES[kind.value], cap)).fetchone()[0] for kind in kinds}


def _where(kind: EntryKind, after: TimelineKey | None, until: TimelineKey | None,
           match: str | None = None, ids: tuple[int, int] | None = None) -> tuple[str, list]:
    """Rows of ``kind`` strictly after ``after`` and not before ``until`` (as index ranges),
    and matching the FTS5 query ``match`` if given, of those with ids in ``ids`` (a window's
    lowest and highest) if given."""
    col, alias = "at_utc", _ALIAS[kind]
    terms: list[str] = []
    params: list[str | int] = []
    code = KIND_CODES[kind.value]
    if match is not None and ids is not None:
        terms.append(_MATCHING_IN.format(alias=alias, code=code))
        params += [match, ids[0] * 16, ids[1] * 16 + 15]
    elif match is not None:
        terms.append(_MATCHING.format(alias=alias, code=code))
        params.append(match)
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
              kind: EntryKind | None, until: TimelineKey | None,
              match: str | None = None, windows: dict[EntryKind, tuple[int, int]] | None = None,
              counts: dict[EntryKind, int] | None = None) -> list[TimelineRow]:
    """Up to ``limit`` rows (-1: all) after ``after``, matching the FTS5 query ``match`` if
    given, newest first; of a kind in ``windows``, only those whose ids lie in its range
    (the caller's ``until`` keeps the rows inside the windows)."""
    parts: list[str] = []
    params: list[str | int] = []
    wanted = tuple(EntryKind) if kind is None else (kind,)
    if counts is None:
        counts = match_counts(conn, match, wanted, 1) if match is not None else {}  # found at all?
    for each in wanted:
        if counts.get(each) != 0:
            where, more = _where(each, after, until, match, (windows or {}).get(each))
            # limit is an int we make; the rest are bound parameters.
            parts.append(f"SELECT * FROM ({_SELECTS[each].format(where=where, limit=int(limit))})")
            params += more
    if not parts:
        return []
    page = " UNION ALL ".join(parts) + f" ORDER BY 3 DESC, 1 DESC, 2 DESC LIMIT {int(limit)}"
    sql = (f"SELECT e.kind, e.id, e.at_utc, e.score, e.note, {_NAMES}, e.extra"
           f" FROM ({page}) AS e"
           " ORDER BY e.at_utc DESC, e.kind DESC, e.id DESC")
    rows = with_tracked(conn, [build_row(*r) for r in conn.execute(sql, params).fetchall()])
    if until is not None:
        rows = [r for r in rows if r.key >= until]
    return rows


def rows_of(conn: sqlite3.Connection, kind: EntryKind, ids: list[int]) -> list[TimelineRow]:
    """The timeline rows of these entries of one ``kind`` (those still in the journal), newest
    first: one look-up by id each, so the Timeline updates the rows a change touched in place."""
    if not ids:
        return []
    alias = _ALIAS[kind]
    marks = ", ".join("?" * len(ids))
    # The alias and the marks are ours; the ids are bound.
    page = _SELECTS[kind].format(where=f"{alias}.id IN ({marks})", limit=-1)
    sql = (f"SELECT e.kind, e.id, e.at_utc, e.score, e.note, {_NAMES}, e.extra"
           f" FROM ({page}) AS e ORDER BY e.at_utc DESC, e.kind DESC, e.id DESC")
    return with_tracked(conn, [build_row(*r) for r in conn.execute(sql, ids).fetchall()])


def with_tracked(conn: sqlite3.Connection, rows: list[TimelineRow]) -> list[TimelineRow]:
    """``rows`` with each check-in's tracker values after its summary ("… · Sleep: 7 hours")."""
    texts = tracked_texts(conn, [r.id for r in rows if r.kind is EntryKind.MOOD])
    return [replace(r, summary=f"{r.summary} · {texts[r.id]}") if r.kind is EntryKind.MOOD and r.id in texts
            else r for r in rows]


def tracked_texts(conn: sqlite3.Connection, mood_ids: list[int]) -> dict[int, str]:
    """Check-in id → its tracker values as the person reads them, for those that have any."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(mood_ids), CHUNK):  # SQLite's limit on bound parameters
        chunk = mood_ids[start:start + CHUNK]
        rows = conn.execute(
            "SELECT v.mood_id, t.name, t.kind, t.unit, t.low_word, t.high_word, v.number, v.choice"
            " FROM tracker_values v JOIN trackers t ON t.id = v.tracker_id"
            f" WHERE v.mood_id IN ({', '.join('?' * len(chunk))}) ORDER BY t.position, t.id",
            chunk).fetchall()
        for mood_id, name, kind, unit, low, high, number, choice in rows:
            tracker = Tracker(name, TrackerKind(kind), unit=unit, low_word=low, high_word=high)
            value = tracker.value_text(choice if choice is not None else number)
            found.setdefault(mood_id, []).append(
                translate("timeline", "{tracker}: {value}").format(tracker=name, value=value))
    return {mood_id: ", ".join(parts) for mood_id, parts in found.items()}


def timeline_page(conn: sqlite3.Connection, after: TimelineKey | None = None,
                  limit: int | None = 200, kind: EntryKind | None = None, text: str = "",
                  until: TimelineKey | None = None) -> list[TimelineRow]:
    """Up to ``limit`` rows (None: no limit) strictly older than ``after``, of ``kind`` and
    matching ``text`` (each word the start of a word of the entry, see :func:`fts_query`),
    newest first, and none older than ``until``. Reads through the indexes: O(limit) rows
    without text, the matching entries with it."""
    if not text.strip():
        return read_rows(conn, after, -1 if limit is None else limit, kind, until)
    match = fts_query(text)
    if match is None:
        return []
    return read_rows(conn, after, -1 if limit is None else limit, kind, until, match)


@dataclass(frozen=True)
class SearchStep:
    """One bounded step of a text search: the rows found, the key of the last row looked
    at (where the next step goes on), and whether the end of the journal was reached."""

    rows: list[TimelineRow]
    scanned_to: TimelineKey | None
    exhausted: bool


def timeline_search(conn: sqlite3.Connection, after: TimelineKey | None, limit: int,
                    kind: EntryKind | None, text: str, budget: int = CHUNK) -> SearchStep:
    """Up to ``limit`` (and no more than ``budget``) rows after ``after`` of ``kind`` matching
    ``text``, found through the full-text index in one bounded step, however rare or common
    the text: a kind with more than :data:`FEW` matches is looked at a window of its newest
    entries at a time (:func:`_window`), so a step may end early, at the window's end."""
    size = max(1, min(limit, budget))
    match = fts_query(text) if text.strip() else None
    if match is None:
        rows = timeline_page(conn, after, size, kind, text)
        return SearchStep(rows, rows[-1].key if rows else after, len(rows) < size)
    wanted = tuple(EntryKind) if kind is None else (kind,)
    counts = match_counts(conn, match, wanted, FEW + 1)
    windows: dict[EntryKind, tuple[int, int]] = {}
    ends: list[TimelineKey] = []
    for each in wanted:
        if counts[each] > FEW:
            window = _window(conn, each, after, size, match)
            if window is not None:
                windows[each] = window[0]
                if window[1] is not None:
                    ends.append(window[1])
    until = max(ends) if ends else None  # the newest window's end: every kind looked at to there
    rows = read_rows(conn, after, size, kind, until, match, windows, counts)
    if len(rows) == size:
        return SearchStep(rows, rows[-1].key, False)
    if until is not None:
        return SearchStep(rows, until, False)
    return SearchStep(rows, rows[-1].key if rows else after, True)


def _window(conn: sqlite3.Connection, kind: EntryKind, after: TimelineKey | None, size: int,
            match: str) -> tuple[tuple[int, int], TimelineKey | None] | None:
    """The lowest and highest ids of the newest entries of ``kind`` after ``after`` that hold
    about twice ``size`` matches of ``match`` if they are as common as in a sample of the
    newest :data:`SAMPLE` × :data:`FEW` ids of the kind, and the key of the window's last
    entry (None: it reaches the end). None when the sample holds no match: the matches are
    then read by id.

    The sample is walked from its lowest id up and counted no further than twice ``size``
    matches, between the kind's lowest and highest sampled rowids: the other kinds' rows
    the walk passes are those with ids in that range only (bounded only below, it walked
    every contact above the check-ins' ids: 14 ms for "a" at 30 years)."""
    table, alias = _TABLES[kind], _ALIAS[kind]
    (top,) = conn.execute(f"SELECT max(id) FROM {table}").fetchone()
    top = top or 0
    low = max(0, top - SAMPLE * FEW)
    want = 2 * size
    found, highest = conn.execute(
        "SELECT count(*), max(r) FROM (SELECT rowid AS r FROM search_text WHERE search_text MATCH ?"
        " AND rowid BETWEEN ? AND ? AND (rowid & 15) = ? LIMIT ?)",
        (match, low * 16 + 16, top * 16 + 15, KIND_CODES[kind.value], want)).fetchone()
    if not found:
        return None
    spanned = (highest >> 4) - low if found >= want else top - low  # ids the matches were among
    width = max(size, -(-want * spanned // found))
    where, params = _where(kind, after, None)
    newest = (f"SELECT {alias}.at_utc AS at_utc, {alias}.id AS id FROM {table} {alias} WHERE {where}"
              f" ORDER BY {alias}.at_utc DESC, {alias}.id DESC")  # along the time index, no row read
    low_id, high_id = conn.execute(f"SELECT min(id), max(id) FROM ({newest} LIMIT {int(width)})", params).fetchone()
    if low_id is None:
        return (0, -1), None
    last = conn.execute(f"{newest} LIMIT 1 OFFSET {int(width) - 1}", params).fetchone()
    return (low_id, high_id), (None if last is None else (last[0], kind.value, last[1]))

"""Search everything: ranked hits from the vault's full-text index
(:mod:`peerjournal.storage.vault.search_index`), each with a short snippet and where its words
matched, for highlighting.

Words are matched as the Timeline's filter matches them (:func:`~.timeline_pages.fts_query`):
each typed word must begin a word of the thing, case and accents aside. Ranking is FTS5's
bm25, with a word in a title or name counting ten times one in a note, while every typed
word is in at most :data:`COMMON` things. A word in more (a first letter or two, "the")
would cost bm25 a walk of its whole list in every statement (its weight is counted from it:
10–13 ms a statement at 30 years), and tells little: then things whose title or name holds
every typed word come first, the rest after, and within each the undated (people, places,
the plan) first, then the newest first (see :func:`_newest`).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from peerjournal.core.clock import end_of_local_day, from_storage, to_storage
from peerjournal.storage.timeline_pages import fts_query
from peerjournal.storage.vault.search_index import DOCS, KIND_CODES, SHIFT

if TYPE_CHECKING:
    from collections.abc import Iterable

    from peerjournal.storage.journal import Journal

KINDS = tuple(KIND_CODES)
"""The kinds of thing search finds, in the order results are grouped."""
_KIND_OF = {code: kind for kind, code in KIND_CODES.items()}
TITLE_WEIGHT = 10.0  # bm25 weight of the title column against 1.0 for the body
RANKED_PER_KIND = 200  # entries of one kind ranked at most, newest first (see _ranked)
COMMON = 2000  # a typed word in more things than this is ranked by title and date, not bm25
NEWEST_COMMON = 100  # of a common word, the newest matches of each kind looked at (see _newest)
SNIPPET_CHARS = 120
_LEAD = 30  # characters of context kept before the first match in a snippet
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Marked:
    """A text and the (start, end) spans in it where a typed word matched."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SearchHit:
    """One thing found. ``id`` is its own id (a reply's text id); ``goal_id`` is the goal of a
    review; ``part`` the support plan's list holding the first match; ``when`` its date or time
    (None for people, places and the plan)."""

    kind: str
    id: int | str
    when: datetime | date | None
    title: Marked
    snippet: Marked
    score: float
    goal_id: int | None = None
    part: str = ""


def bare(text: str) -> str:
    """``text`` as the index's tokenizer compares it: lower case, accents taken away."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=64)
def _starts(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words of plain ASCII text that begin with one of ``words``, ignoring case."""
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")[^\W_]*", re.IGNORECASE)


def marked(text: str, words: Iterable[str]) -> Marked:
    """``text`` with the spans of its words that begin with one of ``words`` (already bare)."""
    wanted = tuple(words)
    if not wanted:
        return Marked(text)
    if text.isascii():  # the common case, fast: no accents to take away
        return Marked(text, tuple(m.span() for m in _starts(wanted).finditer(text)))
    spans = tuple((m.start(), m.end()) for m in _WORD.finditer(text) if bare(m.group()).startswith(wanted))
    return Marked(text, spans)


def snippet(text: str, words: Iterable[str], size: int = SNIPPET_CHARS) -> Marked:
    """A part of ``text`` of about ``size`` characters around its first match, with "…" where
    it was cut, and the matches' spans in that part."""
    text = " ".join(text.split())  # one line: a note's line breaks and the index's joins
    found = marked(text, words)
    start = max(0, found.spans[0][0] - _LEAD) if found.spans else 0
    if start and " " in text[start:found.spans[0][0]]:  # begin at a word
        start = text.index(" ", start) + 1
    end = min(len(text), start + size)
    if end < len(text) and " " in text[start + size // 2:end]:
        end = text.rindex(" ", start + size // 2, end)
    head, tail = ("…" if start else ""), ("…" if end < len(text) else "")
    shift = len(head) - start
    spans = tuple((a + shift, b + shift) for a, b in found.spans if a >= start and b <= end)
    return Marked(head + text[start:end] + tail, spans)


def _when(at: str | None) -> datetime | date | None:
    if not at:
        return None
    return date.fromisoformat(at) if len(at) == 10 else from_storage(at)


def _where(kinds: Iterable[str] | None, since: date | None, until: date | None) -> tuple[str, list]:
    terms: list[str] = []
    params: list[str] = []
    if kinds is not None:
        codes = sorted({KIND_CODES[k] for k in kinds})
        terms.append(f"(rowid & 15) IN ({', '.join(str(c) for c in codes) or 'NULL'})")  # our ints
    if since is not None:  # a day (length 10) against a day, a stored time against a time
        start = datetime(since.year, since.month, since.day).astimezone()
        terms.append("at IS NOT NULL AND CASE WHEN length(at) = 10 THEN at >= ? ELSE at >= ? END")
        params += [since.isoformat(), to_storage(start)]
    if until is not None:
        end = end_of_local_day(datetime(until.year, until.month, until.day).astimezone())
        terms.append("at IS NOT NULL AND CASE WHEN length(at) = 10 THEN at <= ? ELSE at < ? END")
        params += [until.isoformat(), to_storage(end)]
    return "".join(f" AND {t}" for t in terms), params


def search(journal: Journal, text: str, kinds: Iterable[str] | None = None, since: date | None = None,
           until: date | None = None, limit: int = 100) -> list[SearchHit]:
    """Up to ``limit`` things matching ``text``, best first, of ``kinds`` (names in
    :data:`KINDS`; None: all) and dated between the local days ``since`` and ``until``
    (inclusive; with either, undated things are left out). Of each kind of entry only the
    newest :data:`RANKED_PER_KIND` matches are ranked (see :func:`_ranked`). One indexed
    query, then the found things' own rows for their snippets."""
    query = fts_query(text)
    if query is None:
        return []
    where, params = _where(kinds, since, until)
    conn = journal.vault.conn
    wanted = KINDS if kinds is None else tuple(k for k in KINDS if k in set(kinds))
    words = [bare(w) for w in _WORD.findall(text)]
    if _is_common(conn, text):
        ranked = _newest(conn, query, words, wanted, where, params, int(limit))
    else:
        ranked = _ranked(conn, query, wanted, where, params, int(limit))
    texts = _texts(conn, [rowid for rowid, _score in ranked])
    hits = []
    for rowid, score in ranked:
        if rowid not in texts:
            continue  # cannot happen while triggers keep the index; never fail a search for it
        kind = _KIND_OF[rowid % SHIFT]
        title, body, ref, goal_id, at = texts[rowid]
        part, body = _plan_part(conn, words) if kind == "plan" else ("", body)
        hits.append(SearchHit(kind, ref, _when(at), marked(title, words), snippet(body, words),
                              float(score), goal_id, part))
    return hits


_ENTRY_TABLES = {"mood": "moods", "contact": "contacts", "activity": "activities"}
# The highest rowid a thing of the other kinds can have: their tables stay small (a person,
# a goal, a place are not written daily), so their index rows all lie below this.
_SMALL_TOP = ("(max(1, coalesce((SELECT max(id) FROM people), 0), coalesce((SELECT max(id) FROM goals), 0),"
              " coalesce((SELECT max(id) FROM goal_reviews), 0), coalesce((SELECT max(id) FROM places), 0),"
              " coalesce((SELECT max(id) FROM resource_checks), 0),"
              " coalesce((SELECT max(rowid) FROM replies_opened), 0)) * 16 + 15)")


def _ranked(conn, query: str, wanted: tuple[str, ...], where: str, params: list,  # type: ignore[no-untyped-def]
            limit: int) -> list[tuple[int, float]]:
    """(rowid, bm25 score) of the best ``limit`` matches: one statement for each kind of entry
    and one for the rest, each a single walk of the index (a prefix longer than the index's
    own prefixes costs a merge of every word's list per statement). Ranking costs a few
    microseconds a match, so of each kind of entry only the newest :data:`RANKED_PER_KIND`
    are ranked: the index walks its rowids downwards from the kind's highest and stops there
    (a kind's rowids interleave with the others'). Everything else is always ranked: its
    rowids all lie below :data:`_SMALL_TOP`."""
    rank = f"SELECT rowid, bm25(search_text, {TITLE_WEIGHT}, 1.0) AS score FROM search_text WHERE search_text MATCH ?"
    parts: list[str] = []
    for kind in wanted:
        if kind in _ENTRY_TABLES:  # our own table names and ints below
            top = f"(SELECT coalesce(max(id), 0) FROM {_ENTRY_TABLES[kind]}) * 16 + 15"
            parts.append(f"{rank} AND rowid <= {top} AND (rowid & 15) = {KIND_CODES[kind]}{where}"
                         f" ORDER BY rowid DESC LIMIT {int(RANKED_PER_KIND)}")
    small = [KIND_CODES[k] for k in wanted if k not in _ENTRY_TABLES]
    if small:
        parts.append(f"{rank} AND rowid <= {_SMALL_TOP} AND (rowid & 15) IN ({', '.join(map(str, small))}){where}"
                     f" ORDER BY score, rowid DESC LIMIT {int(limit)}")
    # One statement a part: joined by UNION ALL, SQLite's plan took ten times as long.
    found = [row for sql in parts for row in conn.execute(sql, [query, *params])]
    return heapq.nsmallest(limit, found, key=lambda row: (row[1], -row[0]))


def _is_common(conn, text: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a typed word is in more than :data:`COMMON` things: its list is walked that far
    at most (its own list of word starts, so no merge for words of up to six letters)."""
    for word in dict.fromkeys(_WORD.findall(text)):
        (found,) = conn.execute("SELECT count(*) FROM (SELECT 1 FROM search_text WHERE search_text MATCH ?"
                                " LIMIT ?)", (fts_query(word), COMMON + 1)).fetchone()
        if found > COMMON:
            return True
    return False


# The titles (names) of the found things of the kinds whose index rows have one, by rowid.
_TITLES = {"activity": "SELECT id * 16 + 3, title FROM activities WHERE id IN ({ids})",
           "person": "SELECT id * 16 + 4, name FROM people WHERE id IN ({ids})",
           "goal": "SELECT id * 16 + 5, title FROM goals WHERE id IN ({ids})",
           "place": "SELECT id * 16 + 8, name FROM places WHERE id IN ({ids})",
           "reply": "SELECT rowid * 16 + 10, supporter_name FROM replies_opened WHERE rowid IN ({ids})"}


def _newest(conn, query: str, words: list[str], wanted: tuple[str, ...], where: str,  # type: ignore[no-untyped-def]
            params: list, limit: int) -> list[tuple[int, float]]:
    """(rowid, score) of the best ``limit`` matches of a common word, without bm25: of each
    kind of entry its newest :data:`NEWEST_COMMON` matches, of the other kinds the newest
    as many whose title or name holds every word and as many more (each read costs the
    thing's date from the index: a look-up a row). Things whose title holds
    every typed word score -:data:`TITLE_WEIGHT`, the rest -1; within a score the undated
    come first, then the newest. Each statement walks its kind's list from the top down."""
    rows = "SELECT rowid, at FROM search_text WHERE search_text MATCH ?"
    found: dict[int, str | None] = {}
    for kind in wanted:
        if kind in _ENTRY_TABLES:  # our own table names and ints below
            top = f"(SELECT coalesce(max(id), 0) FROM {_ENTRY_TABLES[kind]}) * 16 + 15"
            found.update(conn.execute(
                f"{rows} AND rowid <= {top} AND (rowid & 15) = {KIND_CODES[kind]}{where}"
                f" ORDER BY rowid DESC LIMIT {int(NEWEST_COMMON)}", [query, *params]).fetchall())
    small = [KIND_CODES[k] for k in wanted if k not in _ENTRY_TABLES]
    if small:
        named = "{title} : (" + query + ")"  # every word in the title or name
        for match in (named, query):
            found.update(conn.execute(
                f"{rows} AND rowid <= {_SMALL_TOP} AND (rowid & 15) IN ({', '.join(map(str, small))}){where}"
                f" ORDER BY rowid DESC LIMIT {int(NEWEST_COMMON)}", [match, *params]).fetchall())
    starts = [re.compile(r"(?<![^\W_])" + re.escape(w)) for w in words]  # a word of the title begins so
    score = dict.fromkeys(found, -1.0)
    for rowid, title in _titles(conn, list(found)).items():
        plain = title.lower() if title.isascii() else bare(title)  # no accents to take away: fast
        if all(start.search(plain) for start in starts):
            score[rowid] = -TITLE_WEIGHT
    order = sorted(found, reverse=True)  # ties: the highest rowid first
    order.sort(key=lambda r: found[r] or "", reverse=True)  # the newest first (stored times sort as text)
    order.sort(key=lambda r: (score[r], found[r] is not None))  # then by title, the undated first
    return [(rowid, score[rowid]) for rowid in order[:limit]]


def _titles(conn, rowids: list[int]) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """rowid → title or name of the found things that have one (their own rows, read by id)."""
    by_kind: dict[str, list[int]] = {}
    for rowid in rowids:
        if _KIND_OF[rowid % SHIFT] in _TITLES:
            by_kind.setdefault(_KIND_OF[rowid % SHIFT], []).append(rowid // SHIFT)
    out: dict[int, str] = {}
    for kind, ids in by_kind.items():
        out.update(conn.execute(_TITLES[kind].format(ids=", ".join(str(int(i)) for i in ids))).fetchall())
    return out


def _texts(conn, rowids: list[int]) -> dict[int, tuple[str, str, int | str, int | None, str | None]]:  # type: ignore[no-untyped-def]
    """rowid → (title, body, own id, goal id of a review, date as stored) of the found things,
    read per kind from their own rows."""
    by_kind: dict[str, list[int]] = {}
    for rowid in rowids:
        by_kind.setdefault(_KIND_OF[rowid % SHIFT], []).append(rowid // SHIFT)
    out: dict[int, tuple[str, str, int | str, int | None, str | None]] = {}
    for kind, ids in by_kind.items():
        listed = ", ".join(str(int(i)) for i in ids)  # ints we made from rowids
        for rowid, title, body, at in conn.execute(DOCS[kind].format(ids=listed)):
            out[rowid] = (title, body, rowid // SHIFT, None, at)
        if kind == "review":
            for review_id, goal_id, goal_title in conn.execute(
                    "SELECT r.id, g.id, g.title FROM goal_reviews r JOIN goals g ON g.id = r.goal_id"
                    f" WHERE r.id IN ({listed})"):
                rowid = review_id * SHIFT + KIND_CODES["review"]
                out[rowid] = (goal_title, out[rowid][1], review_id, goal_id, out[rowid][4])
        if kind == "reply":
            for number, reply_id in conn.execute(
                    f"SELECT rowid, reply_id FROM replies_opened WHERE rowid IN ({listed})"):
                rowid = number * SHIFT + KIND_CODES["reply"]
                out[rowid] = (*out[rowid][:2], reply_id, None, out[rowid][4])
    return out


def _plan_part(conn, words: list[str]) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The support plan's list and the line (or service) holding the first match."""
    rows = conn.execute(
        "SELECT list, text || ' ' || response FROM support_plan_lines ORDER BY list, position").fetchall()
    rows += conn.execute("SELECT 'services', name || ' ' || what || ' ' || how_to_contact || ' ' || notes"
                         " FROM support_plan_services ORDER BY position").fetchall()
    for part, line in rows:
        if marked(line, words).spans:
            return part, line
    return "", ""

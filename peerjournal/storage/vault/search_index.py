"""The full-text index of everything (migration 15): one FTS5 row per searchable thing, kept by
triggers in the same transaction as each write.

Its rowid tells the thing: ``id * 16 + kind code`` (:data:`KIND_CODES`). Columns: ``title``
(names and titles, weighted higher when ranking), ``body`` (notes and the rest) and ``at``
(the thing's date as stored, kept unindexed for the date filter; NULL when it has none). The
index is contentless (the words are not stored twice) and derived: "Take all my data" leaves
it out, and a vault made from a data file fills it through these triggers as its rows go in.
It is the journal's one index since migration 16: the Timeline's filter asks it too (its
entries' rows hold the words the Timeline's own index, :mod:`.entry_index`, held).
"""

from __future__ import annotations

from collections.abc import Callable

from peerjournal.storage.vault.entry_index import refill_entry_index

KIND_CODES = {"mood": 1, "contact": 2, "activity": 3, "person": 4, "goal": 5, "review": 6,
              "plan": 7, "place": 8, "check": 9, "reply": 10}
SHIFT = 16  # rowid = id * SHIFT + code
PLAN_ID = 1  # the journal's one support plan

_NAMES_OF = """coalesce((SELECT group_concat(p.name, ' ') FROM {link} l JOIN people p
               ON p.id = l.person_id WHERE l.{column} = e.id), '')"""

# The row of each kind for the things whose id is in {ids}: rowid, title, body, at.
DOCS = {
    "mood": """SELECT e.id * 16 + 1, '', e.note || ' ' || coalesce((SELECT group_concat(feeling, ' ')
               FROM mood_feelings WHERE mood_id = e.id), ''), e.at_utc FROM moods e
               WHERE e.id IN ({ids})""",
    "contact": f"""SELECT e.id * 16 + 2, '', e.note || ' ' || {_NAMES_OF.format(
                   link='contact_people', column='contact_id')}, e.at_utc FROM contacts e
                   WHERE e.id IN ({{ids}})""",
    "activity": f"""SELECT e.id * 16 + 3, e.title, e.category || ' ' || e.note || ' ' || {_NAMES_OF.format(
                    link='activity_people', column='activity_id')}, e.at_utc FROM activities e
                    WHERE e.id IN ({{ids}})""",
    "person": "SELECT e.id * 16 + 4, e.name, e.notes, NULL FROM people e WHERE e.id IN ({ids})",
    "goal": """SELECT e.id * 16 + 5, e.title, e.why || ' ' || e.first_step || ' ' || e.what_could_help
               || ' ' || coalesce((SELECT group_concat(word, ' ') FROM goal_obstacles
               WHERE goal_id = e.id), ''), e.created_utc FROM goals e WHERE e.id IN ({ids})""",
    "review": """SELECT e.id * 16 + 6, '', e.in_the_way || ' ' || e.next_step, e.on_date
                 FROM goal_reviews e WHERE e.id IN ({ids})""",
    "plan": """SELECT e.id * 16 + 7, '', coalesce((SELECT group_concat(text || ' ' || response, ' ')
               FROM support_plan_lines), '') || ' ' || coalesce((SELECT group_concat(name || ' '
               || what || ' ' || how_to_contact || ' ' || notes, ' ') FROM support_plan_services), ''),
               NULL FROM (SELECT 1 AS id) e WHERE e.id IN ({ids})
               AND (EXISTS (SELECT 1 FROM support_plan_lines)
                    OR EXISTS (SELECT 1 FROM support_plan_services))""",
    "place": """SELECT e.id * 16 + 8, e.name, e.what || ' ' || e.when_text || ' ' || e.how_to_get_there
                || ' ' || e.contact || ' ' || e.notes, NULL FROM places e WHERE e.id IN ({ids})""",
    "check": """SELECT e.id * 16 + 9, '', coalesce((SELECT group_concat(a.text || ' ' || coalesce((
                SELECT group_concat(p.name, ' ') FROM resource_answer_people ap JOIN people p
                ON p.id = ap.person_id WHERE ap.check_id = a.check_id AND ap.item_id = a.item_id),
                ''), ' ') FROM resource_answers a WHERE a.check_id = e.id), ''), e.taken_utc
                FROM resource_checks e WHERE e.id IN ({ids})""",
    # A reply's id is text: its row's rowid stands for it (replies are never deleted, so their
    # rowids have no gaps that a VACUUM or a copy could close).
    "reply": """SELECT e.rowid * 16 + 10, e.supporter_name, e.notes || ' ' || coalesce((
                SELECT group_concat(d.title, ' ') FROM reply_decisions d
                WHERE d.reply_id = e.reply_id), ''), e.opened_utc FROM replies_opened e
                WHERE e.rowid IN ({ids})""",
}
_ALL = {"mood": "SELECT id FROM moods", "contact": "SELECT id FROM contacts",
        "activity": "SELECT id FROM activities", "person": "SELECT id FROM people",
        "goal": "SELECT id FROM goals", "review": "SELECT id FROM goal_reviews",
        "plan": "SELECT 1", "place": "SELECT id FROM places", "check": "SELECT id FROM resource_checks",
        "reply": "SELECT rowid FROM replies_opened"}
# The table that holds each kind's own rows, and how its id is read in a trigger.
_TABLES = {"mood": "moods", "contact": "contacts", "activity": "activities", "person": "people",
           "goal": "goals", "review": "goal_reviews", "place": "places", "check": "resource_checks",
           "reply": "replies_opened"}
# Tables whose rows are part of another kind's text: (table, kind, id of that thing in a row).
_PARTS = (
    ("mood_feelings", "mood", "{row}.mood_id"),
    ("contact_people", "contact", "{row}.contact_id"),
    ("activity_people", "activity", "{row}.activity_id"),
    ("goal_obstacles", "goal", "{row}.goal_id"),
    ("support_plan_lines", "plan", "1"),
    ("support_plan_services", "plan", "1"),
    ("resource_answers", "check", "{row}.check_id"),
    ("resource_answer_people", "check", "{row}.check_id"),
    ("reply_decisions", "reply", "(SELECT rowid FROM replies_opened WHERE reply_id = {row}.reply_id)"),
)


def _refresh(kind: str, ids: str) -> str:
    """Statements (for a trigger body) that write again the rows of the things ``ids``."""
    code = KIND_CODES[kind]
    return (f"DELETE FROM search_text WHERE rowid IN (SELECT x * 16 + {code} FROM ({ids}));\n"
            f"INSERT INTO search_text (rowid, title, body, at) {DOCS[kind].format(ids=ids)};\n")


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return f"CREATE TRIGGER {name}_search AFTER {event} ON {table} BEGIN\n{body}END"


def _triggers() -> list[str]:
    out: list[str] = []
    for kind, table in _TABLES.items():
        key = "rowid" if kind == "reply" else "id"
        code = KIND_CODES[kind]
        out.append(_trigger(f"{table}_insert", "INSERT", table, _refresh(kind, f"SELECT new.{key} AS x")))
        out.append(_trigger(f"{table}_update", "UPDATE", table,
                            f"DELETE FROM search_text WHERE rowid = old.{key} * 16 + {code};\n"
                            + _refresh(kind, f"SELECT new.{key} AS x")))
        out.append(_trigger(f"{table}_delete", "DELETE", table,
                            f"DELETE FROM search_text WHERE rowid = old.{key} * 16 + {code};\n"))
    for table, kind, thing in _PARTS:
        old, new = thing.format(row="old"), thing.format(row="new")
        out.append(_trigger(f"{table}_insert", "INSERT", table, _refresh(kind, f"SELECT {new} AS x")))
        out.append(_trigger(f"{table}_update", "UPDATE", table,
                            _refresh(kind, f"SELECT {old} AS x UNION SELECT {new}")))
        out.append(_trigger(f"{table}_delete", "DELETE", table, _refresh(kind, f"SELECT {old} AS x")))
    # A person's new name is found in every entry and resource check they are part of.
    rename = (_refresh("contact", "SELECT contact_id AS x FROM contact_people WHERE person_id = new.id")
              + _refresh("activity", "SELECT activity_id AS x FROM activity_people WHERE person_id = new.id")
              + _refresh("check", "SELECT DISTINCT check_id AS x FROM resource_answer_people"
                                  " WHERE person_id = new.id"))
    out.append(_trigger("people_rename", "UPDATE OF name", "people", rename))
    return out


def create_search_index(conn, prefix: str = "2 3") -> None:  # type: ignore[no-untyped-def]
    """Make the index, its triggers, and fill it from what is already in the vault.
    ``prefix``: the lengths of word starts kept as their own lists (see :func:`rebuild_search_index`)."""
    if not all(part.isdigit() for part in prefix.split()):
        raise ValueError(prefix)  # our own constants; checked as they go into the statement
    conn.execute(
        "CREATE VIRTUAL TABLE search_text USING fts5(title, body, at UNINDEXED, content='',"
        " contentless_delete=1, contentless_unindexed=1,"
        f" tokenize='unicode61 remove_diacritics 2', prefix='{prefix}')")
    # Deleted words must not linger in the index's free pages (SECURITY.md 10).
    conn.execute("INSERT INTO search_text (search_text, rank) VALUES ('secure-delete', 1)")
    for statement in _triggers():
        conn.execute(statement)
    for kind in KIND_CODES:
        conn.execute(f"INSERT INTO search_text (rowid, title, body, at) {DOCS[kind].format(ids=_ALL[kind])}")


def refill_search_index(conn) -> None:  # type: ignore[no-untyped-def]
    """Write the index afresh in one pass per kind: after rows went in with its triggers set
    aside (a data file's rows, each a rewrite of its thing's index row otherwise)."""
    conn.execute("DELETE FROM search_text")
    for kind in KIND_CODES:
        conn.execute(f"INSERT INTO search_text (rowid, title, body, at) {DOCS[kind].format(ids=_ALL[kind])}")


WORD_STARTS = "1 2 3 4 5 6"
"""The lengths of word starts the index keeps as lists of their own (migration 17): a typed
word this long or shorter reads one list, walked only as far as needed. A longer one makes
FTS5 merge the lists of every word it begins before the first match (5 ms a statement for
"ahmed", in 85,000 entries of the 30-year benchmark journal)."""


def rebuild_search_index(conn, prefix: str = "1 2 3") -> None:  # type: ignore[no-untyped-def]
    """Make the index again, keeping word starts of the lengths ``prefix`` as their own lists.
    Migration 16 kept one-letter starts too: the Timeline filters from the first letter typed,
    and without its own list FTS5 merged the lists of every word beginning with that letter
    (0.8 s for "a" in a 30-year journal); migration 17 keeps up to six letters
    (:data:`WORD_STARTS`)."""
    names = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_text%'")]
    for name in names:  # our own trigger names, made by _triggers
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DROP TABLE IF EXISTS search_text")
    # This SQLite's FTS5 leaves the table of unindexed values (contentless_unindexed) behind.
    conn.execute("DROP TABLE IF EXISTS search_text_content")
    create_search_index(conn, prefix=prefix)


def drop_entry_index(conn) -> None:  # type: ignore[no-untyped-def]
    """Take away the Timeline's own index (migration 10) and its triggers: this index holds
    the same words of each entry, and every save wrote both."""
    names = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%entry_text%'")]
    for name in names:  # our own trigger names, made by entry_index
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DROP TABLE IF EXISTS entry_text")


FULL_TEXT_INDEXES: dict[str, Callable[[object], None]] = {
    "entry_text": refill_entry_index, "search_text": refill_search_index}
"""Every full-text index a journal's schema has had (by table name), and how to write it
afresh: a vault made from an older data file is at that file's version while its rows go in."""

"""The full-text index of entries (migration 10): one FTS5 row per entry, kept by triggers.
Migration 16 drops it (Search everything's index holds the same words); it stays here for
migration 10 and for a vault made from a data file of that age.

Its rowid tells the entry: ``id * 4 + kind code`` (1 mood, 2 contact, 3 activity). The index
is contentless (the words are not stored twice) and derived: "Take all my data" leaves it out
and a vault made from a data file fills it through these triggers as its rows go in.
"""

from __future__ import annotations

KIND_CODES = {"mood": 1, "contact": 2, "activity": 3}
_ALL = {"mood": "SELECT id FROM moods", "contact": "SELECT id FROM contacts",
        "activity": "SELECT id FROM activities"}

# The words of one entry of each kind, for the entry whose id is {id}.
_BODIES = {
    "mood": """SELECT e.id * 4 + 1, e.note || ' ' || coalesce((SELECT group_concat(feeling, ' ')
               FROM mood_feelings WHERE mood_id = e.id), '') FROM moods e WHERE e.id IN ({ids})""",
    "contact": """SELECT e.id * 4 + 2, e.note || ' ' || coalesce((SELECT group_concat(p.name, ' ')
               FROM contact_people cp JOIN people p ON p.id = cp.person_id
              WHERE cp.contact_id = e.id), '') FROM contacts e WHERE e.id IN ({ids})""",
    "activity": """SELECT e.id * 4 + 3, e.title || ' ' || e.category || ' ' || e.note || ' '
               || coalesce((SELECT group_concat(p.name, ' ') FROM activity_people ap
               JOIN people p ON p.id = ap.person_id WHERE ap.activity_id = e.id), '')
               FROM activities e WHERE e.id IN ({ids})""",
}


def _refresh(kind: str, ids: str) -> str:
    """Statements (for a trigger body) that write again the rows of the entries ``ids``."""
    code = KIND_CODES[kind]
    return (f"DELETE FROM entry_text WHERE rowid IN (SELECT x * 4 + {code} FROM ({ids}));\n"
            f"INSERT INTO entry_text (rowid, body) {_BODIES[kind].format(ids=ids)};\n")


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN\n{body}END"


def _triggers() -> list[str]:
    out: list[str] = []
    for kind, table in (("mood", "moods"), ("contact", "contacts"), ("activity", "activities")):
        code = KIND_CODES[kind]
        out.append(_trigger(f"{table}_text_insert", "INSERT", table, _refresh(kind, "SELECT new.id AS x")))
        out.append(_trigger(f"{table}_text_update", "UPDATE", table,
                            f"DELETE FROM entry_text WHERE rowid = old.id * 4 + {code};\n"
                            + _refresh(kind, "SELECT new.id AS x")))
        out.append(_trigger(f"{table}_text_delete", "DELETE", table,
                            f"DELETE FROM entry_text WHERE rowid = old.id * 4 + {code};\n"))
    for kind, link, column in (("mood", "mood_feelings", "mood_id"),
                               ("contact", "contact_people", "contact_id"),
                               ("activity", "activity_people", "activity_id")):
        out.append(_trigger(f"{link}_text_insert", "INSERT", link, _refresh(kind, f"SELECT new.{column} AS x")))
        out.append(_trigger(f"{link}_text_update", "UPDATE", link,
                            _refresh(kind, f"SELECT old.{column} AS x UNION SELECT new.{column}")))
        out.append(_trigger(f"{link}_text_delete", "DELETE", link, _refresh(kind, f"SELECT old.{column} AS x")))
    # A person's new name is found in every entry they are part of.
    rename = (_refresh("contact", "SELECT contact_id AS x FROM contact_people WHERE person_id = new.id")
              + _refresh("activity", "SELECT activity_id AS x FROM activity_people WHERE person_id = new.id"))
    out.append(_trigger("people_text_rename", "UPDATE OF name", "people", rename))
    return out


def create_entry_index(conn) -> None:  # type: ignore[no-untyped-def]
    """Make the index, its triggers, and fill it from the entries already in the vault."""
    conn.execute(
        "CREATE VIRTUAL TABLE entry_text USING fts5(body, content='', contentless_delete=1,"
        " tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    # Deleted entries' words must not linger in the index's free pages (SECURITY.md 10).
    conn.execute("INSERT INTO entry_text (entry_text, rank) VALUES ('secure-delete', 1)")
    for statement in _triggers():
        conn.execute(statement)
    for kind in KIND_CODES:
        conn.execute(f"INSERT INTO entry_text (rowid, body) {_BODIES[kind].format(ids=_ALL[kind])}")


def refill_entry_index(conn) -> None:  # type: ignore[no-untyped-def]
    """Write the index afresh from the entries, in one pass per kind: after rows went in
    with its triggers set aside (a data file's 100,000 rows, each a rewrite otherwise)."""
    conn.execute("DELETE FROM entry_text")
    for kind in KIND_CODES:
        conn.execute(f"INSERT INTO entry_text (rowid, body) {_BODIES[kind].format(ids=_ALL[kind])}")

"""Numbered schema migrations of a supporter vault (its own list, its own ``user_version``).

A supporter vault holds the supporter's age identity and the shares people sent them.
Same rules as :mod:`peerjournal.storage.vault.migrations`: append, never edit a released step.
This module must not import :mod:`peerjournal.storage.vault.database` (the vault imports it).
"""

from __future__ import annotations

from collections.abc import Sequence

from peerjournal.core.clock import to_storage, utc_now
from peerjournal.core.sharing.keys import new_identity, new_signing_key
from peerjournal.storage.vault.migrations import Migration, run_script

_SCHEMA_1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL,
    public TEXT NOT NULL,
    created_utc TEXT NOT NULL
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    signer TEXT NOT NULL UNIQUE,
    added_utc TEXT NOT NULL
);
CREATE TABLE exports (
    export_id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_utc TEXT NOT NULL,
    imported_utc TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    document TEXT NOT NULL
);
CREATE INDEX exports_person ON exports (person_id, created_utc);
CREATE TABLE notes (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
"""


def _migration_1(conn) -> None:  # type: ignore[no-untyped-def]
    """The supporter's own X25519 identity is made with the vault and never leaves it
    (only its public half is handed out)."""
    for statement in _SCHEMA_1.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO meta (key, value) VALUES ('kind', 'supporter')")
    secret, public = new_identity()
    conn.execute(
        "INSERT INTO identity (id, secret, public, created_utc) VALUES (1, ?, ?, ?)",
        (secret, public, to_storage(utc_now())),
    )


_SCHEMA_2 = """
CREATE TABLE reply_keys (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    reply_to TEXT NOT NULL,
    export_created_utc TEXT NOT NULL
);
CREATE TABLE replies_sent (
    reply_id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_utc TEXT NOT NULL,
    in_reply_to TEXT,
    suggestions INTEGER NOT NULL
);
"""


def _migration_2(conn) -> None:  # type: ignore[no-untyped-def]
    """Replies to the people supported: the supporter's own Ed25519 signing key (its public
    half becomes part of the key they give out), per person the key their journal takes
    replies on (``reply_to`` of their newest file), and when replies were written (no
    content)."""
    run_script(conn, _SCHEMA_2)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('signing_key', ?)", (new_signing_key().hex(),)
    )


def _migration_3(conn) -> None:  # type: ignore[no-untyped-def]
    """Replies the supporter can read again (issue 14): each reply written keeps its content
    (the reply document as sealed, inside this encrypted vault). NULL for replies written
    before this step: only when and how many suggestions were kept."""
    conn.execute("ALTER TABLE replies_sent ADD COLUMN document TEXT")


_DIRECTORY_SCHEMA = """
CREATE TABLE directory (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE TABLE directory_marks (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL REFERENCES directory (id) ON DELETE CASCADE,
    mark TEXT NOT NULL CHECK (mark IN ('talked', 'not_for_them')),
    updated_utc TEXT NOT NULL,
    PRIMARY KEY (person_id, entry_id)
);
"""


def _migration_directory(conn) -> None:  # type: ignore[no-untyped-def]
    """The supporter's directory of local groups, services and places (issue 21), each entry
    as JSON (its fields, no person's), and their private marks on ideas per person
    ("talked about", "not for them"); both go with the person or the entry they are about.
    AUTOINCREMENT: an entry's id is never given to another, so an import planned against an
    entry deleted meanwhile can't replace a newer one."""
    run_script(conn, _DIRECTORY_SCHEMA)


_SCHEMA_CASELOAD = """
CREATE TABLE agreed_steps (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    due TEXT,
    updated_utc TEXT NOT NULL
);
ALTER TABLE people ADD COLUMN archived_utc TEXT;
"""


def _migration_caseload(conn) -> None:  # type: ignore[no-untyped-def]
    """The caseload (issue 21): what the supporter agreed to do next with each person (their
    own words and an optional day, private to them), and when a person was archived (kept,
    out of the caseload; NULL while they are in it)."""
    run_script(conn, _SCHEMA_CASELOAD)


SUPPORTER_MIGRATIONS: Sequence[Migration] = (
    _migration_1, _migration_2, _migration_3, _migration_directory, _migration_caseload,
)
"""SUPPORTER_MIGRATIONS[i] brings a supporter vault from version i to version i + 1."""

SUPPORTER_SCHEMA_VERSION = len(SUPPORTER_MIGRATIONS)

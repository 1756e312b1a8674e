"""Numbered schema migrations; ``PRAGMA user_version`` records how far a vault has come.

Each migration is a function that takes the connection and runs inside the
transaction the caller opened. Append new ones; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from peerjournal.core.sharing.keys import new_signing_key
from peerjournal.core.vocabulary import DEFAULT_ACTIVITY_CATEGORIES, DEFAULT_FEELINGS

Migration = Callable[[object], None]

_SCHEMA_1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE feelings (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    position INTEGER NOT NULL
);
CREATE TABLE activity_categories (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    position INTEGER NOT NULL
);
CREATE TABLE moods (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    energy INTEGER CHECK (energy IS NULL OR energy BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX moods_at ON moods (at_utc);
CREATE TABLE mood_feelings (
    mood_id INTEGER NOT NULL REFERENCES moods (id) ON DELETE CASCADE,
    feeling TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (mood_id, feeling)
) WITHOUT ROWID;
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    closeness TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE person_help (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (person_id, kind)
) WITHOUT ROWID;
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    mode TEXT NOT NULL,
    duration_min INTEGER,
    felt INTEGER CHECK (felt IS NULL OR felt BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_at ON contacts (at_utc);
CREATE TABLE contact_people (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (contact_id, person_id)
) WITHOUT ROWID;
CREATE INDEX contact_people_person ON contact_people (person_id);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    felt INTEGER CHECK (felt IS NULL OR felt BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activities_at ON activities (at_utc);
CREATE TABLE activity_people (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, person_id)
) WITHOUT ROWID;
CREATE INDEX activity_people_person ON activity_people (person_id);
"""


def _migration_1(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in _SCHEMA_1.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO feelings (name, position) VALUES (?, ?)",
        [(name, i) for i, name in enumerate(DEFAULT_FEELINGS)],
    )
    conn.executemany(
        "INSERT INTO activity_categories (name, position) VALUES (?, ?)",
        [(name, i) for i, name in enumerate(DEFAULT_ACTIVITY_CATEGORIES)],
    )


def _migration_2(conn) -> None:  # type: ignore[no-untyped-def]
    """Per-person "stay in touch" cadences (prompts issue); they say something about a life,
    so they live in the vault, not in the settings file."""
    conn.execute(
        """
        CREATE TABLE stay_in_touch (
            person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
            every_days INTEGER NOT NULL CHECK (every_days BETWEEN 1 AND 366)
        )
        """
    )


_SCHEMA_3 = """
CREATE TABLE supporters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    recipient TEXT NOT NULL UNIQUE,
    added_utc TEXT NOT NULL
);
CREATE TABLE share_history (
    export_id TEXT PRIMARY KEY,
    at_utc TEXT NOT NULL,
    supporter_id INTEGER REFERENCES supporters (id) ON DELETE SET NULL,
    supporter_name TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    sections TEXT NOT NULL,
    include_notes INTEGER NOT NULL,
    naming TEXT NOT NULL,
    passphrase_protected INTEGER NOT NULL
);
CREATE TABLE pseudonyms (
    recipient TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    PRIMARY KEY (recipient, person_id),
    UNIQUE (recipient, label)
);
CREATE INDEX pseudonyms_person ON pseudonyms (person_id);
"""


def _migration_3(conn) -> None:  # type: ignore[no-untyped-def]
    """Sharing with supporters: their keys, a history of shares (never their content), stable
    pseudonyms per supporter, and the journal's own Ed25519 signing key, made here so every
    journal, new or upgraded, has one from then on. ``kind`` tells a journal from a supporter
    vault (journals made before this step have no ``kind`` row and are journals)."""
    for statement in _SCHEMA_3.split(";"):
        if statement.strip():
            conn.execute(statement)
    signing_key = new_signing_key().hex()
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("kind", "journal"), ("signing_key", signing_key)],
    )


MIGRATIONS: Sequence[Migration] = (_migration_1, _migration_2, _migration_3)
"""MIGRATIONS[i] brings a vault from version i to version i + 1."""

SCHEMA_VERSION = len(MIGRATIONS)

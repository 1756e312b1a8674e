"""Numbered schema migrations; ``PRAGMA user_version`` records how far a vault has come.

Each migration is a function that takes the connection and runs inside the
transaction the caller opened. Append new ones; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from peerjournal.core.connecting.resources import DEFAULT_ITEMS
from peerjournal.core.sharing.keys import new_identity, new_signing_key
from peerjournal.core.vocabulary import DEFAULT_ACTIVITY_CATEGORIES, DEFAULT_FEELINGS
from peerjournal.storage.vault.day_totals import create_day_totals, rebuild_day_totals
from peerjournal.storage.vault.entry_index import create_entry_index
from peerjournal.storage.vault.search_index import (
    WORD_STARTS,
    create_search_index,
    drop_entry_index,
    rebuild_search_index,
)

Migration = Callable[[object], None]


def run_script(conn, script: str) -> None:  # type: ignore[no-untyped-def]
    """Run each statement of a schema script, inside the transaction the caller opened."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


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


_SCHEMA_4 = """
CREATE TABLE support_plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    updated_utc TEXT
);
CREATE TABLE support_plan_lines (
    list TEXT NOT NULL CHECK (list IN ('keep_well', 'early_signs', 'what_helps')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (list, position)
) WITHOUT ROWID;
CREATE TABLE support_plan_contacts (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    position INTEGER NOT NULL UNIQUE
);
CREATE TABLE support_plan_services (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    how_to_contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
"""


def _migration_4(conn) -> None:  # type: ignore[no-untyped-def]
    """My support plan (issue 5): its three lists of lines, the people to contact in order
    (a person deleted from the journal leaves the plan with them) and services. Nothing is
    pre-filled: the plan is the person's own words."""
    run_script(conn, _SCHEMA_4)


_SCHEMA_5 = """
CREATE TABLE resource_items (
    id INTEGER PRIMARY KEY,
    domain TEXT NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE resource_checks (
    id INTEGER PRIMARY KEY,
    taken_utc TEXT NOT NULL
);
CREATE INDEX resource_checks_taken ON resource_checks (taken_utc);
CREATE TABLE resource_answers (
    check_id INTEGER NOT NULL REFERENCES resource_checks (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES resource_items (id) ON DELETE RESTRICT,
    domain TEXT NOT NULL,
    text TEXT NOT NULL,
    reply TEXT NOT NULL CHECK (reply IN ('yes', 'not_sure', 'no')),
    PRIMARY KEY (check_id, item_id)
) WITHOUT ROWID;
CREATE TABLE resource_answer_people (
    check_id INTEGER NOT NULL,
    item_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (check_id, item_id, person_id),
    FOREIGN KEY (check_id, item_id)
        REFERENCES resource_answers (check_id, item_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX resource_answer_people_person ON resource_answer_people (person_id);
"""


def _migration_5(conn) -> None:  # type: ignore[no-untyped-def]
    """The resource check (connecting issue): its editable questions, seeded with the default
    wording, and the checks taken. Each answer keeps the question's wording and domain as
    asked, so rewording a question later leaves old checks as they were."""
    run_script(conn, _SCHEMA_5)
    conn.executemany(
        "INSERT INTO resource_items (domain, text, position) VALUES (?, ?, ?)",
        [(domain.value, text, i) for i, (domain, text) in enumerate(DEFAULT_ITEMS)],
    )

_SCHEMA_6 = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    when_text TEXT NOT NULL DEFAULT '',
    how_to_get_there TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE activity_places (
    activity_id INTEGER PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,
    place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE
);
CREATE INDEX activity_places_place ON activity_places (place_id);
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    first_step TEXT NOT NULL DEFAULT '',
    what_could_help TEXT NOT NULL DEFAULT '',
    review_on TEXT NOT NULL,
    helper_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    place_id INTEGER REFERENCES places (id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'let_go', 'done')),
    created_utc TEXT NOT NULL
);
CREATE INDEX goals_helper ON goals (helper_person_id);
CREATE INDEX goals_place ON goals (place_id);
CREATE TABLE goal_obstacles (
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (goal_id, position)
) WITHOUT ROWID;
CREATE TABLE goal_reviews (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    happened TEXT NOT NULL CHECK (happened IN ('yes', 'partly', 'not_yet')),
    in_the_way TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT ''
);
CREATE INDEX goal_reviews_goal ON goal_reviews (goal_id, on_date);
CREATE TABLE goal_status_changes (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    at_utc TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'let_go', 'done'))
);
CREATE INDEX goal_status_changes_goal ON goal_status_changes (goal_id, at_utc);
"""


def _migration_6(conn) -> None:  # type: ignore[no-untyped-def]
    """Goals with plan–do–review, and places and groups (connecting issue). A goal keeps its
    reviews and changes of state as its history. An activity's place is a link table, so the
    activities table of migration 1 stays as it was; deleting a place removes its links and
    leaves goals without a place, deleting a person leaves goals without a helper."""
    run_script(conn, _SCHEMA_6)


_SCHEMA_7 = """
CREATE TABLE network_snapshots (
    id INTEGER PRIMARY KEY,
    taken_utc TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX network_snapshots_taken ON network_snapshots (taken_utc);
CREATE TABLE network_snapshot_members (
    snapshot_id INTEGER NOT NULL REFERENCES network_snapshots (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    closeness TEXT NOT NULL,
    help_kinds TEXT NOT NULL DEFAULT '',
    last_contact_utc TEXT,
    PRIMARY KEY (snapshot_id, position)
) WITHOUT ROWID;
CREATE INDEX network_snapshot_members_person ON network_snapshot_members (person_id);
"""


def _migration_7(conn) -> None:  # type: ignore[no-untyped-def]
    """Network snapshots (connecting issue): dated copies of the network map. Each member keeps
    its own name, relationship, circle, kinds of help and last contact, so a snapshot stays
    true when people change. Deleting a person keeps their rows and only clears ``person_id``
    (SQLite may give a later person the same id, who must not be taken for them)."""
    run_script(conn, _SCHEMA_7)


_SCHEMA_8 = """
CREATE TABLE supporter_signers (
    supporter_id INTEGER PRIMARY KEY REFERENCES supporters (id) ON DELETE CASCADE,
    signer TEXT NOT NULL UNIQUE
);
CREATE TABLE replies_opened (
    reply_id TEXT PRIMARY KEY,
    opened_utc TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    supporter_id INTEGER REFERENCES supporters (id) ON DELETE SET NULL,
    supporter_name TEXT NOT NULL,
    in_reply_to TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE reply_decisions (
    reply_id TEXT NOT NULL REFERENCES replies_opened (reply_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('place', 'goal')),
    title TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'declined')),
    PRIMARY KEY (reply_id, position)
) WITHOUT ROWID;
"""


def _migration_8(conn) -> None:  # type: ignore[no-untyped-def]
    """Replies from supporters (connecting issue): the journal's own age identity, whose
    public key travels in every export as ``reply_to`` (made here so every journal, new or
    upgraded, has one), each supporter's signing key, and the replies opened with what the
    person accepted or declined (their ids also stop a reply being opened twice)."""
    run_script(conn, _SCHEMA_8)
    secret, _public = new_identity()
    conn.execute("INSERT INTO meta (key, value) VALUES ('reply_identity', ?)", (secret,))


_SCHEMA_9 = """
CREATE TABLE supporter_checks (
    supporter_id INTEGER PRIMARY KEY REFERENCES supporters (id) ON DELETE CASCADE,
    checked_utc TEXT NOT NULL
);
ALTER TABLE replies_opened ADD COLUMN document TEXT
"""


def _migration_9(conn) -> None:  # type: ignore[no-untyped-def]
    """Sharing you can trust (issue 14): which supporters' fingerprints the person compared
    with them aloud (a row means checked; supporters added before are "not yet checked"), and
    each finished reply's content as it was decrypted and verified, so it can be read again
    (NULL for replies finished before this step: only their notes and decisions were kept)."""
    run_script(conn, _SCHEMA_9)


def _migration_10(conn) -> None:  # type: ignore[no-untyped-def]
    """Search (issue 20): a full-text index (FTS5) of entries' notes, feelings, titles,
    categories and people's names, kept by triggers in the same transaction as each write,
    built here for the entries already in the vault."""
    create_entry_index(conn)


_SCHEMA_WRAP_PLAN = """
CREATE TABLE support_plan_lines_wrap (
    list TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (list, position)
) WITHOUT ROWID;
INSERT INTO support_plan_lines_wrap (list, position, text)
    SELECT CASE list
        WHEN 'keep_well' THEN 'keep_well'
        WHEN 'early_signs' THEN 'early_signs'
        WHEN 'what_helps' THEN 'what_helps'
    END, position, text FROM support_plan_lines;
DROP TABLE support_plan_lines;
ALTER TABLE support_plan_lines_wrap RENAME TO support_plan_lines;
CREATE TABLE support_plan_not_involved (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    position INTEGER NOT NULL UNIQUE
)
"""


def _migration_11(conn) -> None:  # type: ignore[no-untyped-def]
    """The WRAP-shaped support plan (issue 17): the plan's lines may belong to any of its
    parts now (which ones is checked in ``core.support_plan``, so the table no longer lists
    them), the old lists keep their lines (what keeps me well becomes the daily keep-well list,
    early signs the early warning signs, what helps the crisis plan's what helps), and the
    crisis plan can name people the person does not want involved."""
    run_script(conn, _SCHEMA_WRAP_PLAN)


_SCHEMA_REMEMBERED = (
    """CREATE TABLE remembered (
        kind TEXT NOT NULL CHECK (kind IN ('mood', 'contact', 'activity')),
        entry_id INTEGER NOT NULL,
        PRIMARY KEY (kind, entry_id)
    ) WITHOUT ROWID""",
    *(f"""CREATE TRIGGER remembered_{kind}_gone AFTER DELETE ON {table} BEGIN
        DELETE FROM remembered WHERE kind = '{kind}' AND entry_id = old.id;
    END""" for kind, table in (("mood", "moods"), ("contact", "contacts"), ("activity", "activities"))),
)


def _migration_12(conn) -> None:  # type: ignore[no-untyped-def]
    """"On this day" (issue 17): the entries the person marked "remember this" (kind and id
    only; a deleted entry's mark goes with it, by trigger)."""
    for statement in _SCHEMA_REMEMBERED:  # one by one: a trigger holds ";" inside BEGIN … END
        conn.execute(statement)


_SCHEMA_TRACKERS = """
CREATE TABLE trackers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('yes_no', 'number', 'scale', 'choice')),
    unit TEXT NOT NULL DEFAULT '',
    low_word TEXT NOT NULL DEFAULT '',
    high_word TEXT NOT NULL DEFAULT '',
    choices TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tracker_values (
    mood_id INTEGER NOT NULL REFERENCES moods (id) ON DELETE CASCADE,
    tracker_id INTEGER NOT NULL REFERENCES trackers (id),
    number REAL,
    choice TEXT,
    PRIMARY KEY (mood_id, tracker_id),
    CHECK ((number IS NULL) <> (choice IS NULL))
) WITHOUT ROWID;
CREATE INDEX tracker_values_tracker ON tracker_values (tracker_id)
"""


def _migration_13(conn) -> None:  # type: ignore[no-untyped-def]
    """Your own trackers (issue 16, opt-in): the trackers the person added (a retired one stays,
    with its history) and their values, kept with the check-in they were saved with (deleting
    the check-in deletes them). Not in the search index: values are numbers and fixed choices."""
    run_script(conn, _SCHEMA_TRACKERS)


_PLAN_PAIRS = (("triggers", "trigger_actions"), ("early_signs", "early_sign_actions"),
               ("breakdown_signs", "breakdown_needs"))


def _migration_14(conn) -> None:  # type: ignore[no-untyped-def]
    """Paired support plan items (issue 17): a trigger or sign carries its own response in the
    same row. Where a sign list and its response list are as long as each other their lines
    are paired in order; otherwise the signs keep no response and each response line becomes
    an item with no sign, so no line is lost and none is paired with the wrong one."""
    conn.execute("ALTER TABLE support_plan_lines ADD COLUMN response TEXT NOT NULL DEFAULT ''")
    for signs, responses in _PLAN_PAIRS:
        said = [t for (t,) in conn.execute(
            "SELECT text FROM support_plan_lines WHERE list = ? ORDER BY position", (responses,))]
        count = conn.execute("SELECT count(*) FROM support_plan_lines WHERE list = ?",
                             (signs,)).fetchone()[0]
        if said and len(said) == count:
            conn.executemany("UPDATE support_plan_lines SET response = ? WHERE list = ? AND position ="
                             " (SELECT position FROM support_plan_lines WHERE list = ?"
                             " ORDER BY position LIMIT 1 OFFSET ?)",
                             [(text, signs, signs, i) for i, text in enumerate(said)])
        else:
            start = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM support_plan_lines"
                                 " WHERE list = ?", (signs,)).fetchone()[0]
            conn.executemany("INSERT INTO support_plan_lines (list, position, text, response)"
                             " VALUES (?, ?, '', ?)",
                             [(signs, start + i, text) for i, text in enumerate(said)])
        conn.execute("DELETE FROM support_plan_lines WHERE list = ?", (responses,))


def _migration_15(conn) -> None:  # type: ignore[no-untyped-def]
    """Search everything (issue 20): a second full-text index (FTS5) over entries, people,
    goals and their reviews, the support plan, places, resource checks and replies, kept by
    triggers in the same transaction as each write, built here for what is already in the
    vault. The Timeline keeps its own index of entries (migration 10)."""
    create_search_index(conn)


def _migration_16(conn) -> None:  # type: ignore[no-untyped-def]
    """One full-text index (issue 20): the Timeline's filter asks Search everything's index,
    which holds the same words of each entry, so the Timeline's own (migration 10) and its
    triggers go, and a save writes one index instead of two. Search everything's is made
    again with one-letter word starts kept, for the Timeline's first letter typed.
    ``secure_delete`` clears the dropped indexes' pages."""
    drop_entry_index(conn)
    rebuild_search_index(conn)


def _migration_17(conn) -> None:  # type: ignore[no-untyped-def]
    """Typing to results (issue 20): the full-text index made again with word starts of up to
    six letters kept as lists of their own (:data:`~.search_index.WORD_STARTS`): a typed word
    of four to six letters read the lists of every word it begins, merged, before the first
    match (18 ms for "walk" and 52 ms for "ahmed" in the Timeline at 30 years; 6 and 12 ms
    with them). The index grows by about two fifths."""
    rebuild_search_index(conn, prefix=WORD_STARTS)


def _migration_18(conn) -> None:  # type: ignore[no-untyped-def]
    """Per-day figures for Insights (issue 20): each local day's mood sum and count, contacts
    by way of contact, activities by kind and the people in touch, kept by triggers in the same
    transaction as each write and built here for what is already in the vault, so "All" reads a
    row a day instead of every entry."""
    create_day_totals(conn)


def _migration_19(conn) -> None:  # type: ignore[no-untyped-def]
    """Per-day figures that reach back (issue 20): migration 18 kept the zone's stretches five
    years either side of the vault's oldest entry or of now, so entries written or imported
    with older dates after it (a journal brought in from another app) were counted on no day
    until "All" was read, which then built every figure again on the window's thread (1.2 s at
    thirty years). Made again here with stretches from 1970 to twenty years ahead."""
    rebuild_day_totals(conn)


MIGRATIONS: Sequence[Migration] = (
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6, _migration_7,
    _migration_8, _migration_9, _migration_10, _migration_11, _migration_12, _migration_13,
    _migration_14, _migration_15, _migration_16, _migration_17, _migration_18, _migration_19,
)
"""MIGRATIONS[i] brings a vault from version i to version i + 1."""

SCHEMA_VERSION = len(MIGRATIONS)

"""Nothing the person writes reaches the disk in plain text, in the main file or the WAL."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import PLAIN_SQLITE_HEADER, create_vault, open_vault
from tests.storage.conftest import NOW, PASSPHRASE, ago


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_containing(folder: Path, marker: str) -> list[str]:
    """Names of files in ``folder`` holding ``marker`` in UTF-8 or UTF-16."""
    found = []
    for name in sorted(os.listdir(folder)):
        data = (folder / name).read_bytes()
        if any(needle in data for needle in _encodings(marker)):
            found.append(name)
    return found


def test_the_scanner_finds_plain_text(tmp_path):
    """Control: the same scan does see a marker in an unencrypted database and its WAL."""
    marker = uuid.uuid4().hex
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (a TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (marker,))
    conn.commit()
    assert "plain.db-wal" in files_containing(tmp_path, marker)
    conn.close()
    assert files_containing(tmp_path, marker) == ["plain.db"]


def test_file_header_is_not_plain_sqlite(closed_vault_path):
    header = closed_vault_path.read_bytes()[:16]
    assert len(header) == 16
    assert header != PLAIN_SQLITE_HEADER
    assert PLAIN_SQLITE_HEADER == b"SQLite format 3\x00"


def test_plain_sqlite_cannot_read_the_vault(closed_vault_path):
    conn = sqlite3.connect(f"file:{closed_vault_path}?mode=ro", uri=True)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            pass
        else:
            raise AssertionError("stdlib sqlite3 read the vault without a key")
    finally:
        conn.close()


def test_cipher_version_reported(vault):
    version = vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert isinstance(version, str) and version.strip()


def test_no_marker_in_any_file_while_open_and_after_close(tmp_path):
    folder = tmp_path / "vault"
    path = folder / "journal.pjvault"
    markers = {
        kind: f"{kind}-{uuid.uuid4().hex}"
        for kind in ("mood-note", "feeling", "person-name", "person-notes", "contact-note",
                     "activity-title", "activity-note", "category")
    }
    vault = create_vault(path, PASSPHRASE)
    journal = Journal(vault, clock=lambda: NOW)
    mood = journal.add_mood(
        MoodCheckIn(at=ago(hours=3), mood=2, note=f"today {markers['mood-note']}",
                    feelings=(markers["feeling"],))
    )
    person = journal.add_person(
        Person(name=f"Ann {markers['person-name']}", notes=markers["person-notes"])
    )
    contact = journal.add_contact(
        Contact(at=ago(hours=2), person_ids=(person.id,), note=markers["contact-note"])
    )
    activity = journal.add_activity(
        Activity(at=ago(hours=1), category=markers["category"],
                 title=f"Walk {markers['activity-title']}", person_ids=(person.id,),
                 note=markers["activity-note"])
    )
    journal.add_feeling(f"x{uuid.uuid4().hex}")

    # The data is really there (so the scan below is not vacuous) ...
    assert markers["mood-note"] in journal.get_mood(mood.id).note
    assert markers["person-name"] in journal.get_person(person.id).name
    assert journal.get_contact(contact.id).note == markers["contact-note"]
    assert markers["activity-title"] in journal.get_activity(activity.id).title

    # ... and while open the -wal file is there (each commit is checkpointed out of it into
    # the main file, where page HMACs protect it, so the main file holds the markers' pages).
    names = os.listdir(folder)
    assert "journal.pjvault-wal" in names
    assert os.path.getsize(folder / "journal.pjvault") > 4096
    for marker in [*markers.values(), PASSPHRASE]:
        assert files_containing(folder, marker) == [], marker

    vault.close()
    assert os.listdir(folder) == ["journal.pjvault"]
    for marker in [*markers.values(), PASSPHRASE]:
        assert files_containing(folder, marker) == [], marker

    # Deleting an entry and opening again writes nothing readable either.
    vault = open_vault(path, PASSPHRASE)
    journal = Journal(vault, clock=lambda: NOW)
    journal.delete_activity(activity.id)
    for marker in markers.values():
        assert files_containing(folder, marker) == [], marker
    vault.close()
    for marker in markers.values():
        assert files_containing(folder, marker) == [], marker

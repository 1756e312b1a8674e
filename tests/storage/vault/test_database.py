"""Creating, opening and re-keying vaults; every refusal leaves the file as it was."""

from __future__ import annotations

import os
import sqlite3
import time
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode, EntryKind, HelpKind
from peerjournal.errors import (
    BugError,
    NewerVaultVersion,
    NotAVault,
    NotSqlCipher,
    UserError,
    ValidationError,
    VaultExists,
    WrongPassphrase,
)
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault, open_vault
from peerjournal.storage.vault.keying import key_pragma
from peerjournal.storage.vault.migrations import SCHEMA_VERSION
from tests.storage.conftest import NOW, PASSPHRASE, ago, file_mode, folder_state

WRONG_MESSAGE = "That passphrase doesn't open this journal."



# -- create ---------------------------------------------------------------


def test_create_makes_owner_only_file_in_owner_only_new_folder(tmp_path, umask_022):
    path = tmp_path / "new" / "deeper" / "journal.pjvault"
    vault = create_vault(path, PASSPHRASE)
    try:
        assert file_mode(path) == 0o600
        assert file_mode(path.parent) == 0o700
        # The live WAL files copy the main file's mode.
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                assert file_mode(side) == 0o600
    finally:
        vault.close()


def test_create_refuses_existing_path_and_leaves_it_alone(tmp_path):
    path = tmp_path / "journal.pjvault"
    path.write_bytes(b"something precious")
    with pytest.raises(VaultExists) as info:
        create_vault(path, PASSPHRASE)
    assert isinstance(info.value, UserError)
    assert str(path) in str(info.value)
    assert path.read_bytes() == b"something precious"


def test_create_refuses_an_existing_vault(closed_vault_path):
    before = folder_state(closed_vault_path.parent)
    with pytest.raises(VaultExists):
        create_vault(closed_vault_path, "another passphrase")
    assert folder_state(closed_vault_path.parent) == before
    vault = open_vault(closed_vault_path, PASSPHRASE)
    try:
        assert Journal(vault).counts()[EntryKind.MOOD] == 1
    finally:
        vault.close()


@pytest.mark.parametrize("passphrase", ["", "short", "1234567", "       "])
def test_create_rejects_too_short_or_blank_passphrase_and_leaves_no_file(tmp_path, passphrase):
    path = tmp_path / "sub" / "journal.pjvault"
    with pytest.raises(ValidationError) as info:
        create_vault(path, passphrase)
    assert str(info.value)
    assert not path.exists()
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-shm").exists()


def test_create_with_failing_migration_leaves_no_file(tmp_path):
    path = tmp_path / "journal.pjvault"

    def broken(conn):
        conn.execute("CREATE TABLE t (x)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        create_vault(path, PASSPHRASE, migrations=[broken])
    assert os.listdir(tmp_path) == []


def test_connection_settings_after_create(vault):
    def pragma(name):
        return vault.conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("cipher_version")
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("secure_delete") == 1
    assert vault.schema_version() == SCHEMA_VERSION


def test_connection_settings_after_open(closed_vault_path):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    try:
        def pragma(name):
            return vault.conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("cipher_version")
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert pragma("foreign_keys") == 1
        assert pragma("temp_store") == 2
        assert pragma("secure_delete") == 1
        assert file_mode(closed_vault_path) == 0o600
    finally:
        vault.close()


def test_close_is_idempotent_and_drops_the_connection(vault):
    assert vault.is_open
    vault.close()
    vault.close()
    assert not vault.is_open
    with pytest.raises(BugError):
        _ = vault.conn


def test_close_checkpoints_the_wal_away(closed_vault_path):
    assert os.listdir(closed_vault_path.parent) == [closed_vault_path.name]


# -- open: the right passphrase ------------------------------------------------


def test_open_with_right_passphrase_reads_the_data(closed_vault_path):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        [row] = journal.timeline()
        assert journal.get_mood(row.id).note == "kept"
    finally:
        vault.close()


def test_open_accepts_str_path(closed_vault_path):
    vault = open_vault(str(closed_vault_path), PASSPHRASE)
    vault.close()


# -- open: refusals that must not touch the file -----------------------------------


@pytest.mark.parametrize(
    "wrong", ["wrong passphrase", PASSPHRASE.upper(), PASSPHRASE[:-1], ""]
)
def test_wrong_passphrase_refused_and_file_untouched(closed_vault_path, wrong):
    folder = closed_vault_path.parent
    before = folder_state(folder)
    time.sleep(0.01)  # so an accidental write would show in the mtime
    with pytest.raises(WrongPassphrase) as info:
        open_vault(closed_vault_path, wrong)
    assert str(info.value) == WRONG_MESSAGE
    after = folder_state(folder)
    assert after == before
    assert after.names == (closed_vault_path.name,)  # no -wal / -shm left by the attempt

    vault = open_vault(closed_vault_path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        assert [journal.get_mood(r.id).note for r in journal.timeline()] == ["kept"]
    finally:
        vault.close()


def test_repeated_wrong_attempts_never_damage_the_vault(closed_vault_path):
    before = folder_state(closed_vault_path.parent)
    for attempt in range(2):
        with pytest.raises(WrongPassphrase):
            open_vault(closed_vault_path, f"not it {attempt}")
    assert folder_state(closed_vault_path.parent) == before
    open_vault(closed_vault_path, PASSPHRASE).close()


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('plain')")
    conn.commit()
    conn.close()


def _plain_sqlite_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: p.write_text("Dear diary, today was fine.\n"), id="text"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(_plain_sqlite, id="plain-sqlite"),
        pytest.param(_plain_sqlite_wal, id="plain-sqlite-wal"),
    ],
)
def test_not_a_vault_refused_and_file_untouched(tmp_path, make):
    path = tmp_path / "not-a-vault.pjvault"
    make(path)
    before = folder_state(tmp_path)
    time.sleep(0.01)
    with pytest.raises(NotAVault) as info:
        open_vault(path, PASSPHRASE)
    assert not isinstance(info.value, WrongPassphrase)
    assert str(path) in str(info.value)
    assert folder_state(tmp_path) == before


def test_missing_file_is_a_user_error(tmp_path):
    path = tmp_path / "nowhere.pjvault"
    with pytest.raises(UserError) as info:
        open_vault(path, PASSPHRASE)
    assert str(path) in str(info.value)
    assert not path.exists()
    assert os.listdir(tmp_path) == []


def test_a_folder_is_not_opened(tmp_path):
    with pytest.raises(UserError):
        open_vault(tmp_path, PASSPHRASE)


def test_newer_schema_refused_untouched(closed_vault_path):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    vault.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    vault.close()
    before = folder_state(closed_vault_path.parent)
    time.sleep(0.01)

    with pytest.raises(NewerVaultVersion) as info:
        open_vault(closed_vault_path, PASSPHRASE)

    assert isinstance(info.value, UserError)
    assert info.value.found == SCHEMA_VERSION + 1
    assert info.value.supported == SCHEMA_VERSION
    assert "has not been changed" in str(info.value)
    assert folder_state(closed_vault_path.parent) == before


def _crash_left(path: Path, version: int) -> tuple[bytes, bytes]:
    """Set ``user_version`` to ``version`` and leave the commit in the ``-wal``, as a kill would
    (no close, no checkpoint); return the main file's and the ``-wal``'s bytes."""
    import shutil

    vault = open_vault(path, PASSPHRASE)
    live = path.with_name("live.pjvault")
    vault.close()
    shutil.copyfile(path, live)
    vault = open_vault(live, PASSPHRASE)
    vault.conn.execute("PRAGMA wal_autocheckpoint = 0")
    vault.conn.execute(f"PRAGMA user_version = {version:d}")  # autocommit: no checkpoint after it
    main, wal = live.read_bytes(), Path(f"{live}-wal").read_bytes()
    vault.close()
    live.unlink()
    path.write_bytes(main)
    Path(f"{path}-wal").write_bytes(wal)
    assert len(wal) > 32  # committed frames wait in the -wal
    return main, wal


def test_newer_vault_with_a_crash_left_wal_is_refused_byte_identical(closed_vault_path):
    main, wal = _crash_left(closed_vault_path, SCHEMA_VERSION + 1)

    with pytest.raises(NewerVaultVersion) as info:
        open_vault(closed_vault_path, PASSPHRASE)

    assert info.value.found == SCHEMA_VERSION + 1
    assert closed_vault_path.read_bytes() == main
    assert Path(f"{closed_vault_path}-wal").read_bytes() == wal
    assert not list(closed_vault_path.parent.glob(".pjcheck-*"))


@pytest.mark.parametrize("version", [-1, -(2**31)])
def test_a_negative_version_is_not_a_journal_and_is_left_alone(closed_vault_path, version):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    vault.conn.execute(f"PRAGMA user_version = {version:d}")
    vault.close()
    before = folder_state(closed_vault_path.parent)

    with pytest.raises(NotAVault):
        open_vault(closed_vault_path, PASSPHRASE)
    assert folder_state(closed_vault_path.parent) == before


def test_a_negative_version_with_a_crash_left_wal_is_refused_byte_identical(closed_vault_path):
    main, wal = _crash_left(closed_vault_path, -1)
    with pytest.raises(NotAVault):
        open_vault(closed_vault_path, PASSPHRASE)
    assert closed_vault_path.read_bytes() == main
    assert Path(f"{closed_vault_path}-wal").read_bytes() == wal


# -- passphrase text ------------------------------------------------------------


@pytest.mark.parametrize(
    "passphrase",
    [
        "it's my journal",
        'say "hello" twice',
        "semi;colons; here",
        "dash -- dash comment",
        "x'; PRAGMA key = 'y",
        "'; DROP TABLE moods; --",
        "emoji 🌱🔐 passphrase",
        "tab\tand back\\slash",
    ],
)
def test_awkward_passphrases_round_trip(tmp_path, passphrase):
    path = tmp_path / "journal.pjvault"
    vault = create_vault(path, passphrase)
    Journal(vault, clock=lambda: NOW).add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
    vault.close()

    # Only the whole passphrase opens it, not a piece that escaping might have cut off.
    prefix = passphrase.split("'")[0].split(";")[0].split('"')[0].split("-")[0]
    for wrong in {prefix, passphrase[:-1]} - {passphrase}:
        with pytest.raises(WrongPassphrase):
            open_vault(path, wrong)

    vault = open_vault(path, passphrase)
    try:
        assert len(Journal(vault).timeline()) == 1
    finally:
        vault.close()


def test_nul_in_passphrase_is_a_validation_error(tmp_path):
    with pytest.raises(ValidationError):
        create_vault(tmp_path / "journal.pjvault", "abc\x00defghij")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(("create_form", "open_form"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_nfc_and_nfd_forms_open_the_same_vault(tmp_path, create_form, open_form):
    text = "café crème brûlée"
    created_with = unicodedata.normalize(create_form, text)
    opened_with = unicodedata.normalize(open_form, text)
    assert created_with != opened_with  # really two different strings

    path = tmp_path / "journal.pjvault"
    create_vault(path, created_with).close()
    open_vault(path, opened_with).close()
    with pytest.raises(WrongPassphrase):
        open_vault(path, "cafe creme brulee")


# -- change_passphrase (rekey) ------------------------------------------------------


def _fill(journal: Journal) -> dict:
    alice = journal.add_person(
        Person(name="Alice", help_kinds=frozenset({HelpKind.EMOTIONAL, HelpKind.PRACTICAL}))
    )
    bob = journal.add_person(Person(name="Bob", notes="from the group"))
    mood = journal.add_mood(
        MoodCheckIn(at=ago(days=1), mood=2, energy=4, feelings=("tired", "hopeful"), note="m")
    )
    contact = journal.add_contact(
        Contact(at=ago(hours=5), person_ids=(alice.id, bob.id), mode=ContactMode.PHONE,
                duration_min=30, felt=4, note="c")
    )
    activity = journal.add_activity(
        Activity(at=ago(hours=2), category="Exercise", title="Walk", person_ids=(bob.id,),
                 felt=5, note="a")
    )
    return {
        "people": [journal.get_person(alice.id), journal.get_person(bob.id)],
        "mood": journal.get_mood(mood.id),
        "contact": journal.get_contact(contact.id),
        "activity": journal.get_activity(activity.id),
    }


def _read_back(journal: Journal, expected: dict) -> dict:
    return {
        "people": [journal.get_person(p.id) for p in expected["people"]],
        "mood": journal.get_mood(expected["mood"].id),
        "contact": journal.get_contact(expected["contact"].id),
        "activity": journal.get_activity(expected["activity"].id),
    }


def test_change_passphrase_keeps_data_and_swaps_keys(vault, vault_path):
    new = "a brand new passphrase"
    journal = Journal(vault, clock=lambda: NOW)
    expected = _fill(journal)

    vault.change_passphrase(PASSPHRASE, new)
    # Still usable on the same connection after the rekey.
    later = journal.add_mood(MoodCheckIn(at=ago(minutes=5), mood=5, note="after rekey"))
    vault.close()

    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    reopened = open_vault(vault_path, new)
    try:
        again = Journal(reopened, clock=lambda: NOW)
        assert _read_back(again, expected) == expected
        assert again.get_mood(later.id).note == "after rekey"
        assert again.people() == sorted(expected["people"], key=lambda p: p.name)
    finally:
        reopened.close()


def test_change_passphrase_with_wrong_current_changes_nothing(vault, vault_path):
    journal = Journal(vault, clock=lambda: NOW)
    expected = _fill(journal)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the passphrase", "a brand new passphrase")
    # The open journal still works.
    assert _read_back(journal, expected) == expected
    vault.close()

    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "a brand new passphrase")
    reopened = open_vault(vault_path, PASSPHRASE)
    try:
        assert _read_back(Journal(reopened), expected) == expected
    finally:
        reopened.close()


def test_change_passphrase_rejects_short_new_passphrase(vault, vault_path):
    with pytest.raises(ValidationError):
        vault.change_passphrase(PASSPHRASE, "short")
    vault.close()
    open_vault(vault_path, PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "short")


def test_change_passphrase_to_nfd_form_opens_with_nfc(vault, vault_path):
    nfd = unicodedata.normalize("NFD", "naïve crème passphrase")
    vault.change_passphrase(PASSPHRASE, nfd)
    vault.close()
    open_vault(vault_path, unicodedata.normalize("NFC", nfd)).close()


# -- a driver without encryption --------------------------------------------------


@pytest.fixture
def plain_driver(monkeypatch):
    """Make the vault module's driver hand out stdlib sqlite3 connections (no encryption)."""
    import peerjournal.storage.vault.database as vault_module

    def connect(path, **kwargs):
        return sqlite3.connect(path, **kwargs)

    monkeypatch.setattr(vault_module.sqlcipher3, "connect", connect)


def test_create_refuses_a_driver_without_encryption(tmp_path, plain_driver):
    path = tmp_path / "journal.pjvault"
    with pytest.raises(NotSqlCipher):
        create_vault(path, PASSPHRASE)
    assert os.listdir(tmp_path) == []  # no plaintext file left behind


def test_open_refuses_a_driver_without_encryption(closed_vault_path, plain_driver):
    before = folder_state(closed_vault_path.parent)
    with pytest.raises(NotSqlCipher):
        open_vault(closed_vault_path, PASSPHRASE)
    assert folder_state(closed_vault_path.parent) == before


def test_foreign_sqlcipher_database_is_refused_untouched(tmp_path):
    """Another program's encrypted database with the same passphrase is not turned into a journal."""
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(key_pragma("shared passphrase"))
    conn.execute("CREATE TABLE passwords (site TEXT, secret TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAVault):
        open_vault(path, "shared passphrase")
    assert path.read_bytes() == before

"""Encrypted backups: complete (WAL included), keyed like the vault, private; verify, restore, undo."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.demo.seed import seed_demo
from peerjournal.errors import (
    BackupInUse,
    BugError,
    DamagedBackup,
    DamagedVault,
    NewerVaultVersion,
    NotAVault,
    UserError,
    WrongPassphrase,
)
from peerjournal.storage.files import backup
from peerjournal.storage.files.backup import (
    back_up,
    back_up_if_due,
    backups_dir,
    confirm_restore,
    due_for_daily_backup,
    list_backups,
    newest_good_backup,
    prune,
    replaced_vaults,
    restore,
    undo_restore,
    verify_backup,
)
from peerjournal.storage.journal import Journal
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.vault.database import (
    PLAIN_SQLITE_HEADER,
    SUPPORTER,
    Vault,
    WrongVaultKind,
    create_vault,
    open_vault,
)
from peerjournal.storage.vault.keying import key_pragma
from tests.storage.conftest import NOW, PASSPHRASE, ago, file_mode, folder_state

PAGE = 4096
OTHER = "a different passphrase"
LOCAL_NOW = NOW.astimezone()  # backup names use local time
STAMP = LOCAL_NOW.strftime("%Y%m%d-%H%M%S")



def _dump(conn) -> dict[str, list[tuple]]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def _open_copy(path: Path, folder: Path, passphrase: str = PASSPHRASE) -> Vault:
    """open_vault on a copy (opening converts to WAL, so the file itself is kept as made)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{uuid.uuid4().hex}.pjvault"
    shutil.copyfile(path, target)
    return open_vault(target, passphrase)


def _add(journal: Journal, note: str) -> int:
    return journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3, note=note)).id


def _notes(vault: Vault) -> set[str]:
    return {row[0] for row in vault.conn.execute("SELECT note FROM moods")}


def _state(folder: Path) -> dict[str, tuple[str, int] | None]:
    """Every file and folder under ``folder``: bytes and mtime (folders: None)."""
    state: dict[str, tuple[str, int] | None] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            state[os.path.relpath(os.path.join(root, name), folder)] = None
        for name in files:
            path = Path(root, name)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            state[os.path.relpath(path, folder)] = (digest, path.stat().st_mtime_ns)
    return state


def _fake(folder: Path, name: str, size: int = 10) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"x" * size)
    return path


# -- making a backup ---------------------------------------------------------------


def test_backup_holds_everything_including_what_is_still_in_the_wal(journal, vault, tmp_path, monkeypatch):
    seed_demo(journal, NOW, days=30)  # every kind of row, linked to each other
    person = journal.add_person(Person(name="Ada"))
    # Each commit is checkpointed; a kill between a commit and its checkpoint leaves frames
    # in the -wal, which is what this checks (the backup must still hold them).
    monkeypatch.setattr("peerjournal.storage.vault.database.checkpoint", lambda conn: None)
    ids = [_add(journal, f"wal only {i}") for i in range(30)]
    wal = Path(f"{vault.path}-wal")
    assert wal.stat().st_size > 0  # not checkpointed: the main file alone lacks these
    expected = _dump(vault.conn)

    made = back_up(vault, now=NOW)

    assert made.parent == vault.path.parent / "backups"
    assert made.name == f"journal-{STAMP}.pjbackup"
    copy = _open_copy(made, tmp_path / "check")
    try:
        assert _dump(copy.conn) == expected
        assert all(expected[t] for t in ("moods", "people", "contacts", "activities", "meta"))
        assert copy.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        restored = Journal(copy, clock=lambda: NOW)
        assert restored.get_person(person.id).name == "Ada"
        assert restored.get_mood(ids[-1]).note == "wal only 29"
        assert copy.schema_version() == vault.schema_version()
        assert copy.kind == "journal"
    finally:
        copy.close()
    # The live vault is unchanged and still usable.
    assert _dump(vault.conn) == expected
    assert [row[1] for row in vault.conn.execute("PRAGMA database_list")] == ["main"]
    assert journal.get_mood(_add(journal, "after the backup")).note == "after the backup"


def test_backup_is_encrypted_private_and_leaves_nothing_else(vault, journal, umask_022):
    marker = uuid.uuid4().hex
    _add(journal, f"secret {marker}")
    made = back_up(vault, now=NOW)
    data = made.read_bytes()
    assert data[:16] != PLAIN_SQLITE_HEADER
    for needle in (marker.encode(), marker.encode("utf-16-le"), PASSPHRASE.encode()):
        assert needle not in data
    assert len(data) % PAGE == 0
    assert file_mode(made) == 0o600
    assert file_mode(made.parent) == 0o700
    assert os.listdir(made.parent) == [made.name]  # no temp file, no -journal
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{made}{suffix}").exists()
    # Plain SQLite can't read it.
    conn = sqlite3.connect(made)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_backup_opens_with_the_vault_passphrase_and_no_other(vault, journal, tmp_path):
    _add(journal, "kept")
    made = back_up(vault, now=NOW)
    assert verify_backup(made, PASSPHRASE).kind == "journal"
    with pytest.raises(WrongPassphrase):
        verify_backup(made, OTHER)
    with pytest.raises(WrongPassphrase):
        _open_copy(made, tmp_path / "other", OTHER)


def test_backup_after_a_passphrase_change_takes_the_new_passphrase(vault, journal):
    """ATTACH without KEY takes the connection's current key, also after a rekey."""
    _add(journal, "kept")
    old_backup = back_up(vault, now=NOW)
    vault.change_passphrase(PASSPHRASE, OTHER)
    new_backup = back_up(vault, now=NOW + timedelta(seconds=1))
    verify_backup(new_backup, OTHER)
    with pytest.raises(WrongPassphrase):
        verify_backup(new_backup, PASSPHRASE)
    verify_backup(old_backup, PASSPHRASE)  # old backups keep the old passphrase
    with pytest.raises(WrongPassphrase):
        verify_backup(old_backup, OTHER)


def test_backup_keeps_the_schema_version(vault):
    made = back_up(vault, now=NOW)
    assert verify_backup(made, PASSPHRASE).schema_version == vault.schema_version() > 0


def test_supporter_vault_backup_keeps_its_kind(tmp_path):
    path = tmp_path / "vault" / "supporter.pjvault"
    vault = create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        expected = _dump(vault.conn)
        made = back_up(vault, now=NOW)
    finally:
        vault.close()
    assert made.name == f"supporter-{STAMP}.pjbackup"
    verified = verify_backup(made, PASSPHRASE)
    assert (verified.kind, verified.schema_version) == (SUPPORTER, len(SUPPORTER_MIGRATIONS))
    copy = _open_copy(made, tmp_path / "check")
    try:
        assert copy.kind == SUPPORTER
        assert _dump(copy.conn) == expected
    finally:
        copy.close()


def test_two_backups_in_the_same_second_both_stay(vault, journal):
    first = back_up(vault, now=NOW)
    _add(journal, "between")
    second = back_up(vault, now=NOW)
    assert first != second
    assert second.name == f"journal-{STAMP}-2.pjbackup"
    assert [info.path for info in list_backups(first.parent)] == [second, first]


def test_backup_into_a_chosen_folder(vault, tmp_path):
    folder = tmp_path / "usb" / "PeerJournal backups"
    made = back_up(vault, folder, now=NOW)
    assert made.parent == folder
    assert file_mode(folder) == 0o700
    verify_backup(made, PASSPHRASE)


def test_a_failed_backup_leaves_nothing_and_the_vault_usable(vault, journal, monkeypatch):
    _add(journal, "kept")
    folder = backups_dir(vault.path)
    earlier = back_up(vault, now=NOW - timedelta(days=1))
    before = folder_state(folder)

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(backup.os, "replace", full_disk)
        with pytest.raises(UserError) as info:
            back_up(vault, now=NOW)
    assert str(info.value) == (  # ENOSPC: said plainly since issue 18
        "Could not make a backup: the disk is full. Nothing was changed. Free some space on the "
        "disk (or choose another folder for backups), then try again."
    )
    assert folder_state(folder) == before
    assert [row[1] for row in vault.conn.execute("PRAGMA database_list")] == ["main"]
    _add(journal, "still works")
    assert back_up(vault, now=NOW).exists()
    assert earlier.exists()


def test_a_backup_that_fails_its_own_check_is_not_kept(vault, monkeypatch):
    folder = backups_dir(vault.path)
    checked: list[str] = []

    def broken_check(conn, schema="main"):
        checked.append(schema)
        return ["quick_check: something is wrong"]

    monkeypatch.setattr(backup, "check_integrity", broken_check)
    with pytest.raises(UserError) as info:
        back_up(vault, now=NOW)
    assert str(info.value) == (
        "Could not make a backup: the copy did not come out right. Nothing was changed."
    )
    assert checked == ["pj_backup"]  # the new file was checked, through the vault's connection
    assert os.listdir(folder) == []
    assert [row[1] for row in vault.conn.execute("PRAGMA database_list")] == ["main"]


def test_no_backup_in_the_middle_of_a_transaction(vault):
    with pytest.raises(BugError), vault.transaction():
        back_up(vault, now=NOW)


def test_backups_dir_is_beside_the_vault_and_private(tmp_path):
    old_umask = os.umask(0o022)
    try:
        folder = backups_dir(tmp_path / "data" / "journal.pjvault")
    finally:
        os.umask(old_umask)
    assert folder == tmp_path / "data" / "backups"
    assert file_mode(folder) == 0o700


# -- list, prune, daily --------------------------------------------------------------


def test_list_backups_newest_first_by_kind_ignoring_other_files(tmp_path):
    folder = tmp_path / "backups"
    old = _fake(folder, "journal-20260101-080000.pjbackup", 5)
    new = _fake(folder, "journal-20260102-070000.pjbackup", 7)
    same_second = _fake(folder, "journal-20260102-070000-2.pjbackup")
    sup = _fake(folder, "supporter-20260103-090000.pjbackup")
    for junk in ("notes.txt", ".journal-20260104-010101.pjbackup.abcd.tmp",
                 "journal-2026010-080000.pjbackup", "journal-20261301-080000.pjbackup"):
        _fake(folder, junk)
    (folder / "journal-20260105-080000.pjbackup").mkdir()

    journals = list_backups(folder, "journal")
    assert [info.path for info in journals] == [same_second, new, old]
    assert journals[1].size == 7
    assert journals[2].created == datetime(2026, 1, 1, 8, 0).astimezone()
    assert journals[2].created.tzinfo is not None
    assert [info.path for info in list_backups(folder)] == [sup, same_second, new, old]
    assert [info.kind for info in list_backups(folder, SUPPORTER)] == [SUPPORTER]
    assert list_backups(tmp_path / "missing") == []


def test_prune_keeps_the_newest_of_that_kind_only(tmp_path):
    folder = tmp_path / "backups"
    journals = [_fake(folder, f"journal-202601{d:02d}-120000.pjbackup") for d in range(1, 6)]
    sup = _fake(folder, "supporter-20260101-120000.pjbackup")
    other = _fake(folder, "keep-me.txt")

    removed = prune(folder, 2)
    assert sorted(removed) == journals[:3]
    assert [info.path for info in list_backups(folder, "journal")] == journals[:2:-1]
    assert sup.exists() and other.exists()
    assert prune(folder, 2) == []
    assert prune(folder, 1, kind=SUPPORTER) == []
    with pytest.raises(BugError):
        prune(folder, 0)


def test_due_for_daily_backup_by_local_date_and_kind(tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 6, 15, 0, 30)  # naive: local time
    assert due_for_daily_backup(folder, now)  # no folder yet
    _fake(folder, "journal-20260614-235900.pjbackup")
    assert due_for_daily_backup(folder, now)
    _fake(folder, "supporter-20260615-000100.pjbackup")
    assert due_for_daily_backup(folder, now)  # only a supporter backup today
    assert not due_for_daily_backup(folder, now, kind=SUPPORTER)
    _fake(folder, "journal-20260615-000100.pjbackup")
    assert not due_for_daily_backup(folder, now)
    assert not due_for_daily_backup(folder, now.astimezone())  # an aware now works too
    assert due_for_daily_backup(folder, now + timedelta(days=1))


def test_back_up_if_due_makes_one_a_day_and_prunes(vault, journal):
    folder = backups_dir(vault.path)
    for day in range(1, 4):
        _fake(folder, f"journal-202601{day:02d}-120000.pjbackup")
    first = back_up_if_due(vault, now=NOW, keep=2)
    assert first is not None
    assert back_up_if_due(vault, now=NOW + timedelta(minutes=5), keep=2) is None
    names = [info.path.name for info in list_backups(folder)]
    assert names == [first.name, "journal-20260103-120000.pjbackup"]
    verify_backup(first, PASSPHRASE)


# -- verify --------------------------------------------------------------------------


@pytest.fixture
def made(vault, journal) -> Path:
    """A backup of a vault of ~60 pages."""
    with journal.batch():
        for i in range(200):
            _add(journal, f"entry {i} " + "y" * 300)
    return back_up(vault, now=NOW)


def test_verify_leaves_the_backup_byte_identical(made):
    before = folder_state(made.parent)
    time.sleep(0.01)
    verified = verify_backup(made, PASSPHRASE)
    assert verified.path == made and verified.size == made.stat().st_size
    with pytest.raises(WrongPassphrase):
        verify_backup(made, OTHER)
    assert folder_state(made.parent) == before  # no -wal, -shm or -journal either


def _cut(data: bytes) -> list[tuple[str, bytes]]:
    middle = len(data) // PAGE // 2
    flipped = bytearray(data)
    flipped[middle * PAGE + 500: middle * PAGE + 540] = os.urandom(40)
    last = bytearray(data)
    last[-100] ^= 0xFF
    return [
        ("truncated at a page", data[: middle * PAGE]),
        ("truncated mid-page", data[: middle * PAGE + 1234]),
        ("bytes changed in a middle page", bytes(flipped)),
        ("a byte changed in the last page", bytes(last)),
        ("bytes appended", data + b"\0" * 100),
    ]


@pytest.mark.parametrize("case", range(5))
def test_verify_refuses_a_damaged_backup(made, case):
    label, damaged = _cut(made.read_bytes())[case]
    made.write_bytes(damaged)
    before = folder_state(made.parent)
    with pytest.raises(DamagedBackup) as info:
        verify_backup(made, PASSPHRASE)
    assert isinstance(info.value, DamagedVault), label
    assert str(info.value) == "This backup is damaged and can't be used. Nothing was changed."
    assert info.value.problems, label
    assert folder_state(made.parent) == before


def test_a_damaged_first_page_looks_like_a_wrong_passphrase(made):
    """SQLCipher can't tell these apart: page 1 is where the key is proven."""
    data = bytearray(made.read_bytes())
    data[200:240] = os.urandom(40)
    made.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        verify_backup(made, PASSPHRASE)


def test_verify_refuses_what_is_not_a_backup(tmp_path):
    empty = _fake(tmp_path, "empty.pjbackup", 0)
    with pytest.raises(NotAVault):
        verify_backup(empty, PASSPHRASE)
    plain = tmp_path / "plain.pjbackup"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault):
        verify_backup(plain, PASSPHRASE)
    foreign = tmp_path / "foreign.pjbackup"  # encrypted with the passphrase, not ours
    conn = sqlcipher3.connect(str(foreign))
    conn.execute(key_pragma(PASSPHRASE))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotAVault):
        verify_backup(foreign, PASSPHRASE)
    with pytest.raises(UserError, match="There is no backup"):
        verify_backup(tmp_path / "missing.pjbackup", PASSPHRASE)


def test_verify_refuses_a_newer_backup(made):
    conn = sqlcipher3.connect(str(made))
    conn.execute(key_pragma(PASSPHRASE))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(NewerVaultVersion):
        verify_backup(made, PASSPHRASE)


@pytest.mark.parametrize("suffix", ["-wal", "-journal"])
def test_verify_refuses_a_backup_in_use(made, suffix):
    _fake(made.parent, f"{made.name}{suffix}", 0)
    before = folder_state(made.parent)
    with pytest.raises(BackupInUse):
        verify_backup(made, PASSPHRASE)
    assert folder_state(made.parent) == before


def test_newest_good_backup_skips_damaged_and_other_passphrase(vault, journal, tmp_path):
    folder = backups_dir(vault.path)
    good = back_up(vault, now=NOW - timedelta(days=3))
    vault.change_passphrase(PASSPHRASE, OTHER)
    other = back_up(vault, now=NOW - timedelta(days=2))
    damaged = back_up(vault, now=NOW - timedelta(days=1))
    damaged.write_bytes(damaged.read_bytes()[: 2 * PAGE])
    assert newest_good_backup(folder, PASSPHRASE).path == good
    assert newest_good_backup(folder, OTHER).path == other
    assert newest_good_backup(folder, PASSPHRASE, kind=SUPPORTER) is None
    assert newest_good_backup(tmp_path / "none", PASSPHRASE) is None


# -- restore ---------------------------------------------------------------------------


@pytest.fixture
def restore_setup(vault, journal):
    """A backup holding "old", then the vault gains "new" and is closed."""
    _add(journal, "old")
    made = back_up(vault, now=NOW - timedelta(days=1))
    _add(journal, "new")
    vault.close()
    return vault.path, made


def test_restore_replaces_the_vault_and_keeps_the_old_one_aside(restore_setup):
    vault_path, made = restore_setup
    backup_bytes = made.read_bytes()
    result = restore(vault_path, made, PASSPHRASE, now=NOW)

    assert result.restored_path == vault_path
    assert result.replaced_path == vault_path.with_name(f"journal.pjvault.replaced-{STAMP}")
    assert replaced_vaults(vault_path) == [result.replaced_path]
    assert vault_path.read_bytes() == backup_bytes
    assert made.read_bytes() == backup_bytes  # the backup stays as it was
    assert file_mode(vault_path) == 0o600
    assert sorted(os.listdir(vault_path.parent)) == [
        "backups", "journal.pjvault", result.replaced_path.name
    ]
    vault = open_vault(vault_path, PASSPHRASE)
    try:
        assert _notes(vault) == {"old"}
    finally:
        vault.close()
    old = _open_copy(result.replaced_path, vault_path.parent.parent / "look")
    try:
        assert _notes(old) == {"old", "new"}
    finally:
        old.close()

    confirm_restore(result)
    assert sorted(os.listdir(vault_path.parent)) == ["backups", "journal.pjvault"]
    assert replaced_vaults(vault_path) == []


def test_undo_restore_puts_the_old_vault_back(restore_setup):
    vault_path, made = restore_setup
    before = vault_path.read_bytes()
    result = restore(vault_path, made, PASSPHRASE, now=NOW)
    vault = open_vault(vault_path, PASSPHRASE)  # the person looks, then changes their mind
    with pytest.raises(UserError, match="still open"):
        undo_restore(result)
    vault.close()

    undo_restore(result)
    assert vault_path.read_bytes() == before
    assert sorted(os.listdir(vault_path.parent)) == ["backups", "journal.pjvault"]
    vault = open_vault(vault_path, PASSPHRASE)
    try:
        assert _notes(vault) == {"old", "new"}
    finally:
        vault.close()
    with pytest.raises(UserError, match="no longer there"):
        undo_restore(result)


@pytest.mark.parametrize("problem", ["damaged", "wrong passphrase", "in use", "wrong kind"])
def test_a_restore_that_is_refused_changes_nothing(restore_setup, problem):
    vault_path, made = restore_setup
    passphrase, kind = PASSPHRASE, None
    if problem == "damaged":
        made.write_bytes(made.read_bytes()[:-PAGE])
    elif problem == "wrong passphrase":
        passphrase = OTHER
    elif problem == "in use":
        _fake(made.parent, f"{made.name}-wal", 0)
    else:
        kind = SUPPORTER
    before = _state(vault_path.parent)  # the backups are in there too
    time.sleep(0.01)
    with pytest.raises(UserError) as info:
        restore(vault_path, made, passphrase, now=NOW, kind=kind)
    expected = {"damaged": DamagedBackup, "wrong passphrase": WrongPassphrase,
                "in use": BackupInUse, "wrong kind": WrongVaultKind}[problem]
    assert isinstance(info.value, expected)
    assert _state(vault_path.parent) == before


def test_a_restore_that_fails_half_way_puts_everything_back(restore_setup, monkeypatch):
    vault_path, made = restore_setup
    Path(f"{vault_path}-wal").write_bytes(b"")  # as after a crash: moved aside too
    before = _state(vault_path.parent)
    real_replace = os.replace

    def fail_on_the_last_step(src, dst):
        if Path(dst) == vault_path and ".restoring" in str(src):
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", fail_on_the_last_step)
    with pytest.raises(UserError, match="Could not restore the backup") as info:
        restore(vault_path, made, PASSPHRASE, now=NOW)
    assert str(info.value).endswith("Nothing was changed.")
    assert _state(vault_path.parent) == before


def test_restore_refuses_the_vault_itself(restore_setup):
    vault_path, _ = restore_setup
    before = _state(vault_path.parent)
    with pytest.raises(UserError, match="the journal itself"):
        restore(vault_path, vault_path, PASSPHRASE, now=NOW)
    assert _state(vault_path.parent) == before


def test_restore_when_there_is_no_vault(tmp_path, restore_setup):
    _, made = restore_setup
    vault_path = tmp_path / "fresh" / "journal.pjvault"
    result = restore(vault_path, made, PASSPHRASE, now=NOW)
    assert result.replaced_path is None
    assert file_mode(vault_path.parent) == 0o700
    vault = open_vault(vault_path, PASSPHRASE)
    vault.close()
    undo_restore(result)  # back to no vault; the backup is still there
    assert os.listdir(vault_path.parent) == []
    assert made.exists()
    restore(vault_path, made, PASSPHRASE, now=NOW)
    confirm_restore(result)  # nothing was set aside: nothing to delete
    assert os.listdir(vault_path.parent) == ["journal.pjvault"]


def test_two_restores_in_the_same_second_keep_both_replaced_vaults(restore_setup):
    vault_path, made = restore_setup
    first = restore(vault_path, made, PASSPHRASE, now=NOW)
    second = restore(vault_path, made, PASSPHRASE, now=NOW)
    assert second.replaced_path == first.replaced_path.with_name(
        f"{first.replaced_path.name}-2"
    )
    assert replaced_vaults(vault_path) == [second.replaced_path, first.replaced_path]


def test_a_damaged_vault_is_set_aside_untouched_and_the_newest_good_backup_restored(
    vault, journal, tmp_path
):
    """The whole "this journal is damaged" path, after a crash."""
    with journal.batch():
        for i in range(300):
            _add(journal, f"entry {i} " + "z" * 200)
    folder = backups_dir(vault.path)
    back_up(vault, now=NOW - timedelta(days=2))
    good = back_up(vault, now=NOW - timedelta(days=1))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the entries into the main file
    _add(journal, "after the last backup")
    # A crash: the files as they are while open, then a bad sector in the main file.
    crashed = tmp_path / "crashed" / "journal.pjvault"
    crashed.parent.mkdir(mode=0o700)
    shutil.copyfile(vault.path, crashed)
    shutil.copyfile(f"{vault.path}-wal", f"{crashed}-wal")
    pages = crashed.stat().st_size // PAGE
    with crashed.open("r+b") as handle:
        handle.seek(int(pages * 0.75) * PAGE + 700)
        handle.write(os.urandom(64))
    damaged_main = crashed.read_bytes()
    damaged_wal = Path(f"{crashed}-wal").read_bytes()

    with pytest.raises(DamagedVault):
        open_vault(crashed, PASSPHRASE)
    best = newest_good_backup(folder, PASSPHRASE)
    assert best is not None and best.path == good
    result = restore(crashed, best.path, PASSPHRASE, now=NOW)

    assert result.replaced_path is not None
    assert result.replaced_path.read_bytes() == damaged_main  # never overwritten
    assert Path(f"{result.replaced_path}-wal").read_bytes() == damaged_wal
    assert not Path(f"{crashed}-wal").exists()
    restored = open_vault(crashed, PASSPHRASE)
    try:
        assert not restored.unclean
        assert len(_notes(restored)) == 300
        assert "after the last backup" not in _notes(restored)
    finally:
        restored.close()

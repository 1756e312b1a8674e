"""Unclean shutdowns: spotted before opening, checked on a private copy, damage refused unchanged."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlcipher3

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DamagedVault, UserError, WrongPassphrase
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault import integrity
from peerjournal.storage.vault.database import Vault, create_vault, open_vault
from peerjournal.storage.vault.keying import key_pragma
from tests.storage.conftest import NOW, PASSPHRASE, ago, folder_state

REPO_ROOT = Path(__file__).resolve().parents[3]
PAGE = 4096
DAMAGED_MESSAGE = (
    "This journal is damaged and can't be opened safely. Your newest good backup can be "
    "restored. The damaged file has not been changed."
)


def _fill(vault: Vault, count: int, size: int = 200) -> None:
    journal = Journal(vault, clock=lambda: NOW)
    with journal.batch():
        for i in range(count):
            journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=i % 5 + 1, note=f"n{i} " + "x" * size))


def _notes_digest(vault: Vault) -> tuple[int, str]:
    rows = vault.conn.execute("SELECT id, note FROM moods ORDER BY id").fetchall()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def _crash_copy(vault_path: Path, folder: Path) -> Path:
    """What a crash would leave: the main file and the -wal as they are now (no -shm)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / vault_path.name
    shutil.copyfile(vault_path, target)
    shutil.copyfile(f"{vault_path}-wal", f"{target}-wal")
    return target


def _corrupt_page(path: Path, page: int) -> None:
    """Overwrite bytes inside ``page`` (1-based), as a bad disk sector would."""
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE + 1000)
        handle.write(os.urandom(64))


@pytest.fixture
def checks(monkeypatch) -> list[list[str]]:
    """Every check_integrity run, with what it found (the real check still runs)."""
    seen: list[list[str]] = []
    real = integrity.check_integrity

    def spy(conn, schema="main"):
        found = real(conn, schema)
        seen.append(found)
        return found

    monkeypatch.setattr(integrity, "check_integrity", spy)
    return seen


@pytest.fixture
def big_closed_vault(vault_path: Path) -> Path:
    """A cleanly closed vault of ~70 pages, most of them check-ins."""
    vault = create_vault(vault_path, PASSPHRASE)
    _fill(vault, 600)
    vault.close()
    return vault_path


# -- what "unclean" means ----------------------------------------------------------


def test_a_clean_close_leaves_no_wal_so_was_unclean_is_false(vault_path):
    vault = create_vault(vault_path, PASSPHRASE)
    _fill(vault, 5)
    assert integrity.was_unclean(vault_path)  # while open the -wal is there
    assert os.path.getsize(f"{vault_path}-wal") == 0  # each commit is checkpointed out of it
    vault.close()
    assert os.listdir(vault_path.parent) == [vault_path.name]  # no -wal, no -shm
    assert not integrity.was_unclean(vault_path)

    vault = open_vault(vault_path, PASSPHRASE)
    assert vault.unclean is False
    _fill(vault, 5)
    vault.close()
    assert os.listdir(vault_path.parent) == [vault_path.name]


def test_a_new_vault_is_not_unclean(vault):
    assert vault.unclean is False


CRASHING_CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime, timedelta
    from peerjournal.core.records import MoodCheckIn
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.database import open_vault

    vault = open_vault(sys.argv[1], sys.argv[2])
    journal = Journal(vault)
    at = datetime.now(UTC) - timedelta(minutes=1)
    for i in range(20):
        journal.add_mood(MoodCheckIn(at=at, mood=3, note=f"before the crash {i}"))
    print("written", flush=True)
    time.sleep(60)
    """
)


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=env,
    )


def _kill(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    child.stderr.close()


def test_after_a_kill_open_checks_first_and_reports_unclean(closed_vault_path, checks):
    child = _child(CRASHING_CHILD, str(closed_vault_path), PASSPHRASE)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "written", child.stderr.read() if child.stderr else ""
    finally:
        _kill(child)
    assert child.returncode == -signal.SIGKILL
    assert integrity.was_unclean(closed_vault_path)

    vault = open_vault(closed_vault_path, PASSPHRASE)
    try:
        assert vault.unclean is True
        assert checks == [[]]  # checked once, nothing found
        journal = Journal(vault, clock=lambda: NOW)
        notes = [journal.get_mood(row.id).note for row in journal.timeline()]
        assert len(notes) == 21
        assert "before the crash 19" in notes
    finally:
        vault.close()
    assert not integrity.was_unclean(closed_vault_path)

    checks.clear()
    vault = open_vault(closed_vault_path, PASSPHRASE)  # closed properly this time
    assert vault.unclean is False
    assert checks == []
    vault.close()


def test_a_clean_open_runs_no_check(closed_vault_path, checks):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    vault.close()
    assert checks == []


def test_the_check_uses_a_private_copy_and_leaves_the_vault_alone(
    closed_vault_path, tmp_path, monkeypatch
):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    _fill(vault, 10)
    crashed = _crash_copy(closed_vault_path, tmp_path / "crashed")
    vault.close()

    looked_at: list[tuple[Path, int, int]] = []
    real = integrity.check_integrity

    def spy(conn, schema="main"):
        [(_, _, filename)] = [row for row in conn.execute("PRAGMA database_list") if row[1] == "main"]
        copy = Path(filename)
        looked_at.append(
            (copy, stat.S_IMODE(copy.stat().st_mode), stat.S_IMODE(copy.parent.stat().st_mode))
        )
        assert not Path(f"{copy}-wal").exists() or Path(f"{copy}-wal").stat().st_size == 0
        return real(conn, schema)

    monkeypatch.setattr(integrity, "check_integrity", spy)
    before = folder_state(crashed.parent)
    time.sleep(0.01)
    from peerjournal.storage.vault.database import _check_after_crash

    _check_after_crash(crashed, PASSPHRASE)
    # Not a byte, not an mtime, not a -shm: SQLite never opened the vault's own files.
    assert folder_state(crashed.parent) == before
    [(copy, file_mode, folder_mode)] = looked_at
    assert copy.parent.parent == crashed.parent and copy.parent.name.startswith(".pjcheck-")
    assert (file_mode, folder_mode) == (0o600, 0o700)
    assert not copy.parent.exists()  # cleaned up


def test_a_copy_that_cannot_be_made_refuses_to_open_and_changes_nothing(
    closed_vault_path, tmp_path, monkeypatch
):
    vault = open_vault(closed_vault_path, PASSPHRASE)
    _fill(vault, 3)
    crashed = _crash_copy(closed_vault_path, tmp_path / "crashed")
    vault.close()

    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(integrity, "_copy_file", full_disk)
    before = folder_state(crashed.parent)
    with pytest.raises(UserError, match="could not be checked") as info:
        open_vault(crashed, PASSPHRASE)
    assert not isinstance(info.value, DamagedVault)
    assert folder_state(crashed.parent) == before


# -- damage ------------------------------------------------------------------------


def _pages_in_wal(wal: Path) -> set[int]:
    """Page numbers of the frames in a -wal file (frame headers are not encrypted)."""
    data = wal.read_bytes()
    frame = 24 + PAGE
    return {
        int.from_bytes(data[offset:offset + 4], "big")
        for offset in range(32, len(data) - frame + 1, frame)
    }


def _damaged_after_crash(big_closed_vault: Path, tmp_path: Path, how: str = "page") -> Path:
    """A crashed vault (-wal present) whose main file is damaged.

    ``page``: a page 3/4 of the way in, where the check-ins are (one the -wal does not
    replace), gets garbage; ``cut``: the main file loses its second half.
    """
    vault = open_vault(big_closed_vault, PASSPHRASE)
    Journal(vault, clock=lambda: NOW).add_mood(MoodCheckIn(at=ago(hours=2), mood=1, note="late"))
    crashed = _crash_copy(big_closed_vault, tmp_path / "crashed")
    vault.close()
    pages = crashed.stat().st_size // PAGE
    if how == "page":
        page = pages * 3 // 4
        while page in _pages_in_wal(Path(f"{crashed}-wal")):
            page -= 1
        _corrupt_page(crashed, page)
    else:
        with crashed.open("r+b") as handle:
            handle.truncate(pages // 2 * PAGE)
    return crashed


@pytest.mark.parametrize("how", ["page", "cut"])
def test_a_damaged_vault_after_a_crash_is_refused_and_left_unchanged(
    big_closed_vault, tmp_path, checks, how
):
    crashed = _damaged_after_crash(big_closed_vault, tmp_path, how)
    before = folder_state(crashed.parent)
    time.sleep(0.01)
    for _ in range(2):  # asking again changes nothing either
        with pytest.raises(DamagedVault) as info:
            open_vault(crashed, PASSPHRASE)
        assert str(info.value) == DAMAGED_MESSAGE
        assert info.value.path == crashed
        assert info.value.problems
        assert folder_state(crashed.parent) == before  # main file, -wal: same bytes, same mtimes
    assert before.names == (crashed.name, f"{crashed.name}-wal")
    if how == "page":  # found by the checks, which name the page
        assert len(checks) == 2
        assert "cipher_integrity_check: HMAC verification failed for page " in "".join(checks[0])
    else:  # found before them, proving the passphrase: page 1 is fine, the rest is not
        assert checks == []


def test_a_wrong_passphrase_on_a_crashed_vault_is_still_a_wrong_passphrase(
    big_closed_vault, tmp_path
):
    crashed = _damaged_after_crash(big_closed_vault, tmp_path)
    before = folder_state(crashed.parent)
    with pytest.raises(WrongPassphrase):
        open_vault(crashed, "not the passphrase")
    assert folder_state(crashed.parent) == before


def test_damage_is_found_by_check_integrity_on_a_cleanly_closed_file(big_closed_vault):
    pages = big_closed_vault.stat().st_size // PAGE
    _corrupt_page(big_closed_vault, pages // 2)
    conn = sqlcipher3.connect(str(big_closed_vault))
    try:
        conn.execute(key_pragma(PASSPHRASE))
        conn.execute("PRAGMA cipher_log_level = NONE")
        problems = integrity.check_integrity(conn)
    finally:
        conn.close()
    assert problems[0].startswith("quick_check: ")  # quick_check raises on a bad page
    assert f"cipher_integrity_check: HMAC verification failed for page {pages // 2}" in problems


def test_a_truncated_vault_is_damaged_not_a_wrong_passphrase(big_closed_vault):
    """Page 1 authenticates, so the passphrase is right: say "damaged", change nothing."""
    data = big_closed_vault.read_bytes()
    big_closed_vault.write_bytes(data[: len(data) // 2 // PAGE * PAGE])
    before = folder_state(big_closed_vault.parent)
    with pytest.raises(DamagedVault):
        open_vault(big_closed_vault, PASSPHRASE)
    with pytest.raises(WrongPassphrase):  # another passphrase can't read page 1 at all
        open_vault(big_closed_vault, "not the passphrase")
    assert folder_state(big_closed_vault.parent) == before


def test_pages_the_wal_replaces_are_judged_after_recovery(big_closed_vault, tmp_path):
    """A crash right after a passphrase change: the main file still has old-key pages.

    ``cipher_integrity_check`` reads the main file only, so on the vault as it is every
    page fails; after the WAL is recovered and checkpointed (on the private copy) all pass.
    """
    vault = open_vault(big_closed_vault, PASSPHRASE)
    expected = _notes_digest(vault)
    vault.conn.execute("PRAGMA wal_autocheckpoint = 0")
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    naive = vault.conn.execute("PRAGMA cipher_integrity_check").fetchall()
    assert naive and all("HMAC verification failed" in row[0] for row in naive)
    crashed = _crash_copy(big_closed_vault, tmp_path / "crashed")
    vault.close()

    with pytest.raises(WrongPassphrase):
        open_vault(crashed, PASSPHRASE)
    reopened = open_vault(crashed, "a brand new passphrase")
    try:
        assert reopened.unclean
        assert _notes_digest(reopened) == expected
    finally:
        reopened.close()


# -- a crash during PRAGMA rekey ---------------------------------------------------

REKEYING_CHILD = textwrap.dedent(
    """
    import sys, time
    from peerjournal.storage.vault import database as vault_module
    real_apply_key = vault_module.apply_key

    def apply_key(conn, passphrase, pragma="key"):
        # Say when the real work starts: change_passphrase first proves the old passphrase.
        if pragma == "rekey":
            print("go", flush=True)
        return real_apply_key(conn, passphrase, pragma)

    vault_module.apply_key = apply_key
    path, old, new = sys.argv[1:4]
    vault = vault_module.open_vault(path, old)
    vault.change_passphrase(old, new)
    print("rekeyed", flush=True)
    vault.close()
    print("closed", flush=True)
    time.sleep(60)
    """
)
NEW_PASSPHRASE = "an entirely new passphrase"


def _rekey_and_kill(path: Path, delay: float | None) -> tuple[list[str], float]:
    """Run the rekeying child; SIGKILL it ``delay`` s into the rekey (None: let it finish)."""
    child = _child(REKEYING_CHILD, str(path), PASSPHRASE, NEW_PASSPHRASE)
    said: list[str] = []
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "go", child.stderr.read() if child.stderr else ""
        start = time.monotonic()
        if delay is None:
            while "closed" not in said:
                said.append(child.stdout.readline().strip())
                assert said[-1], child.stderr.read() if child.stderr else ""
            return said, time.monotonic() - start
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        said = child.stdout.read().split()
        return said, delay
    finally:
        _kill(child)


def _opens_with(path: Path, passphrase: str) -> tuple[int, str] | None:
    try:
        vault = open_vault(path, passphrase)
    except WrongPassphrase:
        return None
    try:
        assert vault.conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return _notes_digest(vault)
    finally:
        vault.close()


def test_a_crash_during_rekey_leaves_exactly_one_passphrase_working(tmp_path):
    original = tmp_path / "original" / "journal.pjvault"
    vault = create_vault(original, PASSPHRASE)
    _fill(vault, 800, size=1000)  # ~1 MB: the rekey takes a noticeable time
    expected = _notes_digest(vault)
    vault.close()

    calibration = tmp_path / "calibration" / "journal.pjvault"
    calibration.parent.mkdir()
    shutil.copyfile(original, calibration)
    said, took = _rekey_and_kill(calibration, None)
    assert said == ["rekeyed", "closed"]
    assert _opens_with(calibration, NEW_PASSPHRASE) == expected

    rng = random.Random()
    outcomes = []
    for round_ in range(5):
        # Spread over the whole run: rekey, commit, checkpoint on close, after.
        delay = took * (round_ + rng.random()) / 3
        path = tmp_path / f"round{round_}" / "journal.pjvault"
        path.parent.mkdir()
        shutil.copyfile(original, path)
        said, _ = _rekey_and_kill(path, delay)
        # Both tries on the same crashed files: a failed open changes nothing.
        with_old = _opens_with(_crash_state(path, tmp_path / f"old{round_}"), PASSPHRASE)
        with_new = _opens_with(_crash_state(path, tmp_path / f"new{round_}"), NEW_PASSPHRASE)
        outcome = (round(delay, 3), said, with_old is not None, with_new is not None)
        outcomes.append(outcome)
        assert (with_old is None) != (with_new is None), outcome
        assert (with_old or with_new) == expected, outcome
        if "rekeyed" in said:
            assert with_new is not None, outcome
    # The kills did land before the rekey finished at least once (else the test proves little).
    assert any(not said for _, said, _, _ in outcomes), outcomes


def _crash_state(path: Path, folder: Path) -> Path:
    """A copy of the killed child's files (main, -wal if any), to open independently."""
    folder.mkdir()
    target = folder / path.name
    shutil.copyfile(path, target)
    if Path(f"{path}-wal").exists():
        shutil.copyfile(f"{path}-wal", f"{target}-wal")
    return target

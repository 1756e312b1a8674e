"""One flipped byte in a journal's files is said as damage or changes nothing it shows:
never a wrong-passphrase message for the right passphrase, never older data silently.

Positions are chosen deterministically across the salt, page 1 (body, IV, HMAC), later
pages and, in the ``-wal``, its header and each part of several frames, so a slow
machine runs about fifty openings in all.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DamagedVault, UserError, WrongPassphrase
from peerjournal.storage.files.backup import back_up
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault import database
from peerjournal.storage.vault.database import Vault, create_vault, open_vault
from tests.storage.conftest import NOW, PASSPHRASE, ago

PAGE = 4096
WAL_HEADER = 32
FRAME = 24 + PAGE


def _add(vault: Vault, start: int, count: int) -> None:
    journal = Journal(vault, clock=lambda: NOW)
    for i in range(start, start + count):
        journal.add_mood(MoodCheckIn(at=ago(hours=i + 1), mood=i % 5 + 1, note=f"entry {i} " + "x" * 300))


def _digest(vault: Vault) -> tuple[int, str]:
    rows = vault.conn.execute("SELECT id, mood, note FROM moods ORDER BY id").fetchall()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def _flipped(source: Path, target_dir: Path, position: int, *, wal: Path | None = None) -> Path:
    """A copy of the journal (and its backups folder) with one byte flipped in the main
    file, or, when ``wal`` is given, in that ``-wal`` copied beside it."""
    if target_dir.exists():
        shutil.rmtree(target_dir)
    shutil.copytree(source.parent, target_dir)
    copy = target_dir / source.name
    victim = Path(f"{copy}-wal") if wal is not None else copy
    if wal is not None:
        shutil.copyfile(wal, victim)
    data = bytearray(victim.read_bytes())
    data[position] ^= 0x10
    victim.write_bytes(bytes(data))
    return copy


def _outcome(copy: Path, expected: tuple[int, str]) -> str:
    """'refused' (said as damage) or 'identical'; anything else fails the test."""
    before = copy.read_bytes()
    try:
        vault = open_vault(copy, PASSPHRASE)
    except UserError as exc:
        assert not isinstance(exc, WrongPassphrase), "the right passphrase was called wrong"
        assert isinstance(exc, DamagedVault), repr(exc)
        assert copy.read_bytes() == before  # refusal changes nothing
        return type(exc).__name__
    try:
        assert _digest(vault) == expected, "opened showing other data than was committed"
    finally:
        vault.close()
    return "identical"


@pytest.fixture(scope="module")
def closed_journal(tmp_path_factory) -> Iterator[tuple[Path, tuple[int, str]]]:
    """A cleanly closed journal of about eight pages, with a backup beside it."""
    path = tmp_path_factory.mktemp("flips") / "journal" / "journal.pjvault"
    vault = create_vault(path, PASSPHRASE)
    _add(vault, 0, 40)
    back_up(vault, now=NOW)
    expected = _digest(vault)
    vault.close()
    yield path, expected


def _main_positions(size: int) -> list[int]:
    pages = size // PAGE
    page_one = [0, 15, 16, 100, 2048, 4016, 4031, 4032, 4095]
    later = [(n - 1) * PAGE + offset for n in range(2, pages + 1) for offset in (0, 1500, 4020, 4090)]
    return sorted({*page_one, *later[:14], size - 1})


def test_each_flip_in_the_main_file_is_said_or_changes_nothing(closed_journal, tmp_path):
    path, expected = closed_journal
    outcomes: dict[int, str] = {}
    for position in _main_positions(path.stat().st_size):
        outcomes[position] = _outcome(_flipped(path, tmp_path / "copy", position), expected)
    # Every byte of a SQLCipher file is authenticated: each of these flips is found at once.
    assert set(outcomes.values()) <= {"DamagedVault", "DamagedFirstPage"}, outcomes
    assert {p for p, o in outcomes.items() if o == "DamagedFirstPage"} == {
        p for p in outcomes if p < PAGE}, outcomes


def test_a_damaged_first_page_with_the_wrong_passphrase_is_still_a_wrong_passphrase(closed_journal, tmp_path):
    path, _ = closed_journal
    copy = _flipped(path, tmp_path / "copy", 2048)
    with pytest.raises(WrongPassphrase):
        open_vault(copy, "not the passphrase at all")


def test_a_damaged_salt_without_a_backup_is_not_called_damaged_first_page(closed_journal, tmp_path):
    """Without a backup nothing proves the passphrase when the salt itself is hit."""
    path, _ = closed_journal
    copy = _flipped(path, tmp_path / "copy", 3)
    shutil.rmtree(copy.parent / "backups")
    with pytest.raises(WrongPassphrase):
        open_vault(copy, PASSPHRASE)


@pytest.fixture(scope="module")
def crashed_journal(tmp_path_factory) -> Iterator[tuple[Path, Path, tuple[int, str]]]:
    """A journal killed with committed frames still in its ``-wal`` (a kill between a
    commit and its checkpoint): the main file and the ``-wal`` as the kill left them."""
    folder = tmp_path_factory.mktemp("walflips")
    path = folder / "live" / "journal.pjvault"
    vault = create_vault(path, PASSPHRASE)
    _add(vault, 0, 10)
    patch = pytest.MonkeyPatch()
    patch.setattr(database, "checkpoint", lambda conn: None, raising=False)
    try:
        _add(vault, 10, 6)  # six commits, each a few frames, left in the -wal
        expected = _digest(vault)
        crash = folder / "crash" / path.name
        crash.parent.mkdir()
        shutil.copyfile(path, crash)
        wal = folder / "saved-wal"
        shutil.copyfile(f"{path}-wal", wal)
    finally:
        patch.undo()
        vault.close()
    yield crash, wal, expected


def _wal_positions(size: int) -> list[int]:
    frames = (size - WAL_HEADER) // FRAME
    header = [0, 9, 17, 22, 30]
    chosen = sorted({1, frames // 2, frames - 1})
    in_frames = [
        WAL_HEADER + n * FRAME + offset
        for n in chosen
        for offset in (2, 6, 13, 21, 24 + 2000, 24 + 4090)
    ]
    return [*header, *in_frames, size - 1]


def test_each_flip_in_the_wal_is_said_or_changes_nothing(crashed_journal, tmp_path):
    crash, wal, expected = crashed_journal
    assert wal.stat().st_size > WAL_HEADER + 6 * FRAME  # committed frames really wait there
    outcomes = {}
    for position in _wal_positions(wal.stat().st_size):
        outcomes[position] = _outcome(_flipped(crash, tmp_path / "copy", position, wal=wal), expected)
    assert set(outcomes.values()) <= {"DamagedVault", "identical"}, outcomes
    assert "DamagedVault" in outcomes.values()


def test_the_unflipped_crash_copy_opens_with_everything(crashed_journal, tmp_path):
    crash, wal, expected = crashed_journal
    folder = tmp_path / "copy"
    shutil.copytree(crash.parent, folder)
    shutil.copyfile(wal, folder / f"{crash.name}-wal")
    assert _outcome(folder / crash.name, expected) == "identical"


def test_a_commit_leaves_nothing_in_the_wal(vault, vault_path):
    """Committed data goes to the main file, where page HMACs protect it, at once."""
    _add(vault, 0, 3)
    assert Path(f"{vault_path}-wal").stat().st_size == 0
    assert vault_path.stat().st_size > PAGE

"""The page check left for after the window (issue 20): it finds what ``cipher_integrity_check``
finds, without a connection or a second key derivation, and stops when cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlcipher3

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DamagedVault
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault import database, integrity, keying, page_check
from peerjournal.storage.vault.database import Vault, create_vault, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS
from tests.storage.conftest import NOW, PASSPHRASE, ago

PAGE = 4096


def _fill(vault: Vault, count: int) -> None:
    journal = Journal(vault, clock=lambda: NOW)
    with journal.batch():
        for i in range(count):
            journal.add_mood(MoodCheckIn(at=ago(hours=i + 1), mood=i % 5 + 1, note=f"n{i} " + "x" * 300))


@pytest.fixture
def closed(vault_path: Path) -> Path:
    """A cleanly closed vault of a few dozen pages."""
    vault = create_vault(vault_path, PASSPHRASE)
    _fill(vault, 300)
    vault.close()
    return vault_path


def _flip(path: Path, page: int, offset: int = 1500) -> None:
    with path.open("r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0x10]))


def _sqlcipher_says(path: Path) -> list[str]:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.executescript(keying.key_pragma(PASSPHRASE))
        return integrity.check_pages(conn)
    finally:
        conn.close()


def test_a_clean_unlock_leaves_the_pages_to_check_later_and_they_are_sound(closed, monkeypatch):
    ran = []
    monkeypatch.setattr(integrity, "check_pages", lambda conn: ran.append(1) or [])
    vault = open_vault(closed, PASSPHRASE, check_pages_later=True)
    try:
        assert ran == []  # nothing of the whole file was read on the way to the window
        check = vault.page_check
        assert check is not None
        assert check.run() == []
        assert check.pages_read == closed.stat().st_size // PAGE
        assert Journal(vault).timeline()[0].note.startswith("n0 ")  # keyed by the derived key
    finally:
        vault.close()


def test_without_later_the_check_runs_at_unlock_as_before(closed, monkeypatch):
    ran = []
    real = integrity.check_pages
    monkeypatch.setattr(integrity, "check_pages", lambda conn: ran.append(1) or real(conn))
    vault = open_vault(closed, PASSPHRASE)
    vault.close()
    assert ran == [1] and vault.page_check is None


def test_the_key_is_derived_once(closed, monkeypatch):
    derived = []
    real = keying.derive_key
    monkeypatch.setattr(database, "derive_key", lambda *a: derived.append(1) or real(*a))
    open_vault(closed, PASSPHRASE, check_pages_later=True).close()
    assert derived == [1]


@pytest.mark.parametrize("page", [2, 5, "middle", "last"])
def test_a_flipped_byte_is_found_as_sqlcipher_finds_it(closed, page):
    pages = closed.stat().st_size // PAGE
    number = {"middle": pages // 2, "last": pages}.get(page, page)  # type: ignore[call-overload]
    vault = open_vault(closed, PASSPHRASE, check_pages_later=True)
    try:
        _flip(closed, number)
        found = vault.page_check.run()  # type: ignore[union-attr]
    finally:
        vault.close()
    assert found == [f"cipher_integrity_check: HMAC verification failed for page {number}"]
    assert found == _sqlcipher_says(closed)


def test_a_short_last_page_is_damage(closed):
    vault = open_vault(closed, PASSPHRASE, check_pages_later=True)
    vault.close()
    with closed.open("ab") as handle:
        handle.write(b"\0" * 100)
    assert vault.page_check.run()  # type: ignore[union-attr]


def test_a_cancelled_check_stops_between_chunks(closed, monkeypatch):
    monkeypatch.setattr(page_check, "CHUNK_PAGES", 4)
    vault = open_vault(closed, PASSPHRASE, check_pages_later=True)
    vault.close()
    check = vault.page_check
    assert check is not None
    cancel = threading.Event()
    real = check._chunk_problems

    def cancel_after_first(*args):  # type: ignore[no-untyped-def]
        cancel.set()
        return real(*args)

    monkeypatch.setattr(check, "_chunk_problems", cancel_after_first)
    assert check.run(cancel) == []
    assert check.pages_read == 4


def test_a_vault_to_migrate_is_checked_before_it_is_written(closed):
    _flip(closed, closed.stat().st_size // PAGE // 2)
    with pytest.raises(DamagedVault):
        open_vault(closed, PASSPHRASE, [*MIGRATIONS, lambda conn: None], check_pages_later=True)


def test_a_page_the_schema_needs_is_said_as_damage_at_unlock(closed):
    vault = open_vault(closed, PASSPHRASE)
    meta_root = vault.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
    vault.close()
    _flip(closed, meta_root)
    with pytest.raises(DamagedVault):
        open_vault(closed, PASSPHRASE, check_pages_later=True)

"""Storage fixtures: a fresh vault (and a Journal on it) in tmp_path, closed afterwards.

Each vault costs one PBKDF2 key derivation (~0.1-0.2 s), so tests that only need
*a* vault share these fixtures rather than making several.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from peerjournal.core.clock import local_day
from peerjournal.core.records import MoodCheckIn
from peerjournal.storage.journal import Journal
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import Vault, create_vault

PASSPHRASE = "correct horse battery staple"

# The journal's clock in tests: records dated before it are "in the past" whatever the real date.
NOW = datetime(2026, 6, 15, 12, 0, 0, tzinfo=UTC)
# The journal's today: NOW's day on this computer's clock (16 June in Auckland, 15 June in California).
TODAY = local_day(NOW)


def ago(**delta: float) -> datetime:
    """A whole-second UTC time before NOW (storage keeps second precision)."""
    return NOW - timedelta(**delta)


@dataclass(frozen=True)
class FileState:
    """What a folder looked like: names, and bytes + mtime of every file."""

    names: tuple[str, ...]
    digests: dict[str, str]
    mtimes: dict[str, int]


@dataclass(frozen=True)
class FakeShare:
    """Stands in for package.OpenedShare: a share already decrypted and verified."""

    document: dict[str, Any]
    signer: str
    export_id: str
    envelope: bytes = field(default=b"")


def file_mode(path: Path) -> int:
    """The file's permission bits (0o600 for owner-only)."""
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """A permissive umask for the test: file modes must come from the code, not from it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def folder_state(folder: Path) -> FileState:
    names = tuple(sorted(os.listdir(folder)))
    digests = {}
    mtimes = {}
    for name in names:
        path = folder / name
        digests[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        mtimes[name] = path.stat().st_mtime_ns
    return FileState(names, digests, mtimes)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "journal.pjvault"


@pytest.fixture
def vault(vault_path: Path):
    v = create_vault(vault_path, PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def journal(vault: Vault) -> Journal:
    return Journal(vault, clock=lambda: NOW)


@pytest.fixture
def closed_vault_path(vault_path: Path) -> Path:
    """A vault with one check-in in it, created and closed (WAL checkpointed away)."""
    v = create_vault(vault_path, PASSPHRASE)
    Journal(v, clock=lambda: NOW).add_mood(MoodCheckIn(at=ago(hours=1), mood=4, note="kept"))
    v.close()
    return vault_path


@pytest.fixture
def supporter_store(tmp_path: Path) -> Iterator[SupporterStore]:
    """A fresh supporter vault in tmp_path on the tests' clock (NOW), closed afterwards."""
    vault = create_vault(tmp_path / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(vault, clock=lambda: NOW)
    vault.close()


@contextmanager
def started_again_from_data(journal: Journal, folder: Path) -> Iterator[tuple[dict, Journal]]:
    """"Take all my data" of ``journal``, then "Start from a data file" with it in ``folder``:
    the document and the new journal (on NOW), closed afterwards."""
    from peerjournal.storage.files.data_export import document_bytes, export_document
    from peerjournal.storage.files.data_import import create_vault_from_data

    document = export_document(journal)
    copy = create_vault_from_data(folder / "copy.pjvault", "another passphrase", document_bytes(document))
    try:
        yield document, Journal(copy, clock=lambda: NOW)
    finally:
        copy.close()

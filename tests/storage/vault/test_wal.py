"""Reading a -wal as SQLite does: what a kill leaves is fine, a flipped byte is reported."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault import database, wal
from peerjournal.storage.vault.database import create_vault
from tests.storage.conftest import NOW, PASSPHRASE, ago

FRAME = 24 + 4096


@pytest.fixture(scope="module")
def wal_bytes(tmp_path_factory) -> bytes:
    """A -wal holding four commits that were never checkpointed."""
    path = tmp_path_factory.mktemp("wal") / "journal.pjvault"
    vault = create_vault(path, PASSPHRASE)
    patch = pytest.MonkeyPatch()
    patch.setattr(database, "checkpoint", lambda conn: None)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        for i in range(4):
            journal.add_mood(MoodCheckIn(at=ago(hours=i + 1), mood=3, note="x" * 500))
        data = Path(f"{path}-wal").read_bytes()
    finally:
        patch.undo()
        vault.close()
    shutil.rmtree(path.parent)
    assert len(data) >= 32 + 4 * FRAME
    return data


def _check(tmp_path: Path, data: bytes) -> list[str]:
    target = tmp_path / "x.pjvault-wal"
    target.write_bytes(data)
    return wal.dropped_frames(target)


def test_a_whole_wal_and_what_a_kill_leaves_are_fine(wal_bytes, tmp_path):
    assert _check(tmp_path, wal_bytes) == []
    assert _check(tmp_path, wal_bytes[:-1000]) == []  # the last page cut short
    assert _check(tmp_path, wal_bytes[:-4096]) == []  # only the last frame's header written
    assert _check(tmp_path, wal_bytes[:32]) == []  # a header, no frame yet
    assert _check(tmp_path, b"") == []
    assert wal.dropped_frames(tmp_path / "missing-wal") == []


def test_an_older_logs_frame_after_the_current_one_ends_it_quietly(wal_bytes, tmp_path):
    stale = bytearray(wal_bytes[32:32 + FRAME])
    salt1, salt2 = struct.unpack(">2I", wal_bytes[16:24])
    stale[8:16] = struct.pack(">2I", (salt1 - 1) & 0xFFFFFFFF, salt2 ^ 0x5A5A5A5A)
    assert _check(tmp_path, wal_bytes + bytes(stale)) == []


@pytest.mark.parametrize("position", [0, 12, 20, 28, 32 + 3, 32 + 11, 32 + 19, 32 + 24 + 7, 32 + FRAME + 3000])
def test_a_flipped_byte_is_reported(wal_bytes, tmp_path, position):
    data = bytearray(wal_bytes)
    data[position] ^= 0x04
    found = _check(tmp_path, bytes(data))
    assert len(found) == 1 and "-wal" in found[0]

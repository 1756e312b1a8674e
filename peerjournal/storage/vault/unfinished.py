"""Journals PeerJournal began to make and never finished: their names, finding them,
removing them. No Qt.

A new vault is built under a hidden temporary name beside its final path and renamed into
place only when it is complete, so a kill while making one leaves either nothing at the
journal path or a whole journal. What such a kill leaves behind is recognised here: our
temporary files (``.<name>.<16 hex>.creating`` and SQLite's ``-wal``/``-shm`` beside them)
and, from versions that built the vault in place, an empty (zero-byte) file at the journal
path with no ``-wal`` holding anything.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

TEMP_SUFFIX = ".creating"
SIDECARS = ("-wal", "-shm", "-journal")


def temp_name(path: Path) -> Path:
    """A fresh hidden name in the same folder, so the final rename stays on one file system."""
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}{TEMP_SUFFIX}")


def _pattern(path: Path) -> re.Pattern[str]:
    sidecars = "|".join(SIDECARS)
    return re.compile(rf"^\.{re.escape(path.name)}\.[0-9a-f]{{16}}{re.escape(TEMP_SUFFIX)}(?:{sidecars})?\Z")


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SIDECARS]


def leftover_temp_files(path: Path, *, older_than: float | None = None) -> list[Path]:
    """Our temporary files for ``path`` left by an unfinished creation (older than
    ``older_than``, a time stamp, when given: a creation running right now is not left over)."""
    path = Path(path)
    pattern = _pattern(path)
    found: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return []
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if older_than is not None and entry.stat(follow_symlinks=False).st_mtime >= older_than:
                continue
        except OSError:
            continue
        found.append(Path(entry.path))
    return sorted(found)


def is_empty_vault(path: Path) -> bool:
    """True for a zero-byte file at the journal path with no ``-wal`` that holds anything:
    nothing was ever saved in it. (A zero-byte file beside a ``-wal`` with frames may hold
    a journal an older version never checkpointed: that one is never offered for removal.)"""
    path = Path(path)
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size:
            return False
        wal = Path(f"{path}-wal")
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False


def remove(paths: list[Path]) -> None:
    """Remove each path and SQLite's files beside it; what is already gone is fine."""
    for path in paths:
        for target in (path, *sidecars(path)):
            target.unlink(missing_ok=True)

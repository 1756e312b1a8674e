"""A full or failing disk, told apart from other storage errors and said in plain words. No Qt.

SQLite reports a full disk as ``SQLITE_FULL`` and a refused write as ``SQLITE_IOERR``;
``sqlcipher_export`` wraps both in a generic error whose text still says "disk is full".
Python file writes raise ``OSError`` with ``ENOSPC`` (or ``EDQUOT`` for a full quota).
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from peerjournal.errors import DiskFailed, DiskFull, DiskProblem

SQLITE_IOERR = 10
SQLITE_FULL = 13
FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_FULL_TEXT = "disk is full"  # SQLite's own words for SQLITE_FULL, kept by sqlcipher_export


def sqlite_code(exc: BaseException) -> int:
    """The primary SQLite result code of a database error (0 when it has none)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in FULL_ERRNOS
    return sqlite_code(exc) == SQLITE_FULL or _FULL_TEXT in str(exc)


def disk_error(exc: BaseException) -> DiskProblem | None:
    """The plain error for a full or failing disk behind ``exc``; ``None`` when it is neither.

    Only the class of ``exc`` and SQLite's fixed words are looked at, never journal content.
    """
    if is_disk_full(exc):
        return DiskFull()
    if sqlite_code(exc) == SQLITE_IOERR:
        return DiskFailed()
    return None


def free_space(folder: Path) -> int | None:
    """Bytes free for us in ``folder`` (or its nearest existing parent); ``None`` if unknown."""
    folder = Path(folder)
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None

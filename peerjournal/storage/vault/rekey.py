"""What a passphrase change needs from the disk, and how its failure is said. No Qt.

``PRAGMA rekey`` rewrites every page of the vault into the ``-wal`` file in one
transaction, so it needs about the vault's size in free space; when the disk fills up
half-way, the file keeps the old passphrase (SECURITY.md, item 24).
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from peerjournal.errors import DiskFailed, DiskFull, UserError
from peerjournal.i18n import translate
from peerjournal.storage.vault.disk import disk_error, free_space

# Room for SQLite's own bookkeeping on top of the pages (the -wal index, frame headers).
_MARGIN = 1 << 20


def rekey_size(conn: sqlcipher3.Connection) -> int:
    """About how many bytes a rekey writes: every page once, with its frame header."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    return pages * (size + 24) + _MARGIN


def _full() -> DiskFull:
    return DiskFull(translate(
        "vault", "The passphrase was not changed: the disk is full. Your journal still opens "
        "with your current passphrase. Free some space on the disk, then try again."))


def check_room_for_rekey(conn: sqlcipher3.Connection, path: Path) -> None:
    """Refuse before starting when the disk plainly has no room for the rewritten pages."""
    free = free_space(Path(path).parent)
    if free is not None and free < rekey_size(conn):
        raise _full()


def rekey_failed(exc: BaseException) -> UserError:
    """The plain error for a rekey that did not happen (the passphrase is unchanged)."""
    problem = disk_error(exc)
    if isinstance(problem, DiskFull):
        return _full()
    if isinstance(problem, DiskFailed):
        return DiskFailed(translate(
            "vault", "The passphrase was not changed: the disk could not be written to. Your "
            "journal still opens with your current passphrase."))
    return UserError(translate(
        "vault", "The passphrase could not be changed. Your journal still opens with your "
        "current passphrase."))

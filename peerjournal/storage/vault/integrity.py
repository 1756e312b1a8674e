"""Spotting damage in a vault: after an unclean shutdown, and in backups. No Qt.

A vault closed cleanly has no ``-wal`` file beside it (:meth:`Vault.close` checkpoints
the WAL into the main file and SQLite removes it when the last connection closes), so a
``-wal`` found *before* opening means the last session ended without closing: a crash,
a kill, a power cut (SECURITY.md, items 7-8).

Checking after such an ending is done on a private copy, never on the vault itself:

* ``PRAGMA cipher_integrity_check`` reads the main file only, not the WAL. While
  committed frames wait in the WAL, pages they supersede may legitimately fail it
  (after an interrupted ``PRAGMA rekey``, every such page does), so the check is only
  meaningful once the WAL has been checkpointed.
* Checkpointing writes to the main file, and a damaged vault must never be written to;
  even closing the last connection checkpoints.

* SQLite replays a ``-wal`` only up to the first frame that fails its checksum and drops
  the rest silently, so the copied ``-wal`` is read first (:mod:`.wal`): a whole frame
  that fails is damage, not something a crash leaves.

So the vault and its ``-wal`` are copied into a fresh owner-only folder beside it, the
copy is opened (SQLite recovers its WAL exactly as it would the vault's), checkpointed,
and checked; the vault's own files are not opened by SQLite at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from peerjournal.errors import UserError
from peerjournal.storage.vault import wal

DatabaseError = sqlcipher3.DatabaseError

_COPY_FLAGS = (
    os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)
_CHUNK = 1 << 20


def wal_path(vault_path: Path | str) -> Path:
    return Path(f"{vault_path}-wal")


def was_unclean(vault_path: Path | str) -> bool:
    """True when the vault was not closed cleanly last time (call it before opening)."""
    return wal_path(vault_path).exists()


def check_integrity(conn: sqlcipher3.Connection, schema: str = "main") -> list[str]:
    """Run ``quick_check`` and ``cipher_integrity_check``; return the problems (empty: fine).

    A page that fails its HMAC makes ``quick_check`` raise rather than report; that is
    returned as a problem too. See the module notes on when ``cipher_integrity_check``
    can be trusted (no committed frames waiting in a WAL).
    """
    if not schema.isidentifier():
        raise ValueError(f"not a schema name: {schema!r}")
    problems: list[str] = []
    for pragma in ("quick_check", "cipher_integrity_check"):
        try:
            rows = conn.execute(f"PRAGMA {schema}.{pragma}").fetchall()
        except DatabaseError as exc:
            problems.append(f"{pragma}: {exc}")
            continue
        problems.extend(
            f"{pragma}: {row[0]}" for row in rows if not (pragma == "quick_check" and row[0] == "ok")
        )
    return problems


def check_pages(conn: sqlcipher3.Connection) -> list[str]:
    """Every page's HMAC (``cipher_integrity_check``), for a vault with nothing in a ``-wal``.

    Any flipped byte of the main file fails a page's HMAC (or the key, for the salt), so
    this finds all single-byte damage. It reads each page once: measured on a busy 2-core
    machine, 2 ms for the demo journal (0.3 MB) and 0.7 s for thirty years (23 MB), next to
    about 1 s of key derivation. The app's unlock runs :mod:`.page_check` in a worker after
    the window instead (issue 20). Returns the problems; empty: fine.
    """
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DatabaseError as exc:
        return [f"cipher_integrity_check: {exc}"]
    return [f"cipher_integrity_check: {row[0]}" for row in rows]


def check_after_crash(
    vault_path: Path,
    open_copy: Callable[[Path], sqlcipher3.Connection],
    inspect: Callable[[sqlcipher3.Connection], object] | None = None,
) -> list[str]:
    """Check what the vault would be once its WAL is recovered, without touching it.

    ``open_copy`` connects to the given copy and unlocks it (raising the usual
    wrong-passphrase / not-a-vault errors). ``inspect``, when given, looks at the checked,
    sound copy and may raise (a newer version, say): the vault itself is never opened then.
    Returns the problems found; empty: fine.
    Raises :class:`UserError` when the copy can't be made (disk full, say).
    """
    vault_path = Path(vault_path)
    try:
        folder = Path(tempfile.mkdtemp(prefix=".pjcheck-", dir=vault_path.parent))  # 0700
    except OSError as exc:
        raise _cannot_check() from exc
    try:
        copy = folder / vault_path.name
        try:
            _copy_file(vault_path, copy)
            with contextlib.suppress(FileNotFoundError):  # closed meanwhile: nothing to recover
                _copy_file(wal_path(vault_path), wal_path(copy))
        except OSError as exc:
            raise _cannot_check() from exc
        dropped = wal.dropped_frames(wal_path(copy))
        if dropped:
            return dropped
        conn = open_copy(copy)
        try:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy or frames != copied:  # nobody else has the copy open: can't happen
                return [f"wal_checkpoint: {busy}, {frames}, {copied}"]
            problems = check_integrity(conn)
            if not problems and inspect is not None:
                inspect(conn)
            return problems
        except DatabaseError as exc:
            return [str(exc)]
        finally:
            conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _cannot_check() -> UserError:
    return UserError(
        "PeerJournal did not close properly last time, and the journal could not be "
        "checked: the disk may be full or not writable. Nothing was changed."
    )


def _copy_file(source: Path, target: Path) -> None:
    """Copy into a new file that is owner-only from the start."""
    with source.open("rb") as src:
        fd = os.open(target, _COPY_FLAGS, 0o600)
        with os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, _CHUNK)

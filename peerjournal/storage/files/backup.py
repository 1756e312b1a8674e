"""Encrypted backups of a vault: make, list, prune, verify, restore. No Qt.

A backup is a fresh SQLCipher database written by ``sqlcipher_export`` from the open
vault (its own connection, or the daily backup's second one, :attr:`Vault.backup_reader`),
so it holds everything committed, including what still sits in
the ``-wal`` file; copying the vault file would miss that (SECURITY.md, item 6).

* It is encrypted with the vault's key: a database ATTACHed without a ``KEY`` clause
  takes the main database's key *and salt*, so the backup opens with the passphrase the
  vault had when the backup was made (after a passphrase change, older backups still
  need the old one). No passphrase is needed to make one.
* ``sqlcipher_export`` does not copy ``PRAGMA user_version``; it is set afterwards.
* It is written under a temporary name (created 0600), checked, fsynced, then renamed to
  ``<kind>-YYYYMMDD-HHMMSS.pjbackup`` (local time) in an owner-only folder.
* It is a rollback-journal database closed cleanly, so it never has a ``-wal`` and may be
  copied byte for byte; a ``-wal`` or ``-journal`` beside one means it is in use (or was
  opened by something else) and it is refused.

Restoring never deletes anything: the backup is verified (read-only, without migrating),
copied beside the vault and verified again, the current vault and its ``-wal``/``-shm``
are set aside as ``<vault>.replaced-YYYYMMDD-HHMMSS``, and the copy is renamed into
place. The set-aside files go only when the person confirms, or come back on undo.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from peerjournal.errors import (
    BackupInUse,
    BugError,
    DamagedBackup,
    DiskFull,
    NewerVaultVersion,
    NotAVault,
    UserError,
    WrongPassphrase,
)
from peerjournal.i18n import translate
from peerjournal.storage.vault.atomic import FILE_MODE, FOLDER_MODE, _fsync_folder
from peerjournal.storage.vault.database import (
    JOURNAL,
    KIND_MIGRATIONS,
    PLAIN_SQLITE_HEADER,
    UnknownVaultKind,
    Vault,
    WrongVaultKind,
    _connect,
    _error_code,
    _stored_kind,
    _unlock,
)
from peerjournal.storage.vault.disk import free_space, is_disk_full
from peerjournal.storage.vault.integrity import check_integrity

DatabaseError = sqlcipher3.DatabaseError

BACKUPS_FOLDER = "backups"
BACKUP_SUFFIX = ".pjbackup"
DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<kind>[a-z]+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.pjbackup\Z")
_ATTACHED = "pj_backup"
# Files SQLite may keep beside a database; the order is the order they are moved aside.
_SIDECARS = ("-wal", "-shm", "-journal")
_BUSY_SIDECARS = ("-wal", "-journal")  # beside a backup: it is in use or not cleanly closed
_NEW_FILE_FLAGS = (
    os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)
_CHUNK = 1 << 20
_CANCEL_STEPS = 5_000  # SQLite virtual-machine steps between two looks at a cancel event
# SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
_DISK_ERRORS = frozenset({3, 8, 10, 13, 14})


class BackupCancelled(Exception):  # noqa: N818 - not an error: the journal is locking
    """A backup stopped because the journal is locking; nothing of it was left behind."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, timezone-aware, from the file name
    size: int
    kind: str


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    kind: str
    schema_version: int
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """Where things went: ``replaced_path`` is ``None`` when there was no vault to set aside."""

    replaced_path: Path | None
    restored_path: Path


# -- folders and names ------------------------------------------------------------


def backups_dir(vault_path: Path | str) -> Path:
    """The default backup folder, ``backups/`` beside the vault; created owner-only."""
    folder = Path(vault_path).parent / BACKUPS_FOLDER
    _ensure_private_folder(folder)
    return folder


def _ensure_private_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=FOLDER_MODE)
    except FileExistsError:
        return  # made meanwhile by someone else: leave its mode alone
    if sys.platform != "win32":
        os.chmod(folder, FOLDER_MODE)  # mkdir's mode is masked by the umask; still empty


def _local(now: datetime) -> datetime:
    """``now`` in local time (a naive ``now`` is taken to be local already)."""
    return now.astimezone()


def _sidecar(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


# -- making backups ---------------------------------------------------------------


def back_up(vault: Vault, dest: Path | str | None = None, *, now: datetime,
            cancel: threading.Event | None = None, through: sqlcipher3.Connection | None = None) -> Path:
    """Write an encrypted backup of the open ``vault`` into the folder ``dest``.

    ``dest`` defaults to :func:`backups_dir`. Returns the new file. The vault is not
    changed and stays open and usable. On failure nothing is left behind and a
    :class:`UserError` is raised; when ``cancel`` is set meanwhile (the journal is locking),
    the export stops at its next step and :class:`BackupCancelled` is raised, also with
    nothing left behind. ``through``: a connection of the backup's own to read from
    (:meth:`Vault.open_second_connection`, "Back up now" in a worker); the window's is then
    never used.
    """
    folder = Path(dest) if dest is not None else Path(vault.path).parent / BACKUPS_FOLDER
    temp: Path | None = None
    try:
        _ensure_private_folder(folder)
        final = _free_name(folder, f"{vault.kind}-{_local(now).strftime(_STAMP)}", BACKUP_SUFFIX)
        temp = folder / f".{final.name}.{secrets.token_hex(8)}.tmp"
        _create_private_file(temp)
        if through is not None:
            _export_through(through, temp, cancel, snapshot=True)
        else:
            _export(vault, temp, cancel)
        _fsync_file(temp)
        if cancel is not None and cancel.is_set():
            raise BackupCancelled()
        if final.exists():  # taken meanwhile: never overwrite a backup
            final = _free_name(folder, final.name.removesuffix(BACKUP_SUFFIX), BACKUP_SUFFIX)
        os.replace(temp, final)
        temp = None
    except (OSError, DatabaseError) as exc:
        if cancel is not None and cancel.is_set():
            raise BackupCancelled() from exc
        raise _not_made(exc, vault, temp, folder, through) from exc
    finally:
        if temp is not None:
            for leftover in (temp, _sidecar(temp, "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    _fsync_folder(folder)
    return final


def _export(vault: Vault, target: Path, cancel: threading.Event | None = None) -> None:
    """Export the vault into ``target`` (an empty file).

    Through the vault's :attr:`~Vault.backup_reader` when it has one: the window's connection
    is never held, and the export reads one snapshot (WAL), so a change saved meanwhile is in
    the backup whole or not at all. Otherwise through the vault's own connection, which waits
    meanwhile (a "Back up now", which has no key at hand for a second connection).
    With ``cancel``, SQLite asks every few thousand steps whether to go on: a set event
    interrupts the export or its check (the caller then deletes the unfinished file).
    """
    with vault.backup_reader_in_use() as reader:
        if reader is not None:
            _export_through(reader, target, cancel, snapshot=True)
            return
    with vault._lock:  # no transaction of another thread in the middle of this
        conn = vault.conn
        if conn.in_transaction:
            raise BugError("A backup can't be made in the middle of a transaction.")
        _export_through(conn, target, cancel, snapshot=False)


def _export_through(conn: sqlcipher3.Connection, target: Path, cancel: threading.Event | None, *,
                    snapshot: bool) -> None:
    """ATTACH ``target``, ``sqlcipher_export`` into it, check it, DETACH. ``snapshot``: inside one
    read transaction (a connection of the backup's own; the window may write meanwhile)."""
    # No KEY clause: the attached file gets the vault's key and salt (module notes).
    conn.execute(f"ATTACH DATABASE ? AS {_ATTACHED}", (str(target),))
    try:
        if snapshot:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()  # the snapshot starts here
        if cancel is not None:
            conn.set_progress_handler(cancel.is_set, _CANCEL_STEPS)
        conn.execute(f"PRAGMA {_ATTACHED}.journal_mode = DELETE")
        conn.execute(f"SELECT sqlcipher_export('{_ATTACHED}')").fetchone()
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA {_ATTACHED}.user_version = {version:d}")
        if snapshot:
            conn.execute("COMMIT")
        problems = check_integrity(conn, _ATTACHED)
        if problems:
            raise DatabaseError("the new backup failed its check")
    finally:
        conn.set_progress_handler(None, 0)  # before DETACH, which must never be interrupted
        if conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")
        with contextlib.suppress(DatabaseError):
            conn.execute(f"DETACH DATABASE {_ATTACHED}")
    if _ATTACHED in {row[1] for row in conn.execute("PRAGMA database_list")}:
        raise DatabaseError("the new backup could not be closed")


def _not_made(exc: BaseException, vault: Vault, temp: Path | None, folder: Path,
              through: sqlcipher3.Connection | None = None) -> UserError:
    """Why a backup could not be made, plainly. ``sqlcipher_export`` reports a full disk as a
    generic error, so its words and the free space left are looked at too."""
    if is_disk_full(exc) or _short_of_space(vault, temp, folder, through):
        return DiskFull(translate(
            "backup", "Could not make a backup: the disk is full. Nothing was changed. Free some "
            "space on the disk (or choose another folder for backups), then try again."))
    return UserError(
        translate("backup", "Could not make a backup: {reason}. Nothing was changed.").format(reason=_reason(exc))
    )


def _short_of_space(vault: Vault, temp: Path | None, folder: Path,
                    through: sqlcipher3.Connection | None = None) -> bool:
    """True when the free space, plus what the unfinished copy took, is less than the vault's
    pages: the copy could not have fit."""
    free = free_space(folder)
    if free is None:
        return False
    taken = 0
    for leftover in (temp, _sidecar(temp, "-journal")) if temp is not None else ():
        with contextlib.suppress(OSError):
            taken += leftover.stat().st_size
    try:
        if through is not None:  # a worker's: the window's connection is not its to read
            pages, page_size = _pages(through)
        else:
            with vault._lock:
                pages, page_size = _pages(vault.conn)
    except (DatabaseError, BugError):
        return False
    return free + taken < pages * page_size


def _pages(conn: sqlcipher3.Connection) -> tuple[int, int]:
    """The database's page count and page size."""
    return (int(conn.execute("PRAGMA main.page_count").fetchone()[0]),
            int(conn.execute("PRAGMA main.page_size").fetchone()[0]))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) or _error_code(exc) in _DISK_ERRORS or "disk I/O error" in str(exc):
        return "the disk may be full or not writable"
    return "the copy did not come out right"


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only (refusing anything already there)."""
    fd = os.open(path, _NEW_FILE_FLAGS, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # os.open's mode is masked by the umask; be exact
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- listing, pruning, daily ------------------------------------------------------


def list_backups(folder: Path | str, kind: str | None = None) -> list[BackupInfo]:
    """The backups in ``folder`` (of ``kind``, or all), newest first. Other files are ignored."""
    folder = Path(folder)
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or (kind is not None and match["kind"] != kind):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            size = entry.stat(follow_symlinks=False).st_size
            created = datetime.strptime(match["stamp"], _STAMP).astimezone()
        except (OSError, ValueError):
            continue
        info = BackupInfo(Path(entry.path), created, size, match["kind"])
        found.append((created, int(match["n"] or 1), info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def prune(folder: Path | str, keep: int, *, kind: str = JOURNAL) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``kind``; return what was deleted.

    A backup that can't be deleted is left (and not returned); pruning never fails a backup.
    """
    if keep < 1:
        raise BugError("At least one backup must be kept.")
    removed = []
    for info in list_backups(folder, kind)[keep:]:
        try:
            info.path.unlink()
        except OSError:
            continue
        removed.append(info.path)
    return removed


def due_for_daily_backup(folder: Path | str, now: datetime, *, kind: str = JOURNAL) -> bool:
    """True when no backup of ``kind`` was made on ``now``'s local date."""
    today = _local(now).date()
    return not any(info.created.date() == today for info in list_backups(folder, kind))


def back_up_if_due(
    vault: Vault, *, now: datetime, keep: int = DEFAULT_KEEP, folder: Path | str | None = None,
    cancel: threading.Event | None = None,
) -> Path | None:
    """The daily backup: make one if none was made today, then keep the newest ``keep``."""
    folder = Path(folder) if folder is not None else backups_dir(vault.path)
    if not due_for_daily_backup(folder, now, kind=vault.kind):
        return None
    made = back_up(vault, folder, now=now, cancel=cancel)
    prune(folder, keep, kind=vault.kind)
    return made


# -- verifying --------------------------------------------------------------------


def verify_backup(path: Path | str, passphrase: str) -> VerifiedBackup:
    """Prove a backup opens with ``passphrase`` and is sound, without changing it.

    The file is opened read-only and immutable (SQLite creates no ``-wal``/``-shm``
    beside it and writes nothing) and never migrated. Raises :class:`WrongPassphrase`,
    :class:`NotAVault`, :class:`DamagedBackup`, :class:`NewerVaultVersion`,
    :class:`UnknownVaultKind` or :class:`BackupInUse`.
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(translate("backup", "There is no backup at {path}.").format(path=path))
    if any(_sidecar(path, suffix).exists() for suffix in _BUSY_SIDECARS):
        raise BackupInUse(path)
    size = path.stat().st_size
    if size == 0:
        raise NotAVault(path)
    conn = _connect(path, read_only=True)
    try:
        _unlock_backup(conn, path, passphrase)
        problems = check_integrity(conn)
        if problems:
            raise DamagedBackup(path, problems)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        try:
            kind = _stored_kind(conn) if version else None
        except DatabaseError:  # a ``meta`` table that isn't ours
            kind = None
        if kind is None:  # an empty database, or some other program's
            raise NotAVault(path)
        if kind not in KIND_MIGRATIONS:
            raise UnknownVaultKind(kind)
        if version > len(KIND_MIGRATIONS[kind]):
            raise NewerVaultVersion(version, len(KIND_MIGRATIONS[kind]))
    except DatabaseError as exc:
        raise DamagedBackup(path, [str(exc)]) from None
    finally:
        conn.close()
    return VerifiedBackup(path, kind, version, size)


def newest_good_backup(
    folder: Path | str, passphrase: str, *, kind: str = JOURNAL
) -> VerifiedBackup | None:
    """The newest backup of ``kind`` that opens with ``passphrase`` and passes its checks.

    Backups made before a passphrase change don't open with the new passphrase and are
    skipped, like damaged ones; ``None`` when none qualifies.
    """
    return newest_good_backup_in([folder], passphrase, kind=kind)


def newest_good_backup_in(
    folders: Iterable[Path | str | None], passphrase: str, *, kind: str = JOURNAL
) -> VerifiedBackup | None:
    """:func:`newest_good_backup` over several places (beside the journal, the second place);
    a place that is ``None`` or missing is skipped."""
    found = [info for folder in folders if folder is not None for info in list_backups(folder, kind)]
    found.sort(key=lambda info: info.created, reverse=True)
    for info in found:
        try:
            verified = verify_backup(info.path, passphrase)
        except UserError:
            continue
        if verified.kind == kind:
            return verified
    return None


def _unreadable_backup(path: Path) -> UserError:
    with path.open("rb") as handle:
        header = handle.read(16)
    if header == PLAIN_SQLITE_HEADER:
        return NotAVault(path)
    # A wrong passphrase and a damaged first page look the same to SQLCipher.
    return WrongPassphrase()


def _unlock_backup(conn: sqlcipher3.Connection, path: Path, passphrase: str) -> None:
    # Page 1 authenticated but the rest is damaged (a backup cut short says this too).
    _unlock(conn, path, passphrase, damaged=DamagedBackup, unreadable=_unreadable_backup)


# -- restoring --------------------------------------------------------------------


def restore(
    vault_path: Path | str,
    backup_path: Path | str,
    passphrase: str,
    *,
    now: datetime,
    kind: str | None = None,
) -> RestoreResult:
    """Put the backup in place of the vault, which the caller has closed.

    ``passphrase`` must open the backup (it is the one the vault had when the backup was
    made, and the restored vault's from now on). With ``kind``, a backup of another kind
    is refused. If anything fails, nothing has changed. Otherwise the old vault is kept
    aside until :func:`confirm_restore` (or put back by :func:`undo_restore`).
    """
    vault_path = Path(vault_path)
    backup_path = Path(backup_path)
    if vault_path.exists() and backup_path.exists() and vault_path.samefile(backup_path):
        raise UserError(translate("backup", "That file is the journal itself, not a backup. Nothing was changed."))
    verified = verify_backup(backup_path, passphrase)  # before anything is touched
    if kind is not None and verified.kind != kind:
        raise WrongVaultKind(verified.kind, kind)
    folder = vault_path.parent
    present = [suffix for suffix in ("", *_SIDECARS) if _sidecar(vault_path, suffix).exists()]
    temp = folder / f".{vault_path.name}.{secrets.token_hex(8)}.restoring"
    replaced: Path | None = None
    moved: list[tuple[Path, Path]] = []
    try:
        _ensure_private_folder(folder)
        _copy_private(backup_path, temp)
        # Verify the very bytes that will be put in place.
        again = verify_backup(temp, passphrase)
        if (again.kind, again.schema_version) != (verified.kind, verified.schema_version):
            raise DamagedBackup(backup_path)
        if present:
            stamp = _local(now).strftime(_STAMP)
            replaced = _free_aside_name(vault_path, f"replaced-{stamp}")
            # -wal and -shm first, the main file last: a crash in between leaves the old
            # vault (without its newest changes) rather than a foreign -wal beside a vault,
            # which SQLite would replay into it.
            for suffix in (*_SIDECARS, ""):
                if suffix in present:
                    source = _sidecar(vault_path, suffix)
                    target = _sidecar(replaced, suffix)
                    os.replace(source, target)
                    moved.append((source, target))
        os.replace(temp, vault_path)  # the last step: nothing can fail after it
    except BaseException as exc:
        for source, target in reversed(moved):  # main file back first
            with contextlib.suppress(OSError):
                os.replace(target, source)
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise UserError(
                translate("backup", "Could not restore the backup: the disk may be full or not writable. "
                "Nothing was changed.")
            ) from exc
        raise
    _fsync_folder(folder)
    return RestoreResult(replaced, vault_path)


def confirm_restore(result: RestoreResult) -> None:
    """The person keeps the restored vault: delete the set-aside one for good."""
    if result.replaced_path is None:
        return
    for suffix in ("", *_SIDECARS):
        _sidecar(result.replaced_path, suffix).unlink(missing_ok=True)
    _fsync_folder(result.replaced_path.parent)


def undo_restore(result: RestoreResult) -> None:
    """Put the set-aside vault back; the restored copy (the backup remains) goes.

    The restored vault must be closed. Raises :class:`UserError`, changing nothing,
    when it is still open or the set-aside vault is gone.
    """
    vault_path = result.restored_path
    replaced = result.replaced_path
    if _sidecar(vault_path, "-wal").exists():
        raise UserError(
            translate("backup", "The restored journal is still open. Close it, then try again. Nothing was changed.")
        )
    if replaced is not None and not any(
        _sidecar(replaced, suffix).exists() for suffix in ("", *_SIDECARS)
    ):
        raise UserError(
            translate("backup", "The journal that was replaced is no longer there, so the restore can't be "
            "undone. Nothing was changed.")
        )
    try:
        for suffix in _SIDECARS:
            _sidecar(vault_path, suffix).unlink(missing_ok=True)
        if replaced is None:
            vault_path.unlink(missing_ok=True)
        else:
            # The main file first (atomically over the restored one), then its -wal/-shm,
            # so a -wal never sits beside a vault it doesn't belong to.
            for suffix in ("", *_SIDECARS):
                source = _sidecar(replaced, suffix)
                if source.exists():
                    os.replace(source, _sidecar(vault_path, suffix))
    except OSError as exc:
        raise UserError(
            translate("backup", "Could not undo the restore: the disk may not be writable. "
                      "The replaced journal is still at {path}.").format(path=replaced)
        ) from exc
    _fsync_folder(vault_path.parent)


def replaced_vaults(vault_path: Path | str) -> list[Path]:
    """Vaults set aside by restores not yet confirmed, newest first (for a reminder)."""
    vault_path = Path(vault_path)
    pattern = re.compile(re.escape(vault_path.name) + r"\.replaced-\d{8}-\d{6}(?:-\d+)?\Z")
    try:
        names = sorted(
            (name for name in os.listdir(vault_path.parent) if pattern.match(name)), reverse=True
        )
    except OSError:
        return []
    return [vault_path.parent / name for name in names]


def _free_aside_name(vault_path: Path, label: str) -> Path:
    def taken(candidate: Path) -> bool:
        return any(_sidecar(candidate, suffix).exists() for suffix in ("", *_SIDECARS))

    candidate = vault_path.with_name(f"{vault_path.name}.{label}")
    number = 2
    while taken(candidate):
        candidate = vault_path.with_name(f"{vault_path.name}.{label}-{number}")
        number += 1
    return candidate


def _copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` byte for byte into a new owner-only file, fsynced."""
    with source.open("rb") as src:
        fd = os.open(target, _NEW_FILE_FLAGS, FILE_MODE)
        with os.fdopen(fd, "wb") as dst:
            if hasattr(os, "fchmod"):
                os.fchmod(dst.fileno(), FILE_MODE)
            for chunk in iter(lambda: src.read(_CHUNK), b""):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())

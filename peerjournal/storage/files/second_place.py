"""A second place for backups (a USB stick, another disk, a synced folder): copy, check, keep N. No Qt.

The copy is the backup file itself, byte for byte, so it is encrypted exactly as the backup
beside the journal. It is written under a temporary name (created 0600), fsynced, read back
and compared with the backup, and only then renamed into place; whatever fails, nothing
half-written stays. The folder is never created: a missing folder is a USB stick that is not
plugged in, and making it would put the copy on this computer's own disk.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerjournal.errors import DiskFull, UserError
from peerjournal.i18n import translate
from peerjournal.storage.files.backup import (
    _NEW_FILE_FLAGS,
    BACKUP_SUFFIX,
    BackupCancelled,
    _free_name,
    _fsync_folder,
    list_backups,
    prune,
)
from peerjournal.storage.files.orphans import clean_backup_temps
from peerjournal.storage.vault.atomic import FILE_MODE
from peerjournal.storage.vault.database import Vault
from peerjournal.storage.vault.disk import is_disk_full

_CHUNK = 1 << 20
_NOT_WRITABLE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class SecondPlaceMissing(UserError):
    """The chosen folder is not there (a USB stick unplugged, a disk not mounted)."""


@dataclass(frozen=True)
class SecondPlaceStatus:
    """What the person sees: is the place there, and when the newest copy there was made."""

    folder: Path
    present: bool
    last_copy: datetime | None  # local time, from the newest copy's name; None: none seen


def place_name(folder: Path | str) -> str:
    """The folder's own name, as the person knows it ("USB stick", "Nextcloud")."""
    folder = Path(folder)
    return folder.name or str(folder)


def status(folder: Path | str, kind: str) -> SecondPlaceStatus:
    """Whether ``folder`` is there and when its newest copy of ``kind`` was made."""
    folder = Path(folder)
    present = folder.is_dir()
    copies = list_backups(folder, kind) if present else []
    return SecondPlaceStatus(folder, present, copies[0].created if copies else None)


def has_copy_of(backup: Path, folder: Path | str) -> bool:
    """True when ``folder`` already holds a copy under ``backup``'s name (same size)."""
    target = Path(folder) / backup.name
    try:
        return target.is_file() and target.stat().st_size == backup.stat().st_size
    except OSError:
        return False


def copy_to_second_place(
    backup: Path, folder: Path | str, *, keep: int, kind: str,
    cancel: threading.Event | None = None,
) -> Path:
    """Copy ``backup`` into ``folder`` (atomically, checked), then keep the newest ``keep`` there.

    Raises :class:`SecondPlaceMissing`, :class:`~peerjournal.errors.DiskFull` or
    :class:`UserError` (nothing left behind), or :class:`BackupCancelled` when ``cancel`` is
    set meanwhile (a lock). The backup beside the journal is never touched.
    """
    folder = Path(folder)
    name = place_name(folder)
    if not folder.is_dir():
        raise SecondPlaceMissing(translate(
            "second_place", "The second place for backups, {name}, is not there right now (a USB stick "
            "may be unplugged). The backup beside your journal is fine.").format(name=name))
    clean_backup_temps(folder, started=time.time())  # a copy cut short by a crash or a kill
    temp: Path | None = None
    try:
        final = _free_name(folder, backup.name.removesuffix(BACKUP_SUFFIX), BACKUP_SUFFIX)
        temp = folder / f".{final.name}.{secrets.token_hex(8)}.tmp"
        digest = _copy(backup, temp, cancel)
        if _digest(temp) != digest or _digest(backup) != digest:  # read back: the very bytes kept
            raise OSError(errno.EIO, "the copy read back differently")
        _check_cancel(cancel)
        if final.exists():  # taken meanwhile: never overwrite a copy
            final = _free_name(folder, final.name.removesuffix(BACKUP_SUFFIX), BACKUP_SUFFIX)
        os.replace(temp, final)
        temp = None
    except OSError as exc:
        raise _not_copied(exc, folder) from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    with contextlib.suppress(OSError):
        _fsync_folder(folder)
    prune(folder, keep, kind=kind)
    return final


def _copy(source: Path, target: Path, cancel: threading.Event | None) -> str:
    """Copy into a new owner-only file, fsynced; answer the SHA-256 of what was read."""
    digest = hashlib.sha256()
    with source.open("rb") as src:
        fd = os.open(target, _NEW_FILE_FLAGS, FILE_MODE)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)
            for chunk in iter(lambda: src.read(_CHUNK), b""):
                _check_cancel(cancel)
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
    return digest.hexdigest()


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()


def _not_copied(exc: OSError, folder: Path) -> UserError:
    name = place_name(folder)
    if is_disk_full(exc):
        return DiskFull(translate(
            "second_place", "Could not copy the backup to {name}: it is full. The backup beside your "
            "journal is fine. Free some space there, or choose another place.").format(name=name))
    if exc.errno in _NOT_WRITABLE:
        return UserError(translate(
            "second_place", "Could not copy the backup to {name}: it can't be written to (it may be "
            "read-only). The backup beside your journal is fine.").format(name=name))
    if not folder.is_dir():
        return SecondPlaceMissing(translate(
            "second_place", "The second place for backups, {name}, went away during the copy (a USB "
            "stick may have been unplugged). The backup beside your journal is fine.").format(name=name))
    return UserError(translate(
        "second_place", "Could not copy the backup to {name}. The backup beside your journal is "
        "fine.").format(name=name))


# -- when the last copy was made, kept inside the vault ------------------------------
# When the place is missing its files can't be looked at; the vault remembers the time.
_LAST_COPY_KEY = "second_place_last_copy"
_NOTED_ON_KEY = "second_place_noted_on"  # the local date the "missing for a while" note was last shown


def remember_last_copy(vault: Vault, when: datetime) -> None:
    """Keep, in the vault's ``meta``, when the newest copy reached the second place."""
    with vault.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (_LAST_COPY_KEY, when.astimezone().isoformat()))


def last_copy_remembered(vault: Vault) -> datetime | None:
    """When the newest copy reached the second place, as remembered; ``None`` if never."""
    with vault._lock:
        row = vault.conn.execute("SELECT value FROM meta WHERE key = ?", (_LAST_COPY_KEY,)).fetchone()
    try:
        return datetime.fromisoformat(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def note_once_a_day(vault: Vault, now: datetime) -> bool:
    """True the first time it is asked on ``now``'s local date (the note is then said), never
    again that day: a gentle note, not a nag at every unlock."""
    today = now.astimezone().date().isoformat()
    with vault.transaction() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_NOTED_ON_KEY,)).fetchone()
        if row is not None and row[0] == today:
            return False
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_NOTED_ON_KEY, today))
    return True


def missing_for_a_while(place: SecondPlaceStatus, remembered: datetime | None, now: datetime,
                        days: int) -> int | None:
    """Days since the last copy when the place is missing and that is ``days`` or more; else
    ``None`` (present, never copied to, or not long enough: no note)."""
    last = max((t for t in (place.last_copy, remembered) if t is not None), default=None)
    if place.present or last is None:
        return None
    gone = (now.astimezone().date() - last.astimezone().date()).days
    return gone if gone >= days else None

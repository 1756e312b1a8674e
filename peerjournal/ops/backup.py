"""Backups as the person uses them: back up now, and restore a backup in checked steps.

Restoring is three actions with questions between them, asked by the window: check the
backup (nothing is closed yet), put it in place and open it (the caller has closed the
journal), then keep it or go back to the journal as it was.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerjournal.errors import BugError, UserError
from peerjournal.storage.files.backup import (
    RestoreResult,
    VerifiedBackup,
    back_up,
    back_up_if_due,
    backups_dir,
    confirm_restore,
    due_for_daily_backup,
    list_backups,
    prune,
    restore,
    undo_restore,
    verify_backup,
)
from peerjournal.storage.files.second_place import (
    SecondPlaceMissing,
    copy_to_second_place,
    has_copy_of,
    last_copy_remembered,
    missing_for_a_while,
    note_once_a_day,
    remember_last_copy,
    status,
)
from peerjournal.storage.vault.database import Vault, open_vault


@dataclass(frozen=True)
class BackupMade:
    """The new backup file, and the older ones deleted to keep only the newest few."""

    path: Path
    pruned: tuple[Path, ...]
    second: SecondCopy | None = None  # the copy to the second place, when one is chosen


@dataclass(frozen=True)
class RestoredVault:
    """The restored vault, open; ``result`` says where the replaced one was set aside."""

    vault: Vault
    result: RestoreResult


@dataclass(frozen=True)
class SecondCopy:
    """How the copy to the second place went: ``copied`` the new file there, or ``problem`` in
    plain words (``missing`` when the place was not there); all empty when nothing was due."""

    folder: Path | None = None  # the second place, when one is chosen
    copied: Path | None = None
    problem: str = ""
    missing: bool = False


@dataclass(frozen=True)
class DailyBackup:
    """The daily backup (``made`` is ``None`` when one was made earlier today) and its copy."""

    made: Path | None
    second: SecondCopy
    missing_days: int | None = None  # the place is missing and its last copy is this old: say so


def back_up_now(vault: Vault, folder: Path, *, keep: int, now: datetime,
                second: Path | None = None, cancel: threading.Event | None = None) -> BackupMade:
    """Write an encrypted backup of the open ``vault`` into ``folder``, then keep the newest
    ``keep`` of its kind. Raises :class:`~peerjournal.errors.UserError` (nothing left behind).
    With ``second``, the new backup is also copied there (:func:`copy_to_second`)."""
    path = back_up(vault, folder, now=now, cancel=cancel)
    pruned = prune(folder, keep, kind=vault.kind)
    made = BackupMade(path, tuple(pruned))
    if second is not None:
        return BackupMade(path, made.pruned, copy_to_second(vault, path, second, keep=keep, now=now, cancel=cancel))
    return made


def back_up_apart(vault: Vault, folder: Path, *, keep: int, now: datetime, second: Path | None = None,
                  cancel: threading.Event | None = None) -> BackupMade:
    """:func:`back_up_now` for a worker (issue 20): it reads through a connection of its own
    (:meth:`Vault.open_second_connection`), closed here before returning, and never touches
    the window's connection, so the window reads and saves meanwhile and a lock never closes
    a connection under it. The copy to ``second`` is remembered afterwards, on the window's
    thread, by :func:`remember_copy`. Raises ``UserError`` (nothing left behind), or
    ``BackupCancelled`` when ``cancel`` is set first; ``BugError`` when the vault has no key
    for a connection of its own (:func:`can_back_up_apart` says so beforehand)."""
    conn = vault.open_second_connection()
    if conn is None:
        raise BugError("This journal has no key at hand for a connection of the backup's own.")
    try:
        path = back_up(vault, folder, now=now, cancel=cancel, through=conn)
    finally:
        conn.close()
    pruned = tuple(prune(folder, keep, kind=vault.kind))
    if second is None:
        return BackupMade(path, pruned)
    return BackupMade(path, pruned, _copy_there(vault.kind, path, second, keep=keep, cancel=cancel))


def can_back_up_apart(vault: Vault) -> bool:
    """Whether :func:`back_up_apart` can key a connection of its own (the unlock's key is at
    hand). Not after a passphrase change, nor for a vault opened without it: then
    :func:`back_up_now` runs on the window's thread, as before."""
    return vault.has_key_at_hand


def remember_copy(vault: Vault, made: BackupMade, now: datetime) -> None:
    """After :func:`back_up_apart`, on the window's thread: note when the copy reached the
    second place (only the "missing for a while" note needs it, so a failure is let be)."""
    if made.second is not None and made.second.copied is not None:
        with contextlib.suppress(UserError):
            remember_last_copy(vault, now)


def daily_backup(vault: Vault, *, now: datetime, keep: int, second: Path | None,
                 missing_after: int = 14, cancel: threading.Event | None = None) -> DailyBackup:
    """The backup made once a day at unlock (off the GUI thread), then, when a second place is
    chosen and lacks the newest backup, its copy there. ``missing_days`` is set when the place
    has been missing ``missing_after`` days or more. Raises ``UserError`` when the backup
    itself fails, ``BackupCancelled`` when ``cancel`` is set (a lock) before it is done.
    The backup's own connection (``vault.backup_reader``, when unlocking opened one) is closed
    as soon as the backup is made or has failed."""
    try:
        made = back_up_if_due(vault, now=now, keep=keep, cancel=cancel)
    finally:
        vault.drop_backup_reader()
    if second is None:
        return DailyBackup(made, SecondCopy())
    newest = list_backups(backups_dir(vault.path), vault.kind)
    if not newest or has_copy_of(newest[0].path, second):
        return DailyBackup(made, SecondCopy(second))
    copy = copy_to_second(vault, newest[0].path, second, keep=keep, now=now, cancel=cancel)
    days = None
    if copy.missing:
        days = missing_for_a_while(status(second, vault.kind), last_copy_remembered(vault), now, missing_after)
        with contextlib.suppress(UserError):  # a full disk: then no note rather than no backup
            if days is not None and not note_once_a_day(vault, now):
                days = None  # said already today
    return DailyBackup(made, copy, days)


def backup_needs_window_connection(vault: Vault, now: datetime) -> bool:
    """True when a daily backup is due and unlocking keyed no connection of the backup's own
    (a new vault, one checked in full after a crash, a reader that would not open): the export
    then goes through the window's connection, so it must run on the thread that owns it. A
    worker using that connection with its cancel check (a SQLite progress handler, Python code
    run while SQLite holds the connection) deadlocks against any read the window makes meanwhile:
    the window waits for SQLite holding Python's lock, SQLite waits for Python's lock."""
    return vault.backup_reader is None and due_for_daily_backup(backups_dir(vault.path), now, kind=vault.kind)


def backup_due_at(vault_path: Path, now: datetime) -> Callable[[str], bool]:
    """For ``open_vault(..., reader_if=...)``: is a daily backup of this kind due beside the
    vault? Then unlocking keys a connection of the backup's own (issue 20)."""
    return lambda kind: due_for_daily_backup(backups_dir(vault_path), now, kind=kind)


def copy_to_second(vault: Vault, backup: Path, second: Path, *, keep: int, now: datetime,
                   cancel: threading.Event | None = None) -> SecondCopy:
    """Copy ``backup`` to the second place and remember when; a problem there is said, never
    raised: the backup beside the journal is made and fine."""
    copy = _copy_there(vault.kind, backup, second, keep=keep, cancel=cancel)
    if copy.copied is not None:
        with contextlib.suppress(UserError):  # only the "missing for a while" note needs it
            remember_last_copy(vault, now)
    return copy


def _copy_there(kind: str, backup: Path, second: Path, *, keep: int,
                cancel: threading.Event | None) -> SecondCopy:
    """The copy to the second place alone (no database touched); a problem is said, not raised."""
    try:
        copied = copy_to_second_place(backup, second, keep=keep, kind=kind, cancel=cancel)
    except SecondPlaceMissing as exc:
        return SecondCopy(second, problem=str(exc), missing=True)
    except UserError as exc:
        return SecondCopy(second, problem=str(exc))
    return SecondCopy(second, copied=copied)


def check_backup(backup: Path, passphrase: str) -> VerifiedBackup:
    """Prove ``backup`` opens with ``passphrase`` and is sound, before anything is closed."""
    return verify_backup(backup, passphrase)


def restore_backup(vault_path: Path, backup: Path, passphrase: str, *, kind: str,
                   now: datetime) -> RestoredVault:
    """Put ``backup`` in place of the closed vault at ``vault_path`` and open it.

    The replaced vault is kept aside until :func:`keep_restored` or :func:`go_back`.
    """
    result = restore(vault_path, backup, passphrase, now=now, kind=kind)
    return RestoredVault(open_vault(vault_path, passphrase), result)


def keep_restored(result: RestoreResult) -> None:
    """The person keeps the restored journal: the set-aside one goes for good."""
    confirm_restore(result)


def go_back(result: RestoreResult) -> None:
    """The person goes back: the journal as it was before the restore returns.

    The restored vault must be closed first.
    """
    undo_restore(result)

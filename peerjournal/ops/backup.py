"""Backups as the person uses them: back up now, and restore a backup in checked steps.

Restoring is three actions with questions between them, asked by the window: check the
backup (nothing is closed yet), put it in place and open it (the caller has closed the
journal), then keep it or go back to the journal as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerjournal.storage.files.backup import (
    RestoreResult,
    VerifiedBackup,
    back_up,
    confirm_restore,
    prune,
    restore,
    undo_restore,
    verify_backup,
)
from peerjournal.storage.vault.database import Vault, open_vault


@dataclass(frozen=True)
class BackupMade:
    """The new backup file, and the older ones deleted to keep only the newest few."""

    path: Path
    pruned: tuple[Path, ...]


@dataclass(frozen=True)
class RestoredVault:
    """The restored vault, open; ``result`` says where the replaced one was set aside."""

    vault: Vault
    result: RestoreResult


def back_up_now(vault: Vault, folder: Path, *, keep: int, now: datetime) -> BackupMade:
    """Write an encrypted backup of the open ``vault`` into ``folder``, then keep the newest
    ``keep`` of its kind. Raises :class:`~peerjournal.errors.UserError` (nothing left behind)."""
    path = back_up(vault, folder, now=now)
    pruned = prune(folder, keep, kind=vault.kind)
    return BackupMade(path, tuple(pruned))


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

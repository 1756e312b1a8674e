"""Leftovers of a session that ended mid-way (a kill, a crash, a power cut), removed at start. No Qt.

Three kinds of temporary files are ours, each under a name only we make, in a folder only
we use:

* ``.pjcheck-XXXXXXXX/`` beside a vault: a private copy made to check the vault after an
  unclean ending (:mod:`peerjournal.storage.vault.integrity`), a full copy each;
* ``.<kind>-YYYYMMDD-HHMMSS[-n].pjbackup.<16 hex>.tmp`` (and its ``-journal``) in the
  vault's ``backups`` folder: a backup being written (:mod:`.backup`); the same in the second
  place, a copy being written (:mod:`.second_place` cleans those before each copy);
* ``.<vault name>.<16 hex>.restoring`` beside the vault: a backup being put in place.

Only what matches exactly is touched, never through a symbolic link, only when it belongs
to this user, and only when it (and everything in a check folder) was last changed well
before this process started: another PeerJournal still at work keeps its files fresh. A
check folder holding anything but plain files or links is not ours and is left alone.
Nothing here ever fails a start: a leftover that can't be removed stays.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from peerjournal.storage.files.backup import BACKUPS_FOLDER

# Another PeerJournal started just before this one may still be writing its temp files.
GRACE_SECONDS = 120.0

CHECK_FOLDER = re.compile(r"\.pjcheck-[a-z0-9_]{8}\Z")  # tempfile.mkdtemp's 8 characters
BACKUP_TEMP = re.compile(
    r"\.[a-z]+-\d{8}-\d{6}(?:-\d+)?\.pjbackup\.[0-9a-f]{16}\.tmp(?:-journal)?\Z"
)


def _restoring(vault_name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(vault_name)}\.[0-9a-f]{{16}}\.restoring\Z")


def clean_orphans(vault_path: Path | str, *, started: float) -> list[Path]:
    """Remove leftovers beside ``vault_path`` and in its backups folder that were last
    changed before ``started`` (the process's start, a ``time.time()``) less a grace time.

    Returns what was removed. Never raises.
    """
    vault_path = Path(vault_path)
    before = started - GRACE_SECONDS
    folder = vault_path.parent
    removed: list[Path] = []
    for entry in _entries(folder):
        if CHECK_FOLDER.match(entry.name) and _remove_check_folder(entry, before) or _restoring(vault_path.name).match(entry.name) and _remove_file(entry, before):
            removed.append(Path(entry.path))
    return removed + clean_backup_temps(folder / BACKUPS_FOLDER, started=started)


def clean_backup_temps(folder: Path | str, *, started: float) -> list[Path]:
    """Remove unfinished backups (our temp names only) in ``folder``, a backups folder or the
    second place, last changed before ``started`` less the grace time. Never raises."""
    before = started - GRACE_SECONDS
    return [Path(entry.path) for entry in _entries(Path(folder))
            if BACKUP_TEMP.match(entry.name) and _remove_file(entry, before)]


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):  # a folder, not a link to one
            return []
        with os.scandir(folder) as found:
            return list(found)
    except OSError:
        return []


def _ours_and_old(info: os.stat_result, before: float) -> bool:
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return mine and info.st_mtime < before


def _remove_file(entry: os.DirEntry[str], before: float) -> bool:
    try:
        info = entry.stat(follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode) or not _ours_and_old(info, before):
            return False
        os.unlink(entry.path)
    except OSError:
        return False
    return True


def _remove_check_folder(entry: os.DirEntry[str], before: float) -> bool:
    """Remove a check folder and its plain files (a link inside is removed, never followed)."""
    try:
        info = entry.stat(follow_symlinks=False)
        if not stat.S_ISDIR(info.st_mode) or not _ours_and_old(info, before):
            return False
        inside = []
        with os.scandir(entry.path) as found:
            for item in found:
                item_info = item.stat(follow_symlinks=False)
                kind = item_info.st_mode
                if not (stat.S_ISREG(kind) or stat.S_ISLNK(kind)):
                    return False  # not what a check leaves: not ours to judge
                if not _ours_and_old(item_info, before):
                    return False  # still being written by someone
                inside.append(item.path)
        for path in inside:
            os.unlink(path)
        os.rmdir(entry.path)
    except OSError:
        return False
    return True


"""Write a file all at once, or not at all, readable by its owner only. No Qt.

A crash, a power cut or a full disk must never leave a half-written file behind: a
temp file in the same folder (so ``os.replace`` is a rename on one file system) is
created 0600, filled, fsynced, then renamed over the target, and the folder is fsynced
so the rename itself survives a power cut (SECURITY.md, item 17).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterable
from pathlib import Path

from peerjournal.errors import DiskFull, UserError
from peerjournal.i18n import translate
from peerjournal.storage.vault.disk import is_disk_full

FILE_MODE = 0o600
FOLDER_MODE = 0o700

# O_BINARY only exists (and matters) on Windows; O_CLOEXEC keeps the fd out of child processes.
_OPEN_FLAGS = (
    os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)


def write_atomic(path: Path, data: bytes | Iterable[bytes], *, what: str | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; the file ends up mode 0600.

    ``data`` may be an iterable of chunks, written as they come (a large export never needs
    to be whole in memory); an error raised by the iterable also leaves nothing behind.

    ``what`` names the file in the error message ("your settings"); the path is used
    otherwise. On failure the old file is untouched, no temp file is left, and a
    :class:`UserError` chained from the ``OSError`` is raised.
    """
    path = Path(path)
    label = what or str(path)
    temp: Path | None = None
    try:
        _ensure_folder(path.parent)
        temp, fd = _create_temp(path)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)  # os.open's mode is masked by the umask; be exact
            for chunk in [data] if isinstance(data, bytes | bytearray) else data:
                _write_all(fd, chunk)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
        temp = None  # renamed: nothing left to clean up
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(translate("atomic", "Could not save {what}: the disk is full. Nothing was changed.").format(
                what=label)) from exc
        raise UserError(
            translate("atomic", "Could not save {what}: the disk may be full or not writable. Nothing was changed.").format(
                what=label)
        ) from exc
    finally:
        # Also on KeyboardInterrupt and the like: never leave a stray temp file.
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    _fsync_folder(path.parent)


def _ensure_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=FOLDER_MODE)
    except FileExistsError:
        return  # made meanwhile by someone else: leave its mode alone
    if sys.platform != "win32":
        os.chmod(folder, FOLDER_MODE)  # mkdir's mode is masked by the umask too


def _create_temp(path: Path) -> tuple[Path, int]:
    # A random name, dot-prefixed so file managers hide it; O_EXCL refuses to reuse anything
    # (including a symlink planted under that name).
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    return temp, os.open(temp, _OPEN_FLAGS, FILE_MODE)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # would loop forever; a regular file only does this when it can't grow
            raise OSError("write made no progress")
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it.

    Errors are ignored: the new file is already in place, so reporting "Nothing was
    changed" would be wrong, and some file systems simply refuse to fsync a folder.
    Windows can't open a folder this way at all.
    """
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)

"""Reading a file the person picked: only a regular file, and never more than a cap.

Anything picked in a file dialog may not be a file (SECURITY.md item 23): a FIFO blocks
``read()`` forever (and a plain ``open()`` waits for a writer), ``/dev/zero`` never ends, a
directory can't be read. :func:`read_chosen_file` opens without waiting (``O_NONBLOCK``),
then checks the opened file itself (``fstat``, so nothing can be swapped in between), its
type and its size, and reads at most the cap.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

# O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (POSIX);
# it changes nothing for a regular file. Windows has neither.
_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


class ChosenFileError(UserError):
    """A picked file that can't be read; the message says why in plain words."""

    default = QT_TRANSLATE_NOOP("chosen_file", "That file could not be read.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("chosen_file", self.default))


class NotAFile(ChosenFileError):
    default = QT_TRANSLATE_NOOP("chosen_file", "That is not a file PeerJournal can open.")


class FileTooLarge(ChosenFileError):
    default = QT_TRANSLATE_NOOP("chosen_file", "That file is too large for PeerJournal to open.")


def read_chosen_file(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`NotAFile` (a FIFO, device, directory, socket), :class:`FileTooLarge`
    (over ``limit``, checked before reading and again while reading, in case it grows) or
    :class:`ChosenFileError` (missing, no permission, an I/O error).
    """
    fd = _open_checked(path, limit)
    try:
        data = _read_at_most(fd, limit + 1)
    except OSError:
        raise ChosenFileError() from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FileTooLarge()
    return data


def open_chosen_file(path: Path | str, limit: int) -> BinaryIO:
    """The regular file at ``path``, open for reading in binary, checked as
    :func:`read_chosen_file` checks it (type, size at most ``limit``) but not read: for a
    caller that reads it piece by piece. The caller closes it, and stops at ``limit`` bytes."""
    fd = _open_checked(path, limit)
    try:
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _open_checked(path: Path | str, limit: int) -> int:
    """A descriptor of the regular file at ``path`` of at most ``limit`` bytes (opened without
    waiting on a FIFO), or the error that says why not; the caller closes it."""
    try:
        fd = os.open(path, _FLAGS)
    except IsADirectoryError:
        raise NotAFile() from None
    except OSError:
        raise ChosenFileError() from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile()
        if info.st_size > limit:
            raise FileTooLarge()
    except OSError:
        os.close(fd)
        raise ChosenFileError() from None
    except BaseException:
        os.close(fd)
        raise
    return fd


def _read_at_most(fd: int, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left > 0:
        part = os.read(fd, min(left, 1024 * 1024))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)

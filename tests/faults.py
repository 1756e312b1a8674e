"""Fault injection for storage writes in tests: a full or failing disk, on demand.

Three ways in, from the most exact to the most real:

* :func:`failing_writes` puts a :class:`FailingConnection` in front of an open vault's
  connection: the Nth write statement (and, while the disk "stays full", every later one)
  raises SQLite's own ``OperationalError`` with ``SQLITE_FULL`` (or ``SQLITE_IOERR``), as a
  full disk does. Reads go through untouched.
* :func:`failing_file_writes` makes ``os.write`` (and new files under a folder) raise
  ``OSError(ENOSPC)`` from the Nth call on: what Python file writes meet on a full disk.
* :func:`file_size_limit` is the real thing without root or a tmpfs: it lowers the process's
  ``RLIMIT_FSIZE``, so the kernel refuses every write past that many bytes into any file
  (SQLite then reports ``SQLITE_IOERR`` or ``SQLITE_FULL`` from its own VFS, and SQLCipher
  does whatever it really does, e.g. after a failed ``PRAGMA rekey``). POSIX only; it
  affects the whole process while active, so keep the block short and print nothing in it.

:func:`reported_free_space` makes ``shutil.disk_usage`` report a nearly full disk, for code
that checks the free space to tell a full disk from other failures.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import sqlcipher3

from peerjournal.storage.vault.database import Vault

SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_ERROR = 1
_WORDS = {SQLITE_FULL: ("database or disk is full", "SQLITE_FULL"),
          SQLITE_IOERR: ("disk I/O error", "SQLITE_IOERR")}
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "COMMIT",
          "PRAGMA REKEY", "SELECT SQLCIPHER_EXPORT")


def sqlite_error(code: int = SQLITE_FULL, text: str | None = None) -> sqlcipher3.OperationalError:
    """The error SQLite raises for ``code`` (in SQLite's words unless ``text``), with its code
    attached as sqlcipher3 does. ``sqlcipher_export`` on a full disk raises code 1 (generic)
    with the text "database or disk is full"."""
    words, name = _WORDS.get(code, ("SQL logic error", "SQLITE_ERROR"))
    exc = sqlcipher3.OperationalError(text or words)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = name
    return exc


class FailingConnection:
    """A vault connection whose ``at``-th write statement fails, and every later one while
    ``stays_full``; ``statements`` are the statement starts counted as writes, ``code`` and
    ``text`` the error's."""

    def __init__(self, real: sqlcipher3.Connection, *, at: int = 1, code: int = SQLITE_FULL,
                 text: str | None = None, statements: tuple[str, ...] = WRITES,
                 stays_full: bool = True) -> None:
        self.real = real
        self.at = at
        self.code = code
        self.text = text
        self.statements = tuple(s.upper() for s in statements)
        self.stays_full = stays_full
        self.writes = 0  # write statements seen
        self.failures = 0  # of them refused

    def _check(self, sql: str) -> None:
        start = " ".join(sql.split()).upper()
        if not start.startswith(self.statements):
            return
        self.writes += 1
        if self.writes >= self.at and (self.stays_full or self.failures == 0):
            self.failures += 1
            raise sqlite_error(self.code, self.text)

    def free(self) -> None:
        """Space was freed: writes go through again."""
        self.stays_full = False
        self.failures = max(self.failures, 1)

    def execute(self, sql: str, *args: Any) -> sqlcipher3.Cursor:
        self._check(sql)
        return self.real.execute(sql, *args)

    def executescript(self, sql: str) -> sqlcipher3.Cursor:
        self._check(sql)  # PRAGMA key/rekey go through executescript (kept out of the cache)
        return self.real.executescript(sql)

    def executemany(self, sql: str, *args: Any) -> sqlcipher3.Cursor:
        self._check(sql)
        return self.real.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@contextmanager
def failing_writes(vault: Vault, **options: Any) -> Iterator[FailingConnection]:
    """While active, ``vault``'s writes fail as on a full disk (see :class:`FailingConnection`).

    If the code under test replaced the connection meanwhile (a reconnect), the new one stays.
    """
    real = vault._conn
    assert real is not None, "the vault is locked"
    fake = FailingConnection(real, **options)
    vault._conn = fake  # type: ignore[assignment]
    try:
        yield fake
    finally:
        if vault._conn is fake:
            vault._conn = real


class FileWriteFaults:
    """Counts ``os.write`` calls and new files; refuses from the ``at``-th on."""

    def __init__(self, at: int, error: int, under: Path | None) -> None:
        self.at = at
        self.error = error
        self.under = Path(under).resolve() if under is not None else None
        self.calls = 0
        self.failures = 0
        self._write = os.write
        self._open = os.open

    def _refuse(self) -> None:
        self.calls += 1
        if self.calls >= self.at:
            self.failures += 1
            raise OSError(self.error, os.strerror(self.error))

    def write(self, fd: int, data: Any) -> int:
        if self.under is None or _fd_under(fd, self.under):
            self._refuse()
        return self._write(fd, data)

    def open(self, path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        creating = flags & os.O_CREAT
        if creating and (self.under is None or Path(path).resolve().is_relative_to(self.under)):
            self._refuse()
        return self._open(path, flags, *args, **kwargs)


def _fd_under(fd: int, folder: Path) -> bool:
    try:
        return Path(os.readlink(f"/proc/self/fd/{fd}")).is_relative_to(folder)
    except OSError:
        return True  # can't tell (not Linux): count it


@contextmanager
def failing_file_writes(*, at: int = 1, error: int = errno.ENOSPC,
                        under: Path | None = None) -> Iterator[FileWriteFaults]:
    """``os.write`` and ``os.open(..., O_CREAT)`` (under ``under``, if given) raise
    ``OSError(error)`` from the ``at``-th call on. Writes done in C (SQLite's) are untouched."""
    faults = FileWriteFaults(at, error, under)
    with mock.patch.object(os, "write", faults.write), mock.patch.object(os, "open", faults.open):
        yield faults


@contextmanager
def reported_free_space(free: int) -> Iterator[None]:
    """``shutil.disk_usage`` says only ``free`` bytes are left, wherever asked."""
    real = shutil.disk_usage

    def usage(path: Any) -> Any:
        total, used, _free = real(path)
        return type(real(path))(total, used, free)

    with mock.patch.object(shutil, "disk_usage", usage):
        yield


@contextmanager
def file_size_limit(max_bytes: int) -> Iterator[None]:
    """The kernel refuses writes past ``max_bytes`` into any file of this process (EFBIG)."""
    if sys.platform == "win32":
        pytest.skip("RLIMIT_FSIZE is POSIX only")
    import resource

    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the signal kills us
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)

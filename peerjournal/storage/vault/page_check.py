"""Every page's HMAC checked from the file, a chunk at a time, after a clean unlock (issue 20).

``PRAGMA cipher_integrity_check`` at unlock cost ~0.7 s at thirty years, on the way to the
first window. The same check, page by page in Python (:mod:`.pages` has the layout), runs
instead in a worker once the window is shown: it needs no connection (nothing competes with
the window for the vault), only the HMAC key, which authenticates pages but can't decrypt
them, and it stops between chunks when a lock cancels it. No Qt.

The vault stays open meanwhile, so a page being checkpointed into the file could be read half
old, half new: a page that fails is read again before it counts as damage.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from peerjournal.storage.vault.keying import SALT_SIZE
from peerjournal.storage.vault.pages import HMAC_KDF_ITERATIONS, PAGE_SIZE, page_authenticates

CHUNK_PAGES = 256  # 1 MiB read at a time; a cancel is seen between chunks
RETRIES = 3  # reads of a failing page before it counts as damaged
RETRY_PAUSE_S = 0.05


def hmac_key_from(key: bytes, salt: bytes) -> bytes:
    """SQLCipher 4's page-HMAC key from the derived 32-byte key (two cheap iterations)."""
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), HMAC_KDF_ITERATIONS, 32)


@dataclass
class PageCheck:
    """Checks ``path``'s pages with ``hmac_key``; ``pages_read`` counts what it looked at."""

    path: Path
    hmac_key: bytes = field(repr=False)
    pages_read: int = 0

    def run(self, cancel: threading.Event | None = None) -> list[str]:
        """The problems found, in ``cipher_integrity_check``'s words (empty: fine, or cancelled)."""
        try:
            with self.path.open("rb") as handle:
                size = handle.seek(0, 2)
                problems = [] if size % PAGE_SIZE == 0 else [
                    f"cipher_integrity_check: page {size // PAGE_SIZE + 1} has an invalid size"]
                for first in range(1, size // PAGE_SIZE + 1, CHUNK_PAGES):
                    if cancel is not None and cancel.is_set():
                        return []
                    handle.seek((first - 1) * PAGE_SIZE)
                    chunk = handle.read(CHUNK_PAGES * PAGE_SIZE)
                    problems += self._chunk_problems(handle, first, chunk)
        except OSError as exc:
            return [f"cipher_integrity_check: the file could not be read ({exc.strerror})"]
        return problems

    def _chunk_problems(self, handle, first: int, chunk: bytes) -> list[str]:  # type: ignore[no-untyped-def]
        problems = []
        for offset in range(0, len(chunk) - PAGE_SIZE + 1, PAGE_SIZE):
            number = first + offset // PAGE_SIZE
            self.pages_read += 1
            if not page_authenticates(chunk[offset:offset + PAGE_SIZE], number, self.hmac_key) \
                    and not self._fine_when_read_again(handle, number):
                problems.append(f"cipher_integrity_check: HMAC verification failed for page {number}")
        return problems

    def _fine_when_read_again(self, handle, number: int) -> bool:  # type: ignore[no-untyped-def]
        """A page written while it was read fails once; a damaged one fails every time."""
        for _ in range(RETRIES):
            time.sleep(RETRY_PAUSE_S)
            handle.seek((number - 1) * PAGE_SIZE)
            if page_authenticates(handle.read(PAGE_SIZE), number, self.hmac_key):
                return True
        return False


def salt_of(path: Path) -> bytes:
    """The file's salt: its first 16 bytes (SQLCipher 4 keeps it in plain text there)."""
    with path.open("rb") as handle:
        return handle.read(SALT_SIZE)

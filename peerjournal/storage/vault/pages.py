"""Check SQLCipher 4 page authentication ourselves, to tell a wrong passphrase from a
damaged first page (SECURITY.md, item 20). No Qt.

SQLCipher reads page 1 first; a wrong key and a damaged page 1 both fail there with the
same "file is not a database". Every other page carries its own HMAC, made with a key
derived from the passphrase and the file's salt, so a page 2 (or 3, 4) that authenticates
under the typed passphrase proves the passphrase right: the first page is damaged.

SQLCipher 4 defaults, pinned by ``cipher_compatibility = 4``: 4096-byte pages, the salt in
the first 16 bytes of page 1, PBKDF2-HMAC-SHA512 with 256,000 iterations for the key, the
HMAC key from that key with 2 iterations over the salt XOR 0x3a, and at the end of each
page a 16-byte IV then a 64-byte HMAC-SHA512 over (ciphertext, IV, page number LE).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from pathlib import Path

from peerjournal.storage.vault.keying import SALT_SIZE, derive_key

PAGE_SIZE = 4096
IV_SIZE = 16
HMAC_SIZE = 64
HMAC_KDF_ITERATIONS = 2
PAGES_TRIED = 4  # pages 2..5: one good one is proof enough, a few cover a damaged page 2


def hmac_key(passphrase: str, salt: bytes) -> bytes:
    """The key SQLCipher 4 authenticates pages with (slow: the full key derivation)."""
    key = derive_key(passphrase, salt)
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), HMAC_KDF_ITERATIONS, 32)


def page_authenticates(page: bytes, number: int, key: bytes) -> bool:
    """True when ``page`` (the ``number``-th, 1-based) carries a valid HMAC under ``key``."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if number == 1 else 0
    signed = page[start:PAGE_SIZE - HMAC_SIZE] + number.to_bytes(4, "little")
    expected = hmac.new(key, signed, hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - HMAC_SIZE:])


def passphrase_fits(path: Path, passphrase: str, other_salts: Iterable[bytes] = ()) -> bool:
    """True when some page after the first authenticates under ``passphrase``.

    The salt is the file's own first 16 bytes; if those are damaged, ``other_salts`` (read
    from backups of the same vault, which share its salt) are tried too. Never writes.
    """
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(PAGE_SIZE * (PAGES_TRIED + 1))
    except OSError:
        return False
    if len(head) < 2 * PAGE_SIZE:
        return False
    pages = [head[i:i + PAGE_SIZE] for i in range(PAGE_SIZE, len(head) - PAGE_SIZE + 1, PAGE_SIZE)]
    tried: set[bytes] = set()
    for salt in (head[:SALT_SIZE], *other_salts):
        if len(salt) != SALT_SIZE or salt in tried:
            continue
        tried.add(salt)
        key = hmac_key(passphrase, salt)
        if any(page_authenticates(page, number, key) for number, page in enumerate(pages, start=2)):
            return True
    return False

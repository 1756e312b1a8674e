"""Turn a passphrase into a ``PRAGMA key`` statement safely.

``PRAGMA key`` cannot take a bound parameter, so the passphrase is quoted as an
SQL string literal (``'`` doubled). Passphrases are normalised to NFC so the same
text typed on different systems opens the same journal.
"""

from __future__ import annotations

import unicodedata

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from peerjournal.errors import ValidationError
from peerjournal.i18n import translate

MIN_PASSPHRASE_LENGTH = 8
KDF_ITERATIONS = 256_000  # SQLCipher 4's default, pinned by cipher_compatibility = 4
SALT_SIZE = 16


def normalise(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def sql_string_literal(text: str) -> str:
    if "\x00" in text:
        raise ValidationError(translate("keying", "A passphrase cannot contain a NUL character."))
    return "'" + text.replace("'", "''") + "'"


def key_pragma(passphrase: str, pragma: str = "key") -> str:
    return f"PRAGMA {pragma} = {sql_string_literal(normalise(passphrase))}"


def apply_key(conn: sqlcipher3.Connection, passphrase: str, pragma: str = "key") -> None:
    """Key (or, with ``pragma="rekey"``, re-key) ``conn`` with ``passphrase``.

    Through ``executescript``, which prepares, runs and finalises the statement at once:
    ``execute`` would keep it, passphrase and all, in the connection's statement cache for
    as long as the journal is open. (SQLCipher itself forgets the passphrase once it has
    derived the key.)
    """
    conn.executescript(key_pragma(passphrase, pragma))


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte key SQLCipher 4 derives from ``passphrase`` and a file's 16-byte salt
    (PBKDF2-HMAC-SHA512, 256,000 iterations, the passphrase as NFC UTF-8): slow on purpose.
    A NUL is refused as by :func:`key_pragma`, so both ways accept the same passphrases.

    Through ``cryptography``'s OpenSSL, not ``hashlib``'s: the same bytes, but Python's
    OpenSSL 3.0 took ~100 ms longer than SQLCipher's own derivation, a fixed cost of every
    unlock (issue 20)."""
    sql_string_literal(passphrase)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA512(), length=32, salt=salt, iterations=KDF_ITERATIONS)
    return kdf.derive(normalise(passphrase).encode("utf-8"))


def raw_key_pragma(key: bytes, salt: bytes) -> str:
    """``PRAGMA key`` with a derived key and its salt: SQLCipher skips its own derivation, so a
    file made with it opens with the passphrase as usual (used to make a vault in two steps
    without deriving twice)."""
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\""


def check_new_passphrase(passphrase: str) -> None:
    """Rules for a passphrase being set (not for one being tried)."""
    if len(normalise(passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(translate(
            "keying",
            "Please use at least {n} characters. "
            "A few ordinary words in a row work well.",
        ).format(n=MIN_PASSPHRASE_LENGTH))
    if not passphrase.strip():
        raise ValidationError(translate("keying", "A passphrase cannot be only spaces."))


def strength_hint(passphrase: str) -> tuple[int, str]:
    """A rough 0-4 strength and a plain hint; guidance only, not a guarantee."""
    text = normalise(passphrase)
    if not text:
        return 0, translate("keying", "Type a passphrase.")
    classes = sum(
        any(test(ch) for ch in text)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(text.split())
    score = 0
    if len(text) >= MIN_PASSPHRASE_LENGTH:
        score = 1
    if len(text) >= 12 and (classes >= 2 or words >= 3):
        score = 2
    if len(text) >= 16 and (classes >= 2 or words >= 4):
        score = 3
    if len(text) >= 22 and (classes >= 3 or words >= 5):
        score = 4
    hints = {
        0: translate("keying", "Too short: use at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH),
        1: translate("keying", "Weak: a few more words would make it much stronger."),
        2: translate("keying", "Fair: one or two more words would help."),
        3: translate("keying", "Good."),
        4: translate("keying", "Strong."),
    }
    return score, hints[score]

"""Turn a passphrase into a ``PRAGMA key`` statement safely.

``PRAGMA key`` cannot take a bound parameter, so the passphrase is quoted as an
SQL string literal (``'`` doubled). Passphrases are normalised to NFC so the same
text typed on different systems opens the same journal.
"""

from __future__ import annotations

import unicodedata

import sqlcipher3

from peerjournal.errors import ValidationError
from peerjournal.i18n import translate

MIN_PASSPHRASE_LENGTH = 8


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

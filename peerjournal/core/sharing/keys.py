"""Keys for sharing: the supporter's age (X25519) key pair, the journal's Ed25519 signing key,
and short fingerprints two people can read aloud to each other.

Fingerprint: SHA-256 of the key, read as five groups of five digits, e.g.
``04217 93310 58842 17006 66120`` (as Signal's safety numbers): group *i* is bytes
5i…5i+4 of the hash as a big-endian number, modulo 100000. Digits only, so nothing reads
like anything else aloud (no O/0, I/1/L) and every language can say them; 25 digits carry
about 83 bits. The age fingerprint hashes the canonical (lower-case) ``age1…`` text; the
signer fingerprint hashes the 32 raw public-key bytes.

Older versions showed the first 10 bytes of the same hash in base32 (``KX3M-QF7A-2BDE-R5TY``),
which has O, I and L. Both come from the same hash, so both sides agree on the new form;
:func:`fingerprint_matches` still recognises the old form where one was written down (a key
file's ``# fingerprint:`` line).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import datetime

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerjournal.core.clock import to_storage
from peerjournal.core.sharing.ed25519_points import is_safe_public_key
from peerjournal.errors import InvalidKey
from peerjournal.i18n import translate

PUBLIC_PREFIX = "age1"
SECRET_PREFIX = "AGE-SECRET-KEY-1"
_PUBLIC_KEY_COMMENT = "# public key:"
_KEY_TEXT_MAX = 64 * 1024  # a key file is a few hundred bytes
_LEGACY_FINGERPRINT_BYTES = 10
_GROUP_COUNT, _GROUP_BYTES, _GROUP_DIGITS = 5, 5, 5
SIGNER_BYTES = 32


# -- age keys (the supporter's) -------------------------------------------------------
def new_identity() -> tuple[str, str]:
    """A new age identity: ``(secret "AGE-SECRET-KEY-1…", public "age1…")``."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def canonical_recipient(text: str) -> str | None:
    """The canonical form of one age public key, or None if ``text`` isn't one."""
    try:
        return str(pyrage.x25519.Recipient.from_str(text))
    except Exception:  # pyrage.RecipientError, or anything odd from the Rust side
        return None


def _public_of_secret(text: str) -> str | None:
    try:
        return str(pyrage.x25519.Identity.from_str(text).to_public())
    except Exception:  # pyrage.IdentityError
        return None


def parse_recipient(text: str) -> str:
    """The ``age1…`` public key in a pasted key or a key file's text, in canonical form.

    Accepts a bare key (surrounding whitespace ignored, upper or lower case), an age
    recipients file (one key, ``#`` comments, blank lines) or an age identity file (its
    ``# public key: age1…`` line, checked against its secret key if both are there).
    Raises :class:`InvalidKey` otherwise, or when the text holds more than one key.
    """
    if len(text) > _KEY_TEXT_MAX:
        raise InvalidKey(translate("keys", "That is far too long to be a key."))
    found: list[str] = []
    other: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.lower().startswith(_PUBLIC_KEY_COMMENT):
            found.append(line[len(_PUBLIC_KEY_COMMENT):].strip())
        elif line.startswith("#"):
            continue
        elif line.upper().startswith(SECRET_PREFIX):
            public = _public_of_secret(line)
            if public is None:
                raise InvalidKey(translate("keys", "The secret key in that file is not valid."))
            found.append(public)
        else:
            other.append(line)
    if other and not found:
        # A key wrapped over lines (as e-mail programs do) or with spaces in it.
        joined = "".join("".join(other).split())
        if canonical_recipient(joined) is not None:
            other = [joined]
    found.extend(other)
    keys = {canonical_recipient(candidate) for candidate in found}
    if not keys:
        raise InvalidKey()
    if None in keys:
        raise InvalidKey()
    if len(keys) > 1:
        raise InvalidKey(translate("keys", "That holds more than one key. Please give just your supporter's key."))
    (key,) = keys
    assert key is not None
    return key


def parse_identity(text: str) -> str:
    """The ``AGE-SECRET-KEY-1…`` key in an age identity file's text (or a bare secret key).

    Raises :class:`InvalidKey` if there is not exactly one valid secret key.
    """
    if len(text) > _KEY_TEXT_MAX:
        raise InvalidKey(translate("keys", "That is far too long to be a key file."))
    secrets = [
        line.strip() for line in text.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    if len(secrets) != 1:
        raise InvalidKey(translate("keys", "That is not a key file with one secret key (AGE-SECRET-KEY-1…)."))
    try:
        return str(pyrage.x25519.Identity.from_str(secrets[0]))
    except Exception:
        raise InvalidKey(translate("keys", "That is not a valid secret key (AGE-SECRET-KEY-1…).")) from None


def fingerprint_text(digest: bytes) -> str:
    """Five groups of five digits from a SHA-256 ``digest`` (the form shown and read aloud)."""
    modulus = 10 ** _GROUP_DIGITS
    groups = (int.from_bytes(digest[i * _GROUP_BYTES:(i + 1) * _GROUP_BYTES], "big") % modulus
              for i in range(_GROUP_COUNT))
    return " ".join(f"{group:0{_GROUP_DIGITS}d}" for group in groups)


def legacy_fingerprint_text(digest: bytes) -> str:
    """The older form of the same fingerprint: ``XXXX-XXXX-XXXX-XXXX`` in base32."""
    text = base64.b32encode(digest[:_LEGACY_FINGERPRINT_BYTES]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _squeezed(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def fingerprint_matches(written: str, digest: bytes) -> bool:
    """Is ``written`` (spaces, dashes and case aside) this digest's fingerprint, new or old form?"""
    found = _squeezed(written)
    return bool(found) and found in {_squeezed(fingerprint_text(digest)), _squeezed(legacy_fingerprint_text(digest))}


def recipient_digest(public: str) -> bytes:
    """SHA-256 of an ``age1…`` key's canonical text: what its fingerprint is made of."""
    key = canonical_recipient(public.strip())
    if key is None:
        raise InvalidKey()
    return hashlib.sha256(key.encode("ascii")).digest()


def fingerprint(public: str) -> str:
    """``00000 00000 00000 00000 00000`` for an ``age1…`` key; the same for any spelling of that key."""
    return fingerprint_text(recipient_digest(public))


def identity_file_text(secret: str, public: str, created: datetime) -> str:
    """A standard age identity file, as ``age-keygen`` writes it (``age -d -i`` reads it)."""
    if _public_of_secret(secret) != public:
        raise ValueError("The public key does not belong to the secret key.")
    return f"# created: {to_storage(created)}\n# public key: {public}\n{secret}\n"


def recipient_file_text(public: str) -> str:
    """A recipients file with one key (``age -R`` reads it; so does :func:`parse_recipient`)."""
    key = canonical_recipient(public)
    if key is None:
        raise ValueError("Not an age public key.")
    return f"# PeerJournal supporter key\n# fingerprint: {fingerprint(key)}\n{key}\n"


# -- Ed25519 (the journal's signing key) ----------------------------------------------
def new_signing_key() -> bytes:
    """32 raw bytes of a new Ed25519 private key."""
    return Ed25519PrivateKey.generate().private_bytes_raw()


def signer_public(private: bytes) -> str:
    """The document's ``signer``: standard base64 of the 32 raw public-key bytes."""
    public = Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
    return base64.b64encode(public).decode("ascii")


def decode_canonical_base64(text: str, size: int) -> bytes | None:
    """The ``size`` raw bytes of ``text`` in canonical standard base64, or None.

    Canonical: the one way to write those bytes, so a signed value has one spelling only."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        return None
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def decode_signer(signer: str) -> bytes | None:
    """The 32 raw bytes of a ``signer`` in canonical standard base64, or None; None too for
    a weak or malformed key (small order, non-canonical, off the curve) anyone could sign as."""
    raw = decode_canonical_base64(signer, SIGNER_BYTES)
    return raw if raw is not None and is_safe_public_key(raw) else None


def is_weak_signer(signer: str) -> bool:
    """Whether ``signer`` is 32 bytes in canonical base64 that :func:`decode_signer` refuses."""
    return decode_canonical_base64(signer, SIGNER_BYTES) is not None and decode_signer(signer) is None


def signer_digest(signer_b64: str) -> bytes:
    """SHA-256 of a signing key's 32 raw bytes: what its fingerprint is made of."""
    # Any 32 bytes have a fingerprint: a weak key already stored must still be shown.
    raw = decode_canonical_base64(signer_b64.strip(), SIGNER_BYTES)
    if raw is None:
        raise InvalidKey(translate("keys", "That is not a valid PeerJournal signing key."))
    return hashlib.sha256(raw).digest()


def signer_fingerprint(signer_b64: str) -> str:
    """Five groups of five digits for a journal's signing key (the document's ``signer``)."""
    return fingerprint_text(signer_digest(signer_b64))

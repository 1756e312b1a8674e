"""A supporter's key as people pass it on: the age key files are locked for, and the Ed25519
key the supporter's replies are signed with.

Text forms (docs/sharing-format.md, "The supporter's key"):

* one line, what the supporter copies: ``age1… ed25519:<base64 of 32 bytes>``;
* a key file: comments (``# signing key: ed25519:…``) then the ``age1…`` line, so the
  standard ``age -R`` still reads it as a recipients file;
* a bare ``age1…`` key from an older PeerJournal: still accepted, without a signing key
  (sharing works; replies from that supporter can't be opened until their updated key is
  added).

The fingerprint read aloud covers both parts: SHA-256 of the canonical ``age1…`` text, a
newline and the 32 raw signing-key bytes, read as digits like
:func:`peerjournal.core.sharing.keys.fingerprint`. A bare key keeps its own fingerprint. A
key file's ``# fingerprint:`` line (new or older form) must match the key in it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from peerjournal.core.sharing.keys import (
    SIGNER_BYTES,
    canonical_recipient,
    decode_canonical_base64,
    decode_signer,
    fingerprint_matches,
    fingerprint_text,
    is_weak_signer,
    parse_recipient,
    recipient_digest,
)
from peerjournal.errors import InvalidKey
from peerjournal.i18n import translate

SIGNING_PREFIX = "ed25519:"
_KEY_TEXT_MAX = 64 * 1024
_SIGNING = re.compile(r"ed25519:(\S*)", re.IGNORECASE)
_WRITTEN_FINGERPRINT = re.compile(r"^\s*#\s*fingerprint:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class SupporterKey:
    recipient: str  # canonical age1… key
    signer: str | None  # base64 Ed25519 public key, None for an older (bare) key

    @property
    def fingerprint(self) -> str:
        return pairing_fingerprint(self.recipient, self.signer)

    @property
    def text(self) -> str:
        return supporter_key_text(self.recipient, self.signer)


def pairing_digest(recipient: str, signer: str | None) -> bytes:
    """SHA-256 over both parts of a supporter's key (the age key alone without a signing part)."""
    if signer is None:
        return recipient_digest(recipient)
    key = canonical_recipient(recipient.strip())
    raw = decode_canonical_base64(signer, SIGNER_BYTES)  # shown even for a weak key stored before
    if key is None or raw is None:
        raise InvalidKey()
    return hashlib.sha256(key.encode("ascii") + b"\n" + raw).digest()


def pairing_fingerprint(recipient: str, signer: str | None) -> str:
    """Five groups of five digits over both parts of a supporter's key (the age key alone if
    there is no signing part)."""
    return fingerprint_text(pairing_digest(recipient, signer))


def supporter_key_text(recipient: str, signer: str | None) -> str:
    """The one-line key a supporter gives out."""
    key = canonical_recipient(recipient)
    if key is None:
        raise ValueError("Not an age public key.")
    if signer is None:
        return key
    if decode_signer(signer) is None:
        raise ValueError("Not an Ed25519 public key in base64.")
    return f"{key} {SIGNING_PREFIX}{signer}"


def supporter_key_file_text(recipient: str, signer: str | None) -> str:
    """A key file: ``age -R`` reads it (comments are ignored); :func:`parse_supporter_key` too."""
    key = canonical_recipient(recipient)
    if key is None:
        raise ValueError("Not an age public key.")
    lines = ["# PeerJournal supporter key", f"# fingerprint: {pairing_fingerprint(key, signer)}"]
    if signer is not None:
        if decode_signer(signer) is None:
            raise ValueError("Not an Ed25519 public key in base64.")
        lines.append(f"# signing key: {SIGNING_PREFIX}{signer}")
    lines.append(key)
    return "\n".join(lines) + "\n"


def parse_supporter_key(text: str) -> SupporterKey:
    """A supporter's key from pasted text or a key file; :class:`InvalidKey` otherwise.

    The signing part may be on the key's line or on a ``# signing key:`` comment line; it
    may be missing (an older key). Two different signing keys, or one that isn't 32 bytes
    in standard base64, are refused.
    """
    if len(text) > _KEY_TEXT_MAX:
        raise InvalidKey(translate("keys", "That is far too long to be a key."))
    signers: set[str] = set()
    for match in _SIGNING.finditer(text):
        value = match.group(1)
        if is_weak_signer(value):
            raise InvalidKey(
                translate("keys", "The signing part of that key (after ed25519:) is not a safe key: "
                "anyone could sign replies with it. Please ask your supporter for their key again.")
            )
        if decode_signer(value) is None:
            raise InvalidKey(
                translate("keys", "The signing part of that key (after ed25519:) is incomplete or not valid. "
                "Please copy the whole key again.")
            )
        signers.add(value)
    if len(signers) > 1:
        raise InvalidKey(translate("keys", "That holds more than one signing key. Please give just your supporter's key."))
    recipient = parse_recipient(_SIGNING.sub(" ", text))
    key = SupporterKey(recipient, next(iter(signers), None))
    digest = pairing_digest(key.recipient, key.signer)
    for written in _WRITTEN_FINGERPRINT.findall(text):
        if not fingerprint_matches(written, digest):
            raise InvalidKey(translate(
                "keys", "The fingerprint written in that key file doesn't match the key in it. "
                "Please ask your supporter for their key again."))
    return key

"""The signed envelope: ``{"document": …, "signature": …}`` as canonical JSON.

The signature is Ed25519 over the canonical JSON of ``document``, by the key the document
names as its ``signer``. Verifying proves the document is whole and was signed by that
key; whether that key is the person the supporter thinks it is, is for the caller to
check (by the signer's fingerprint, and by pinning it per sender).
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from peerjournal.core.sharing.document import canonical_json
from peerjournal.core.sharing.keys import (
    decode_canonical_base64,
    decode_signer,
    is_weak_signer,
    signer_public,
)
from peerjournal.errors import BadSignature, InvalidShare
from peerjournal.i18n import QT_TRANSLATE_NOOP

SIGNATURE_BYTES = 64
_ENVELOPE_KEYS = {"document", "signature"}


def sign(document: dict[str, Any], private: bytes) -> bytes:
    """The envelope bytes for ``document``, signed with the 32-byte Ed25519 ``private`` key."""
    if document.get("signer") != signer_public(private):
        raise ValueError("The document's signer is not the key signing it.")
    signed = canonical_json(document)
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(signed)
    return _envelope(signed, base64.b64encode(signature).decode("ascii"))


def _envelope(signed: bytes, signature: str) -> bytes:
    """``canonical_json({"document": …, "signature": signature})`` from the document's own
    canonical bytes, so a large document is written out once, not twice."""
    return b'{"document":' + signed + b',"signature":' + canonical_json(signature) + b"}"


class WeakSigner(BadSignature):
    """The signer key is one anyone can sign as (a small-order or malformed point)."""

    default = QT_TRANSLATE_NOOP(
        "errors", "This file is signed with an unsafe key that anyone could sign with, so who "
        "made it can't be known. It was not opened.")


class _NotJson(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _NotJson("duplicate key")
    return result


def _no_constant(name: str) -> Any:
    raise _NotJson(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _NotJson("number out of range")
    return value


def parse_json(data: bytes) -> Any:
    """Strict JSON: UTF-8 only, no duplicate keys, no NaN/Infinity; ValueError otherwise."""
    try:
        text = data.decode("utf-8")
        return json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
            parse_float=_finite_float,
        )
    except RecursionError:  # deeply nested arrays
        raise _NotJson("nested too deeply") from None
    # UnicodeDecodeError and json.JSONDecodeError are ValueErrors too.


def verify(envelope_bytes: bytes) -> dict[str, Any]:
    """The document inside a signed envelope, once its signature checks out.

    Raises :class:`InvalidShare` if the envelope is not strict, canonical JSON of the
    right shape, and :class:`BadSignature` if the signature (or the signer key it is
    checked with) is malformed or does not match the document; :class:`WeakSigner` (a
    :class:`BadSignature`) if the signer key is one anyone could sign as.
    """
    try:
        envelope = parse_json(envelope_bytes)
    except ValueError:
        raise InvalidShare() from None
    if not isinstance(envelope, dict) or set(envelope) != _ENVELOPE_KEYS:
        raise InvalidShare()
    document, signature = envelope["document"], envelope["signature"]
    if not isinstance(document, dict) or not isinstance(signature, str):
        raise InvalidShare()
    try:
        signed = canonical_json(document)
    except (ValueError, UnicodeEncodeError, RecursionError):  # lone surrogates, too deep
        raise InvalidShare() from None

    signer = document.get("signer")
    if isinstance(signer, str) and is_weak_signer(signer):
        raise WeakSigner()
    raw_signer = decode_signer(signer) if isinstance(signer, str) else None
    raw_signature = _decode_signature(signature)
    if raw_signer is None or raw_signature is None:
        raise BadSignature()
    try:
        Ed25519PublicKey.from_public_bytes(raw_signer).verify(raw_signature, signed)
    except (InvalidSignature, ValueError):
        raise BadSignature() from None

    if _envelope(signed, signature) != envelope_bytes:
        # Signed correctly, but not written the one way the format allows.
        raise InvalidShare()
    return document


def _decode_signature(text: str) -> bytes | None:
    return decode_canonical_base64(text, SIGNATURE_BYTES)

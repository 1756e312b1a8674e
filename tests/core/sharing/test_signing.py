"""The signed envelope: any change to the document or the signature is caught."""

from __future__ import annotations

import base64
import json
import string

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerjournal.core.sharing.document import canonical_json
from peerjournal.core.sharing.keys import new_signing_key, signer_public
from peerjournal.core.sharing.signing import parse_json, sign, verify
from peerjournal.errors import BadSignature, InvalidShare

B64 = string.ascii_letters + string.digits + "+/"


def test_round_trip(keys, document):
    envelope = sign(document, keys.signing)
    assert verify(envelope) == document
    parsed = json.loads(envelope)
    assert set(parsed) == {"document", "signature"}
    assert len(base64.b64decode(parsed["signature"])) == 64
    assert envelope == canonical_json(parsed)


def test_signature_is_over_the_canonical_document(keys, document):
    envelope = json.loads(sign(document, keys.signing))
    public = Ed25519PrivateKey.from_private_bytes(keys.signing).public_key()
    public.verify(base64.b64decode(envelope["signature"]), canonical_json(document))


def test_sign_refuses_a_document_naming_another_signer(keys, document):
    with pytest.raises(ValueError):
        sign(document, new_signing_key())


def test_every_single_bit_flip_is_caught(keys, document):
    envelope = sign(keys.document(), keys.signing)
    for i in range(len(envelope)):
        changed = bytearray(envelope)
        changed[i] ^= 0x01
        with pytest.raises((BadSignature, InvalidShare)):
            verify(bytes(changed))


def other_char(ch: str, alphabet: str) -> str:
    return alphabet[(alphabet.index(ch) + 1) % len(alphabet)]


def test_changing_any_letter_or_digit_in_the_document_is_a_bad_signature(keys):
    envelope = sign(keys.document(), keys.signing)
    doc_end = envelope.index(b',"signature":')
    alphabet = string.ascii_letters + string.digits
    changed_positions = 0
    for i in range(len(b'{"document":'), doc_end):
        ch = chr(envelope[i])
        if ch not in alphabet:
            continue
        changed = bytearray(envelope)
        changed[i] = ord(other_char(ch, alphabet))
        try:
            json.loads(changed)
        except ValueError:
            continue  # "null" → "nulm": no longer JSON, a different test's business
        with pytest.raises(BadSignature):
            verify(bytes(changed))
        changed_positions += 1
    assert changed_positions > 500


def test_changing_any_character_of_the_signature_is_a_bad_signature(keys, document):
    envelope = sign(document, keys.signing)
    start = envelope.index(b'"signature":"') + len(b'"signature":"')
    for i in range(start, start + 86):  # 88 characters, the last two are "=="
        changed = bytearray(envelope)
        changed[i] = ord(other_char(chr(envelope[i]), B64))
        with pytest.raises(BadSignature):
            verify(bytes(changed))


def resign(envelope: bytes, *, document=None, signature: bytes | str | None = None) -> bytes:
    parsed = json.loads(envelope)
    if document is not None:
        parsed["document"] = document
    if isinstance(signature, bytes):
        signature = base64.b64encode(signature).decode()
    if signature is not None:
        parsed["signature"] = signature
    return canonical_json(parsed)


def test_a_signature_by_a_key_other_than_the_signer_is_bad(keys, document):
    other = new_signing_key()
    doc = {**document, "signer": signer_public(other)}
    real_signature = Ed25519PrivateKey.from_private_bytes(keys.signing).sign(canonical_json(doc))
    with pytest.raises(BadSignature):
        verify(resign(b'{"document":{},"signature":""}', document=doc, signature=real_signature))


def test_swapping_the_signer_keeps_the_signature_bad(keys, document):
    envelope = sign(document, keys.signing)
    doc = {**document, "signer": signer_public(new_signing_key())}
    with pytest.raises(BadSignature):
        verify(resign(envelope, document=doc))


@pytest.mark.parametrize("signature", [
    "", "abc", "!" * 88, base64.b64encode(b"x" * 63).decode(), base64.b64encode(b"x" * 65).decode(),
    base64.b64encode(b"x" * 64).decode().rstrip("="),  # no padding
])
def test_malformed_signatures_are_bad(keys, document, signature):
    with pytest.raises(BadSignature):
        verify(resign(sign(document, keys.signing), signature=signature))


@pytest.mark.parametrize("signer", [None, 1, "", "AAAA", "!" * 44, base64.b64encode(b"x" * 33).decode()])
def test_malformed_or_missing_signers_are_bad(keys, document, signer):
    changed = {**document, "signer": signer}
    if signer is None:
        del changed["signer"]
    with pytest.raises(BadSignature):
        verify(resign(sign(document, keys.signing), document=changed))


@pytest.mark.parametrize("data", [
    b"",
    b"null",
    b"[]",
    b'"document"',
    b"{}",
    b'{"document":{}}',
    b'{"document":[],"signature":""}',
    b'{"document":{"signer":"x"},"signature":1}',
    b'{"document":{},"signature":"","extra":1}',
    b"\xff\xfe{}",
    '{"document":{"signer":"x"},"signature":""}'.encode("utf-16"),
    b"[" * 100_000 + b"]" * 100_000,
    b'{"document":{"signer":"x","a":"\\ud800"},"signature":""}',
])
def test_not_an_envelope_is_invalid(data):
    with pytest.raises(InvalidShare):
        verify(data)


def test_a_non_canonical_envelope_is_invalid(keys, document):
    envelope = sign(document, keys.signing)
    spaced = json.dumps(json.loads(envelope), indent=1, ensure_ascii=False).encode()
    with pytest.raises(InvalidShare):
        verify(spaced)


def test_an_envelope_with_its_keys_in_another_order_is_invalid(keys, document):
    envelope = json.loads(sign(document, keys.signing))
    reordered = (b'{"signature":' + json.dumps(envelope["signature"]).encode()
                 + b',"document":' + canonical_json(document) + b"}")
    with pytest.raises(InvalidShare):
        verify(reordered)


@pytest.mark.parametrize("text", [
    b'{"a":1,"a":2}', b'{"a":NaN}', b'{"a":Infinity}', b'{"a":-Infinity}', b'{"a":1e400}',
    b'{"a":1', b"\xc3\x28", b"[1,]",
])
def test_strict_json(text):
    with pytest.raises(ValueError):
        parse_json(text)


def test_strict_json_accepts_plain_json():
    assert parse_json('{"a":[1,2.5,null,"é"]}'.encode()) == {"a": [1, 2.5, None, "é"]}

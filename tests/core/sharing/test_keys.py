"""Keys: age key pairs, reading pasted keys and key files, fingerprints, Ed25519 signers."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime

import pyrage
import pytest

from peerjournal.core.sharing.keys import (
    decode_canonical_base64,
    fingerprint,
    fingerprint_matches,
    identity_file_text,
    new_identity,
    new_signing_key,
    parse_identity,
    parse_recipient,
    recipient_digest,
    recipient_file_text,
    signer_fingerprint,
    signer_public,
)
from peerjournal.errors import InvalidKey, ShareError

FINGERPRINT = re.compile(r"[0-9]{5}( [0-9]{5}){4}")  # digits only: nothing reads like O, I or L
CREATED = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def pair() -> tuple[str, str]:
    return new_identity()


def test_new_identity_is_a_matching_age_pair(pair):
    secret, public = pair
    assert secret.startswith("AGE-SECRET-KEY-1") and public.startswith("age1")
    assert len(public) == 62
    assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == public


def test_new_identities_differ():
    assert new_identity() != new_identity()


@pytest.mark.parametrize("wrap", [
    lambda k: k,
    lambda k: f"  {k}\n",
    lambda k: f"\t\n{k}\r\n\n",
    lambda k: k.upper(),
    lambda k: f"# my supporter\n{k}\n",
    lambda k: f"{k[:30]}\n{k[30:]}",  # wrapped by an e-mail program
    lambda k: f"{k[:30]} {k[30:]}",
])
def test_parse_recipient_accepts_pasted_keys(pair, wrap):
    assert parse_recipient(wrap(pair[1])) == pair[1]


def test_parse_recipient_reads_an_identity_file(pair):
    secret, public = pair
    assert parse_recipient(identity_file_text(secret, public, CREATED)) == public


def test_parse_recipient_reads_the_public_key_comment_alone(pair):
    assert parse_recipient(f"# created: x\n# public key: {pair[1]}\n") == pair[1]


def test_parse_recipient_reads_a_recipients_file(pair):
    assert parse_recipient(recipient_file_text(pair[1])) == pair[1]


def test_parse_recipient_refuses_a_mismatched_identity_file(pair):
    secret, _ = pair
    _, other = new_identity()
    with pytest.raises(InvalidKey):
        parse_recipient(f"# public key: {other}\n{secret}\n")


@pytest.mark.parametrize("text", [
    "",
    "   \n\t",
    "# only a comment",
    "age1",
    "hello",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEd0kBq3r2gn4ZPb9o3yDY2Kq0s0mvQp2zSgQ5vHc5fT me@host",
    "AGE-SECRET-KEY-1NOTAKEY",
    "age1" + "q" * 58,  # right length, bad checksum
    "x" * 100_000,
])
def test_parse_recipient_refuses_non_keys(text):
    with pytest.raises(InvalidKey) as info:
        parse_recipient(text)
    assert isinstance(info.value, ShareError)
    assert str(info.value)


def test_parse_recipient_refuses_a_typo(pair):
    public = pair[1]
    typo = public[:20] + ("q" if public[20] != "q" else "p") + public[21:]
    with pytest.raises(InvalidKey):
        parse_recipient(typo)


def test_parse_recipient_refuses_two_keys(pair):
    _, other = new_identity()
    with pytest.raises(InvalidKey, match="more than one"):
        parse_recipient(f"{pair[1]}\n{other}\n")


def test_parse_identity(pair):
    secret, public = pair
    assert parse_identity(secret) == secret
    assert parse_identity(identity_file_text(secret, public, CREATED)) == secret
    for bad in ("", public, "AGE-SECRET-KEY-1XYZ", f"{secret}\n{secret}"):
        with pytest.raises(InvalidKey):
            parse_identity(bad)


def test_identity_file_is_the_age_keygen_layout(pair):
    secret, public = pair
    text = identity_file_text(secret, public, CREATED)
    assert text == f"# created: 2026-06-01T08:00:00Z\n# public key: {public}\n{secret}\n"
    with pytest.raises(ValueError):
        identity_file_text(secret, new_identity()[1], CREATED)


def test_fingerprint_is_stable_readable_and_distinct(pair):
    public = pair[1]
    fp = fingerprint(public)
    assert FINGERPRINT.fullmatch(fp)
    assert fingerprint(f"  {public.upper()}\n") == fp
    assert fingerprint(new_identity()[1]) != fp


def test_fingerprint_is_the_documented_hash():
    # Pinned: a supporter on another version must read out the same fingerprint.
    key = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    # Five groups: bytes 5i..5i+4 of sha256(key), big-endian, modulo 100000.
    assert fingerprint(key) == "28913 14065 03848 45954 04727"


def test_an_old_fingerprint_still_matches_its_key_and_no_other():
    """Older versions wrote base32(sha256(key)[:10]); the same hash, so it is still recognised."""
    key = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    digest = recipient_digest(key)
    for written in ("Z57F-NARR-GFIG-QW7R", "z57f narr gfig qw7r", "28913 14065 03848 45954 04727",
                    "28913-14065-03848-45954-04727"):
        assert fingerprint_matches(written, digest), written
    other = recipient_digest(new_identity()[1])
    for written in ("Z57F-NARR-GFIG-QW7R", "28913 14065 03848 45954 04727", "", "  "):
        assert not fingerprint_matches(written, other), written


def test_fingerprint_refuses_a_non_key():
    with pytest.raises(InvalidKey):
        fingerprint("age1nope")


def test_signing_keys():
    private = new_signing_key()
    assert len(private) == 32 and new_signing_key() != private
    signer = signer_public(private)
    assert len(base64.b64decode(signer, validate=True)) == 32
    assert signer_public(private) == signer
    fp = signer_fingerprint(signer)
    assert FINGERPRINT.fullmatch(fp)
    assert signer_fingerprint(signer_public(new_signing_key())) != fp
    for bad in ("", "not base64!", base64.b64encode(b"x" * 31).decode()):
        with pytest.raises(InvalidKey):
            signer_fingerprint(bad)


def test_decode_canonical_base64_takes_only_the_one_spelling_of_the_right_size():
    raw = bytes(range(32))
    text = base64.b64encode(raw).decode("ascii")
    assert decode_canonical_base64(text, 32) == raw
    assert decode_canonical_base64(text, 64) is None  # wrong size
    assert decode_canonical_base64(text.rstrip("="), 32) is None  # padding left out
    assert decode_canonical_base64(base64.urlsafe_b64encode(b"\xfb" * 32).decode(), 32) is None
    assert decode_canonical_base64(text[:-2] + "B=", 32) is None  # non-zero spare bits
    assert decode_canonical_base64("é" + text[1:], 32) is None  # not ASCII

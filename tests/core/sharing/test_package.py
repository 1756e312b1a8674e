"""Sealing and opening ``.pjshare`` files: round trips and every way a file can be refused."""

from __future__ import annotations

import copy
import re
import time
import unicodedata
from pathlib import Path
from typing import Any

import pyrage
import pytest

from peerjournal.core.sharing import package
from peerjournal.core.sharing.agefile import MAGIC
from peerjournal.core.sharing.document import FORMAT_VERSION
from peerjournal.core.sharing.keys import identity_file_text, new_signing_key, signer_public
from peerjournal.core.sharing.package import (
    MAX_SHARE_BYTES,
    OpenedShare,
    check_file_size,
    open_share,
    read_share_file,
    seal,
    seal_with_passphrase,
)
from peerjournal.core.sharing.signing import sign
from peerjournal.errors import (
    BadSignature,
    DamagedShare,
    InvalidKey,
    InvalidShare,
    NewerShareFormat,
    NotForYou,
    ShareError,
    ShareTooCostly,
    ShareTooLarge,
    ValidationError,
)
from tests.core.sharing.conftest import CREATED, Keys

PASSPHRASE_NFD = unicodedata.normalize("NFD", "café au lait, s'il vous plaît")
PASSPHRASE_NFC = unicodedata.normalize("NFC", PASSPHRASE_NFD)


@pytest.fixture(scope="session")
def sealed(keys: Keys) -> tuple[dict[str, Any], bytes]:
    doc = keys.document(include_notes=True)
    return doc, seal(doc, keys.signing, keys.public)


@pytest.fixture(scope="session")
def passphrase_sealed(keys: Keys) -> tuple[dict[str, Any], bytes]:
    """Made once: scrypt is slow on purpose (a few seconds)."""
    doc = keys.document(recipient="passphrase")
    return doc, seal_with_passphrase(doc, keys.signing, PASSPHRASE_NFD)


def header_end(data: bytes) -> int:
    """Index just past the header's MAC line."""
    return data.index(b"\n", data.index(b"\n---")+1) + 1


def with_work_factor(data: bytes, factor: bytes) -> bytes:
    return re.sub(rb"(\n-> scrypt \S+ )\d+\n", rb"\g<1>" + factor + rb"\n", data, count=1)


# -- round trips ---------------------------------------------------------------------
def test_round_trip_to_a_key(keys, sealed):
    doc, data = sealed
    assert data.startswith(MAGIC)
    opened = open_share(data, identity=keys.secret)
    assert isinstance(opened, OpenedShare)
    assert opened.document == doc
    assert opened.signer == keys.signer
    assert opened.export_id == doc["export_id"]
    assert opened.envelope == sign(doc, keys.signing)  # Ed25519 signatures are deterministic


def test_opens_with_the_identity_file_text_and_expected_recipient(keys, sealed):
    doc, data = sealed
    idfile = identity_file_text(keys.secret, keys.public, CREATED)
    assert open_share(data, identity=idfile, expected_recipient=keys.public).document == doc
    assert open_share(data, identity=keys.secret, expected_recipient=keys.public.upper()).document == doc


def test_round_trip_with_a_passphrase(keys, passphrase_sealed):
    doc, data = passphrase_sealed
    assert b"\n-> scrypt " in data[:100]
    # Typed on a keyboard that composes accents differently: NFC both ways.
    opened = open_share(data, passphrase=PASSPHRASE_NFC, expected_recipient="passphrase")
    assert opened.document == doc
    assert opened.document["recipient"] == "passphrase"


def test_a_wrong_passphrase(passphrase_sealed):
    with pytest.raises(NotForYou, match="passphrase"):
        open_share(passphrase_sealed[1], passphrase="café au lait")


def test_a_big_share_spans_several_age_chunks(keys):
    doc = keys.document(include_notes=True)
    for entry in (*doc["content"]["moods"], *doc["content"]["contacts"]):
        entry["note"] = "ü" * 20_000
    data = seal(doc, keys.signing, keys.public)
    assert len(data) > 3 * 64 * 1024
    assert open_share(data, identity=keys.secret).document == doc
    # Cut exactly at a chunk boundary: age marks the last chunk, so this is seen.
    chunk = 64 * 1024 + 16
    for cut in (header_end(data) + 16 + chunk, header_end(data) + 16 + 2 * chunk):
        with pytest.raises(DamagedShare):
            open_share(data[:cut], identity=keys.secret)


# -- sealing refuses -----------------------------------------------------------------
def test_seal_refuses_a_document_for_someone_else(keys, sealed):
    with pytest.raises(ValueError):
        seal(sealed[0], keys.signing, keys.other_public)


def test_seal_refuses_an_invalid_document(keys, sealed):
    doc = copy.deepcopy(sealed[0])
    doc["content"]["moods"][0]["mood"] = 9
    with pytest.raises(ValidationError, match=r"content\.moods\[0\]\.mood"):
        seal(doc, keys.signing, keys.public)


def test_seal_refuses_a_bad_key_and_the_wrong_pipeline(keys, sealed, passphrase_sealed):
    with pytest.raises(InvalidKey):
        seal(sealed[0], keys.signing, "age1nope")
    with pytest.raises(ValueError):
        seal(passphrase_sealed[0], keys.signing, "passphrase")
    with pytest.raises(ValueError):
        seal_with_passphrase(sealed[0], keys.signing, "pw")
    with pytest.raises(ValidationError):
        seal_with_passphrase(passphrase_sealed[0], keys.signing, "")
    with pytest.raises(ValueError):
        seal(sealed[0], new_signing_key(), keys.public)  # not the document's signer


def test_seal_refuses_a_share_too_big_to_open(keys, monkeypatch, sealed):
    monkeypatch.setattr(package, "MAX_SHARE_BYTES", 1000)
    with pytest.raises(ShareTooLarge):
        seal(sealed[0], keys.signing, keys.public)


# -- not for you ---------------------------------------------------------------------
def test_another_supporters_key_does_not_open_it(keys, sealed):
    with pytest.raises(NotForYou):
        open_share(sealed[1], identity=keys.other_secret)


def test_passed_on_and_re_encrypted_to_someone_else(keys, sealed):
    # The first supporter decrypts and re-encrypts the same signed envelope to a second key.
    envelope = pyrage.decrypt(sealed[1], [pyrage.x25519.Identity.from_str(keys.secret)])
    passed_on = pyrage.encrypt(envelope, [pyrage.x25519.Recipient.from_str(keys.other_public)])
    with pytest.raises(NotForYou, match="someone else"):
        open_share(passed_on, identity=keys.other_secret, expected_recipient=keys.other_public)
    with pytest.raises(NotForYou, match="someone else"):
        open_share(passed_on, identity=keys.other_secret)  # the identity says who it is opened as


def test_passed_on_with_a_passphrase(keys, sealed):
    envelope = pyrage.decrypt(sealed[1], [pyrage.x25519.Identity.from_str(keys.secret)])
    passed_on = pyrage.passphrase.encrypt(envelope, "pw")
    with pytest.raises(NotForYou, match="someone else"):
        open_share(passed_on, passphrase="pw")


def test_a_passphrase_document_re_encrypted_to_a_key(keys, passphrase_sealed):
    envelope = sign(passphrase_sealed[0], keys.signing)
    to_key = pyrage.encrypt(envelope, [pyrage.x25519.Recipient.from_str(keys.public)])
    with pytest.raises(NotForYou):
        open_share(to_key, identity=keys.secret)


def test_expected_recipient_must_match(keys, sealed):
    with pytest.raises(NotForYou):
        open_share(sealed[1], identity=keys.secret, expected_recipient=keys.other_public)
    with pytest.raises(NotForYou):
        open_share(sealed[1], identity=keys.secret, expected_recipient="passphrase")


def test_a_passphrase_file_needs_a_passphrase(keys, passphrase_sealed):
    started = time.monotonic()
    with pytest.raises(ShareError, match="passphrase") as info:
        open_share(passphrase_sealed[1], identity=keys.secret)
    assert isinstance(info.value, NotForYou)
    assert time.monotonic() - started < 1


def test_a_key_file_is_not_opened_with_a_passphrase(sealed):
    with pytest.raises(NotForYou, match="key"):
        open_share(sealed[1], passphrase="pw")


def test_an_invalid_identity(sealed):
    with pytest.raises(InvalidKey):
        open_share(sealed[1], identity="AGE-SECRET-KEY-1NOPE")


def test_nothing_to_open_with_is_a_bug(sealed):
    with pytest.raises(ValueError):
        open_share(sealed[1])


# -- damaged -------------------------------------------------------------------------
@pytest.mark.parametrize("cut", [0, 1, 10, len(MAGIC) - 1, len(MAGIC), 40, 60, 100, -1, -15, -16, -17, -100])
def test_truncated(keys, sealed, cut):
    data = sealed[1]
    with pytest.raises((DamagedShare, BadSignature, InvalidShare)):
        open_share(data[:cut], identity=keys.secret)


def test_truncated_around_the_header_end(keys, sealed):
    data = sealed[1]
    end = header_end(data)
    for cut in range(end - 5, end + 40):
        with pytest.raises(DamagedShare):
            open_share(data[:cut], identity=keys.secret)


def test_every_bit_flip_after_the_header_is_damage(keys, sealed):
    data = sealed[1]
    for i in range(header_end(data) - 44, len(data)):  # the MAC, the nonce, the payload
        flipped = bytearray(data)
        flipped[i] ^= 0x10
        with pytest.raises(DamagedShare):
            open_share(bytes(flipped), identity=keys.secret)


def test_bit_flips_in_the_header_stanzas(keys, sealed):
    # A damaged X25519 stanza can't be told from one for another key: age says "no matching
    # key", so NotForYou (whose message mentions damage) is as good as DamagedShare here.
    data = sealed[1]
    for i in range(header_end(data) - 44):
        flipped = bytearray(data)
        flipped[i] ^= 0x01
        with pytest.raises((DamagedShare, NotForYou)):
            open_share(bytes(flipped), identity=keys.secret)


@pytest.mark.parametrize("data", [
    b"", b"hello", b"age-encryption.org/v1", b"age-encryption.org/v2\n-> X25519 a\nb\n--- c\n",
    b"\x00" * 1000, b'{"document":{},"signature":""}',
])
def test_not_an_age_file(keys, data):
    with pytest.raises(DamagedShare):
        open_share(data, identity=keys.secret)


def test_an_armored_age_file_is_refused(keys, sealed):
    armored = pyrage.encrypt(sign(sealed[0], keys.signing),
                             [pyrage.x25519.Recipient.from_str(keys.public)], armored=True)
    with pytest.raises(DamagedShare):
        open_share(armored, identity=keys.secret)


# -- decrypts, but the inside is wrong -----------------------------------------------
def encrypted(keys: Keys, envelope: bytes) -> bytes:
    return pyrage.encrypt(envelope, [pyrage.x25519.Recipient.from_str(keys.public)])


def test_a_newer_format_version(keys, sealed):
    doc = {**sealed[0], "format_version": FORMAT_VERSION + 1}
    with pytest.raises(NewerShareFormat):
        open_share(encrypted(keys, sign(doc, keys.signing)), identity=keys.secret)


@pytest.mark.parametrize("envelope", [b"", b"not json", b"[1,2,3]", b'{"a":1}', b"\xff" * 40])
def test_valid_age_but_not_an_envelope(keys, envelope):
    with pytest.raises(InvalidShare):
        open_share(encrypted(keys, envelope), identity=keys.secret)


def test_signed_but_invalid_content(keys, sealed):
    doc = copy.deepcopy(sealed[0])
    doc["content"]["moods"][0]["mood"] = 9
    doc["surprise"] = True
    with pytest.raises(InvalidShare):
        open_share(encrypted(keys, sign(doc, keys.signing)), identity=keys.secret)


def test_content_changed_after_signing(keys, sealed):
    doc = copy.deepcopy(sealed[0])
    envelope = sign(doc, keys.signing)
    tampered = envelope.replace(b'"mood":2', b'"mood":5', 1)
    assert tampered != envelope
    with pytest.raises(BadSignature):
        open_share(encrypted(keys, tampered), identity=keys.secret)


def test_signed_by_another_journal_is_still_a_valid_share(keys, sealed):
    # The signature proves integrity; *who* signed is the signer the caller pins per sender.
    other = new_signing_key()
    doc = {**sealed[0], "signer": signer_public(other)}
    opened = open_share(encrypted(keys, sign(doc, other)), identity=keys.secret)
    assert opened.signer == signer_public(other) != keys.signer


# -- limits --------------------------------------------------------------------------
def test_too_large_is_refused_first(keys):
    with pytest.raises(ShareTooLarge):
        open_share(b"\0" * (MAX_SHARE_BYTES + 1), identity=keys.secret)


def test_too_large_file_is_not_read(tmp_path: Path, monkeypatch):
    path = tmp_path / "big.pjshare"
    with open(path, "wb") as file:
        file.truncate(MAX_SHARE_BYTES + 1)  # sparse: nothing to read, but too big

    def no_reading(*args: object, **kw: object) -> None:
        raise AssertionError("read a file that is too large")

    monkeypatch.setattr(package, "open", no_reading, raising=False)
    with pytest.raises(ShareTooLarge):
        check_file_size(path)
    with pytest.raises(ShareTooLarge):
        read_share_file(path)


def test_read_share_file(tmp_path: Path, sealed):
    path = tmp_path / "a.pjshare"
    path.write_bytes(sealed[1])
    assert check_file_size(path) == len(sealed[1])
    assert read_share_file(str(path)) == sealed[1]
    with pytest.raises(ShareError):
        read_share_file(tmp_path / "missing.pjshare")
    with pytest.raises(ShareError, match="not a file"):
        check_file_size(tmp_path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_not_read():
    with pytest.raises(ShareError):
        read_share_file("/dev/zero")


@pytest.mark.parametrize("factor", [b"23", b"40", b"99"])
def test_a_forged_work_factor_is_refused_before_any_work(passphrase_sealed, factor):
    forged = with_work_factor(passphrase_sealed[1], factor)
    assert forged != passphrase_sealed[1]
    started = time.monotonic()
    with pytest.raises(ShareTooCostly):
        open_share(forged, passphrase=PASSPHRASE_NFC)
    assert time.monotonic() - started < 1


@pytest.mark.parametrize("factor", [b"022", b"0", b"100", b"1000000000000", b"x", b"-1", b""])
def test_a_malformed_work_factor_is_damage(passphrase_sealed, factor):
    forged = with_work_factor(passphrase_sealed[1], factor)
    started = time.monotonic()
    with pytest.raises(DamagedShare):
        open_share(forged, passphrase=PASSPHRASE_NFC)
    assert time.monotonic() - started < 1


def test_a_scrypt_stanza_must_be_alone(keys, passphrase_sealed):
    data = passphrase_sealed[1]
    first_line = len(MAGIC)
    x25519 = b"-> X25519 7QqrJYYpnS2axqU9f3wvH7v2gqz8a1Ty3FqTMleE5Qw\nssTkkwHbDFM+LnztZstJH4wLtYhjcrcgLCtBhfjXdD8\n"
    mixed = data[:first_line] + x25519 + data[first_line:]
    started = time.monotonic()
    with pytest.raises(DamagedShare):
        open_share(mixed, passphrase=PASSPHRASE_NFC)
    with pytest.raises(DamagedShare):
        open_share(mixed, identity=keys.secret)
    assert time.monotonic() - started < 1

"""Passphrase files from faster computers: scrypt work factors 21 and 22 are opened (the age
tool's own ceiling is 22) when the memory they need (2 and 4 GiB) is free; 23 and up never."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from peerjournal.core.sharing import package
from peerjournal.core.sharing.agefile import read_header
from peerjournal.core.sharing.package import check_work_factor, open_share, scrypt_memory
from peerjournal.core.sharing.signing import sign
from peerjournal.errors import ShareTooCostly
from peerjournal.ops.share_import import read_share
from tests.core.sharing.age_scrypt import scrypt_encrypt
from tests.core.sharing.conftest import CREATED, Keys

GIB = 2**30
FIXTURE_21 = Path(__file__).parents[2] / "fixtures" / "share-scrypt-21.pjshare"
FIXTURE_21_PASSPHRASE = "work factor twenty-one"


def with_work_factor(data: bytes, factor: int) -> bytes:
    return re.sub(rb"(\n-> scrypt \S+ )\d+\n", rb"\g<1>" + str(factor).encode() + rb"\n", data, count=1)


@pytest.fixture
def plenty_of_memory(monkeypatch):
    monkeypatch.setattr(package, "available_memory", lambda: 16 * GIB)


@pytest.fixture
def little_memory(monkeypatch):
    monkeypatch.setattr(package, "available_memory", lambda: 3 * GIB)


@pytest.fixture(scope="module")
def cheap_file(keys: Keys) -> tuple[dict, bytes]:
    """A share locked at work factor 10 by the spec-following writer (not pyrage)."""
    doc = keys.document(recipient="passphrase")
    return doc, scrypt_encrypt(sign(doc, keys.signing), "open sesame", 10)


def test_memory_is_two_to_the_work_factor_kib():
    assert [scrypt_memory(w) // GIB for w in (20, 21, 22)] == [1, 2, 4]


@pytest.mark.parametrize("factor", [21, 22])
def test_21_and_22_pass_the_limit_with_the_memory_free(plenty_of_memory, factor):
    check_work_factor(factor)


def test_23_and_up_never_pass(plenty_of_memory):
    for factor in (23, 30, 99):
        with pytest.raises(ShareTooCostly):
            check_work_factor(factor)


def test_without_the_memory_free_the_message_says_so(little_memory):
    check_work_factor(20)  # as before: 1 GiB is always tried
    check_work_factor(21)  # 2 GiB + margin fits in 3 GiB
    with pytest.raises(ShareTooCostly, match="about 4 GB of free memory"):
        check_work_factor(22)


def test_when_the_system_does_not_say_22_is_tried(monkeypatch):
    monkeypatch.setattr(package, "available_memory", lambda: None)
    check_work_factor(22)


def test_available_memory_is_a_plausible_number():
    free = package.available_memory()
    assert free is None or 0 < free < 2**50


def test_a_file_from_the_spec_writer_opens(keys, cheap_file):
    doc, data = cheap_file
    assert read_header(data).work_factor == 10
    assert open_share(data, passphrase="open sesame").document == doc


@pytest.mark.parametrize("factor", [21, 22])
def test_a_21_or_22_file_goes_on_to_decryption(keys, cheap_file, plenty_of_memory, monkeypatch,
                                              tmp_path, factor):
    """Refused by nothing of ours: the passphrase is asked for and pyrage is called (here
    replaced, so the test doesn't spend 2–4 GiB and many seconds on scrypt)."""
    data = with_work_factor(cheap_file[1], factor)
    path = tmp_path / "fast-computer.pjshare"
    path.write_bytes(data)
    assert read_share(path).needs_passphrase

    calls = []

    def decrypt(blob: bytes, passphrase: str) -> bytes:
        calls.append(read_header(blob).work_factor)
        return sign(cheap_file[0], keys.signing)

    monkeypatch.setattr(package.pyrage.passphrase, "decrypt", decrypt)
    assert open_share(data, passphrase="open sesame").document == cheap_file[0]
    assert calls == [factor]


def test_pyrage_s_own_ceiling_is_too_costly_not_damage(cheap_file, plenty_of_memory, monkeypatch):
    # pyrage refuses above its timing-based target + 4; that is "too costly", said plainly.
    monkeypatch.setattr(package, "MAX_WORK_FACTOR", 64)
    with pytest.raises(ShareTooCostly):
        open_share(with_work_factor(cheap_file[1], 40), passphrase="open sesame")


def test_the_21_fixture_is_a_real_file_at_21():
    data = FIXTURE_21.read_bytes()
    assert read_header(data).work_factor == 21


@pytest.mark.skipif(not os.environ.get("PEERJOURNAL_SCRYPT_21"),
                    reason="scrypt at 21 takes 2 GiB and 3–30 s; set PEERJOURNAL_SCRYPT_21=1")
def test_the_21_fixture_opens(monkeypatch):
    monkeypatch.setattr(package, "available_memory", lambda: None)
    opened = open_share(FIXTURE_21.read_bytes(), passphrase=FIXTURE_21_PASSPHRASE,
                        expected_recipient="passphrase")
    assert opened.document["recipient"] == "passphrase"
    assert opened.document["created"] == CREATED.strftime("%Y-%m-%dT%H:%M:%SZ")

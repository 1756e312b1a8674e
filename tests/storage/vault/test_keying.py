"""Passphrase quoting, normalisation, rules and the strength hint (no database needed)."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest
import sqlcipher3

from peerjournal.errors import UserError, ValidationError
from peerjournal.storage.vault.keying import (
    KDF_ITERATIONS,
    MIN_PASSPHRASE_LENGTH,
    check_new_passphrase,
    derive_key,
    key_pragma,
    normalise,
    sql_string_literal,
    strength_hint,
)


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("plain", "'plain'"),
        ("it's", "'it''s'"),
        ("''", "''''''"),
        ('say "hi"', "'say \"hi\"'"),
        ("a; b -- c", "'a; b -- c'"),
        ("", "''"),
    ],
)
def test_sql_string_literal_doubles_single_quotes(text, literal):
    assert sql_string_literal(text) == literal


@pytest.mark.parametrize(
    "text", ["it's", "x'; DROP TABLE t; --", "''''", "🌱 'q' \"d\" ;", "back\\slash'"]
)
def test_sql_string_literal_reads_back_as_the_same_text(text):
    conn = sqlcipher3.connect(":memory:")
    try:
        assert conn.execute(f"SELECT {sql_string_literal(text)}").fetchone()[0] == text
    finally:
        conn.close()


def test_sql_string_literal_rejects_nul():
    with pytest.raises(ValidationError):
        sql_string_literal("abc\x00def")


def test_key_pragma_normalises_to_nfc_and_quotes():
    nfd = unicodedata.normalize("NFD", "café l'été")
    nfc = unicodedata.normalize("NFC", nfd)
    assert nfd != nfc
    assert key_pragma(nfd) == key_pragma(nfc) == "PRAGMA key = 'caf\u00e9 l''\u00e9t\u00e9'"
    assert key_pragma("new one's", "rekey") == "PRAGMA rekey = 'new one''s'"


def test_normalise_is_nfc():
    nfd = unicodedata.normalize("NFD", "Ångström")
    assert normalise(nfd) == unicodedata.normalize("NFC", "Ångström")
    assert len(normalise(nfd)) < len(nfd)


@pytest.mark.parametrize("passphrase", ["", "a" * (MIN_PASSPHRASE_LENGTH - 1), " " * 20, "\t \n" * 4])
def test_check_new_passphrase_rejects(passphrase):
    with pytest.raises(ValidationError) as info:
        check_new_passphrase(passphrase)
    assert isinstance(info.value, UserError)
    assert str(info.value).strip()


def test_check_new_passphrase_counts_nfc_characters():
    # 7 letters written with combining accents are 7 characters, not 14.
    short = unicodedata.normalize("NFD", "éééé" + "abc")
    assert len(short) > MIN_PASSPHRASE_LENGTH
    with pytest.raises(ValidationError):
        check_new_passphrase(short)


@pytest.mark.parametrize("passphrase", ["a" * MIN_PASSPHRASE_LENGTH, "four plain words here"])
def test_check_new_passphrase_accepts(passphrase):
    check_new_passphrase(passphrase)


def test_strength_hint_grows_with_length():
    ladder = [
        "",
        "abcdefgh",
        "maple rivers",
        "maple river stone",
        "maple river stone cloud lamp",
    ]
    scores = [strength_hint(p)[0] for p in ladder]
    assert scores == sorted(scores)
    assert scores[0] == 0
    assert scores[-1] == 4
    assert len(set(scores)) == len(scores)  # every step up the ladder scores higher


def test_strength_hint_short_is_zero_and_says_so():
    score, hint = strength_hint("abc")
    assert score == 0
    assert str(MIN_PASSPHRASE_LENGTH) in hint
    for text in ["", "abc", "abcdefgh", "Abcdefgh1234", "x" * 40]:
        s, h = strength_hint(text)
        assert 0 <= s <= 4
        assert h


def test_strength_hint_long_single_class_is_not_strong():
    # Length alone is not enough for the top score.
    assert strength_hint("a" * 30)[0] < strength_hint("Correct-Horse-Battery-9")[0]


def test_the_passphrase_never_stays_in_a_statement_cache(tmp_path, monkeypatch):
    """``execute`` keeps each statement (its SQL text too) cached while the connection is open:
    a keyed vault must not hold its passphrase there, through creating, opening and re-keying."""
    from peerjournal.storage.vault.database import create_vault, open_vault

    executed: list[str] = []

    class Recording(sqlcipher3.Connection):
        def execute(self, sql, *args):  # noqa: ANN001, ANN002, ANN201
            executed.append(sql)
            return super().execute(sql, *args)

    real_connect = sqlcipher3.connect
    monkeypatch.setattr(sqlcipher3, "connect", lambda *a, **k: real_connect(*a, factory=Recording, **k))
    first, second = "first zqsecret words", "second zqsecret words"
    create_vault(tmp_path / "v.pjvault", first).close()
    vault = open_vault(tmp_path / "v.pjvault", first)
    vault.change_passphrase(first, second)
    vault.close()
    open_vault(tmp_path / "v.pjvault", second).close()
    assert any("cipher_version" in sql for sql in executed)  # the recording saw the connections
    assert [sql for sql in executed if "zqsecret" in sql] == []


@pytest.mark.parametrize("passphrase", ["plain passphrase", "it's \"quoted\"; -- x", "cafe\u0301 🙂"])
def test_derive_key_is_sqlciphers_pbkdf2(passphrase):
    """The faster derivation gives the bytes of PBKDF2-HMAC-SHA512 over the NFC passphrase."""
    salt = bytes(range(16))
    expected = hashlib.pbkdf2_hmac("sha512", unicodedata.normalize("NFC", passphrase).encode("utf-8"),
                                   salt, KDF_ITERATIONS, 32)
    assert derive_key(passphrase, salt) == expected


def test_derive_key_refuses_nul():
    with pytest.raises(ValidationError):
        derive_key("with\x00nul", bytes(16))

"""Reading an age header without decrypting: kinds of file, work factors, malformed headers."""

from __future__ import annotations

import pyrage
import pytest

from peerjournal.core.sharing.agefile import MAGIC, read_header
from peerjournal.core.sharing.keys import new_identity
from peerjournal.errors import DamagedShare

BODY = b"ssTkkwHbDFM+LnztZstJH4wLtYhjcrcgLCtBhfjXdD8"


def test_a_file_to_keys_lists_its_stanzas():
    publics = [pyrage.x25519.Recipient.from_str(new_identity()[1]) for _ in range(2)]
    header = read_header(pyrage.encrypt(b"x", publics))
    kinds = [s.kind for s in header.stanzas]
    assert kinds.count("X25519") == 2  # plus a random "grease" stanza
    assert not header.is_passphrase


def test_a_passphrase_header():
    header = read_header(MAGIC + b"-> scrypt c2FsdHNhbHRzYWx0c2FsdA 18\n" + BODY + b"\n--- mac\n")
    assert header.is_passphrase and header.work_factor == 18


def test_stanza_bodies_of_full_lines():
    full = b"A" * 64
    ok = MAGIC + b"-> x-grease a b\n" + full + b"\n" + full + b"\n\n-> X25519 e\n" + BODY + b"\n--- m\n"
    assert [s.kind for s in read_header(ok).stanzas] == ["x-grease", "X25519"]


@pytest.mark.parametrize("data", [
    b"",
    MAGIC,
    MAGIC + b"--- mac\n",  # no stanza
    MAGIC + b"-> X25519 e\n" + BODY + b"\n",  # no MAC line
    MAGIC + b"-> X25519 e\n" + b"A" * 64 + b"\n--- m\n",  # the body never ends
    MAGIC + b"-> X25519 e\n" + b"A" * 65 + b"\n--- m\n",  # a body line too long
    MAGIC + b"-> X25519 e\n" + b"A=\n--- m\n",  # padding is not age base64
    MAGIC + b"-> X25519  e\n" + BODY + b"\n--- m\n",  # an empty argument
    MAGIC + b"-> X25519 \xc3\xa9\n" + BODY + b"\n--- m\n",  # not ASCII
    MAGIC + b"-> X25519 e\r\n" + BODY + b"\n--- m\n",
    MAGIC + b"junk\n--- m\n",
    MAGIC + b"-> X25519 " + b"e" * 5000 + b"\n" + BODY + b"\n--- m\n",  # an absurd line
    MAGIC + b"-> scrypt salt\n" + BODY + b"\n--- m\n",  # no work factor
    MAGIC + b"-> scrypt salt 18 extra\n" + BODY + b"\n--- m\n",
    b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n",
])
def test_malformed_headers(data):
    with pytest.raises(DamagedShare):
        read_header(data)

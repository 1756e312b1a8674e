"""Read the text header of a binary age v1 file, without decrypting anything.

This says which kind of file it is (to a key, or with a passphrase) and how much work a
passphrase file asks for, so a forged work factor is refused before any key derivation
(SECURITY.md item 16). The header (age spec, C2SP age.md):

    age-encryption.org/v1
    -> X25519 <ephemeral share>            one stanza per recipient: "-> type args…",
    <base64 body, 64 columns, last < 64>    then its body lines
    --- <base64 MAC>
    <binary payload>

Armored (PEM-style) files are refused: pyrage would open them, but this check could not
see inside them, and PeerJournal never writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peerjournal.errors import DamagedShare

MAGIC = b"age-encryption.org/v1\n"
SCRYPT = "scrypt"
_LINE_MAX = 4096  # well above any real stanza line
_ARG = re.compile(rb"[\x21-\x7e]+")  # age: arguments are non-empty runs of visible ASCII
_BODY = re.compile(rb"[A-Za-z0-9+/]{0,64}")
_WORK_FACTOR = re.compile(rb"[1-9][0-9]?")  # decimal, no leading zero (age spec)


@dataclass(frozen=True)
class Stanza:
    kind: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class AgeHeader:
    stanzas: tuple[Stanza, ...]

    @property
    def is_passphrase(self) -> bool:
        return any(s.kind == SCRYPT for s in self.stanzas)

    @property
    def work_factor(self) -> int:
        """log2 N of a passphrase file's only (scrypt) stanza."""
        (stanza,) = self.stanzas
        return int(stanza.args[1])


def read_header(data: bytes) -> AgeHeader:
    """The stanzas of an age v1 file; :class:`DamagedShare` if it isn't one."""
    if not data.startswith(MAGIC):
        raise DamagedShare()
    pos = len(MAGIC)
    stanzas: list[Stanza] = []
    body_open = False  # a stanza's body ends with its first line shorter than 64 characters
    while True:
        end = data.find(b"\n", pos, pos + _LINE_MAX + 1)
        if end < 0:
            raise DamagedShare()
        line = data[pos:end]
        pos = end + 1
        if line.startswith(b"--- ") and not body_open:
            break
        if line.startswith(b"-> ") and not body_open:
            parts = line[3:].split(b" ")
            if not all(_ARG.fullmatch(p) for p in parts):
                raise DamagedShare()
            stanzas.append(Stanza(parts[0].decode("ascii"), tuple(p.decode("ascii") for p in parts[1:])))
            body_open = True
        elif body_open and _BODY.fullmatch(line):
            body_open = len(line) == 64
        else:
            raise DamagedShare()
    if not stanzas:
        raise DamagedShare()
    header = AgeHeader(tuple(stanzas))
    if header.is_passphrase:
        # age: a scrypt stanza must be the only one; its args are a salt and log2 N.
        (stanza, *others) = stanzas
        if others or stanza.kind != SCRYPT or len(stanza.args) != 2:
            raise DamagedShare()
        if not _WORK_FACTOR.fullmatch(stanza.args[1].encode("ascii")):
            raise DamagedShare()
    return header

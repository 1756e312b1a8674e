"""A ``.pjshare`` file from a document, and a document from a file: the two pipelines.

    seal:       validate → sign (Ed25519) → encrypt (age, to a key or a passphrase)
    open_share: size cap → age header (kind, work factor) → decrypt → verify → validate
                → the signed recipient is the one it was opened as

Only :class:`ShareError` subclasses come out of :func:`open_share` for a bad file.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from peerjournal.core.chosen_file import ChosenFileError, FileTooLarge, NotAFile, read_chosen_file
from peerjournal.core.sharing.agefile import read_header
from peerjournal.core.sharing.checks import Problem
from peerjournal.core.sharing.keys import canonical_recipient, parse_identity
from peerjournal.core.sharing.signing import sign, verify
from peerjournal.core.sharing.validate import PASSPHRASE, check_document, validate_document
from peerjournal.errors import (
    DamagedShare,
    InvalidKey,
    NotForYou,
    ShareError,
    ShareTooCostly,
    ShareTooLarge,
    ValidationError,
)
from peerjournal.i18n import translate

MAX_SHARE_BYTES = 20 * 1024 * 1024
# scrypt log2 N. pyrage picks it by timing (about 1 s on the computer writing), so a faster
# computer writes 21 or 22; the age tool's own default ceiling is 22. Memory is 128·r·N
# bytes with r = 8, i.e. 2**N KiB: 1 GiB at 20, 2 GiB at 21, 4 GiB at 22. Up to 20 is
# opened as before; 21 and 22 only when the computer has that much memory free, checked
# before any key derivation (docs/sharing-format.md, "Limits a reader enforces").
MAX_WORK_FACTOR = 22
ALWAYS_OPENED_WORK_FACTOR = 20
_MEMORY_MARGIN = 512 * 1024 * 1024  # room for the rest of the program beside scrypt

_NO_MATCHING_KEY = "No matching keys found"  # pyrage.DecryptError's text for "not to this key"
_WRONG_PASSPHRASE = "Decryption failed"  # …and for a scrypt stanza that doesn't open
_EXCESSIVE_WORK = "Excessive work parameter"  # pyrage's own timing-based ceiling (its target + 4)


def scrypt_memory(work_factor: int) -> int:
    """Bytes scrypt needs for age's parameters (r = 8, p = 1): 128 · r · 2**work_factor."""
    return 128 * 8 * 2**work_factor


def available_memory() -> int | None:
    """Bytes of memory free for a new allocation, or None when the system doesn't say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:  # macOS and other Unixes: physical memory, an upper bound
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def check_work_factor(work_factor: int) -> None:
    """:class:`ShareTooCostly` for a passphrase file asking more work than is opened here."""
    if work_factor > MAX_WORK_FACTOR:
        raise ShareTooCostly()
    if work_factor <= ALWAYS_OPENED_WORK_FACTOR:
        return
    free = available_memory()
    need = scrypt_memory(work_factor)
    if free is not None and free < need + _MEMORY_MARGIN:
        raise ShareTooCostly(translate(
            "sharing", "Opening this passphrase-protected file needs about {gib} GB of free memory, "
            "more than this computer has free now. Close other programs and try again, or ask "
            "for a file made for your key instead."
        ).format(gib=need // 2**30))


@dataclass(frozen=True)
class OpenedShare:
    document: dict[str, Any]  # validated
    signer: str  # base64 Ed25519 key: compare with the one this sender used before
    export_id: str
    envelope: bytes  # the signed envelope, exactly as decrypted (canonical JSON)


# -- writing -----------------------------------------------------------------------
def _signed(document: dict[str, Any], private: bytes) -> bytes:
    try:
        check_document(document)
    except Problem as problem:
        raise ValidationError(
            translate("sharing", "This share can't be made: something in it is not valid ({problem}).").format(
                problem=problem)
        ) from None
    return sign(document, private)


def _check_sealed_size(data: bytes) -> bytes:
    if len(data) > MAX_SHARE_BYTES:
        raise ShareTooLarge(
            translate("sharing", "This share would be too large to open. Choose a shorter period, fewer sections "
            "or leave out the notes.")
        )
    return data


def seal(document: dict[str, Any], private: bytes, recipient: str) -> bytes:
    """The ``.pjshare`` bytes of ``document`` for the supporter whose age key is ``recipient``."""
    if recipient == PASSPHRASE:
        raise ValueError("Use seal_with_passphrase for a passphrase-protected file.")
    key = canonical_recipient(recipient)
    if key is None:
        raise InvalidKey()
    if document.get("recipient") != key:
        raise ValueError("The document was made for a different recipient.")
    envelope = _signed(document, private)
    return _check_sealed_size(pyrage.encrypt(envelope, [pyrage.x25519.Recipient.from_str(key)]))


def seal_with_passphrase(document: dict[str, Any], private: bytes, passphrase: str) -> bytes:
    """The ``.pjshare`` bytes of ``document`` locked with ``passphrase`` (age scrypt).

    The passphrase is normalised to Unicode NFC here and when opening, so it opens on a
    computer whose keyboard composes accents differently.
    """
    if document.get("recipient") != PASSPHRASE:
        raise ValueError('A passphrase file\'s document must have recipient "passphrase".')
    if not passphrase:
        raise ValidationError(translate("sharing", "Please choose a passphrase."))
    envelope = _signed(document, private)
    data = pyrage.passphrase.encrypt(envelope, unicodedata.normalize("NFC", passphrase))
    if read_header(data).work_factor > MAX_WORK_FACTOR:
        # pyrage tunes scrypt to this computer's speed; a reader would refuse the result.
        raise ShareTooCostly(
            translate("sharing", "This computer protected the file more strongly than other computers will open. "
            "Please share with your supporter's key instead.")
        )
    return _check_sealed_size(data)


# -- reading -----------------------------------------------------------------------
def check_file_size(path: Path | str) -> int:
    """The size of the file at ``path``; :class:`ShareTooLarge` before reading a big one."""
    try:
        info = os.stat(path)
    except OSError:
        raise ShareError(translate("sharing", "The file couldn't be read.")) from None
    if not stat.S_ISREG(info.st_mode):
        raise ShareError(translate("sharing", "That is not a file."))
    if info.st_size > MAX_SHARE_BYTES:
        raise ShareTooLarge()
    return info.st_size


def read_share_file(path: Path | str) -> bytes:
    """The bytes of a ``.pjshare`` file, never more than the size cap even if it grows; a
    FIFO or device is refused without waiting (:func:`read_chosen_file`)."""
    try:
        return read_chosen_file(path, MAX_SHARE_BYTES)
    except NotAFile:
        raise ShareError(translate("sharing", "That is not a file.")) from None
    except FileTooLarge:
        raise ShareTooLarge() from None
    except ChosenFileError:
        raise ShareError(translate("sharing", "The file couldn't be read.")) from None


def _decrypt(data: bytes, identity: str | None, passphrase: str | None) -> tuple[bytes, str]:
    """The envelope, and who it was opened as: an ``age1…`` key or ``"passphrase"``."""
    header = read_header(data)
    try:
        if header.is_passphrase:
            check_work_factor(header.work_factor)
            if passphrase is None:
                raise NotForYou(
                    translate("sharing", "This file is protected with a passphrase, not made for your key. "
                    "If you were given its passphrase, open it as a passphrase-protected file.")
                )
            return (
                pyrage.passphrase.decrypt(data, unicodedata.normalize("NFC", passphrase)),
                PASSPHRASE,
            )
        if identity is None:
            raise NotForYou(
                translate("sharing", "This file was made for a supporter's key, not protected with a passphrase.")
            )
        secret = pyrage.x25519.Identity.from_str(parse_identity(identity))
        return pyrage.decrypt(data, [secret]), str(secret.to_public())
    except pyrage.DecryptError as exc:
        message = str(exc)
        if message == _NO_MATCHING_KEY:
            raise NotForYou(
                translate("sharing", "This file was not made for your key, so it can't be opened here "
                "(or the start of the file is damaged).")
            ) from None
        if message.startswith(_EXCESSIVE_WORK) and header.is_passphrase:
            raise ShareTooCostly() from None
        if message == _WRONG_PASSPHRASE and header.is_passphrase:
            raise NotForYou(
                translate("sharing", "That passphrase doesn't open this file (or the file is damaged).")
            ) from None
        raise DamagedShare() from None
    except ShareError:
        raise
    except Exception:  # anything else pyrage may raise on a strange file
        raise DamagedShare() from None
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException
        if type(exc).__name__ == "PanicException":
            raise DamagedShare() from None
        raise


def open_share(
    data: bytes,
    *,
    identity: str | None = None,
    passphrase: str | None = None,
    expected_recipient: str | None = None,
) -> OpenedShare:
    """Decrypt, verify and validate a ``.pjshare`` file's bytes.

    ``identity`` is the supporter's ``AGE-SECRET-KEY-1…`` (or identity file text) for a file
    made for their key; ``passphrase`` opens a passphrase file, which is refused without it.
    The signed document must name the key (or ``"passphrase"``) the file was opened with,
    and ``expected_recipient`` too when given; otherwise :class:`NotForYou`.
    """
    if identity is None and passphrase is None:
        raise ValueError("open_share needs an identity or a passphrase.")
    if len(data) > MAX_SHARE_BYTES:
        raise ShareTooLarge()
    data = bytes(data)
    envelope, opened_as = _decrypt(data, identity, passphrase)
    document = validate_document(verify(envelope))
    wanted = {opened_as}
    if expected_recipient is not None:
        expected = expected_recipient
        if expected != PASSPHRASE:
            expected = canonical_recipient(expected_recipient) or expected_recipient
        wanted.add(expected)
    if wanted != {document["recipient"]}:
        raise NotForYou(
            translate("sharing", "This file was made for someone else and passed on to you, so it was not opened.")
        )
    return OpenedShare(
        document=document, signer=document["signer"], export_id=document["export_id"],
        envelope=envelope,
    )

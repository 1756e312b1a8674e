"""Back up and restore the supporter's keys: a passphrase-protected file (age scrypt, like a
passphrase share) holding the age identity that opens files sent to them and the key their
replies are signed with. Without these keys nothing sent to the supporter can be opened.

Reading the keys and restoring them touch the vault (GUI thread); sealing, writing, checking
and reading a backup file are pure and slow (scrypt), so they may run in a worker.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyrage

from peerjournal.core.chosen_file import ChosenFileError, FileTooLarge, NotAFile, read_chosen_file
from peerjournal.core.sharing.agefile import read_header
from peerjournal.core.sharing.keys import parse_identity, signer_public
from peerjournal.core.sharing.package import MAX_WORK_FACTOR, check_work_factor
from peerjournal.errors import InvalidKey, ShareError, UserError, ValidationError
from peerjournal.i18n import translate
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.atomic import write_atomic

FORMAT = "peerjournal-supporter-keys"
VERSION = 1
BACKUP_SUFFIX = ".pjkeys"
MAX_BACKUP_BYTES = 64 * 1024  # a backup is a few hundred bytes
PASSPHRASE_MIN = 8
_WRONG_PASSPHRASE = "Decryption failed"  # pyrage's text when the scrypt stanza doesn't open


class KeyBackupError(UserError):
    """A key backup that can't be written, checked or read; the message says why."""


@dataclass(frozen=True)
class SupporterKeys:
    identity: str  # AGE-SECRET-KEY-1…
    signing_key: bytes  # Ed25519 private key, 32 raw bytes

    def __repr__(self) -> str:  # never print the secrets
        return "SupporterKeys(…)"


def current_keys(store: SupporterStore) -> SupporterKeys:
    """The keys in the open supporter vault (GUI thread)."""
    return SupporterKeys(store.identity()[0], store.replies.signing_key())


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < PASSPHRASE_MIN:
        raise ValidationError(translate(
            "key_backup", "Please choose a passphrase of at least {n} characters.").format(n=PASSPHRASE_MIN))


def seal_keys(keys: SupporterKeys, passphrase: str) -> bytes:
    """The backup file's bytes: the keys as JSON, locked with ``passphrase``."""
    check_passphrase(passphrase)
    plain = json.dumps({"format": FORMAT, "version": VERSION, "identity": keys.identity,
                        "signing_key": keys.signing_key.hex()}).encode("utf-8")
    data = pyrage.passphrase.encrypt(plain, unicodedata.normalize("NFC", passphrase))
    if read_header(data).work_factor > MAX_WORK_FACTOR:
        # pyrage tunes scrypt to this computer's speed; another computer would refuse it.
        raise KeyBackupError(translate(
            "key_backup", "This computer protected the backup more strongly than other computers will open."))
    return data


def write_key_backup(keys: SupporterKeys, path: Path, passphrase: str) -> Path:
    """Save the backup at ``path`` (owner-only, all or nothing), then open it again from the
    disk with the same passphrase to check that it holds these keys."""
    write_atomic(path, seal_keys(keys, passphrase), what=translate("key_backup", "your key backup"))
    try:
        back = read_key_backup(path, passphrase)
    except UserError:
        back = None
    if back != keys:
        raise KeyBackupError(translate(
            "key_backup", "The key backup was saved but did not open again as it should. "
            "Please save it somewhere else, for example on another USB stick."))
    return path


def _damaged() -> KeyBackupError:
    return KeyBackupError(translate(
        "key_backup", "This key backup is damaged or incomplete (or it is not a PeerJournal key backup). "
        "If you have another copy, try that one."))


def _read_bytes(path: Path) -> bytes:
    try:
        return read_chosen_file(path, MAX_BACKUP_BYTES)
    except NotAFile:
        raise KeyBackupError(translate("key_backup", "That is not a file.")) from None
    except FileTooLarge:
        raise _damaged() from None
    except ChosenFileError:
        raise KeyBackupError(translate("key_backup", "The key backup couldn't be read.")) from None


def _decrypt(data: bytes, passphrase: str) -> bytes:
    try:
        header = read_header(data)
        if not header.is_passphrase:
            raise _damaged()
        check_work_factor(header.work_factor)
    except ShareError:
        raise _damaged() from None
    try:
        return pyrage.passphrase.decrypt(data, unicodedata.normalize("NFC", passphrase))
    except pyrage.DecryptError as exc:
        if str(exc) == _WRONG_PASSPHRASE:
            raise KeyBackupError(translate(
                "key_backup", "That passphrase doesn't open this key backup. Please check it and try again "
                "(capital letters count).")) from None
        raise _damaged() from None
    except Exception:  # anything else pyrage may raise on a strange file
        raise _damaged() from None


def _keys_of(plain: bytes) -> SupporterKeys:
    try:
        content = json.loads(plain.decode("utf-8"))
        if content.get("format") != FORMAT or not isinstance(content.get("version"), int):
            raise ValueError
        if content["version"] > VERSION:
            raise KeyBackupError(translate(
                "key_backup", "This key backup was made by a newer PeerJournal. Please update PeerJournal first."))
        signing = bytes.fromhex(content["signing_key"])
        signer_public(signing)  # a valid Ed25519 private key
        return SupporterKeys(parse_identity(content["identity"]), signing)
    except KeyBackupError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, InvalidKey):
        raise _damaged() from None


def read_key_backup(path: Path, passphrase: str) -> SupporterKeys:
    """The keys in the backup at ``path``; :class:`KeyBackupError` says what is wrong."""
    if not passphrase:
        raise ValidationError(translate("key_backup", "Please type the backup's passphrase."))
    return _keys_of(_decrypt(_read_bytes(Path(path)), passphrase))


def restore_keys(store: SupporterStore, keys: SupporterKeys) -> None:
    """Make ``keys`` this supporter vault's keys (GUI thread). What was imported already stays."""
    store.replace_keys(keys.identity, keys.signing_key)

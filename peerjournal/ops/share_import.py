"""Supporter mode: open a ``.pjshare`` file and add it to a person in the supporter's list.

Reading refuses a file that is too large, not a file, or asks for too much work to open,
before anything is decrypted. Decrypting touches no database (a worker may do it); adding
the opened share to the vault comes after the supporter has said who it is from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peerjournal.core.sharing.agefile import read_header
from peerjournal.core.sharing.package import (
    OpenedShare,
    check_file_size,
    check_work_factor,
    open_share,
    read_share_file,
)
from peerjournal.core.sharing.validate import PASSPHRASE
from peerjournal.storage.supporter.store import CaseloadPerson, SupporterStore


@dataclass(frozen=True)
class SealedShare:
    """A share file's bytes, read but not decrypted; ``needs_passphrase`` for a passphrase file."""

    data: bytes
    needs_passphrase: bool


def read_share(path: Path) -> SealedShare:
    """Read the file at ``path`` and say which kind of lock it has; decrypts nothing.

    Raises a :class:`~peerjournal.errors.ShareError` for a file too large, unreadable, not a
    share, or locked with a passphrase that would cost too much to try.
    """
    check_file_size(path)  # before reading: a huge file is refused unread
    data = read_share_file(path)
    header = read_header(data)
    if header.is_passphrase:
        check_work_factor(header.work_factor)  # before asking for a passphrase it can't use
    return SealedShare(data, header.is_passphrase)


def open_with_key(sealed: SealedShare, secret: str, public: str) -> OpenedShare:
    """Decrypt, verify and check a file made for the supporter's key (``secret``/``public``)."""
    return open_share(sealed.data, identity=secret, expected_recipient=public)


def open_with_passphrase(sealed: SealedShare, passphrase: str) -> OpenedShare:
    """Decrypt, verify and check a passphrase file."""
    return open_share(sealed.data, passphrase=passphrase, expected_recipient=PASSPHRASE)


def import_opened(store: SupporterStore, opened: OpenedShare,
                  new_person_name: str | None = None) -> CaseloadPerson:
    """Add the opened share to its person (known journal), or to a new person of that name."""
    return store.import_share(opened, new_person_name=new_person_name)

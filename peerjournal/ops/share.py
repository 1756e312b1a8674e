"""Share with a supporter: build the document the preview shows, seal and write it, record it.

Three steps because they run in different places: the document is built from the journal on
the GUI thread (one consistent read), sealing and writing need no database and run in a
worker, and the share history is written back on the GUI thread once the file is safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.name_check import possible_names
from peerjournal.core.sharing.options import ShareOptions
from peerjournal.core.sharing.package import seal, seal_with_passphrase
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.shares import ShareRecord, Supporter
from peerjournal.storage.vault.atomic import write_atomic

SHARE_SUFFIX = ".pjshare"
PASSPHRASE_RECIPIENT = "passphrase"


@dataclass(frozen=True)
class PreparedShare:
    """What the preview shows and the file will hold; ``supporter`` None means a passphrase."""

    document: dict[str, Any]
    options: ShareOptions
    supporter: Supporter | None
    possible_names: tuple[str, ...] = ()
    """Words in its free text that might be names or contact details the journal doesn't know."""

    @property
    def export_id(self) -> str:
        return str(self.document["export_id"])


@dataclass(frozen=True)
class SavedShare:
    """A share file written and recorded in the share history."""

    path: Path
    record: ShareRecord


def share_path(path: Path) -> Path:
    """``path`` with the ``.pjshare`` ending added when the person left it out."""
    return path if path.suffix == SHARE_SUFFIX else path.with_name(path.name + SHARE_SUFFIX)


def prepare_share(journal: Journal, options: ShareOptions, supporter: Supporter | None) -> PreparedShare:
    """The signed document for ``supporter`` (or for a passphrase); stores only pseudonyms.

    ``options`` must be validated already. The reply key goes in so the supporter can answer.
    """
    recipient = supporter.recipient if supporter else PASSPHRASE_RECIPIENT
    snapshot = journal.sharing.snapshot(options, recipient)
    document = build_document(
        snapshot, options, recipient=recipient, signer=journal.sharing.signer(),
        export_id=new_export_id(), created=journal.clock(), reply_to=journal.replies.reply_to(),
    )
    unknown = possible_names(document, (p.name for p in snapshot.people))
    return PreparedShare(document, options, supporter, tuple(unknown))


def write_share(share: PreparedShare, signing_key: bytes, path: Path, passphrase: str = "") -> Path:
    """Seal the document (to the supporter's key, or with ``passphrase``) and write it atomically,
    mode 0600. Touches no database, so it may run in a worker. Returns ``path``."""
    supporter = share.supporter
    data = (seal(share.document, signing_key, supporter.recipient) if supporter
            else seal_with_passphrase(share.document, signing_key, passphrase))
    write_atomic(path, data, what="the shared file")
    return path


def record_share(journal: Journal, share: PreparedShare, at: datetime) -> ShareRecord:
    """Note in the share history that the file was made (none of its content is kept)."""
    return journal.sharing.record_share(share.export_id, share.supporter, share.options,
                             passphrase_protected=share.supporter is None, at=at)


def save_share(journal: Journal, share: PreparedShare, path: Path, at: datetime,
               passphrase: str = "") -> SavedShare:
    """:func:`write_share` then :func:`record_share`, for callers with no worker thread."""
    written = write_share(share, journal.sharing.signing_key(), path, passphrase)
    return SavedShare(written, record_share(journal, share, at))

"""Replies from a supporter, both sides: the person opens one and adds what they accepted;
the supporter writes one, seals it for the person's journal and notes that it was sent.

Opening and deciding touch the journal (GUI thread). Sealing and writing a reply file need
no database, so they may run in a worker; the note of it goes in afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from peerjournal.core.sharing.reply import (
    REPLY_SUFFIX,
    OpenedReply,
    ReplyDraft,
    build_reply,
    read_reply_file,
    seal_reply,
)
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.replies import ReplyRecord
from peerjournal.storage.sharing.shares import Supporter
from peerjournal.storage.supporter.replies import ReplyAddress
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.atomic import write_atomic


# -- the person's side -----------------------------------------------------------------
def open_reply(journal: Journal, path: Path) -> tuple[OpenedReply, Supporter]:
    """Read, decrypt and check the reply file at ``path``; stores nothing.

    Raises a :class:`~peerjournal.errors.ReplyError` saying why a file can't be opened.
    """
    return journal.replies.open_reply(read_reply_file(path))


def read_reply(journal: Journal, path: Path) -> tuple[OpenedReply, Supporter] | ReplyRecord:
    """Like :func:`open_reply`, but a reply finished before comes back as its record, to be
    read again (its content is kept now if it wasn't yet); nothing else is stored."""
    opened, supporter = journal.replies.open_reply(read_reply_file(path), finished_too=True)
    if not journal.replies.is_opened(opened.reply_id):
        return opened, supporter
    journal.replies.remember_content(opened)
    return journal.replies.get(opened.reply_id)


def accept_reply(journal: Journal, opened: OpenedReply, supporter: Supporter,
                 decisions: Mapping[str, bool]) -> ReplyRecord:
    """Add the accepted goals and places and record the reply as opened, in one transaction.

    ``decisions`` maps every suggestion's id to True (accept) or False (decline); an undecided
    one, or a reply finished before, raises a :class:`UserError` and changes nothing.
    """
    return journal.replies.finish_reply(opened, supporter, decisions)


# -- the supporter's side --------------------------------------------------------------
def reply_path(path: Path) -> Path:
    """``path`` with the ``.pjreply`` ending added when the supporter left it out."""
    return path if path.suffix == REPLY_SUFFIX else path.with_name(path.name + REPLY_SUFFIX)


def compose_reply(store: SupporterStore, address: ReplyAddress, draft: ReplyDraft,
                  created: datetime) -> dict[str, Any]:
    """The reply document for ``draft`` (validated here), addressed to the person's journal."""
    return build_reply(draft, recipient=address.reply_to, signer=store.replies.signer(),
                       in_reply_to=address.in_reply_to, created=created)


def write_reply_file(document: dict[str, Any], signing_key: bytes, path: Path, what: str) -> Path:
    """Sign and lock ``document`` and write it atomically (mode 0600); ``what`` names the file
    in an error. Touches no database, so it may run in a worker. Returns ``path``."""
    write_atomic(path, seal_reply(document, signing_key), what=what)
    return path


def record_reply_sent(store: SupporterStore, person_id: int, document: dict[str, Any],
                      at: datetime) -> bool:
    """Note the reply written: when, to whom, and what it said (kept in the supporter vault).

    False when the person was removed meanwhile: the file is saved all the same.
    """
    with contextlib.suppress(UserError):
        store.replies.record_sent(person_id, document["reply_id"], at, document["in_reply_to"],
                                  len(document["items"]), document)
        return True
    return False

"""The supporter's side of replies: their signing key, the key each person takes replies on,
and each reply written (when, to whom, and what: its content, inside this encrypted vault,
since supporter migration 3; replies written before keep only when and how many suggestions).

The reply itself is made by :mod:`peerjournal.core.sharing.reply`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.sharing.keys import signer_public
from peerjournal.core.sharing.reply import Suggestion, reply_items
from peerjournal.core.sharing.supporter_key import SupporterKey
from peerjournal.errors import BugError, UserError
from peerjournal.storage.supporter.store import SupporterStore


@dataclass(frozen=True)
class ReplyAddress:
    """Where a reply to one person goes: their journal's key, from their newest file."""

    reply_to: str
    export_created: datetime
    in_reply_to: str | None  # their newest file's export id, if it is still kept


@dataclass(frozen=True)
class SentReply:
    reply_id: str
    created: datetime
    suggestions: int
    # What was sent: the reply as sealed (notes, items, the name signed), or None for a
    # reply written before its content was kept.
    document: dict[str, Any] | None = None

    @property
    def notes(self) -> str:
        return str(self.document.get("notes", "")) if self.document else ""

    @property
    def items(self) -> tuple[Suggestion, ...]:
        return reply_items(self.document) if self.document else ()


class NoReplyAddress(UserError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"You can't reply to {name} yet: none of their files says where replies go (files "
            "from an older PeerJournal don't). Once they share with you again using the newest "
            "PeerJournal, you can reply."
        )


class SupporterReplyStore:
    """Reply keys and notes of replies in a supporter vault, next to its :class:`SupporterStore`."""

    def __init__(self, store: SupporterStore) -> None:
        self.store = store

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self.store.vault.conn.execute(sql, params).fetchone()

    # -- the supporter's own keys -------------------------------------------------------
    def signing_key(self) -> bytes:
        """32 raw bytes of the supporter's Ed25519 private key (supporter migration 2)."""
        row = self._one("SELECT value FROM meta WHERE key = 'signing_key'")
        if row is None:
            raise BugError("This supporter vault has no signing key.")
        return bytes.fromhex(row[0])

    def signer(self) -> str:
        return signer_public(self.signing_key())

    def key(self) -> SupporterKey:
        """The key the supporter gives out: their age key and their signing key."""
        return SupporterKey(self.store.identity()[1], self.signer())

    # -- where replies go ---------------------------------------------------------------
    def address(self, person_id: int) -> ReplyAddress | None:
        row = self._one(
            "SELECT reply_to, export_created_utc FROM reply_keys WHERE person_id = ?", (person_id,)
        )
        if row is None:
            return None
        newest = self._one(
            "SELECT export_id FROM exports WHERE person_id = ? AND created_utc = ?"
            " ORDER BY imported_utc DESC LIMIT 1", (person_id, row[1]),
        )
        return ReplyAddress(row[0], from_storage(row[1]), newest[0] if newest else None)

    def address_or_explain(self, person_id: int) -> ReplyAddress:
        address = self.address(person_id)
        if address is None:
            raise NoReplyAddress(self.store.get_person(person_id).name)
        return address

    # -- replies written ----------------------------------------------------------------
    def record_sent(self, person_id: int, reply_id: str, created: datetime,
                    in_reply_to: str | None, suggestions: int,
                    document: dict[str, Any] | None = None) -> None:
        """Note a reply written to ``person_id``; ``document`` is what it said (kept here, in
        the encrypted supporter vault, so the supporter can read what they sent)."""
        text = None if document is None else json.dumps(
            document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        with self.store.vault.transaction():
            self.store.get_person(person_id)
            self.store.vault.conn.execute(
                "INSERT INTO replies_sent (reply_id, person_id, created_utc, in_reply_to,"
                " suggestions, document) VALUES (?, ?, ?, ?, ?, ?)",
                (reply_id, person_id, to_storage(created), in_reply_to, suggestions, text),
            )

    def sent_to(self, person_id: int) -> list[SentReply]:
        """The replies written to ``person_id``, newest first."""
        rows = self.store.vault.conn.execute(
            "SELECT reply_id, created_utc, suggestions, document FROM replies_sent WHERE person_id = ?"
            " ORDER BY created_utc DESC, rowid DESC", (person_id,),
        ).fetchall()
        return [SentReply(r[0], from_storage(r[1]), r[2], json.loads(r[3]) if r[3] else None) for r in rows]

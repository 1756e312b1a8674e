"""The journal's side of replies from supporters: its own age identity (``reply_to``), the
supporters' signing keys, opening a reply, and the history of replies opened.

Nothing from a reply enters the journal until the person has decided on every suggestion
and finished (:meth:`ReplyStore.finish_reply`): then the accepted goals and places are
added, the reply is recorded as opened (so the same file can't add them twice) and the
decisions are kept in the history, all in one transaction, with the reply's content as it
was decrypted and verified (migration 9), so it can be read again. Closing the reply before
that changes nothing, and the file can be opened again later.

Each supporter is "checked" once the person said they read the same fingerprint aloud with
them (migration 9's ``supporter_checks``), else "not yet checked".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyrage

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.connecting.goals import Goal
from peerjournal.core.connecting.places import Place
from peerjournal.core.sharing.reply import (
    OpenedReply,
    ProposedGoal,
    SuggestedPlace,
    Suggestion,
    SuggestionKind,
    open_reply,
    reply_items,
)
from peerjournal.core.sharing.supporter_key import SupporterKey
from peerjournal.errors import BugError, ReplyAlreadyOpened, UserError, ValidationError
from peerjournal.i18n import translate
from peerjournal.storage.connecting.goals import GoalStore
from peerjournal.storage.connecting.places import PlaceStore
from peerjournal.storage.journal import Journal
from peerjournal.storage.journal_store import JournalStore
from peerjournal.storage.sharing.shares import Supporter

ACCEPTED, DECLINED = "accepted", "declined"

AddGoal = Callable[[ProposedGoal, Supporter], object]
AddPlace = Callable[[SuggestedPlace, Supporter], object]


@dataclass(frozen=True)
class Decision:
    kind: SuggestionKind
    title: str
    accepted: bool


@dataclass(frozen=True)
class ReplyRecord:
    """One reply the person opened: who, when, and what they did with each suggestion."""

    reply_id: str
    opened: datetime
    created: datetime
    supporter_name: str  # the journal's own name for the supporter, kept if they are removed
    in_reply_to: str | None
    notes: str
    decisions: tuple[Decision, ...]
    # Each suggestion in full, in the order of ``decisions``; empty for a reply finished
    # before its content was kept (then only the titles in ``decisions`` are known).
    items: tuple[Suggestion, ...] = ()

    @property
    def accepted(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.accepted)

    @property
    def declined(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if not d.accepted)


@dataclass(frozen=True)
class ReplySummary:
    """A line of the replies history: who, when, and the titles added and not added."""

    reply_id: str
    opened: datetime
    supporter_name: str
    accepted: tuple[str, ...]
    declined: tuple[str, ...]


class _OpenedIds:
    """``reply_id in opened``, asked of the vault (no list of every id in memory)."""

    def __init__(self, store: ReplyStore) -> None:
        self.store = store

    def __contains__(self, reply_id: object) -> bool:
        return isinstance(reply_id, str) and self.store.is_opened(reply_id)


class ReplyStore(JournalStore):
    """Reply data kept in a journal vault, next to the :class:`Journal` it belongs to."""

    journal_only = "Replies are opened in a journal, not in a supporter vault."

    def __init__(self, journal: Journal) -> None:
        super().__init__(journal)
        self.sharing = journal.sharing

    # -- the journal's age identity (migration 8) ---------------------------------------
    def reply_identity(self) -> str:
        """The journal's ``AGE-SECRET-KEY-1…``; it never leaves the vault."""
        row = self._one("SELECT value FROM meta WHERE key = 'reply_identity'")
        if row is None:
            raise BugError("This journal has no key for replies.")
        return str(row[0])

    def reply_to(self) -> str:
        """The public ``age1…`` key every export names as ``reply_to``."""
        return str(pyrage.x25519.Identity.from_str(self.reply_identity()).to_public())

    # -- supporters' signing keys -------------------------------------------------------
    def signers(self) -> dict[int, str]:
        """Supporter id → their Ed25519 signing key, for supporters added with one."""
        return dict(self._all("SELECT supporter_id, signer FROM supporter_signers"))  # type: ignore[arg-type]

    def signer_of(self, supporter_id: int) -> str | None:
        return self.signers().get(supporter_id)

    def supporter_for_signer(self, signer: str) -> Supporter | None:
        row = self._one("SELECT supporter_id FROM supporter_signers WHERE signer = ?", (signer,))
        return self.sharing.get_supporter(row[0]) if row else None

    def keyless_supporters(self) -> list[Supporter]:
        """Supporters added with an older key that has no signing part."""
        signed = self.signers()
        return [s for s in self.sharing.supporters() if s.id not in signed]

    def add_supporter(self, name: str, key: SupporterKey, *, checked: bool = False) -> tuple[Supporter, bool]:
        """Add a supporter by their key; ``(supporter, updated)``. ``checked``: the person
        and the supporter read the same fingerprint aloud.

        The key of a supporter already added without a signing part *updates* them
        (``updated`` is True; their name stays as it was), so their replies can be opened;
        its fingerprint is new, so ``checked`` says again whether it was compared.
        """
        with self.journal.batch():
            existing = next(
                (s for s in self.sharing.supporters() if s.recipient == key.recipient), None
            )
            if existing is not None and key.signer is not None and self.signer_of(existing.id) is None:
                self._set_signer(existing, key.signer)
                self.mark_checked(existing.id, checked)
                return existing, True
            if key.signer is not None:
                other = self.supporter_for_signer(key.signer)
                if other is not None:
                    raise UserError(translate("sharing_repo", "You have already added this supporter (as {name}).").format(
                        name=other.name))
            supporter = self.sharing.add_supporter(name, key.recipient)
            if key.signer is not None:
                self._set_signer(supporter, key.signer)
            self.mark_checked(supporter.id, checked)
            return supporter, False

    # -- fingerprints compared aloud (migration 9) ----------------------------------------
    def mark_checked(self, supporter_id: int, checked: bool = True) -> None:
        """Record whether the person and this supporter read the same fingerprint."""
        with self.journal.batch():
            self.sharing.get_supporter(supporter_id)  # NotFound for a removed supporter
            if checked:
                self._conn.execute(
                    "INSERT OR REPLACE INTO supporter_checks (supporter_id, checked_utc) VALUES (?, ?)",
                    (supporter_id, to_storage(self.journal.clock())),
                )
            else:
                self._conn.execute("DELETE FROM supporter_checks WHERE supporter_id = ?", (supporter_id,))

    def checked_ids(self) -> set[int]:
        """The supporters whose fingerprint the person compared with them aloud."""
        return {row[0] for row in self._all("SELECT supporter_id FROM supporter_checks")}

    def is_checked(self, supporter_id: int) -> bool:
        return self._one("SELECT 1 FROM supporter_checks WHERE supporter_id = ?", (supporter_id,)) is not None

    def _set_signer(self, supporter: Supporter, signer: str) -> None:
        self.journal.vault.conn.execute(
            "INSERT INTO supporter_signers (supporter_id, signer) VALUES (?, ?)",
            (supporter.id, signer),
        )

    # -- opening ------------------------------------------------------------------------
    def is_opened(self, reply_id: str) -> bool:
        return self._one("SELECT 1 FROM replies_opened WHERE reply_id = ?", (reply_id,)) is not None

    def open_reply(self, data: bytes, *, finished_too: bool = False) -> tuple[OpenedReply, Supporter]:
        """Decrypt and check a reply file's bytes; changes nothing. Raises a ``ReplyError``.

        ``finished_too``: a reply finished before opens as well (to be read again, never to be
        finished twice: :meth:`finish_reply` refuses it), instead of ``ReplyAlreadyOpened``."""
        with self.journal.batch():  # one consistent read
            identity = self.reply_identity()
            signers = self.signers()
            keyless = [s.name for s in self.keyless_supporters()]
        opened = open_reply(
            data, identity=identity, known_signers=set(signers.values()),
            opened_ids=() if finished_too else _OpenedIds(self), keyless_supporters=keyless, now=self.journal.clock(),
        )
        supporter = self.supporter_for_signer(opened.signer)
        if supporter is None:  # removed between the two reads
            raise BugError("The reply's supporter is no longer in the journal.")
        return opened, supporter

    def finish_reply(
        self,
        opened: OpenedReply,
        supporter: Supporter,
        accepted: Mapping[str, bool],
        *,
        add_goal: AddGoal | None = None,
        add_place: AddPlace | None = None,
    ) -> ReplyRecord:
        """Add what the person accepted and record the reply as opened, in one transaction.

        ``accepted`` maps every suggestion's id to True (accept) or False (decline).
        ``add_goal`` / ``add_place`` store one suggestion (the goals and places stores by
        default); they run inside this transaction, so a failure leaves everything as it was.
        """
        undecided = [i for i in opened.items if i.id not in accepted]
        if undecided:
            raise ValidationError(translate("reply_repo", "Please accept or decline each suggestion first."))
        goals, places = self.journal.goals, self.journal.places
        add_goal = add_goal or (lambda item, _supporter: _add_goal(goals, item))
        add_place = add_place or (lambda item, who: _add_place(places, item, who))
        now = self.journal.clock()
        with self.journal.batch():
            if self.is_opened(opened.reply_id):
                raise ReplyAlreadyOpened()
            self.journal.vault.conn.execute(
                "INSERT INTO replies_opened (reply_id, opened_utc, created_utc, supporter_id,"
                " supporter_name, in_reply_to, notes, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (opened.reply_id, to_storage(now), to_storage(opened.created), supporter.id,
                 supporter.name, opened.in_reply_to, opened.notes, _document_text(opened.document)),
            )
            for position, item in enumerate(opened.items):
                take = bool(accepted[item.id])
                if take:
                    _adopt(item, supporter, add_goal, add_place)
                self.journal.vault.conn.execute(
                    "INSERT INTO reply_decisions (reply_id, position, kind, title, decision)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (opened.reply_id, position, item.kind.value, item.title,
                     ACCEPTED if take else DECLINED),
                )
        return self.get(opened.reply_id)

    def remember_content(self, opened: OpenedReply) -> None:
        """Keep the content of a reply finished before its content was kept (opened again
        from its file); a reply whose content is kept is left as it was."""
        with self.journal.batch():
            self._conn.execute(
                "UPDATE replies_opened SET document = ? WHERE reply_id = ? AND document IS NULL",
                (_document_text(opened.document), opened.reply_id),
            )

    # -- history ------------------------------------------------------------------------
    def get(self, reply_id: str) -> ReplyRecord:
        row = self._one(
            "SELECT reply_id, opened_utc, created_utc, supporter_name, in_reply_to, notes, document"
            " FROM replies_opened WHERE reply_id = ?", (reply_id,),
        )
        if row is None:
            raise BugError("That reply was never opened.")
        return self._record(row)

    def _record(self, row: tuple) -> ReplyRecord:
        decisions = self._all(
            "SELECT kind, title, decision FROM reply_decisions WHERE reply_id = ?"
            " ORDER BY position", (row[0],),
        )
        return ReplyRecord(
            reply_id=row[0], opened=from_storage(row[1]), created=from_storage(row[2]),
            supporter_name=row[3], in_reply_to=row[4], notes=row[5],
            decisions=tuple(Decision(SuggestionKind(k), t, d == ACCEPTED) for k, t, d in decisions),
            items=_items(row[6], len(decisions)),
        )

    def history(self) -> list[ReplyRecord]:
        """Every reply opened, newest first."""
        rows = self._all(
            "SELECT reply_id, opened_utc, created_utc, supporter_name, in_reply_to, notes, document"
            " FROM replies_opened ORDER BY opened_utc DESC, rowid DESC"
        )
        return [self._record(r) for r in rows]

    def summaries(self) -> list[ReplySummary]:
        """Every reply opened, newest first, as the history lists it: one read, without the
        replies' notes and content (:meth:`get` reads one in full)."""
        return _summaries(self._all(
            "SELECT r.reply_id, r.opened_utc, r.supporter_name, d.title, d.decision"
            " FROM replies_opened AS r LEFT JOIN reply_decisions AS d ON d.reply_id = r.reply_id"
            " ORDER BY r.opened_utc DESC, r.rowid DESC, d.position"
        ))


def _summaries(rows: list[tuple]) -> list[ReplySummary]:
    """Rows of (reply, opened, name, title, decision), a reply's decisions in order, grouped."""
    found: dict[str, tuple[tuple, list[str], list[str]]] = {}
    for reply_id, opened, name, title, decision in rows:
        _head, accepted, declined = found.setdefault(reply_id, ((opened, name), [], []))
        if title is not None:
            (accepted if decision == ACCEPTED else declined).append(title)
    return [ReplySummary(reply_id, from_storage(head[0]), head[1], tuple(yes), tuple(no))
            for reply_id, (head, yes, no) in found.items()]


def _document_text(document: Mapping[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _items(text: str | None, count: int) -> tuple[Suggestion, ...]:
    """The suggestions of a kept reply document; none when it wasn't kept (or doesn't fit the
    decisions, which a kept document always does)."""
    if not text:
        return ()
    items = reply_items(json.loads(text))
    return items if len(items) == count else ()


def _adopt(item: Suggestion, supporter: Supporter, add_goal: AddGoal, add_place: AddPlace) -> None:
    if isinstance(item, ProposedGoal):
        add_goal(item, supporter)
    else:
        add_place(item, supporter)


def _add_goal(goals: GoalStore, item: ProposedGoal) -> Goal:
    """A goal set today from the suggestion, looked back on in the usual two weeks."""
    return goals.new_goal(item.title, why=item.why, first_step=item.first_step)


def _add_place(places: PlaceStore, item: SuggestedPlace, supporter: Supporter) -> Place:
    note = translate("Replies", "Suggested by {name}.").format(name=supporter.name)
    return places.add_place(Place(
        name=item.name, what=item.what, when=item.when, how_to_get_there=item.how_to_get_there,
        contact=item.contact, notes=note,
    ))

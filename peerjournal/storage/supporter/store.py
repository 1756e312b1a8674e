"""The supporter's side: their age identity, the people they support and the shares received.

A person is known by the key their journal signs with, never by the name they give:
a share from a known key joins that person; a share from a new key makes a new person,
even when the name is the same as someone else's (the import plan flags that). Shares
come in already decrypted and verified (``peerjournal.core.sharing.package``). Nothing
here is ever exported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

import pyrage

from peerjournal.core.clock import Clock, from_storage, to_storage, utc_now
from peerjournal.core.records import NOTE_MAX
from peerjournal.core.sharing.options import SENDER_NAME_MAX
from peerjournal.errors import AlreadyImported, BugError, InvalidShare, UserError, ValidationError
from peerjournal.i18n import translate
from peerjournal.storage.vault.database import SUPPORTER, Vault

if TYPE_CHECKING:
    from peerjournal.storage.supporter.directory import DirectoryStore
    from peerjournal.storage.supporter.replies import SupporterReplyStore

PERSON_NAME_MAX = SENDER_NAME_MAX


class OpenedShareLike(Protocol):
    """What :class:`peerjournal.core.sharing.package.OpenedShare` offers this module."""

    @property
    def document(self) -> dict[str, Any]: ...
    @property
    def signer(self) -> str: ...
    @property
    def export_id(self) -> str: ...


class Gone(UserError):
    def __init__(self, what: str) -> None:
        if what == "person":
            text = translate("supporter_store", "That person is no longer in your supporter vault.")
        elif what == "directory entry":
            text = translate("supporter_store", "That entry is no longer in your directory.")
        elif what == "shared file":
            text = translate("supporter_store", "That shared file is no longer in your supporter vault.")
        else:
            text = translate("supporter_store", "That {what} is no longer in your supporter vault.").format(what=what)
        super().__init__(text)


@dataclass(frozen=True)
class CaseloadPerson:
    id: int
    name: str  # the supporter's own name for them
    signer: str  # their journal's Ed25519 public key (base64)
    added: datetime
    export_count: int
    last_export_created: datetime | None
    archived: datetime | None = None  # out of the caseload since then, kept encrypted
    next_step: str = ""  # what the supporter agreed to do next with them (private)
    next_due: date | None = None  # the day agreed for it, if any


@dataclass(frozen=True)
class ImportPlan:
    """What importing a share would do, for the supporter to confirm first."""

    export_id: str
    signer: str
    person: CaseloadPerson | None  # the person this key belongs to, if known
    already_imported: bool
    claimed_name: str  # the name the sender gave in the document (may be empty)
    name_clash: CaseloadPerson | None  # same name, DIFFERENT key: flag it, never merge


@dataclass(frozen=True)
class ExportSummary:
    """A stored share's columns, without its document (lists need no more, and a document
    is about 100 KiB to decrypt and parse)."""

    export_id: str
    created: datetime
    imported: datetime
    period_start: date
    period_end: date


@dataclass(frozen=True)
class StoredExport(ExportSummary):
    document: dict[str, Any]


def canonical_json(document: dict[str, Any]) -> str:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _clean_name(name: str) -> str:
    return " ".join(name.split())


def _name_for_person(name: str | None) -> str:
    cleaned = _clean_name(name or "")
    if not cleaned:
        raise ValidationError(translate("supporter_store", "Please give this person a name."))
    if len(cleaned) > PERSON_NAME_MAX:
        raise ValidationError(translate("supporter_store", "A name can be at most {n} characters.").format(
            n=PERSON_NAME_MAX))
    return cleaned


_PERSON_SQL = """
SELECT p.id, p.name, p.signer, p.added_utc, count(e.created_utc), max(e.created_utc),
       p.archived_utc, s.text, s.due
  FROM people p LEFT JOIN exports e ON e.person_id = p.id
       LEFT JOIN agreed_steps s ON s.person_id = p.id
"""
NEXT_STEP_MAX = 1000
_SUMMARY_SQL = "SELECT export_id, created_utc, imported_utc, period_start, period_end FROM exports"
_EXPORT_SQL = ("SELECT export_id, created_utc, imported_utc, period_start, period_end, document"
               " FROM exports")
_NEWEST_FIRST = " ORDER BY created_utc DESC, imported_utc DESC"


def _summary(row: tuple) -> ExportSummary:
    return ExportSummary(
        export_id=row[0], created=from_storage(row[1]), imported=from_storage(row[2]),
        period_start=date.fromisoformat(row[3]), period_end=date.fromisoformat(row[4]),
    )


def _stored(row: tuple) -> StoredExport:
    return StoredExport(
        export_id=row[0], created=from_storage(row[1]), imported=from_storage(row[2]),
        period_start=date.fromisoformat(row[3]), period_end=date.fromisoformat(row[4]),
        document=json.loads(row[5]),
    )


class SupporterStore:
    """Reads and writes a supporter vault; each changing method is one transaction."""

    def __init__(self, vault: Vault, clock: Clock = utc_now) -> None:
        if vault.kind != SUPPORTER:
            raise BugError("A supporter store needs a supporter vault.")
        self.vault = vault
        self.clock = clock

    @cached_property
    def replies(self) -> SupporterReplyStore:
        """The reply keys and sent replies, built once (its module imports this one)."""
        from peerjournal.storage.supporter.replies import SupporterReplyStore
        return SupporterReplyStore(self)

    @cached_property
    def directory(self) -> DirectoryStore:
        """The worker's directory of places and their marks on ideas, built once."""
        from peerjournal.storage.supporter.directory import DirectoryStore
        return DirectoryStore(self)

    def _all(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.vault.conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self.vault.conn.execute(sql, params).fetchone()

    # -- identity -------------------------------------------------------
    def identity(self) -> tuple[str, str]:
        """(secret ``AGE-SECRET-KEY-1…``, public ``age1…``)."""
        row = self._one("SELECT secret, public FROM identity WHERE id = 1")
        if row is None:
            raise BugError("This supporter vault has no identity.")
        return row[0], row[1]

    def replace_keys(self, secret: str, signing_key: bytes) -> None:
        """Take the keys of a restored backup: the age identity (``secret``, checked by the
        caller) and the Ed25519 key replies are signed with. Shares already imported stay."""
        public = str(pyrage.x25519.Identity.from_str(secret).to_public())
        with self.vault.transaction():
            self.vault.conn.execute(
                "UPDATE identity SET secret = ?, public = ?, created_utc = ? WHERE id = 1",
                (secret, public, to_storage(self.clock())))
            self.vault.conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'signing_key'", (signing_key.hex(),))

    # -- people ---------------------------------------------------------
    @staticmethod
    def _person(row: tuple) -> CaseloadPerson:
        return CaseloadPerson(
            id=row[0], name=row[1], signer=row[2], added=from_storage(row[3]),
            export_count=row[4], last_export_created=from_storage(row[5]) if row[5] else None,
            archived=from_storage(row[6]) if row[6] else None, next_step=row[7] or "",
            next_due=date.fromisoformat(row[8]) if row[8] else None,
        )

    def people(self, *, archived: bool | None = None) -> list[CaseloadPerson]:
        """Everyone (``archived=None``), only the caseload (False) or only the archived (True)."""
        where = {None: "", False: " WHERE p.archived_utc IS NULL", True: " WHERE p.archived_utc IS NOT NULL"}
        rows = self._all(_PERSON_SQL + where[archived] + " GROUP BY p.id ORDER BY p.name COLLATE NOCASE, p.id")
        return [self._person(r) for r in rows]

    def get_person(self, person_id: int) -> CaseloadPerson:
        row = self._one(_PERSON_SQL + " WHERE p.id = ? GROUP BY p.id", (person_id,))
        if row is None:
            raise Gone("person")
        return self._person(row)

    def _person_by_signer(self, signer: str) -> CaseloadPerson | None:
        row = self._one("SELECT id FROM people WHERE signer = ?", (signer,))
        return self.get_person(row[0]) if row else None

    def rename_person(self, person_id: int, name: str) -> CaseloadPerson:
        name = _name_for_person(name)
        with self.vault.transaction():
            cur = self.vault.conn.execute(
                "UPDATE people SET name = ? WHERE id = ?", (name, person_id)
            )
            if cur.rowcount != 1:
                raise Gone("person")
            return self.get_person(person_id)

    def set_archived(self, person_id: int, archived: bool) -> CaseloadPerson:
        """Archive a person (out of the caseload; their files, notes and replies kept here,
        encrypted) or bring them back."""
        with self.vault.transaction():
            cur = self.vault.conn.execute(
                "UPDATE people SET archived_utc = ? WHERE id = ?",
                (to_storage(self.clock()) if archived else None, person_id),
            )
            if cur.rowcount != 1:
                raise Gone("person")
            return self.get_person(person_id)

    def delete_person(self, person_id: int) -> CaseloadPerson:
        """The person and everything about them: every share from them, the replies written
        to them, the supporter's notes and agreed next step (all cascade with the person)."""
        with self.vault.transaction():
            person = self.get_person(person_id)
            self.vault.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
        return person

    # -- importing ------------------------------------------------------
    def plan_import(self, opened: OpenedShareLike) -> ImportPlan:
        claimed = _clean_name(str(opened.document.get("sender_name", "")))
        person = self._person_by_signer(opened.signer)
        clash = None
        if claimed:
            for other in self.people():
                if other.signer != opened.signer and other.name.casefold() == claimed.casefold():
                    clash = other
                    break
        already = self._one("SELECT 1 FROM exports WHERE export_id = ?", (opened.export_id,))
        return ImportPlan(
            export_id=opened.export_id, signer=opened.signer, person=person,
            already_imported=already is not None, claimed_name=claimed, name_clash=clash,
        )

    def import_share(
        self, opened: OpenedShareLike, *, new_person_name: str | None = None
    ) -> CaseloadPerson:
        """Store a verified share. A known key joins its person (``new_person_name`` is
        ignored); a new key needs ``new_person_name`` and makes a new person."""
        document = opened.document
        if document.get("export_id") != opened.export_id or document.get("signer") != opened.signer:
            raise InvalidShare()
        try:
            created = to_storage(from_storage(document["created"]))
            start = date.fromisoformat(document["period"]["start"]).isoformat()
            end = date.fromisoformat(document["period"]["end"]).isoformat()
        except (KeyError, TypeError, ValueError):
            raise InvalidShare() from None
        text = canonical_json(document)
        with self.vault.transaction():
            if self._one("SELECT 1 FROM exports WHERE export_id = ?", (opened.export_id,)):
                raise AlreadyImported()
            now = to_storage(self.clock())
            person = self._person_by_signer(opened.signer)
            if person is None:
                cur = self.vault.conn.execute(
                    "INSERT INTO people (name, signer, added_utc) VALUES (?, ?, ?)",
                    (_name_for_person(new_person_name), opened.signer, now),
                )
                assert cur.lastrowid is not None
                person_id = cur.lastrowid
            else:
                person_id = person.id
                # They chose to share again: an archived person is back in the caseload.
                self.vault.conn.execute("UPDATE people SET archived_utc = NULL WHERE id = ?", (person_id,))
            self.vault.conn.execute(
                "INSERT INTO exports (export_id, person_id, created_utc, imported_utc,"
                " period_start, period_end, document) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (opened.export_id, person_id, created, now, start, end, text),
            )
            self._remember_reply_key(person_id, document.get("reply_to"), created)
            return self.get_person(person_id)

    def _remember_reply_key(self, person_id: int, reply_to: object, created: str) -> None:
        """Keep the key the person's journal takes replies on, from their newest file
        (a file made before replies existed has none; an older file never replaces it)."""
        if not isinstance(reply_to, str):
            return
        self.vault.conn.execute(
            "INSERT INTO reply_keys (person_id, reply_to, export_created_utc) VALUES (?, ?, ?)"
            " ON CONFLICT (person_id) DO UPDATE SET reply_to = excluded.reply_to,"
            " export_created_utc = excluded.export_created_utc"
            " WHERE excluded.export_created_utc >= reply_keys.export_created_utc",
            (person_id, reply_to, created),
        )

    # -- shares received ------------------------------------------------
    def export_summaries(self, person_id: int) -> list[ExportSummary]:
        """A person's shares, newest (by when they were made) first, without their documents:
        the document is the row's last column, so its (overflow) pages are never read."""
        rows = self._all(_SUMMARY_SQL + " WHERE person_id = ?" + _NEWEST_FIRST, (person_id,))
        return [_summary(r) for r in rows]

    def load_export(self, export_id: str) -> StoredExport:
        """One share with its document (raises :class:`Gone` when it was deleted meanwhile)."""
        row = self._one(_EXPORT_SQL + " WHERE export_id = ?", (export_id,))
        if row is None:
            raise Gone("shared file")
        return _stored(row)

    def latest_export(self, person_id: int) -> StoredExport | None:
        """A person's newest share with its document (the one the review opens with)."""
        row = self._one(_EXPORT_SQL + " WHERE person_id = ?" + _NEWEST_FIRST + " LIMIT 1", (person_id,))
        return _stored(row) if row else None

    def exports_of(self, person_id: int) -> list[StoredExport]:
        """A person's shares with every document, newest first (reads them all: for exports
        and checks; lists use :meth:`export_summaries`)."""
        rows = self._all(_EXPORT_SQL + " WHERE person_id = ?" + _NEWEST_FIRST, (person_id,))
        return [_stored(r) for r in rows]

    def delete_export(self, export_id: str) -> None:
        """Forget one share; the same file can be imported again later."""
        with self.vault.transaction():
            cur = self.vault.conn.execute("DELETE FROM exports WHERE export_id = ?", (export_id,))
            if cur.rowcount != 1:
                raise Gone("shared file")

    # -- the supporter's own notes --------------------------------------
    def note(self, person_id: int) -> str:
        row = self._one("SELECT text FROM notes WHERE person_id = ?", (person_id,))
        return row[0] if row else ""

    def set_note(self, person_id: int, text: str) -> None:
        """The supporter's private note about a person; an empty note is removed."""
        if len(text) > NOTE_MAX:
            raise ValidationError(translate("supporter_store", "A note can be at most {n} characters.").format(
                n=f"{NOTE_MAX:,}"))
        with self.vault.transaction():
            self.get_person(person_id)
            if not text.strip():
                self.vault.conn.execute("DELETE FROM notes WHERE person_id = ?", (person_id,))
                return
            self.vault.conn.execute(
                "INSERT INTO notes (person_id, text, updated_utc) VALUES (?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET"
                " text = excluded.text, updated_utc = excluded.updated_utc",
                (person_id, text, to_storage(self.clock())),
            )

    # -- what was agreed next -------------------------------------------
    def set_next_step(self, person_id: int, text: str, due: date | None) -> CaseloadPerson:
        """What the supporter agreed to do next with a person, and by when (both private);
        no words and no day removes it."""
        text = text.strip()
        if len(text) > NEXT_STEP_MAX:
            raise ValidationError(translate(
                "supporter_store", "What you agreed can be at most {n} characters.").format(n=f"{NEXT_STEP_MAX:,}"))
        with self.vault.transaction():
            self.get_person(person_id)
            if not text and due is None:
                self.vault.conn.execute("DELETE FROM agreed_steps WHERE person_id = ?", (person_id,))
            else:
                self.vault.conn.execute(
                    "INSERT INTO agreed_steps (person_id, text, due, updated_utc) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (person_id) DO UPDATE SET text = excluded.text, due = excluded.due,"
                    " updated_utc = excluded.updated_utc",
                    (person_id, text, due.isoformat() if due else None, to_storage(self.clock())),
                )
            return self.get_person(person_id)

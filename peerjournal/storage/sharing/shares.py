"""The journal's side of sharing: supporters' keys, the signing key, pseudonyms, a history.

The history says when, to whom and what kind of thing was shared, never the content.
Each method that changes something is one transaction; nothing here notifies journal
listeners (no journal view shows sharing data).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import count

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.core.sharing.document import first_name, pseudonym_label
from peerjournal.core.sharing.keys import signer_public
from peerjournal.core.sharing.options import (
    SENDER_NAME_MAX,
    JournalSnapshot,
    Naming,
    Section,
    ShareOptions,
)
from peerjournal.errors import BugError, UserError, ValidationError
from peerjournal.i18n import translate
from peerjournal.storage.journal import Journal, NotFound
from peerjournal.storage.journal_store import JournalStore
from peerjournal.storage.sharing.sections import connecting_records
from peerjournal.storage.summary import load_summary_data

SUPPORTER_NAME_MAX = SENDER_NAME_MAX
PASSPHRASE_RECIPIENT = "passphrase"
"""The pseudonym key for passphrase-protected exports (the document's ``recipient`` too)."""


@dataclass(frozen=True)
class Supporter:
    id: int
    name: str
    recipient: str  # age1… public key
    added: datetime


@dataclass(frozen=True)
class ShareRecord:
    """One share the person made: what kind of thing went to whom, not what it said."""

    export_id: str
    at: datetime
    supporter_name: str  # kept when the supporter is removed; "" for a passphrase file
    period_start: date
    period_end: date
    sections: tuple[Section, ...]
    include_notes: bool
    naming: Naming
    passphrase_protected: bool


def _pseudonyms() -> Iterator[str]:
    return (pseudonym_label(n) for n in count())


def _clean_supporter_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(translate("sharing_repo", "Please give your supporter a name."))
    if len(cleaned) > SUPPORTER_NAME_MAX:
        raise ValidationError(
            translate("sharing_repo", "A supporter's name can be at most {n} characters.").format(n=SUPPORTER_NAME_MAX)
        )
    return cleaned


class SharingStore(JournalStore):
    """Sharing data kept in a journal vault, next to the :class:`Journal` it belongs to."""

    journal_only = "Sharing data lives in a journal, not in a supporter vault."

    # -- the journal's signing key --------------------------------------
    def signing_key(self) -> bytes:
        """The 32 raw bytes of the journal's Ed25519 private key (made by migration 3)."""
        row = self._one("SELECT value FROM meta WHERE key = 'signing_key'")
        if row is None:
            raise BugError("This journal has no signing key.")
        return bytes.fromhex(row[0])

    def signer(self) -> str:
        return signer_public(self.signing_key())

    # -- supporters -----------------------------------------------------
    @staticmethod
    def _supporter(row: tuple) -> Supporter:
        return Supporter(id=row[0], name=row[1], recipient=row[2], added=from_storage(row[3]))

    def supporters(self) -> list[Supporter]:
        rows = self._all(
            "SELECT id, name, recipient, added_utc FROM supporters"
            " ORDER BY name COLLATE NOCASE, id"
        )
        return [self._supporter(r) for r in rows]

    def get_supporter(self, supporter_id: int) -> Supporter:
        row = self._one(
            "SELECT id, name, recipient, added_utc FROM supporters WHERE id = ?", (supporter_id,)
        )
        if row is None:
            raise NotFound("supporter")
        return self._supporter(row)

    def add_supporter(self, name: str, recipient: str) -> Supporter:
        """``recipient`` must already be a checked age public key."""
        name = _clean_supporter_name(name)
        with self.journal.batch():
            existing = self._one("SELECT name FROM supporters WHERE recipient = ?", (recipient,))
            if existing is not None:
                raise UserError(translate("sharing_repo", "You have already added this supporter (as {name}).").format(
                    name=existing[0]))
            cur = self.journal.vault.conn.execute(
                "INSERT INTO supporters (name, recipient, added_utc) VALUES (?, ?, ?)",
                (name, recipient, to_storage(self.journal.clock())),
            )
            assert cur.lastrowid is not None
            return self.get_supporter(cur.lastrowid)

    def rename_supporter(self, supporter_id: int, name: str) -> Supporter:
        name = _clean_supporter_name(name)
        with self.journal.batch():
            self.journal._update_row(
                "UPDATE supporters SET name = ? WHERE id = ?", (name, supporter_id), "supporter"
            )
            return self.get_supporter(supporter_id)

    def remove_supporter(self, supporter_id: int) -> Supporter:
        """The history keeps the name the supporter had; pseudonyms stay (same key, same labels)."""
        return self.journal._delete_entry(self.get_supporter, "supporters", supporter_id)

    # -- labels ---------------------------------------------------------
    def labels_for(
        self, recipient: str, naming: Naming, people: Iterable[Person]
    ) -> dict[int, str]:
        """Person id → how they are shown to ``recipient`` (an age key, or ``"passphrase"``).

        Pseudonyms are kept per recipient, so a person has the same label in every
        export to the same supporter; people new to that supporter get the next free
        letters, in the order they were added to the journal.
        """
        people = [p for p in people if p.id is not None]
        if naming is Naming.FULL:
            return {p.id: p.name for p in people}  # type: ignore[misc]
        if naming is Naming.FIRST:
            return {p.id: first_name(p.name) for p in people}  # type: ignore[misc]
        with self.journal.batch():
            stored = dict(
                self._all("SELECT person_id, label FROM pseudonyms WHERE recipient = ?", (recipient,))
            )
            taken = set(stored.values())
            free = (label for label in _pseudonyms() if label not in taken)
            new = sorted({p.id for p in people if p.id not in stored})  # type: ignore[type-var]
            added = [(recipient, pid, next(free)) for pid in new]
            self.journal.vault.conn.executemany(
                "INSERT INTO pseudonyms (recipient, person_id, label) VALUES (?, ?, ?)", added
            )
        stored.update({pid: label for _, pid, label in added})
        return {p.id: stored[p.id] for p in people}  # type: ignore[index, misc]

    # -- what a share is made from --------------------------------------
    def snapshot(self, options: ShareOptions, recipient: str) -> JournalSnapshot:
        """Entries whose local date is in ``options.start .. options.end`` (inclusive), every
        person (archived too) and their labels for ``recipient``."""
        journal = self.journal
        with journal.batch():  # one consistent read, and new pseudonyms stored with it
            # The period's entries in a few set-based queries (not one or more per entry).
            period = load_summary_data(journal, options.start, options.end)
            moods = _with_tracked(journal, period.moods)
            extra = connecting_records(journal, options)  # only the sections chosen
            # Everyone, archived too, each with a label: the document lists only those the
            # shared content names, and hides every known name in free text.
            people = list(period.people)
            labels = self.labels_for(recipient, options.naming, people)
            trackers = (tuple(journal.trackers.trackers(include_retired=True))
                        if Section.TRACKERS in options.sections else ())
        return JournalSnapshot(
            moods=moods, contacts=period.contacts, activities=period.activities,
            people=tuple(people), labels=labels, support_plan=extra.support_plan,
            resource_check=extra.resource_check, goals=extra.goals,
            network_snapshots=extra.network_snapshots, trackers=trackers,
        )

    # -- history --------------------------------------------------------
    def record_share(
        self,
        export_id: str,
        supporter: Supporter | None,
        options: ShareOptions,
        passphrase_protected: bool,
        at: datetime,
    ) -> ShareRecord:
        """Note that a share was made; none of its content is kept."""
        sections = tuple(s for s in Section if s in options.sections)
        with self.journal.batch():
            self.journal.vault.conn.execute(
                "INSERT INTO share_history (export_id, at_utc, supporter_id, supporter_name,"
                " period_start, period_end, sections, include_notes, naming,"
                " passphrase_protected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    export_id, to_storage(at), supporter.id if supporter else None,
                    supporter.name if supporter else "", options.start.isoformat(),
                    options.end.isoformat(), ",".join(s.value for s in sections),
                    int(options.include_notes), options.naming.value, int(passphrase_protected),
                ),
            )
        return ShareRecord(
            export_id=export_id, at=from_storage(to_storage(at)),
            supporter_name=supporter.name if supporter else "", period_start=options.start,
            period_end=options.end, sections=sections, include_notes=options.include_notes,
            naming=options.naming, passphrase_protected=passphrase_protected,
        )

    def history(self) -> list[ShareRecord]:
        """Every share made, newest first."""
        rows = self._all(
            "SELECT export_id, at_utc, supporter_name, period_start, period_end, sections,"
            " include_notes, naming, passphrase_protected FROM share_history"
            " ORDER BY at_utc DESC, rowid DESC"
        )
        known = {s.value for s in Section}
        return [
            ShareRecord(
                export_id=r[0], at=from_storage(r[1]), supporter_name=r[2],
                period_start=date.fromisoformat(r[3]), period_end=date.fromisoformat(r[4]),
                sections=tuple(Section(s) for s in r[5].split(",") if s in known),
                include_notes=bool(r[6]), naming=Naming(r[7]), passphrase_protected=bool(r[8]),
            )
            for r in rows
        ]


def _with_tracked(journal: Journal, moods: tuple[MoodCheckIn, ...]) -> tuple[MoodCheckIn, ...]:
    """The check-ins with their tracked values, read for all of them at once."""
    tracked = journal.trackers.values_by_mood([m.id for m in moods if m.id is not None])
    return tuple(replace(m, tracked=tracked[m.id]) if m.id in tracked else m for m in moods)

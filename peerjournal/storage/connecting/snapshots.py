"""Network snapshots kept in the journal: take one from the people as they are, list, read, delete.

Each change is one transaction and tells the journal's listeners ``Change.SNAPSHOTS``.
A snapshot's members are copies (see migration 7), so renaming, moving or deleting a
person later leaves every snapshot as it was.
"""

from __future__ import annotations

from datetime import datetime

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.connecting.network_history import (
    REASON_NOW,
    REASON_SAVED,
    Snapshot,
    SnapshotInfo,
    SnapshotMember,
    snapshot_of,
)
from peerjournal.core.vocabulary import (
    Closeness,
    HelpKind,
    Relationship,
    optional_choice,
    stored_choice,
)
from peerjournal.errors import BugError
from peerjournal.storage.journal import Change, NotFound
from peerjournal.storage.journal_store import JournalStore


class SnapshotStore(JournalStore):
    """Snapshots of the network map in a journal vault, next to its :class:`Journal`."""

    journal_only = "Network snapshots live in a journal, not in a supporter vault."

    def last_in_touch(self, before: datetime | None = None) -> dict[int, datetime]:
        """Person id → the last contact with them or activity they were part of
        (before ``before``, when given): the journal's one definition of being in touch."""
        return self.journal.last_in_touch_times(before)

    def current(self, reason: str = REASON_NOW) -> Snapshot:
        """The network as it is now, not stored (``id`` None): the "now" side of a comparison."""
        with self.journal.batch():  # one consistent read
            people = self.journal.people()
            last = self.last_in_touch()
        return snapshot_of(people, last, self.journal.clock(), reason)

    def take_snapshot(self, reason: str = REASON_SAVED) -> Snapshot:
        """Store the network as it is now, in one transaction (joins a caller's ``batch()``)."""
        with self.journal.batch():
            return self.save_snapshot(self.current(reason))

    def save_snapshot(self, snapshot: Snapshot) -> Snapshot:
        """Store a snapshot made elsewhere (demo, import); its ``id`` is ignored."""
        snapshot = snapshot.validate()
        conn = self.journal.vault.conn
        with self.journal.batch():
            cur = conn.execute(
                "INSERT INTO network_snapshots (taken_utc, reason) VALUES (?, ?)",
                (to_storage(snapshot.taken), snapshot.reason),
            )
            snapshot_id = cur.lastrowid
            if snapshot_id is None:
                raise BugError("A stored snapshot has no id.")
            conn.executemany(
                "INSERT INTO network_snapshot_members (snapshot_id, position, person_id, name,"
                " relationship, closeness, help_kinds, last_contact_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (snapshot_id, i, self._known(m.person_id), m.name, stored_choice(m.relationship),
                     stored_choice(m.closeness), ",".join(sorted(k.value for k in m.help_kinds)),
                     to_storage(m.last_contact) if m.last_contact else None)
                    for i, m in enumerate(snapshot.members)
                ],
            )
            self.journal._changed(Change.SNAPSHOTS)  # the journal's own notifier: listeners hear once, after commit
            return self.get(snapshot_id)

    def _known(self, person_id: int | None) -> int | None:
        """An id of a person still in the journal, or None (a copy from elsewhere keeps its name)."""
        if person_id is None:
            return None
        row = self.journal.vault.conn.execute(
            "SELECT 1 FROM people WHERE id = ?", (person_id,)
        ).fetchone()
        return person_id if row else None

    def snapshots(self) -> list[SnapshotInfo]:
        """Every stored snapshot, newest first, with how many people it holds (not who)."""
        rows = self._all(
            "SELECT s.id, s.taken_utc, s.reason,"
            " (SELECT count(*) FROM network_snapshot_members m WHERE m.snapshot_id = s.id)"
            " FROM network_snapshots s ORDER BY s.taken_utc DESC, s.id DESC"
        )
        return [SnapshotInfo(r[0], from_storage(r[1]), r[2], r[3]) for r in rows]

    def get(self, snapshot_id: int) -> Snapshot:
        with self.journal.batch():
            head = self.journal.vault.conn.execute(
                "SELECT taken_utc, reason FROM network_snapshots WHERE id = ?", (snapshot_id,)
            ).fetchone()
            if head is None:
                raise NotFound("snapshot")
            rows = self._all(
                "SELECT person_id, name, relationship, closeness, help_kinds, last_contact_utc"
                " FROM network_snapshot_members WHERE snapshot_id = ? ORDER BY position",
                (snapshot_id,),
            )
        members = tuple(
            SnapshotMember(
                person_id=r[0], name=r[1], relationship=optional_choice(Relationship, r[2]),
                closeness=optional_choice(Closeness, r[3]),
                help_kinds=frozenset(HelpKind(k) for k in r[4].split(",") if k),
                last_contact=from_storage(r[5]) if r[5] else None,
            )
            for r in rows
        )
        return Snapshot(snapshot_id, from_storage(head[0]), head[1], members)

    def delete(self, snapshot_id: int) -> None:
        with self.journal.batch():
            cur = self.journal.vault.conn.execute(
                "DELETE FROM network_snapshots WHERE id = ?", (snapshot_id,)
            )
            if cur.rowcount != 1:
                raise NotFound("snapshot")
            self.journal._changed(Change.SNAPSHOTS)

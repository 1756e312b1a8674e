"""The supporter's directory in their vault: entries of local groups, services and places,
and their private marks on ideas for each person ("talked about", "not for them").

Entries are kept as the JSON of :func:`peerjournal.core.directory.exchange.entry_json`: the
same fields a shared directory file has, none about a person.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace

from peerjournal.core.clock import to_storage
from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.exchange import entry_from_json, entry_json
from peerjournal.core.directory.ideas import Mark
from peerjournal.storage.supporter.store import Gone, SupporterStore


class DirectoryStore:
    """The directory next to its :class:`SupporterStore`; each changing method is one transaction."""

    def __init__(self, store: SupporterStore) -> None:
        self.store = store

    @property
    def _conn(self):  # type: ignore[no-untyped-def]
        return self.store.vault.conn

    def _now(self) -> str:
        return to_storage(self.store.clock())

    def entries(self) -> list[DirectoryEntry]:
        """Every entry, by name (case folded)."""
        rows = self._conn.execute("SELECT id, entry FROM directory").fetchall()
        entries = [self._read(r[0], r[1]) for r in rows]
        return sorted(entries, key=lambda e: (e.name.casefold(), e.id or 0))

    @staticmethod
    def _read(entry_id: int, text: str) -> DirectoryEntry:
        entry = entry_from_json(json.loads(text))
        return replace(entry, id=entry_id)

    def get(self, entry_id: int) -> DirectoryEntry:
        row = self._conn.execute("SELECT id, entry FROM directory WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise Gone("directory entry")
        return self._read(row[0], row[1])

    def _insert(self, entry: DirectoryEntry) -> int:
        cur = self._conn.execute("INSERT INTO directory (entry, updated_utc) VALUES (?, ?)",
                                 (self._text(entry), self._now()))
        assert cur.lastrowid is not None
        return cur.lastrowid

    @staticmethod
    def _text(entry: DirectoryEntry) -> str:
        return json.dumps(entry_json(entry.validate()), ensure_ascii=False, sort_keys=True)

    def add(self, entry: DirectoryEntry) -> DirectoryEntry:
        entry = entry.validate()
        with self.store.vault.transaction():
            return self.get(self._insert(entry))

    def update(self, entry_id: int, entry: DirectoryEntry) -> DirectoryEntry:
        entry = entry.validate()
        with self.store.vault.transaction():
            cur = self._conn.execute("UPDATE directory SET entry = ?, updated_utc = ? WHERE id = ?",
                                     (self._text(entry), self._now(), entry_id))
            if cur.rowcount != 1:
                raise Gone("directory entry")
            return self.get(entry_id)

    def delete(self, entry_id: int) -> DirectoryEntry:
        """Remove an entry and the marks on it; replies that suggested it keep their copy."""
        with self.store.vault.transaction():
            entry = self.get(entry_id)
            self._conn.execute("DELETE FROM directory WHERE id = ?", (entry_id,))
        return entry

    def merge(self, new: Iterable[DirectoryEntry], replacing: Mapping[int, DirectoryEntry]) -> int:
        """Add ``new`` and replace the entries ``replacing`` names (by id), in one transaction,
        as the worker chose when importing; returns how many entries changed."""
        new = [e.validate() for e in new]
        chosen = {k: v.validate() for k, v in replacing.items()}
        with self.store.vault.transaction():
            for entry_id, entry in chosen.items():
                self.update(entry_id, entry)
            for entry in new:
                self._insert(entry)
        return len(new) + len(chosen)

    # -- marks on ideas, per person ---------------------------------------------------
    def marks(self, person_id: int) -> dict[int, Mark]:
        rows = self._conn.execute(
            "SELECT entry_id, mark FROM directory_marks WHERE person_id = ?", (person_id,)).fetchall()
        return {r[0]: Mark(r[1]) for r in rows}

    def set_mark(self, person_id: int, entry_id: int, mark: Mark | None) -> None:
        """Note (or with None, forget) what the worker made of an idea for this person."""
        with self.store.vault.transaction():
            self.store.get_person(person_id)
            self.get(entry_id)
            if mark is None:
                self._conn.execute("DELETE FROM directory_marks WHERE person_id = ? AND entry_id = ?",
                                   (person_id, entry_id))
                return
            self._conn.execute(
                "INSERT INTO directory_marks (person_id, entry_id, mark, updated_utc) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (person_id, entry_id) DO UPDATE SET mark = excluded.mark,"
                " updated_utc = excluded.updated_utc",
                (person_id, entry_id, Mark(mark).value, self._now()))

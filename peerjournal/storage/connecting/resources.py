"""The resource check in the journal: its editable questions and the checks taken.

Every method that changes something is one transaction and tells listeners
``Change.RESOURCES``. Questions are never deleted, only retired (no longer asked), so
every old answer keeps its question; answers also keep the wording they were asked in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.connecting.network_history import REASON_RESOURCE_CHECK
from peerjournal.core.connecting.resources import (
    DOMAIN_ORDER,
    Answer,
    CheckResults,
    Domain,
    Reply,
    ResourceCheck,
    ResourceItem,
    clean_item_text,
    results,
)
from peerjournal.storage.journal import Change, NotFound
from peerjournal.storage.journal_store import JournalStore


class ResourceStore(JournalStore):
    """The questions and checks of the resource check, in the vault of ``journal``."""

    # -- questions ----------------------------------------------------------
    def items(self, include_retired: bool = False) -> list[ResourceItem]:
        """Questions by domain, then in the person's own order."""
        rows = self._conn.execute(
            "SELECT id, domain, text, position, retired FROM resource_items"
            + ("" if include_retired else " WHERE retired = 0")
        ).fetchall()
        items = [
            ResourceItem(id=r[0], domain=Domain(r[1]), text=r[2], position=r[3], retired=bool(r[4]))
            for r in rows
        ]
        items.sort(key=lambda i: (DOMAIN_ORDER[i.domain], i.position, i.id))
        return items

    def get_item(self, item_id: int) -> ResourceItem:
        row = self._conn.execute(
            "SELECT id, domain, text, position, retired FROM resource_items WHERE id = ?",
            (item_id,),
        ).fetchone()
        if row is None:
            raise NotFound("question")
        return ResourceItem(
            id=row[0], domain=Domain(row[1]), text=row[2], position=row[3], retired=bool(row[4])
        )

    def add_item(self, domain: Domain, text: str) -> ResourceItem:
        item = ResourceItem(domain=domain, text=text).validate()
        with self.journal.batch():
            cur = self._conn.execute(
                "INSERT INTO resource_items (domain, text, position) VALUES"
                " (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM resource_items))",
                (item.domain.value, item.text),
            )
            item = self.get_item(cur.lastrowid)
            self.journal._changed(Change.RESOURCES)
        return item

    def rename_item(self, item_id: int, text: str) -> ResourceItem:
        """New wording for the next checks; checks already taken keep the wording they asked."""
        return self._set_item(item_id, "text", clean_item_text(text))

    def set_retired(self, item_id: int, retired: bool) -> ResourceItem:
        return self._set_item(item_id, "retired", int(retired))

    def _set_item(self, item_id: int, column: str, value: object) -> ResourceItem:
        with self.journal.batch():
            # column is a fixed name from this module, never user input.
            self.journal._update_row(
                f"UPDATE resource_items SET {column} = ? WHERE id = ?", (value, item_id), "question"
            )
            self.journal._changed(Change.RESOURCES)
        return self.get_item(item_id)

    def move_item(self, item_id: int, steps: int) -> None:
        """Move a question up (negative) or down among the questions of its domain."""
        with self.journal.batch():
            item = self.get_item(item_id)
            siblings = [i for i in self.items(include_retired=True) if i.domain is item.domain]
            ids = [i.id for i in siblings]
            here = ids.index(item_id)
            there = max(0, min(len(ids) - 1, here + steps))
            if here == there:
                return
            ids.insert(there, ids.pop(here))
            positions = sorted(i.position for i in siblings)
            if len(set(positions)) != len(positions):  # ties: spread them out first
                positions = list(range(len(ids)))
            self._conn.executemany(
                "UPDATE resource_items SET position = ? WHERE id = ?",
                list(zip(positions, ids, strict=True)),
            )
            self.journal._changed(Change.RESOURCES)

    # -- checks ---------------------------------------------------------------
    def save_check(self, answers: tuple[Answer, ...] | list[Answer],
                   taken: datetime | None = None) -> ResourceCheck:
        """Store one check in one transaction. A check taken now (``taken`` left out) also
        saves a snapshot of the network, when the journal keeps snapshots; one dated in the
        past does not, since the network then is not known."""
        now = self.journal.clock()
        check = ResourceCheck(taken=now if taken is None else taken, answers=tuple(answers)).validate(now)
        with self.journal.batch():
            for answer in check.answers:
                self.get_item(answer.item_id)
            self.journal._check_people_exist(
                tuple(p for a in check.answers for p in a.person_ids)
            )
            cur = self._conn.execute(
                "INSERT INTO resource_checks (taken_utc) VALUES (?)", (to_storage(check.taken),)
            )
            check = replace(check, id=cur.lastrowid)
            self._conn.executemany(
                "INSERT INTO resource_answers (check_id, item_id, domain, text, reply)"
                " VALUES (?, ?, ?, ?, ?)",
                [(check.id, a.item_id, a.domain.value, a.text, a.reply.value)
                 for a in check.answers],
            )
            self._conn.executemany(
                "INSERT INTO resource_answer_people (check_id, item_id, person_id, position)"
                " VALUES (?, ?, ?, ?)",
                [(check.id, a.item_id, pid, i)
                 for a in check.answers for i, pid in enumerate(a.person_ids)],
            )
            self.journal._changed(Change.RESOURCES)
            if taken is None:
                self.journal.snapshots.take_snapshot(REASON_RESOURCE_CHECK)
        return check

    def get(self, check_id: int) -> ResourceCheck:
        row = self._conn.execute(
            "SELECT id, taken_utc FROM resource_checks WHERE id = ?", (check_id,)
        ).fetchone()
        if row is None:
            raise NotFound("check")
        answers = self._conn.execute(
            "SELECT item_id, domain, text, reply FROM resource_answers WHERE check_id = ?",
            (check_id,),
        ).fetchall()
        people: dict[int, list[int]] = {}
        for item_id, person_id in self._conn.execute(
            "SELECT item_id, person_id FROM resource_answer_people WHERE check_id = ?"
            " ORDER BY item_id, position",
            (check_id,),
        ):
            people.setdefault(item_id, []).append(person_id)
        return ResourceCheck(
            id=row[0], taken=from_storage(row[1]),
            answers=tuple(
                Answer(item_id=i, domain=Domain(d), text=t, reply=Reply(r),
                       person_ids=tuple(people.get(i, ())))
                for i, d, t, r in answers
            ),
        )

    def checks(self) -> list[ResourceCheck]:
        """Every check, newest first."""
        return [self.get(i) for i in self._check_ids()]

    def _check_ids(self) -> list[int]:
        rows = self._conn.execute(
            "SELECT id FROM resource_checks ORDER BY taken_utc DESC, id DESC"
        ).fetchall()
        return [i for (i,) in rows]

    def latest(self) -> ResourceCheck | None:
        ids = self._check_ids()
        return self.get(ids[0]) if ids else None

    def last_taken(self) -> datetime | None:
        row = self._conn.execute("SELECT max(taken_utc) FROM resource_checks").fetchone()
        return from_storage(row[0]) if row and row[0] else None

    def previous(self, check: ResourceCheck) -> ResourceCheck | None:
        """The check taken just before ``check``."""
        ids = self._check_ids()
        if check.id not in ids:
            raise NotFound("check")
        after = ids.index(check.id) + 1
        return self.get(ids[after]) if after < len(ids) else None

    def delete_check(self, check_id: int) -> ResourceCheck:
        return self.journal._delete_entry(self.get, "resource_checks", check_id, Change.RESOURCES)

    def results(self, check: ResourceCheck) -> CheckResults:
        """:func:`results` with every question and person this journal has."""
        return results(
            check, self.items(include_retired=True), self.journal.people(include_archived=True)
        )

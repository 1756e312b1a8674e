"""Everything the journal holds about one person, taken out and put back whole (undo of a delete).

A :class:`PersonBundle` is the person's own row and every row that points at them. The rows
are found through the schema's foreign keys to ``people``, so a link table added by a later
migration comes along without a change here: rows that go with the person (``ON DELETE
CASCADE``: kinds of help, stay in touch, the support plan, resource check answers,
pseudonyms; and the ``RESTRICT`` links of contacts and activities) are kept as stored, and
rows that stay with ``NULL`` in place of the person (``ON DELETE SET NULL``: a goal's
helper, network snapshot members) are kept by their key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlcipher3

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import HelpKind
from peerjournal.errors import BugError, UserError
from peerjournal.i18n import translate
from peerjournal.storage.journal import Change
from peerjournal.storage.journal_store import JournalStore

Value = object
Row = tuple[Value, ...]

_PEOPLE = "people"
# Which views show the links kept in each table (tables not named here: People only).
_CHANGES = {
    "contact_people": Change.CONTACTS,
    "activity_people": Change.ACTIVITIES,
    "support_plan_contacts": Change.SUPPORT_PLAN,
    "support_plan_not_involved": Change.SUPPORT_PLAN,
    "resource_answer_people": Change.RESOURCES,
    "goals": Change.GOALS,
    "network_snapshot_members": Change.SNAPSHOTS,
}
# Tables whose rows keep an order in a column that must stay unique: a person put back takes
# their old place and the rows from there on move down one.
_ORDERED = {"support_plan_contacts": "position", "support_plan_not_involved": "position"}


@dataclass(frozen=True)
class LinkedRows:
    """Rows of ``table`` that go when the person goes, every stored column as it was."""

    table: str
    column: str  # the column that names the person
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class ClearedLinks:
    """Rows of ``table`` that stay when the person goes, with ``column`` set to NULL; by key."""

    table: str
    column: str
    key_columns: tuple[str, ...]
    keys: tuple[Row, ...]


@dataclass(frozen=True)
class PersonBundle:
    """One person and all their links, as they were when :meth:`PersonBundleStore.capture` ran."""

    person: Person
    own: LinkedRows  # the person's row in ``people``
    linked: tuple[LinkedRows, ...]
    cleared: tuple[ClearedLinks, ...]

    @property
    def person_id(self) -> int:
        assert self.person.id is not None
        return self.person.id

    def rows_in(self, table: str) -> tuple[Row, ...]:
        """The rows kept from ``table`` (or the keys of the rows that point at the person)."""
        rows = [r for part in self.linked if part.table == table for r in part.rows]
        rows += [k for part in self.cleared if part.table == table for k in part.keys]
        return tuple(rows)

    def changes(self) -> frozenset[Change]:
        """The kinds of view that show something of this person."""
        tables = [p.table for p in self.linked if p.rows] + [c.table for c in self.cleared if c.keys]
        return frozenset({Change.PEOPLE} | {_CHANGES[t] for t in tables if t in _CHANGES})


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class _Reference:
    table: str
    column: str
    on_delete: str


class PersonBundleStore(JournalStore):
    """Takes out and puts back a person with their links, each in one transaction.

    Stable API: :meth:`capture`, :meth:`delete`, :meth:`restore`, :meth:`cadence`.
    """

    # -- the schema ---------------------------------------------------------
    def _references(self) -> list[_Reference]:
        """Every column that refers to a person, in the order its table was made."""
        tables = [name for (name,) in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
            " ESCAPE '\\' ORDER BY rowid")]
        found = []
        for table in tables:
            keys: dict[int, list[tuple]] = {}
            for fk in self._conn.execute(f"PRAGMA foreign_key_list({_quote(table)})"):
                keys.setdefault(fk[0], []).append(fk)
            for parts in keys.values():
                if parts[0][2].lower() != _PEOPLE:
                    continue
                if len(parts) != 1 or parts[0][4] not in (None, "id"):
                    raise BugError(f"{table} refers to people in a way a bundle can't keep.")
                on_delete = parts[0][6].upper()
                if on_delete == "SET DEFAULT":
                    raise BugError(f"{table} refers to people in a way a bundle can't keep.")
                found.append(_Reference(table, parts[0][3], on_delete))
        return found

    def _columns(self, table: str) -> tuple[str, ...]:
        """Stored columns in order (generated and hidden ones are made by SQLite)."""
        return tuple(r[1] for r in self._conn.execute(f"PRAGMA table_xinfo({_quote(table)})")
                     if r[6] == 0)

    def _key_columns(self, table: str) -> tuple[str, ...]:
        pk = sorted((r[5], r[1]) for r in self._conn.execute(f"PRAGMA table_info({_quote(table)})")
                    if r[5] > 0)
        return tuple(name for _n, name in pk) or ("rowid",)

    def _select(self, table: str, columns: tuple[str, ...], where: str, value: Value) -> tuple[Row, ...]:
        names = ", ".join(_quote(c) for c in columns)
        return tuple(tuple(r) for r in self._conn.execute(
            f"SELECT {names} FROM {_quote(table)} WHERE {_quote(where)} = ?", (value,)))

    # -- taking out -----------------------------------------------------------
    def capture(self, person_id: int) -> PersonBundle:
        """The person and every row that refers to them; ``NotFound`` if they are gone."""
        with self.journal.batch():  # one consistent read
            person = self.journal.get_person(person_id)
            columns = self._columns(_PEOPLE)
            own = LinkedRows(_PEOPLE, "id", columns, self._select(_PEOPLE, columns, "id", person_id))
            linked, cleared = [], []
            for ref in self._references():
                if ref.on_delete == "SET NULL":
                    keys = self._key_columns(ref.table)
                    cleared.append(ClearedLinks(ref.table, ref.column, keys,
                                                self._select(ref.table, keys, ref.column, person_id)))
                else:
                    columns = self._columns(ref.table)
                    linked.append(LinkedRows(ref.table, ref.column, columns,
                                             self._select(ref.table, columns, ref.column, person_id)))
        return PersonBundle(person, own, tuple(linked), tuple(cleared))

    def delete(self, person_id: int) -> PersonBundle:
        """Delete a person (as :meth:`Journal.delete_person`: only without history) and return
        everything needed to bring them back."""
        with self.journal.batch():
            bundle = self.capture(person_id)
            self.journal.delete_person(person_id)
            self.journal._changed(*bundle.changes())  # the plan, goals… lose them too
        return bundle

    # -- many at once (undoing an import of a phone's contacts) ---------------------
    def _select_many(self, table: str, columns: tuple[str, ...], where: str,
                     ids: str) -> dict[int, list[Row]]:
        """Rows of ``table`` whose ``where`` is one of ``ids`` (a JSON list), by that id: one statement."""
        names = ", ".join(_quote(c) for c in (where, *columns))
        found: dict[int, list[Row]] = {}
        for pid, *row in self._conn.execute(
                f"SELECT {names} FROM {_quote(table)} WHERE {_quote(where)} IN"
                " (SELECT value FROM json_each(?))", (ids,)):
            found.setdefault(pid, []).append(tuple(row))
        return found

    def capture_many(self, person_ids: list[int]) -> list[PersonBundle]:
        """:meth:`capture` for everyone in ``person_ids`` still there (in that order), with a
        few statements a table for the lot rather than a few a person."""
        ids = json.dumps([int(pid) for pid in person_ids])
        with self.journal.batch():
            columns = self._columns(_PEOPLE)
            own = self._select_many(_PEOPLE, columns, "id", ids)
            kinds = self._select_many("person_help", ("kind",), "person_id", ids)
            parts: list[tuple[_Reference, tuple[str, ...], dict[int, list[Row]]]] = []
            for ref in self._references():
                cols = (self._key_columns(ref.table) if ref.on_delete == "SET NULL"
                        else self._columns(ref.table))
                parts.append((ref, cols, self._select_many(ref.table, cols, ref.column, ids)))
        person_columns = [columns.index(c) for c in ("id", "name", "relationship", "closeness", "notes", "archived")]
        # Most people of a big batch (a phone's contacts) have no rows in most tables: they share
        # one empty record a table (frozen), and those with no rows anywhere one tuple of them,
        # instead of thousands of equal ones (3,000 people were 0.3 s of Python).
        kept = [(ref, cols, rows, LinkedRows(ref.table, ref.column, cols, ()))
                for ref, cols, rows in parts if ref.on_delete != "SET NULL"]
        nulled = [(ref, cols, rows, ClearedLinks(ref.table, ref.column, cols, ()))
                  for ref, cols, rows in parts if ref.on_delete == "SET NULL"]
        nothing_linked = tuple(empty for *_, empty in kept)
        nothing_cleared = tuple(empty for *_, empty in nulled)
        some_linked = set().union(*(rows for _, _, rows, _ in kept))
        some_cleared = set().union(*(rows for _, _, rows, _ in nulled))
        help_kinds: dict[str, HelpKind] = {}
        bundles = []
        for pid in dict.fromkeys(person_ids):
            if pid not in own:
                continue
            row = own[pid][0]
            person = self.journal._person(tuple(row[i] for i in person_columns), frozenset(
                help_kinds.get(str(k)) or help_kinds.setdefault(str(k), HelpKind(str(k)))
                for (k,) in kinds.get(pid, ())))
            linked = nothing_linked if pid not in some_linked else tuple(
                LinkedRows(ref.table, ref.column, cols, tuple(rows[pid])) if pid in rows else empty
                for ref, cols, rows, empty in kept)
            cleared = nothing_cleared if pid not in some_cleared else tuple(
                ClearedLinks(ref.table, ref.column, cols, tuple(rows[pid])) if pid in rows else empty
                for ref, cols, rows, empty in nulled)
            bundles.append(PersonBundle(person, LinkedRows(_PEOPLE, "id", columns, (row,)), linked, cleared))
        return bundles

    def delete_many(self, bundles: list[PersonBundle]) -> None:
        """Delete the people of ``bundles`` (captured just now in the same transaction, none
        with a contact or an activity) in one statement; their links go as with one person."""
        if not bundles:
            return
        ids = [b.person_id for b in bundles]
        # People without links share their records (capture_many): each kind looked at once.
        kinds = list({(id(b.linked), id(b.cleared)): b for b in bundles}.values())
        if any(b.rows_in(t) for b in kinds for t in ("contact_people", "activity_people")):
            raise BugError("People with history are archived, never deleted.")
        with self.journal.batch():
            self._conn.execute("DELETE FROM people WHERE id IN (SELECT value FROM json_each(?))",
                               (json.dumps(ids),))
            self.journal._mark_person_id(max(ids))  # their ids are never given to someone else
            self.journal._changed(*frozenset().union(*(b.changes() for b in kinds)))

    # -- putting back -----------------------------------------------------------
    def restore(self, bundle: PersonBundle) -> Person:
        """Bring the person back with their own id and every link whose other end is still there.

        A link to something removed since (a goal deleted, a snapshot gone) stays away; a
        goal that has another helper by now keeps that helper. Raises :class:`UserError` if
        someone else has the person's id, and changes nothing then.
        """
        conn = self._conn
        with self.journal.batch():
            if conn.execute("SELECT 1 FROM people WHERE id = ?", (bundle.person_id,)).fetchone():
                raise UserError(translate(
                    "PersonBundle", "{name} can't be brought back: someone else in your journal "
                    "has their place.").format(name=bundle.person.name))
            self._insert(bundle.own, bundle.own.rows[0])
            for part in bundle.linked:
                for row in part.rows:
                    self._put_back(part, row)
            for links in bundle.cleared:
                match = " AND ".join(f"{_quote(k)} = ?" for k in links.key_columns)
                conn.executemany(
                    f"UPDATE {_quote(links.table)} SET {_quote(links.column)} = ?"
                    f" WHERE {match} AND {_quote(links.column)} IS NULL",
                    [(bundle.person_id, *key) for key in links.keys],
                )
            self.journal._changed(*bundle.changes(), Change.CONTACTS, Change.ACTIVITIES)
        return self.journal.get_person(bundle.person_id)

    def _insert(self, part: LinkedRows, row: Row) -> None:
        names = ", ".join(_quote(c) for c in part.columns)
        marks = ", ".join("?" for _ in part.columns)
        self._conn.execute(f"INSERT INTO {_quote(part.table)} ({names}) VALUES ({marks})", row)

    def _put_back(self, part: LinkedRows, row: Row) -> None:
        """One row back in; a row whose other end has gone (or whose place is taken) is left out."""
        conn = self._conn
        conn.execute("SAVEPOINT person_bundle_row")
        try:
            order = _ORDERED.get(part.table)
            if order is not None and order in part.columns:
                self._make_room(part.table, order, row[part.columns.index(order)])
            self._insert(part, row)
        except sqlcipher3.IntegrityError:
            conn.execute("ROLLBACK TO person_bundle_row")
        finally:
            conn.execute("RELEASE person_bundle_row")

    def _make_room(self, table: str, column: str, at: Value) -> None:
        table, column = _quote(table), _quote(column)
        if self._conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (at,)).fetchone() is None:
            return
        # In two steps through negative numbers, so no two rows share a place on the way.
        self._conn.execute(f"UPDATE {table} SET {column} = -{column} - 2 WHERE {column} >= ?", (at,))
        self._conn.execute(f"UPDATE {table} SET {column} = -{column} - 1 WHERE {column} < 0")

    # -- small reads for undo -------------------------------------------------------
    def cadence(self, person_id: int) -> int | None:
        """How often to stay in touch with the person, archived or not (``Journal.cadences``
        leaves archived people out)."""
        row = self._conn.execute(
            "SELECT every_days FROM stay_in_touch WHERE person_id = ?", (person_id,)).fetchone()
        return int(row[0]) if row else None

"""The journal's records in, records out; it builds its stores once (``journal.goals``…).

The rule that holds: no SQL outside ``peerjournal/storage/`` (tests/test_layers.py checks it).
Every public method that changes something is one transaction (one user action);
``batch()`` groups several into one. After a commit the journal tells its
listeners which kinds of thing changed, and each view decides whether to refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from peerjournal.core.clock import Clock, from_storage, to_storage, utc_now
from peerjournal.core.prompts import PromptFacts
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person, clean_vocabulary_word
from peerjournal.core.timeline import TimelineKey, TimelineRow
from peerjournal.core.vocabulary import (
    Closeness,
    ContactMode,
    EntryKind,
    HelpKind,
    Relationship,
    closeness_rank,
    optional_choice,
    stored_choice,
)
from peerjournal.errors import UserError, ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate
from peerjournal.storage import in_touch, note_mentions
from peerjournal.storage.timeline_pages import (
    SearchStep,
    build_row,
    rows_of,
    timeline_page,
    timeline_search,
    with_tracked,
)
from peerjournal.storage.vault.database import Vault

if TYPE_CHECKING:
    from peerjournal.storage.connecting.goals import GoalStore
    from peerjournal.storage.connecting.places import PlaceStore
    from peerjournal.storage.connecting.resources import ResourceStore
    from peerjournal.storage.connecting.snapshots import SnapshotStore
    from peerjournal.storage.people.bundle import PersonBundleStore
    from peerjournal.storage.sharing.replies import ReplyStore
    from peerjournal.storage.sharing.shares import SharingStore
    from peerjournal.storage.support_plan import SupportPlanStore
    from peerjournal.storage.trackers import TrackerStore

Entry = MoodCheckIn | Contact | Activity
Record = MoodCheckIn | Person | Contact | Activity


class Change(StrEnum):
    MOODS = "moods"
    PEOPLE = "people"
    CONTACTS = "contacts"
    ACTIVITIES = "activities"
    VOCABULARY = "vocabulary"
    SNAPSHOTS = "snapshots"
    RESOURCES = "resources"
    SUPPORT_PLAN = "support_plan"
    GOALS = "goals"
    PLACES = "places"
    TRACKERS = "trackers"


Listener = Callable[[frozenset[Change]], None]
# The changes that add, alter or remove entries, and the kind of entry each is about.
ENTRY_CHANGES = {Change.MOODS: EntryKind.MOOD, Change.CONTACTS: EntryKind.CONTACT,
                 Change.ACTIVITIES: EntryKind.ACTIVITY}
_ENTRY_TABLES = {"moods": Change.MOODS, "contacts": Change.CONTACTS, "activities": Change.ACTIVITIES}
# More entries than this in one batch (an import, its undo) are not told one by one.
TOLD_ENTRIES_AT_MOST = 100
# A person in more contacts than this has their history read down the time index.
CONTACTS_WALKED_BY_TIME_FROM = 2_000
R = TypeVar("R")  # a deleted row, as its record
# The highest id a deleted person had (in ``meta``): new people get higher ids, so an id is never
# given twice and undoing a delete can bring the person back under their own id.
_PERSON_ID_MARK = "person_id_mark"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# One whole sentence per kind of record, so each language can say it its own way.
_NOT_FOUND = {
    "check-in": QT_TRANSLATE_NOOP("repository", "That check-in is no longer in the journal."),
    "person": QT_TRANSLATE_NOOP("repository", "That person is no longer in the journal."),
    "contact": QT_TRANSLATE_NOOP("repository", "That contact is no longer in the journal."),
    "activity": QT_TRANSLATE_NOOP("repository", "That activity is no longer in the journal."),
    "goal": QT_TRANSLATE_NOOP("repository", "That goal is no longer in the journal."),
    "place": QT_TRANSLATE_NOOP("repository", "That place is no longer in the journal."),
    "question": QT_TRANSLATE_NOOP("repository", "That question is no longer in the journal."),
    "check": QT_TRANSLATE_NOOP("repository", "That check is no longer in the journal."),
    "snapshot": QT_TRANSLATE_NOOP("repository", "That snapshot is no longer in the journal."),
    "supporter": QT_TRANSLATE_NOOP("repository", "That supporter is no longer in the journal."),
    "tracker": QT_TRANSLATE_NOOP("repository", "That tracker is no longer in the journal."),
}


class NotFound(UserError):
    def __init__(self, what: str) -> None:
        sentence = _NOT_FOUND.get(what)
        super().__init__(translate("repository", sentence) if sentence else translate(
            "repository", "That {what} is no longer in the journal.").format(what=what))



# A stored choice's member, looked up once a value: the enum call was most of reading a phone's
# 3,000 contacts (issue 20). An unknown value still raises (errors are not cached).
_stored_choice = lru_cache(maxsize=256)(optional_choice)
_help_kind = lru_cache(maxsize=64)(HelpKind)

class Journal:
    """Reads and writes journal records in an open :class:`Vault`.

    After each batch its listeners hear the kinds of thing that changed; ``last_entries`` then
    holds the entries (kind, id) the batch added (+1), altered (0) or removed (-1), or None
    when they were not told one by one (an import, a renamed person): read all shown again.
    """

    def __init__(self, vault: Vault, clock: Clock = utc_now) -> None:
        self.vault = vault
        self.clock = clock
        self._listeners: list[Listener] = []
        self._pending: set[Change] = set()
        self._depth = 0
        # The entries this batch touched, when every entry change in it was told one by one
        # (None once one was not): the Timeline updates those rows alone (issue 20).
        self._touched: dict[tuple[EntryKind, int], int] | None = {}
        self.last_entries: Mapping[tuple[EntryKind, int], int] | None = None
        self._telling = 0  # listeners being told of a change (one may make another)

    # -- its stores, built once on first use (Anki's ``col.decks``) --------------------------
    # Each store module imports Journal, hence the imports inside: no import cycle.
    @cached_property
    def goals(self) -> GoalStore:
        from peerjournal.storage.connecting.goals import GoalStore
        return GoalStore(self)

    @cached_property
    def places(self) -> PlaceStore:
        from peerjournal.storage.connecting.places import PlaceStore
        return PlaceStore(self)

    @cached_property
    def resources(self) -> ResourceStore:
        from peerjournal.storage.connecting.resources import ResourceStore
        return ResourceStore(self)

    @cached_property
    def snapshots(self) -> SnapshotStore:
        from peerjournal.storage.connecting.snapshots import SnapshotStore
        return SnapshotStore(self)

    @cached_property
    def plan(self) -> SupportPlanStore:
        from peerjournal.storage.support_plan import SupportPlanStore
        return SupportPlanStore(self)

    @cached_property
    def sharing(self) -> SharingStore:
        from peerjournal.storage.sharing.shares import SharingStore
        return SharingStore(self)

    @cached_property
    def replies(self) -> ReplyStore:
        from peerjournal.storage.sharing.replies import ReplyStore
        return ReplyStore(self)

    @cached_property
    def trackers(self) -> TrackerStore:
        from peerjournal.storage.trackers import TrackerStore
        return TrackerStore(self)

    @cached_property
    def person_bundles(self) -> PersonBundleStore:
        from peerjournal.storage.people.bundle import PersonBundleStore
        return PersonBundleStore(self)

    # -- change notification --------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several changes into one transaction and one notification."""
        self._depth += 1
        try:
            with self.vault.transaction():
                yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._pending.clear()
                self._touched = {}
            raise
        self._depth -= 1
        if self._depth == 0 and self._pending:
            self._tell_pending()

    def _tell_pending(self) -> None:
        """Tell the listeners what this batch changed (after its commit, or :meth:`tell`)."""
        changed = frozenset(self._pending)
        self._pending.clear()
        touched, self._touched = self._touched, {}
        outer = self.last_entries
        self.last_entries = None if touched is None else MappingProxyType(touched)
        self._telling += 1
        try:
            for listener in list(self._listeners):
                listener(changed)
        finally:
            self._telling -= 1
            if self._telling:  # made while telling of another: the rest of that telling hears its own
                self.last_entries = outer

    def tell(self, *kinds: Change) -> None:
        """Tell the listeners of changes committed on another connection (:meth:`apart`), as
        a batch would, without a transaction of this connection's own."""
        self._changed(*kinds)
        if self._depth == 0 and self._pending:
            self._tell_pending()

    @contextmanager
    def apart(self) -> Iterator[Journal | None]:
        """This journal on a connection of its own, for a worker's bulk change that must not
        hold the window's connection (issue 20), closed after; None when there is none to open.
        Its listeners are none: the GUI thread then calls :meth:`tell`."""
        conn = self.vault.open_apart()
        if conn is None:
            yield None
            return
        other = Vault(self.vault.path, conn, self.vault.kind)
        try:
            yield Journal(other, self.clock)
        finally:
            other.close()

    def _changed(self, *kinds: Change) -> None:
        """Say what kinds of thing this batch changed. Entries changed this way are not told
        one by one: listeners of :attr:`last_entries` then read all they show again."""
        self._pending.update(kinds)
        if any(kind in ENTRY_CHANGES for kind in kinds):
            self._touched = None

    def _changed_entry(self, change: Change, entry_id: int | None, count: int = 0) -> None:
        """Say this batch added (``count`` 1), altered (0) or removed (-1) one entry of the
        kind ``change`` says."""
        self._pending.add(change)
        if self._touched is not None and entry_id is not None:
            key = (ENTRY_CHANGES[change], entry_id)
            self._touched[key] = self._touched.get(key, 0) + count
            if len(self._touched) > TOLD_ENTRIES_AT_MOST:
                self._touched = None

    def _delete_entry(self, get: Callable[[int], R], table: str, entry_id: int, *changes: Change) -> R:
        """Delete one row by id (its links go with it, ON DELETE CASCADE) in one transaction;
        return it as it was, for undo. ``get`` raises NotFound. The stores use it too."""
        with self.batch():
            entry = get(entry_id)
            # table is a fixed name from the calling module, never user input.
            self.vault.conn.execute(f"DELETE FROM {table} WHERE id = ?", (entry_id,))
            if table in _ENTRY_TABLES and changes == (_ENTRY_TABLES[table],):
                self._changed_entry(changes[0], entry_id, -1)
            else:
                self._changed(*changes)
        return entry

    def _update_row(self, sql: str, params: tuple, what: str) -> None:
        """Run an UPDATE of one row by id; ``NotFound(what)`` if there is no such row."""
        if self.vault.conn.execute(sql, params).rowcount != 1:
            raise NotFound(what)

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self.vault.conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        return self.vault.conn.execute(sql, params).fetchall()

    # -- generic (used by undo) -------------------------------------------
    def add(self, record: Record) -> Record:
        if isinstance(record, MoodCheckIn):
            return self.add_mood(record)
        if isinstance(record, Contact):
            return self.add_contact(record)
        if isinstance(record, Activity):
            return self.add_activity(record)
        return self.add_person(record)

    def get_entry(self, kind: EntryKind, entry_id: int) -> Entry:
        getters: dict[EntryKind, Callable[[int], Entry]] = {
            EntryKind.MOOD: self.get_mood,
            EntryKind.CONTACT: self.get_contact,
            EntryKind.ACTIVITY: self.get_activity,
        }
        return getters[kind](entry_id)

    def delete_entry(self, kind: EntryKind, entry_id: int) -> Entry:
        deleters: dict[EntryKind, Callable[[int], Entry]] = {
            EntryKind.MOOD: self.delete_mood,
            EntryKind.CONTACT: self.delete_contact,
            EntryKind.ACTIVITY: self.delete_activity,
        }
        return deleters[kind](entry_id)

    def update(self, record: Record) -> Record:
        if isinstance(record, MoodCheckIn):
            return self.update_mood(record)
        if isinstance(record, Contact):
            return self.update_contact(record)
        if isinstance(record, Activity):
            return self.update_activity(record)
        return self.update_person(record)

    # -- moods ------------------------------------------------------------
    def add_mood(self, mood: MoodCheckIn) -> MoodCheckIn:
        mood = mood.validate(self.clock())
        with self.batch():
            cur = self.vault.conn.execute(
                "INSERT INTO moods (id, at_utc, mood, energy, note) VALUES (?, ?, ?, ?, ?)",
                (mood.id, to_storage(mood.at), mood.mood, mood.energy, mood.note),
            )
            mood = mood.with_id(cur.lastrowid)
            self._write_feelings(mood)
            mood = self.trackers.write_values(mood)
            self._changed_entry(Change.MOODS, mood.id, 1)
        return mood

    def update_mood(self, mood: MoodCheckIn) -> MoodCheckIn:
        mood = mood.validate(self.clock())
        with self.batch():
            self._update_row(
                "UPDATE moods SET at_utc = ?, mood = ?, energy = ?, note = ? WHERE id = ?",
                (to_storage(mood.at), mood.mood, mood.energy, mood.note, mood.id), "check-in",
            )
            self.vault.conn.execute("DELETE FROM mood_feelings WHERE mood_id = ?", (mood.id,))
            self._write_feelings(mood)
            mood = self.trackers.write_values(mood, replacing=True)
            self._changed_entry(Change.MOODS, mood.id)
        return mood

    def _write_feelings(self, mood: MoodCheckIn) -> None:
        self.vault.conn.executemany(
            "INSERT INTO mood_feelings (mood_id, feeling, position) VALUES (?, ?, ?)",
            [(mood.id, f, i) for i, f in enumerate(mood.feelings)],
        )

    def get_mood(self, mood_id: int) -> MoodCheckIn:
        row = self._one("SELECT id, at_utc, mood, energy, note FROM moods WHERE id = ?", (mood_id,))
        if row is None:
            raise NotFound("check-in")
        feelings = self._all(
            "SELECT feeling FROM mood_feelings WHERE mood_id = ? ORDER BY position", (mood_id,)
        )
        return MoodCheckIn(
            id=row[0], at=from_storage(row[1]), mood=row[2], energy=row[3], note=row[4],
            feelings=tuple(f for (f,) in feelings), tracked=self.trackers.values_of(mood_id),
        )

    def delete_mood(self, mood_id: int) -> MoodCheckIn:
        return self._delete_entry(self.get_mood, "moods", mood_id, Change.MOODS)

    def moods_between(self, start: datetime, end: datetime) -> list[MoodCheckIn]:
        ids = self._all(
            "SELECT id FROM moods WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc",
            (to_storage(start), to_storage(end)),
        )
        return [self.get_mood(i) for (i,) in ids]

    # -- people -----------------------------------------------------------
    def add_person(self, person: Person) -> Person:
        person = person.validate(self.clock())
        with self.batch():
            if person.id is None:  # never an id a deleted person had: undo brings them back with it
                person = person.with_id(self._next_person_id())
            cur = self.vault.conn.execute(
                "INSERT INTO people (id, name, relationship, closeness, notes, archived)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (person.id, person.name, stored_choice(person.relationship), stored_choice(person.closeness),
                 person.notes, int(person.archived)),
            )
            person = person.with_id(cur.lastrowid)
            self._write_help(person)
            self._changed(Change.PEOPLE)
        return person

    def add_people(self, people: Sequence[Person]) -> list[Person]:
        """:meth:`add_person` for many (all or none), a few statements for the lot: a phone's
        3,000 contacts one by one took seconds. New ids follow on, in the order given."""
        now = self.clock()
        checked = [p.validate(now) for p in people]
        with self.batch():
            next_id = self._next_person_id()
            stored = []
            for person in checked:
                if person.id is None:  # made directly: dataclasses.replace was most of the time
                    person = Person(person.name, person.relationship, person.closeness,
                                    person.help_kinds, person.notes, person.archived, next_id)
                next_id = max(next_id, person.id + 1)  # type: ignore[operator]  # set just above
                stored.append(person)
            self.vault.conn.executemany(
                "INSERT INTO people (id, name, relationship, closeness, notes, archived)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(p.id, p.name, stored_choice(p.relationship), stored_choice(p.closeness), p.notes, int(p.archived))
                 for p in stored])
            self.vault.conn.executemany(
                "INSERT INTO person_help (person_id, kind) VALUES (?, ?)",
                [(p.id, k.value) for p in stored for k in sorted(p.help_kinds)])
            if stored:
                self._changed(Change.PEOPLE)
        return stored

    def update_person(self, person: Person) -> Person:
        person = person.validate(self.clock())
        with self.batch():
            before = self._one("SELECT name FROM people WHERE id = ?", (person.id,))
            self._update_row(
                "UPDATE people SET name = ?, relationship = ?, closeness = ?, notes = ?,"
                " archived = ? WHERE id = ?",
                (person.name, stored_choice(person.relationship), stored_choice(person.closeness), person.notes,
                 int(person.archived), person.id), "person",
            )
            self.vault.conn.execute("DELETE FROM person_help WHERE person_id = ?", (person.id,))
            self._write_help(person)
            # Notes that mention them carry the new name (search finds it; see note_mentions).
            renamed = before is not None and before[0] != person.name
            if renamed and note_mentions.rename_in_notes(self.vault.conn, person.id, person.name):  # type: ignore[arg-type]
                self._changed(Change.MOODS)
            # Summaries of contacts and activities show names.
            self._changed(Change.PEOPLE, Change.CONTACTS, Change.ACTIVITIES)
        return person

    def _write_help(self, person: Person) -> None:
        self.vault.conn.executemany(
            "INSERT INTO person_help (person_id, kind) VALUES (?, ?)",
            [(person.id, k.value) for k in sorted(person.help_kinds)],
        )

    def get_person(self, person_id: int) -> Person:
        row = self._one(
            "SELECT id, name, relationship, closeness, notes, archived FROM people WHERE id = ?",
            (person_id,),
        )
        if row is None:
            raise NotFound("person")
        return self._person(row, self._help_of(person_id))

    def _help_of(self, person_id: int) -> frozenset[HelpKind]:
        rows = self._all("SELECT kind FROM person_help WHERE person_id = ?", (person_id,))
        return frozenset(HelpKind(k) for (k,) in rows)

    @staticmethod
    def _person(row: tuple, help_kinds: frozenset[HelpKind]) -> Person:
        return Person(
            id=row[0], name=row[1], relationship=_stored_choice(Relationship, row[2]),
            closeness=_stored_choice(Closeness, row[3]), notes=row[4], archived=bool(row[5]),
            help_kinds=help_kinds,
        )

    def people(self, include_archived: bool = False) -> list[Person]:
        rows = self._all(
            "SELECT id, name, relationship, closeness, notes, archived FROM people"
            + ("" if include_archived else " WHERE archived = 0")
            + " ORDER BY name COLLATE NOCASE"
        )
        help_rows = self._all("SELECT person_id, kind FROM person_help")
        help_by_person: dict[int, set[HelpKind]] = {}
        for pid, kind in help_rows:
            help_by_person.setdefault(pid, set()).add(_help_kind(kind))
        return [self._person(r, frozenset(help_by_person.get(r[0], ()))) for r in rows]

    def last_in_touch_times(self, before: datetime | None = None) -> dict[int, datetime]:
        """Person id → when they were last in touch: a contact with them or an activity they
        were part of (see :mod:`peerjournal.storage.in_touch`, the one definition)."""
        return in_touch.last_in_touch_times(self.vault.conn, before)

    def last_in_touch_for(self, people: Collection[int]) -> dict[int, datetime]:
        """:meth:`last_in_touch_times` for ``people`` only, without reading the whole journal
        (a year of entries, then the links of those not seen in it: :mod:`.in_touch`)."""
        return in_touch.last_in_touch_for(self.vault.conn, people, self.clock())

    def last_in_touch(self, before: datetime | None = None) -> datetime | None:
        """When the person was last in touch with anyone (a contact, or an activity with someone)."""
        return in_touch.last_in_touch(self.vault.conn, before)

    def person_has_history(self, person_id: int) -> bool:
        row = self._one(
            "SELECT EXISTS (SELECT 1 FROM contact_people WHERE person_id = ?)"
            " OR EXISTS (SELECT 1 FROM activity_people WHERE person_id = ?)",
            (person_id, person_id),
        )
        # A note that mentions them counts as much as a contact (see note_mentions).
        return bool(row and row[0]) or note_mentions.is_mentioned(self.vault.conn, person_id)

    def set_archived(self, person_id: int, archived: bool) -> Person:
        return self.update_person(replace(self.get_person(person_id), archived=archived))

    def delete_person(self, person_id: int) -> Person:
        """Only for people with no history; those with history are archived instead."""
        with self.batch():
            person = self.get_person(person_id)
            if self.person_has_history(person_id):
                raise UserError(
                    translate("repository", "{name} appears in your journal, so they can be archived "
                              "but not deleted.").format(name=person.name)
                )
            self.vault.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
            self._mark_person_id(person_id)
            self._changed(Change.PEOPLE)
        return person

    def _mark_person_id(self, person_id: int) -> None:
        """Remember the highest id ever given, so a deleted person's id is never reused."""
        self.vault.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET"
            " value = CAST(max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)",
            (_PERSON_ID_MARK, str(person_id)),
        )

    def _next_person_id(self) -> int:
        row = self._one(
            "SELECT max(coalesce((SELECT max(id) FROM people), 0),"
            " coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0)) + 1",
            (_PERSON_ID_MARK,),
        )
        return int(row[0])  # type: ignore[index]

    # -- contacts ---------------------------------------------------------
    def _check_people_exist(self, person_ids: tuple[int, ...]) -> None:
        for pid in person_ids:
            if self._one("SELECT 1 FROM people WHERE id = ?", (pid,)) is None:
                raise NotFound("person")

    def add_contact(self, contact: Contact) -> Contact:
        contact = contact.validate(self.clock())
        with self.batch():
            self._check_people_exist(contact.person_ids)
            cur = self.vault.conn.execute(
                "INSERT INTO contacts (id, at_utc, mode, duration_min, felt, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (contact.id, to_storage(contact.at), contact.mode.value, contact.duration_min,
                 contact.felt, contact.note),
            )
            contact = contact.with_id(cur.lastrowid)
            self._write_links("contact_people", "contact_id", contact.id, contact.person_ids)
            self._changed_entry(Change.CONTACTS, contact.id, 1)
        return contact

    def update_contact(self, contact: Contact) -> Contact:
        contact = contact.validate(self.clock())
        with self.batch():
            self._check_people_exist(contact.person_ids)
            self._update_row(
                "UPDATE contacts SET at_utc = ?, mode = ?, duration_min = ?, felt = ?, note = ?"
                " WHERE id = ?",
                (to_storage(contact.at), contact.mode.value, contact.duration_min, contact.felt,
                 contact.note, contact.id), "contact",
            )
            self._write_links("contact_people", "contact_id", contact.id, contact.person_ids,
                              replacing=True)
            self._changed_entry(Change.CONTACTS, contact.id)
        return contact

    def _write_links(self, table: str, column: str, entry_id: int | None, people: tuple[int, ...],
                     replacing: bool = False) -> None:
        """Link an entry to its people in order; with ``replacing``, drop its old links first."""
        # table and column are fixed names from this module, never user input.
        if replacing:
            self.vault.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (entry_id,))
        self.vault.conn.executemany(
            f"INSERT INTO {table} ({column}, person_id, position) VALUES (?, ?, ?)",
            [(entry_id, pid, i) for i, pid in enumerate(people)],
        )

    def _links(self, table: str, column: str, entry_id: int) -> tuple[int, ...]:
        rows = self._all(
            f"SELECT person_id FROM {table} WHERE {column} = ? ORDER BY position", (entry_id,)
        )
        return tuple(pid for (pid,) in rows)

    def get_contact(self, contact_id: int) -> Contact:
        row = self._one(
            "SELECT id, at_utc, mode, duration_min, felt, note FROM contacts WHERE id = ?",
            (contact_id,),
        )
        if row is None:
            raise NotFound("contact")
        return Contact(
            id=row[0], at=from_storage(row[1]), mode=ContactMode(row[2]), duration_min=row[3],
            felt=row[4], note=row[5],
            person_ids=self._links("contact_people", "contact_id", contact_id),
        )

    def delete_contact(self, contact_id: int) -> Contact:
        return self._delete_entry(self.get_contact, "contacts", contact_id, Change.CONTACTS)

    def contacts_with(self, person_id: int) -> list[Contact]:
        """A person's contact history, newest first."""
        ids = self._all(
            "SELECT c.id FROM contacts c JOIN contact_people cp ON cp.contact_id = c.id"
            " WHERE cp.person_id = ? ORDER BY c.at_utc DESC",
            (person_id,),
        )
        return [self.get_contact(i) for (i,) in ids]

    def contacts_with_page(self, person_id: int, after: Contact | None = None,
                           limit: int = 200) -> list[Contact]:
        """Up to ``limit`` of a person's contacts, newest first, older than ``after`` (the last
        one read): a few queries a page, so the People page shows a person of thirty years
        without reading all their history (issue 20).

        Someone seen often is read down the time index (a page is found after a few pages'
        worth of contacts); someone seen seldom through their own links, sorted (all of them,
        but few). Thirty years, the most frequent person (27k contacts): 216 ms by their
        links, 1 ms by time; one seen 82 times: 5 ms by links, 156 ms by time."""
        older = "" if after is None else " AND (c.at_utc < ? OR (c.at_utc = ? AND c.id < ?))"
        params: tuple = (person_id,)
        if after is not None:
            stamp = to_storage(after.at)
            params = (person_id, stamp, stamp, after.id)
        often = self._one("SELECT count(*) FROM contact_people WHERE person_id = ?",
                          (person_id,))[0] > CONTACTS_WALKED_BY_TIME_FROM  # type: ignore[index]
        source = ("contacts c WHERE EXISTS (SELECT 1 FROM contact_people cp"
                  " WHERE cp.contact_id = c.id AND cp.person_id = ?)" if often else
                  "contact_people cp JOIN contacts c ON c.id = cp.contact_id WHERE cp.person_id = ?")
        rows = self._all(
            f"SELECT c.id, c.at_utc, c.mode, c.duration_min, c.felt, c.note FROM {source}{older}"
            " ORDER BY c.at_utc DESC, c.id DESC LIMIT ?",
            (*params, int(limit)),
        )
        links: dict[int, list[int]] = {}
        ids = [row[0] for row in rows]
        if ids:  # a page is well under SQLite's limit on bound parameters
            marks = ", ".join("?" * len(ids))
            for contact_id, pid in self._all(
                    f"SELECT contact_id, person_id FROM contact_people WHERE contact_id IN ({marks})"
                    " ORDER BY contact_id, position", tuple(ids)):
                links.setdefault(contact_id, []).append(pid)
        return [Contact(id=i, at=from_storage(at), mode=ContactMode(mode), duration_min=minutes, felt=felt,
                        note=note, person_ids=tuple(links.get(i, ())))
                for i, at, mode, minutes, felt, note in rows]

    # -- activities -------------------------------------------------------
    def add_activity(self, activity: Activity) -> Activity:
        activity = activity.validate(self.clock())
        with self.batch():
            self._check_people_exist(activity.person_ids)
            cur = self.vault.conn.execute(
                "INSERT INTO activities (id, at_utc, category, title, felt, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (activity.id, to_storage(activity.at), activity.category, activity.title,
                 activity.felt, activity.note),
            )
            activity = activity.with_id(cur.lastrowid)
            self._write_links("activity_people", "activity_id", activity.id, activity.person_ids)
            self._changed_entry(Change.ACTIVITIES, activity.id, 1)
        return activity

    def update_activity(self, activity: Activity) -> Activity:
        activity = activity.validate(self.clock())
        with self.batch():
            self._check_people_exist(activity.person_ids)
            self._update_row(
                "UPDATE activities SET at_utc = ?, category = ?, title = ?, felt = ?, note = ?"
                " WHERE id = ?",
                (to_storage(activity.at), activity.category, activity.title, activity.felt,
                 activity.note, activity.id), "activity",
            )
            self._write_links("activity_people", "activity_id", activity.id, activity.person_ids,
                              replacing=True)
            self._changed_entry(Change.ACTIVITIES, activity.id)
        return activity

    def get_activity(self, activity_id: int) -> Activity:
        row = self._one(
            "SELECT id, at_utc, category, title, felt, note FROM activities WHERE id = ?",
            (activity_id,),
        )
        if row is None:
            raise NotFound("activity")
        return Activity(
            id=row[0], at=from_storage(row[1]), category=row[2], title=row[3], felt=row[4],
            note=row[5], person_ids=self._links("activity_people", "activity_id", activity_id),
        )

    def delete_activity(self, activity_id: int) -> Activity:
        return self._delete_entry(self.get_activity, "activities", activity_id, Change.ACTIVITIES)

    # -- vocabulary (editable lists) --------------------------------------
    def feelings(self) -> list[str]:
        return [n for (n,) in self._all("SELECT name FROM feelings ORDER BY position, name")]

    def activity_categories(self) -> list[str]:
        return [
            n for (n,) in self._all("SELECT name FROM activity_categories ORDER BY position, name")
        ]

    def add_feeling(self, word: str) -> str:
        return self._add_word("feelings", clean_vocabulary_word(word).lower())

    def add_activity_category(self, word: str) -> str:
        return self._add_word("activity_categories", clean_vocabulary_word(word))

    def remove_feeling(self, word: str) -> None:
        self._remove_word("feelings", word)

    def remove_activity_category(self, word: str) -> None:
        self._remove_word("activity_categories", word)

    def _add_word(self, table: str, word: str) -> str:
        with self.batch():
            self.vault.conn.execute(
                f"INSERT OR IGNORE INTO {table} (name, position)"
                f" VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM {table}))",
                (word,),
            )
            self._changed(Change.VOCABULARY)
        return word

    def _remove_word(self, table: str, word: str) -> None:
        # Past entries keep the word; it only leaves the list offered for new ones.
        with self.batch():
            self.vault.conn.execute(f"DELETE FROM {table} WHERE name = ?", (word,))
            self._changed(Change.VOCABULARY)

    # -- staying in touch and prompts -------------------------------------
    def cadences(self) -> dict[int, int]:
        """Person id → "get in touch every N days", for people not archived."""
        rows = self._all(
            "SELECT s.person_id, s.every_days FROM stay_in_touch s"
            " JOIN people p ON p.id = s.person_id WHERE p.archived = 0"
        )
        return dict(rows)

    def set_cadence(self, person_id: int, every_days: int | None) -> None:
        if every_days is not None and not 1 <= every_days <= 366:
            raise ValidationError(translate("repository", "Please choose between 1 day and a year."))
        with self.batch():
            self.get_person(person_id)
            self.vault.conn.execute("DELETE FROM stay_in_touch WHERE person_id = ?", (person_id,))
            if every_days is not None:
                self.vault.conn.execute(
                    "INSERT INTO stay_in_touch (person_id, every_days) VALUES (?, ?)",
                    (person_id, every_days),
                )
            self._changed(Change.PEOPLE)

    def first_entry_at(self, before: datetime | None = None) -> datetime | None:
        """When the earliest entry of any kind (made before ``before``, if given) was made;
        None if there is none. Three index look-ups."""
        where = "" if before is None else " WHERE at_utc < ?"
        params = () if before is None else (to_storage(before),) * 3
        row = self._one(
            f"SELECT min(at) FROM (SELECT min(at_utc) AS at FROM moods{where}"
            f" UNION ALL SELECT min(at_utc) FROM contacts{where}"
            f" UNION ALL SELECT min(at_utc) FROM activities{where})",
            params,
        )
        return from_storage(row[0]) if row and row[0] else None

    def prompt_facts(self, good_days: int = 180) -> PromptFacts:
        """What the prompt schedule needs from the journal, in a few small queries."""

        def latest(table: str) -> datetime | None:
            row = self._one(f"SELECT max(at_utc) FROM {table}")
            return from_storage(row[0]) if row and row[0] else None

        people = self.people()
        cadences = self.cadences()
        supportive = [
            p for p in people
            if p.id is not None and {HelpKind.COMPANY, HelpKind.EMOTIONAL} & p.help_kinds
        ]
        # Only the people a prompt can name (issue 20): not every contact of the journal.
        by_person = self.last_in_touch_for({*cadences, *(p.id for p in supportive if p.id is not None)})
        supportive.sort(key=lambda p: (closeness_rank(p.closeness), -by_person.get(p.id, _EPOCH).timestamp()))  # type: ignore[arg-type]
        since = to_storage(self.clock() - timedelta(days=good_days))
        good = self._all(
            "SELECT title FROM activities WHERE felt >= 4 AND at_utc >= ?"
            " GROUP BY title COLLATE NOCASE ORDER BY count(*) DESC, max(at_utc) DESC LIMIT 3",
            (since,),
        )
        checked = self._one("SELECT max(taken_utc) FROM resource_checks")
        goals = self._all("SELECT id, review_on, title FROM goals WHERE status = 'active'")
        return PromptFacts(
            last_mood=latest("moods"), last_in_touch=self.last_in_touch(),
            last_activity=latest("activities"), last_in_touch_by_person=by_person,
            cadences=cadences, names={p.id: p.name for p in people if p.id is not None},
            supporters=tuple(p.name for p in supportive),
            good_activities=tuple(t for (t,) in good),
            journal_started=self.first_entry_at(),
            last_resource_check=from_storage(checked[0]) if checked and checked[0] else None,
            goal_reviews={i: date.fromisoformat(on) for i, on, _ in goals},
            goal_titles={i: title for i, _, title in goals},
        )

    def get_setting(self, key: str) -> str | None:
        """Private settings kept inside the encrypted vault (never in the settings file)."""
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.vault.transaction():
            self.vault.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- timeline ---------------------------------------------------------
    def timeline(self, since: datetime | None = None) -> list[TimelineRow]:
        """Every entry (or those at or after ``since``), newest first, as light summary rows."""
        bound = to_storage(since) if since is not None else ""
        rows = self._all(
            """
            SELECT 'mood', m.id, m.at_utc, m.mood, m.note,
                   (SELECT group_concat(feeling, ', ') FROM
                      (SELECT feeling FROM mood_feelings WHERE mood_id = m.id ORDER BY position)),
                   NULL
              FROM moods m WHERE m.at_utc >= :since
            UNION ALL
            SELECT 'contact', c.id, c.at_utc, c.felt, c.note,
                   (SELECT group_concat(name, ', ') FROM
                      (SELECT p.name FROM contact_people cp JOIN people p ON p.id = cp.person_id
                        WHERE cp.contact_id = c.id ORDER BY cp.position)),
                   c.mode
              FROM contacts c WHERE c.at_utc >= :since
            UNION ALL
            SELECT 'activity', a.id, a.at_utc, a.felt, a.note,
                   (SELECT group_concat(name, ', ') FROM
                      (SELECT p.name FROM activity_people ap JOIN people p ON p.id = ap.person_id
                        WHERE ap.activity_id = a.id ORDER BY ap.position)),
                   a.category || char(31) || a.title
              FROM activities a WHERE a.at_utc >= :since
            ORDER BY 3 DESC, 1 DESC, 2 DESC
            """,
            {"since": bound},
        )
        return with_tracked(self.vault.conn, [build_row(*row) for row in rows])

    def timeline_page(self, after: TimelineKey | None = None, limit: int | None = 200,
                      kind: EntryKind | None = None, text: str = "",
                      until: TimelineKey | None = None) -> list[TimelineRow]:
        """A page of the timeline, keyset paged (see :mod:`peerjournal.storage.timeline_pages`):
        rows after ``after`` (a row's ``key``), newest first, filtered as the Timeline filters."""
        return timeline_page(self.vault.conn, after, limit, kind, text, until)

    def timeline_rows_of(self, entries: Iterable[tuple[EntryKind, int]]) -> list[TimelineRow]:
        """The timeline rows of these entries, those still in the journal (any order): what the
        Timeline reads after a change that told its entries (:attr:`last_entries`)."""
        ids: dict[EntryKind, list[int]] = {}
        for kind, entry_id in entries:
            ids.setdefault(kind, []).append(entry_id)
        return [row for kind, some in ids.items() for row in rows_of(self.vault.conn, kind, sorted(some))]

    def timeline_search(self, after: TimelineKey | None, limit: int, kind: EntryKind | None,
                        text: str, budget: int = 500) -> SearchStep:
        """One step of the Timeline's text filter through the search index: at most ``budget``
        matching rows."""
        return timeline_search(self.vault.conn, after, limit, kind, text, budget)

    def counts(self, kinds: Iterable[EntryKind] | None = None) -> dict[EntryKind, int]:
        """How many entries of each kind (or of ``kinds`` only: each count reads its index)."""
        tables = {EntryKind.MOOD: "moods", EntryKind.CONTACT: "contacts",
                  EntryKind.ACTIVITY: "activities"}
        # The table names are fixed here, never user input.
        return {kind: self._one(f"SELECT count(*) FROM {tables[kind]}")[0]  # type: ignore[index]
                for kind in (tables if kinds is None else kinds)}

"""Qt models for the People page: people grouped by circle, and one person's contact history.

Both read the journal through its API only; call ``reload()`` / ``show_person()``
when the journal reports a change.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from peerjournal.core.clock import to_local
from peerjournal.core.mentions import plain as plain_note
from peerjournal.core.records import Contact, Person
from peerjournal.core.vocabulary import (
    FELT_LABELS,
    Closeness,
    EntryKind,
    closeness_label,
    relationship_label,
)
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Journal, NotFound

from peerjournal.ui.widgets.dates import day_text, when_text

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
# The bare name, so filtering ignores "(archived)" and never matches a group row.
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
# On group rows: the Closeness value, so the page can remember which groups are collapsed.
CIRCLE_ROLE = Qt.ItemDataRole.UserRole + 2
UNSET_CIRCLE = "unset"  # CIRCLE_ROLE of the group of people not placed in a circle yet

NO_DATE = "—"

AnyIndex = QModelIndex | QPersistentModelIndex
ROWS_A_STEP = 200  # people made into rows in one event-loop turn when many are read at once
Touched = Mapping[tuple[EntryKind, int], int]  # the journal's last_entries: +1 added, 0 changed, -1 removed


def local_date(at: datetime, now: datetime | None = None) -> str:
    """A day in local time, with "Today" / "Yesterday" when that is easier to read."""
    day = to_local(at).date()
    if now is not None:
        today = to_local(now).date()
        if day == today:
            return QCoreApplication.translate("PeopleModel", "Today")
        if day == today - timedelta(days=1):
            return QCoreApplication.translate("PeopleModel", "Yesterday")
    return day_text(day, "d MMM yyyy")


def local_date_time(at: datetime) -> str:
    return when_text(at, "d MMM yyyy, HH:mm")


def _read_only(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


class PeopleModel(QStandardItemModel):
    """Three group rows (close, middle, outer circle) with their people as children.

    Columns: Name, Relationship, Last in touch (a contact or an activity together, the
    journal's one definition). ``PERSON_ID_ROLE`` on person rows holds the person id;
    group rows hold none and cannot be selected.
    """

    HEADERS = (QT_TRANSLATE_NOOP("PeopleModel", "Name"), QT_TRANSLATE_NOOP("PeopleModel", "Relationship"),
               QT_TRANSLATE_NOOP("PeopleModel", "Last in touch"))

    def __init__(self, journal: Journal, parent=None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._journal = journal
        self._show_archived = False
        self._people: dict[int, Person] = {}
        self._last: dict[int, datetime] = {}
        self._has_anyone = False
        self.setHorizontalHeaderLabels([QCoreApplication.translate("PeopleModel", h) for h in self.HEADERS])
        if load:  # (the People page loads it when first shown)
            self.reload()

    # -- state ----------------------------------------------------------
    def show_archived(self) -> bool:
        return self._show_archived

    def set_show_archived(self, on: bool) -> None:
        if on != self._show_archived:
            self._show_archived = on
            self.reload()

    def has_anyone(self) -> bool:
        """True if the journal holds any person, archived ones included."""
        return self._has_anyone

    def person(self, person_id: int) -> Person | None:
        """The person as last loaded (archived ones too), or None."""
        return self._people.get(person_id)

    def last_in_touch(self, person_id: int) -> datetime | None:
        """When they were last in touch, as last loaded; None if never."""
        return self._last.get(person_id)

    def person_index(self, person_id: int) -> QModelIndex:
        """The Name cell of a shown person, or an invalid index."""
        for group_row in range(self.rowCount()):
            group = self.item(group_row)
            for row in range(group.rowCount()):
                child = group.child(row)
                if child.data(PERSON_ID_ROLE) == person_id:
                    return child.index()
        return QModelIndex()

    # -- loading --------------------------------------------------------
    def reload(self) -> None:
        for _step in self.reload_steps():
            pass

    def reload_steps(self) -> Iterator[None]:
        """:meth:`reload` in steps: with more than :data:`ROWS_A_STEP` people it yields after
        reading them and after making each :data:`ROWS_A_STEP` of them into rows, for the caller
        to let the event loop turn between (a phone's 3,000 contacts took 0.4-0.5 s in one go,
        issue 20). A circle shows once all its people are made; with fewer, it never yields."""
        everyone = self._journal.people(include_archived=True)
        # Read in bounded steps, not a walk over every contact (issue 20).
        self._last = last = self._journal.last_in_touch_for([p.id for p in everyone if p.id is not None])
        now = self._journal.clock()
        self._people = {p.id: p for p in everyone if p.id is not None}
        self._has_anyone = bool(everyone)
        shown = [p for p in everyone if self._show_archived or not p.archived]
        shown.sort(key=lambda p: p.name.casefold())
        # Many rows go a few hundred a step too: a view takes out 3,000 rows in 0.15 s (an
        # import of a phone's contacts undone).
        for group_row in range(self.rowCount()):
            group = self.item(group_row)
            while group.rowCount() > ROWS_A_STEP:
                group.removeRows(group.rowCount() - ROWS_A_STEP, ROWS_A_STEP)
                yield
        self.removeRows(0, self.rowCount())
        if len(shown) > ROWS_A_STEP:
            yield
        made = 0
        for circle in (*Closeness, None):
            members = [p for p in shown if p.closeness == circle]
            if circle is None and not members:
                continue  # "Circle not set" is only there while someone is not placed yet
            group = self._group_row(circle, len(members))
            for person in members:
                group.appendRow(self._person_row(person, last.get(person.id or -1), now))
                made += 1
                if made % ROWS_A_STEP == 0 and made < len(shown):
                    yield
            # Children first, then one insert per group: fewer signals for the view.
            self.appendRow(group)

    def _group_row(self, circle: Closeness | None, count: int) -> QStandardItem:
        title = closeness_label(circle)
        group = _read_only(f"{title} ({count})")
        group.setData(circle.value if circle is not None else UNSET_CIRCLE, CIRCLE_ROLE)
        spoken = self.tr("{circle}, %n person(s)", "", count).format(circle=title)
        group.setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
        # Headings, not choices: selecting one would only show an empty details pane.
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        bold = QFont()
        bold.setBold(True)
        group.setFont(bold)
        return group

    def _person_row(self, person: Person, last: datetime | None, now: datetime) -> list[QStandardItem]:
        name = _read_only(QCoreApplication.translate("PeopleModel", "{name} (archived)").format(name=person.name)
                          if person.archived else person.name)
        name.setData(person.id, PERSON_ID_ROLE)
        name.setData(person.name, NAME_ROLE)
        if person.archived:
            italic = QFont()
            italic.setItalic(True)
            name.setFont(italic)
            name.setToolTip(QCoreApplication.translate("PeopleModel", "{name} is archived. Their history is kept.").format(
                name=person.name))
        return [name, _read_only(relationship_label(person.relationship)), _when_item(last, now)]

    def update_last_in_touch(self, touched: Touched | None = None) -> None:
        """Read when each person was last in touch again and change only the cells that moved:
        after a contact or activity is saved or undone the people are the same, so their rows
        stay (no rebuild of the tree, issue 20). ``touched`` (the journal's ``last_entries``):
        when every entry in it was added, only those entries are read, and their people's
        time moves up to theirs; otherwise everyone's is read again."""
        last = self._added_last(touched) if touched is not None else None
        if last is None:
            last = self._journal.last_in_touch_for(list(self._people))
        now = self._journal.clock()
        for group_row in range(self.rowCount()):
            group = self.item(group_row)
            for row in range(group.rowCount()):
                person_id = group.child(row).data(PERSON_ID_ROLE)
                if last.get(person_id) != self._last.get(person_id):
                    group.setChild(row, WHEN_COLUMN, _when_item(last.get(person_id), now))
        self._last = last

    def _added_last(self, touched: Touched) -> dict[int, datetime] | None:
        """Last in touch after the entries ``touched`` were added, reading those alone; None
        when one was changed or removed (an older time may be the last one now)."""
        if any(count != 1 for count in touched.values()):
            return None
        last = dict(self._last)
        for (kind, entry_id), _count in touched.items():
            if kind is EntryKind.MOOD:
                continue
            try:
                entry = (self._journal.get_contact(entry_id) if kind is EntryKind.CONTACT
                         else self._journal.get_activity(entry_id))
            except NotFound:
                return None
            for person_id in entry.person_ids:
                if person_id in self._people and (person_id not in last or last[person_id] < entry.at):
                    last[person_id] = entry.at
        return last


WHEN_COLUMN = 2  # Name, Relationship, Last in touch


def _when_item(last: datetime | None, now: datetime) -> QStandardItem:
    when = _read_only(local_date(last, now) if last else NO_DATE)
    if last:
        when.setToolTip(local_date_time(last))
    else:
        when.setData(QCoreApplication.translate("PeopleModel", "Not in touch yet"),
                     Qt.ItemDataRole.AccessibleTextRole)
    return when


class ContactHistoryModel(QAbstractTableModel):
    """One person's contacts, newest first: When, How, With, How it felt, Note."""

    HEADERS = (QT_TRANSLATE_NOOP("ContactHistoryModel", "When"), QT_TRANSLATE_NOOP("ContactHistoryModel", "How"),
               QT_TRANSLATE_NOOP("ContactHistoryModel", "With"),
               QT_TRANSLATE_NOOP("ContactHistoryModel", "How it felt"),
               QT_TRANSLATE_NOOP("ContactHistoryModel", "Note"))
    PAGE = 50  # contacts read at a time: the table fits its columns to what it holds

    def __init__(self, journal: Journal, parent=None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._person_id: int | None = None
        self._rows: list[tuple[Contact, tuple[str, ...]]] = []
        self._names: dict[int, str] = {}
        self._done = True  # no more rows to read

    def person_id(self) -> int | None:
        return self._person_id

    def show_person(self, person_id: int | None) -> None:
        """Show the history of ``person_id``, its newest page first (more as the table scrolls:
        ``canFetchMore``/``fetchMore``); None empties the table."""
        self.beginResetModel()
        self._person_id = person_id
        self._rows = []
        self._names = {}
        self._done = person_id is None
        if person_id is not None:
            self._names = {p.id: p.name for p in self._journal.people(include_archived=True) if p.id is not None}
            self._rows = self._page(None)
        self.endResetModel()

    def update(self, touched: Touched | None) -> bool:
        """Put the contacts a change ``touched`` (the journal's ``last_entries``) in their
        places, reading those alone (issue 20): a save with this person's thirty years shown
        reads one contact, not a page. False (and nothing done) when the change was not told
        entry by entry: then :meth:`show_person` again."""
        if touched is None:
            return self._person_id is None
        for (kind, entry_id), count in touched.items():
            if kind is not EntryKind.CONTACT or self._person_id is None:
                continue
            self._take_out(entry_id)
            if count < 0:
                continue
            try:
                contact = self._journal.get_contact(entry_id)
            except NotFound:  # added and removed in the same change
                continue
            if self._person_id in contact.person_ids and all(p in self._names for p in contact.person_ids):
                self._put_in(contact)
            elif self._person_id in contact.person_ids:
                return False  # someone new with them: their name is read with the page
        return True

    def _take_out(self, contact_id: int) -> None:
        for row, (contact, _others) in enumerate(self._rows):
            if contact.id == contact_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                return

    def _put_in(self, contact: Contact) -> None:
        """Newest first, by time then id, as the pages are read; past the rows read so far
        (while more are left to read) it comes with its page."""
        key = (contact.at, contact.id or 0)
        row = next((i for i, (c, _o) in enumerate(self._rows) if (c.at, c.id or 0) < key), len(self._rows))
        if row == len(self._rows) and not self._done:
            return
        assert self._person_id is not None
        others = tuple(self._names.get(pid, "?") for pid in contact.person_ids if pid != self._person_id)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, (contact, others))
        self.endInsertRows()

    def _page(self, after: Contact | None) -> list[tuple[Contact, tuple[str, ...]]]:
        assert self._person_id is not None
        person_id = self._person_id
        contacts = self._journal.contacts_with_page(person_id, after, self.PAGE)
        self._done = len(contacts) < self.PAGE
        return [(c, tuple(self._names.get(pid, "?") for pid in c.person_ids if pid != person_id))
                for c in contacts]

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._done or not self._rows:
            return
        more = self._page(self._rows[-1][0])
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def contact_id(self, row: int) -> int | None:
        return self._rows[row][0].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ContactHistoryModel", self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact, others = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(contact, others, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and contact.note:
            return plain_note(contact.note)  # the whole note; the cell shows its first line
        if role == Qt.ItemDataRole.UserRole:
            return contact.id
        return None

    @staticmethod
    def _text(contact: Contact, others: tuple[str, ...], column: int) -> str:
        if column == 0:
            return local_date_time(contact.at)
        if column == 1:
            return contact.mode.label
        if column == 2:
            return ", ".join(others)
        if column == 3:
            return FELT_LABELS.get(contact.felt, "") if contact.felt else ""
        lines = plain_note(contact.note).splitlines()
        if not lines:
            return ""
        return lines[0] + (" …" if len(lines) > 1 else "")

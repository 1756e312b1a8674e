"""Qt models for the timeline: entries as rows, fetched a page at a time, filtered by kind and text.

The source model holds light :class:`TimelineRow` objects for the pages fetched so far and
formats only the rows a view asks for, so thirty years of entries cost what one page costs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from peerjournal.core.mentions import plain as plain_note
from peerjournal.core.timeline import TimelineKey, TimelineRow
from peerjournal.core.vocabulary import EntryKind
from peerjournal.i18n import QT_TRANSLATE_NOOP

from peerjournal.ui.journal.timeline_rows import TimelineRows
from peerjournal.ui.widgets.charts import app_mood_colour
from peerjournal.ui.widgets.dates import when_text

if TYPE_CHECKING:
    from peerjournal.storage.journal import Journal

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (QT_TRANSLATE_NOOP("TimelineModel", "When"), QT_TRANSLATE_NOOP("TimelineModel", "Kind"),
           QT_TRANSLATE_NOOP("TimelineModel", "What"), QT_TRANSLATE_NOOP("TimelineModel", "How it felt"),
           QT_TRANSLATE_NOOP("TimelineModel", "Note"))
WHEN, KIND, WHAT, FELT, NOTE = range(len(COLUMNS))



def format_when(row: TimelineRow) -> str:
    return when_text(row.at)


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class TimelineModel(QAbstractTableModel):
    """The timeline a page at a time: it holds the rows fetched so far, newest first, and
    fetches the next page when a view scrolls near the end (``canFetchMore``/``fetchMore``).

    Kind and text filters are applied by the journal's read, so every page holds only rows
    the filter keeps; a text search reads in bounded steps. A change reads the rows of the
    entries it touched (or, when it did not say which, or rows are dropped, the fetched window)
    and updates them in place. Only ``HELD_PAGES`` pages near where the view last looked are
    held (without a text filter): the rest are read again when scrolled back to.

    Signals: ``moreWanted()`` when a text search wants its next step.
    """

    PAGE = 200
    SEARCH_BUDGET = 500  # matching rows a text search step reads at most (the index finds them)
    # Rows a new text search finds before it is shown: a window-full. A step's work grows with
    # the rows it wants (the window of entries it looks at is sized by them), so the first
    # results come sooner; the view asks for more (fetchMore) as it is scrolled or not full.
    FIRST_FOUND = 50
    HELD_PAGES = 5  # pages of rows held as objects at most, around where the view looks

    moreWanted = Signal()  # a text search wants another step on the next turn of the event loop

    def __init__(self, journal: Journal | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        # Fetched so far, all kept by the filter; those far from the view dropped, read again on access.
        self._rows = TimelineRows(self._read_after, lambda: self.PAGE, self._held_pages)
        self._near = 0  # the row a view last asked for: rows far from it are dropped
        self._cursor: TimelineKey | None = None  # the last row looked at: the next read starts after it
        self._target = self.PAGE  # rows wanted: a search steps on until it has them (or the end)
        self._done = journal is None  # nothing more to read
        self._kind: EntryKind | None = None
        self._needle = ""
        self._counts: dict[EntryKind, int] = {}
        # Kinds whose count may have changed: counted again only when a count is asked for
        # (counting reads a whole index, so not on every save while the Timeline is hidden).
        self._stale: set[EntryKind] = set(EntryKind)

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self._stale = set(EntryKind)
        self.reload()

    def set_filter(self, kind: EntryKind | None, text: str) -> None:
        self._kind, self._needle = kind, text.strip().lower()  # as the index folds case (no ß → ss)
        self.reload()

    def _read_after(self, after: TimelineKey | None, limit: int) -> list[TimelineRow]:
        """Rows dropped from memory, read again (a text search holds every row it found)."""
        assert self._journal is not None
        return self._journal.timeline_page(after, limit, self._kind)

    def _held_pages(self) -> int | None:
        return None if self._needle else self.HELD_PAGES

    def _step(self) -> list[TimelineRow]:
        """The next rows: a page, or with a text filter one bounded step of the search."""
        assert self._journal is not None
        if self._needle:
            step = self._journal.timeline_search(self._cursor, self._target - len(self._rows),
                                                 self._kind, self._needle, self.SEARCH_BUDGET)
            self._cursor, self._done = step.scanned_to, step.exhausted
            return step.rows
        rows = self._journal.timeline_page(self._cursor, self.PAGE, self._kind)
        self._done = len(rows) < self.PAGE
        if rows:
            self._cursor = rows[-1].key
        return rows

    def reload(self) -> None:
        """Start again from the newest entry: one page (or one step of a search)."""
        self.beginResetModel()
        self._rows.reset([])
        self._cursor, self._near = None, 0
        self._target = min(self.FIRST_FOUND, self.PAGE) if self._needle else self.PAGE
        self._done = self._journal is None
        if not self._done:
            self._rows.reset(self._step())
        self.endResetModel()
        self._want_more()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._done:
            return
        self._target = len(self._rows) + self.PAGE
        self._append(self._step())
        self._want_more()

    def needs_more(self) -> bool:
        """A text search has not yet found the rows wanted, nor reached the end."""
        return not self._done and len(self._rows) < self._target

    def continue_search(self) -> None:
        """One more bounded step of a text search (the page calls it on the next turn)."""
        if self.needs_more():
            self._append(self._step())
            self._want_more()

    def _want_more(self) -> None:
        if self.needs_more():
            self.moreWanted.emit()

    def _append(self, more: list[TimelineRow]) -> None:
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
            self._rows.drop_far_from(self._near)

    def fetch_all(self) -> None:
        """Fetch to the end (tests and the rare caller that needs every row)."""
        while self.canFetchMore():
            self.fetchMore()
            while self.needs_more():
                self.continue_search()

    def refresh(self, kinds: frozenset[EntryKind] | None = None) -> None:
        """After a change (to entries of ``kinds``, or any): the rows of the entries the change
        touched (the journal's ``last_entries``), or when it did not say, the whole fetched
        window (down to the last row looked at) read again; the difference is applied in
        place, so views keep their scroll position and selection."""
        if self._journal is None:
            return
        told = self._journal.last_entries if kinds is not None else None
        self._count(kinds, told)
        if self._needle:  # a search starts again, a bounded step at a time: never a long scan
            self.reload()
            return
        if told is not None and self.update_entries(told):
            # The change said which entries it touched (a name changed in rows is never told
            # so): those rows alone are read and put in place, so a save or an undo costs the
            # same however far the window was scrolled (issue 20).
            return
        # Rows added above the cursor come in, rows moved below it go out (fetchMore finds them).
        # With rows dropped from memory, placing one row would read a dropped page back from the
        # journal as it is now, before the model follows it: the window is compared instead.
        fresh = self._journal.timeline_page(None, None, self._kind, "",
                                            None if self._done else self._cursor)
        self._replace_middle(fresh)

    def _count(self, kinds: frozenset[EntryKind] | None,
               told: Mapping[tuple[EntryKind, int], int] | None) -> None:
        """The counts after a change: moved by the entries it added or removed when it told
        them (counting reads a whole index), else counted again when next asked for."""
        if told is None or kinds is None:
            self._stale |= set(EntryKind) if kinds is None else kinds
            return
        for (kind, _entry_id), added in told.items():
            if kind in self._counts and kind not in self._stale:
                self._counts[kind] += added
        self._stale |= kinds - {kind for kind, _ in told}

    def update_entries(self, entries: Mapping[tuple[EntryKind, int], int]) -> bool:
        """Put these entries' rows where they belong now: read by id, each removed, moved or
        changed in place, and added only inside the fetched window (older ones come with
        fetchMore). ``entries`` says +1 for added, -1 for removed, 0 for changed. Answers False,
        changing nothing, when a changed or removed entry's row is dropped from memory (its
        place is then unknown without reading the window: the caller compares the window)."""
        assert self._journal is not None
        every_row_held = self._rows.held_count() == len(self._rows)
        old = {entry: -1 if added > 0 else self._find_held(*entry) for entry, added in entries.items()}
        if not every_row_held and any(at < 0 and entries[entry] <= 0 for entry, at in old.items()):
            return False
        fresh = {(r.kind, r.id): r for r in self._journal.timeline_rows_of(entries)
                 if self._kind is None or r.kind is self._kind}
        for kind, entry_id in sorted(entries, key=lambda e: (e[0].value, e[1])):
            row = fresh.get((kind, entry_id))
            if row is not None and not self._done and self._cursor is not None and row.key < self._cursor:
                row = None  # older than the window: fetchMore reads it when it is reached
            self._put(self._find_held(kind, entry_id) if entries[(kind, entry_id)] <= 0 else -1, row)
        return True

    def _find_held(self, kind: EntryKind, entry_id: int) -> int:
        for i, row in self._rows.held():
            if row.id == entry_id and row.kind is kind:
                return i
        return -1

    def _put(self, old: int, row: TimelineRow | None) -> None:
        """The row at ``old`` (-1: none) becomes ``row`` (None: no row) at its place in the order."""
        every_row_held = self._rows.held_count() == len(self._rows)
        if old >= 0 and row is not None and every_row_held and self._place(row, old) == old:
            self._rows[old:old + 1] = [row]
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(COLUMNS) - 1))
            return
        if old >= 0:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._rows[old:old + 1]
            self.endRemoveRows()
        if row is None:
            return
        if self._rows.held_count() == len(self._rows):
            at, dropped = self._place(row), False
        else:  # never read a dropped page back here: the journal is ahead of the model
            at, dropped = self._rows.held_place(row.key)
        self.beginInsertRows(QModelIndex(), at, at)
        if dropped:
            self._rows.insert_dropped(at)
        else:
            self._rows[at:at] = [row]
        self.endInsertRows()

    def _place(self, row: TimelineRow, skip: int = -1) -> int:
        """Where ``row`` goes in the newest-first rows with the row at ``skip`` (if any) left
        out: before the first older row, found by a binary search."""
        rows, key = self._rows, row.key
        low, high = 0, len(rows) - (1 if skip >= 0 else 0)
        while low < high:
            mid = (low + high) // 2
            if rows[mid + 1 if 0 <= skip <= mid else mid].key < key:
                high = mid
            else:
                low = mid + 1
        return low

    def _replace_middle(self, fresh: list[TimelineRow]) -> None:
        """Keep the common head and tail; remove the old rows between, insert the new ones."""
        # The rows held, None for those dropped (never read again: the journal has changed).
        old: list[TimelineRow | None] = [None] * len(self._rows)
        for i, row in self._rows.held():
            old[i] = row
        head = 0
        while head < len(old) and head < len(fresh) and old[head] == fresh[head]:
            head += 1
        tail = 0
        while (tail < len(old) - head and tail < len(fresh) - head
               and old[-1 - tail] == fresh[-1 - tail]):
            tail += 1
        stale, added = old[head:len(old) - tail], fresh[head:len(fresh) - tail]
        if stale and None not in stale and [r.key for r in stale] == [r.key for r in added]:  # type: ignore[union-attr]
            # The same entries in the same places, told differently (an edit, a renamed
            # person): change them where they are, so selection and scroll stay.
            self._rows[head:head + len(added)] = added
            self._rows.drop_far_from(self._near)
            self.dataChanged.emit(self.index(head, 0), self.index(head + len(added) - 1, len(COLUMNS) - 1))
            return
        if stale:
            self.beginRemoveRows(QModelIndex(), head, len(old) - tail - 1)
            del self._rows[head:len(old) - tail]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), head, head + len(added) - 1)
            self._rows[head:head] = added
            self.endInsertRows()
        self._rows.drop_far_from(self._near)

    def _counted(self) -> dict[EntryKind, int]:
        if self._journal is None:
            return {}
        if self._stale:
            self._counts.update(self._journal.counts(sorted(self._stale)))
            self._stale.clear()
        return self._counts

    def total(self) -> int:
        """All entries in the journal, whatever the filter keeps."""
        return sum(self._counted().values())

    def matching(self) -> int:
        """How many entries the filter keeps: exact for a kind alone; with a text filter,
        those found so far (more may follow as the view scrolls)."""
        if self._needle:
            return len(self._rows)
        return self._counted().get(self._kind, 0) if self._kind is not None else self.total()

    def clear(self) -> None:
        self.set_journal(None)

    def rows(self) -> list[TimelineRow]:
        """The rows fetched so far (those dropped from memory read again: tests, rare callers)."""
        return list(self._rows)

    def held_rows(self) -> int:
        """How many of the fetched rows are held in memory now."""
        return self._rows.held_count()

    def row_at(self, row: int) -> TimelineRow:
        return self._rows[row]

    def find(self, kind: EntryKind, entry_id: int) -> int:
        """The entry's row among those fetched, or -1 (the rows held are looked at first)."""
        for i, row in self._rows.held():
            if row.id == entry_id and row.kind is kind:
                return i
        if self._rows.held_count() == len(self._rows):
            return -1
        for i in range(len(self._rows)):  # a row dropped from memory: read back a page at a time
            row = self._rows[i]
            if row.id == entry_id and row.kind is kind:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("TimelineModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if self._journal is None or not self._journal.vault.is_open:
            return None  # a window painted once more after its journal locked: nothing to read back
        self._near = index.row()
        try:
            row = self._rows[index.row()]
        except LookupError:  # dropped, and the journal changed before the model heard of it
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return format_when(row)
            if column == KIND:
                return row.kind.label
            if column == WHAT:
                return row.summary
            if column == FELT:
                return row.score_label
            if column == NOTE:
                return first_line(plain_note(row.note))
        elif role == Qt.ItemDataRole.ToolTipRole and column == NOTE and row.note:
            return plain_note(row.note)
        elif role == Qt.ItemDataRole.DecorationRole and column == FELT and row.score:
            # The app's one mood scale; the word is always shown too, so colour never speaks alone.
            return app_mood_colour(row.score)
        elif role == ROW_ROLE:
            return row
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.kind.label}, {format_when(row)}: {row.summary}. {row.score_label}"
        return None


class TimelineFilter(QSortFilterProxyModel):
    """Keeps rows of one kind (or all) whose summary or note contains the text.

    The filtering itself happens in the journal's paged read (through :class:`TimelineModel`);
    this proxy is where views and the rest of the page talk to it.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: EntryKind | None = None
        self._text = ""

    def _model(self) -> TimelineModel:
        model = self.sourceModel()
        assert isinstance(model, TimelineModel)
        return model

    def set_kind(self, kind: EntryKind | str | None) -> None:
        # Qt item data hands a str enum back as plain str; turn it back into the member.
        self._kind = EntryKind(kind) if kind else None
        self._model().set_filter(self._kind, self._text)

    def set_text(self, text: str) -> None:
        self._text = text
        self._model().set_filter(self._kind, self._text)

"""Qt models for the timeline: every entry as a row, and a filter by kind and text.

The source model holds light :class:`TimelineRow` objects and formats only the
rows a view asks for, so tens of thousands of entries stay smooth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from peerjournal.core.clock import to_local
from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import EntryKind

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("When", "Kind", "What", "How it felt", "Note")
WHEN, KIND, WHAT, FELT, NOTE = range(len(COLUMNS))

# Soft tints by score; the word is always shown too, so colour is never the only signal.
SCORE_TINTS = {1: "#c2607a", 2: "#d9925b", 3: "#c9b458", 4: "#7fae6a", 5: "#4f9a8b"}


def format_when(row: TimelineRow) -> str:
    return to_local(row.at).strftime("%a %d %b %Y, %H:%M")


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TimelineRow] = []

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[TimelineRow]:
        return self._rows

    def row_at(self, row: int) -> TimelineRow:
        return self._rows[row]

    def find(self, kind: EntryKind, entry_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == entry_id and row.kind is kind:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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
                return first_line(row.note)
        elif role == Qt.ItemDataRole.ToolTipRole and column == NOTE and row.note:
            return row.note
        elif role == Qt.ItemDataRole.DecorationRole and column == FELT and row.score:
            return QColor(SCORE_TINTS[row.score])
        elif role == ROW_ROLE:
            return row
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.kind.label}, {format_when(row)}: {row.summary}. {row.score_label}"
        return None


class TimelineFilter(QSortFilterProxyModel):
    """Keeps rows of one kind (or all) whose summary or note contains the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: EntryKind | None = None
        self._needle = ""

    def set_kind(self, kind: EntryKind | str | None) -> None:
        self.beginFilterChange()
        # Qt item data hands a str enum back as plain str; turn it back into the member.
        self._kind = EntryKind(kind) if kind else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, TimelineModel)
        row = model.row_at(source_row)
        if self._kind is not None and row.kind is not self._kind:
            return False
        if self._needle:
            return self._needle in row.summary.casefold() or self._needle in row.note.casefold()
        return True

"""Qt models for the timeline: every entry as a row, and a filter by kind and text.

The source model holds light :class:`TimelineRow` objects and formats only the
rows a view asks for, so tens of thousands of entries stay smooth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import EntryKind
from peerjournal.i18n import QT_TRANSLATE_NOOP

from peerjournal.ui.widgets.dates import when_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (QT_TRANSLATE_NOOP("TimelineModel", "When"), QT_TRANSLATE_NOOP("TimelineModel", "Kind"),
           QT_TRANSLATE_NOOP("TimelineModel", "What"), QT_TRANSLATE_NOOP("TimelineModel", "How it felt"),
           QT_TRANSLATE_NOOP("TimelineModel", "Note"))
WHEN, KIND, WHAT, FELT, NOTE = range(len(COLUMNS))

# Soft tints by score; the word is always shown too, so colour is never the only signal.
SCORE_TINTS = {1: "#c2607a", 2: "#d9925b", 3: "#c9b458", 4: "#7fae6a", 5: "#4f9a8b"}


def format_when(row: TimelineRow) -> str:
    return when_text(row.at)


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[TimelineRow] = []
        self._haystacks: list[str] = []  # case-folded summary and note, made once per load
        self._rows: list[TimelineRow] = []  # the rows the filter keeps
        self._kind: EntryKind | None = None
        self._needle = ""

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self._all = rows
        self._haystacks = [f"{r.summary}\x00{r.note}".casefold() for r in rows]
        self._refilter()

    def set_filter(self, kind: EntryKind | None, text: str) -> None:
        self._kind, self._needle = kind, text.strip().casefold()
        self._refilter()

    def _refilter(self) -> None:
        # One list comprehension instead of a Python callback per row from a proxy model:
        # tens of thousands of entries filter in milliseconds.
        kind, needle = self._kind, self._needle
        self.beginResetModel()
        if kind is None and not needle:
            self._rows = self._all
        else:
            self._rows = [
                row for row, hay in zip(self._all, self._haystacks, strict=True)
                if (kind is None or row.kind is kind) and (not needle or needle in hay)
            ]
        self.endResetModel()

    def total(self) -> int:
        """All entries loaded, whatever the filter keeps."""
        return len(self._all)

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
            return QCoreApplication.translate("TimelineModel", COLUMNS[section])
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
    """Keeps rows of one kind (or all) whose summary or note contains the text.

    The filtering itself happens in :class:`TimelineModel` (fast for long journals);
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

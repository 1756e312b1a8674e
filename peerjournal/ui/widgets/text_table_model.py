"""A read-only table model of plain-text rows: subclasses give the headers (marked with
QT_TRANSLATE_NOOP under their class name), fill ``_rows`` (with the items they show, through
:meth:`ItemTableModel._show`) and add their own id roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})


class TextTableModel(QAbstractTableModel):
    """Rows of plain text; subclasses give headers, cells and the id role."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            # Marked with QT_TRANSLATE_NOOP under the model's class name.
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _cell(self, index: AnyIndex, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None


class ItemTableModel(TextTableModel, Generic[T]):
    """Rows of plain text, one for each item shown (a person, a file, a place). ``ID_ROLE``
    holds the item's id (``_id_of``) on every cell; ``_tooltip`` may say more than a cell."""

    ID_ROLE: int = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def _show(self, items: Sequence[T], rows: list[tuple[str, ...]]) -> None:
        """Show ``items``, one text row each (``rows`` in the same order), in place of the last."""
        self.beginResetModel()
        self._items = list(items)
        self._rows = rows
        self.endResetModel()

    def _item_at(self, index: AnyIndex) -> T | None:
        valid = index.isValid() and 0 <= index.row() < len(self._items)
        return self._items[index.row()] if valid else None

    def _id_of(self, item: T) -> object:
        raise NotImplementedError

    def _tooltip(self, item: T, row: int) -> str | None:
        """The tooltip on the cells of ``row``; None (the default) shows each cell's own text."""
        return None

    def row_of(self, item_id: object) -> int:
        """The row of the item with ``item_id``; -1 when none has it."""
        return next((i for i, item in enumerate(self._items) if self._id_of(item) == item_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Fonts, colours, alignment, sizes: the view's own. A column fitted to its contents asks
        # each cell for every one of them; answering at once kept the supporter's window from
        # freezing ~100 ms when shown with 60 people (issue 20).
        if role != self.ID_ROLE and int(role) not in TEXT_ROLES:
            return None
        item = self._item_at(index)
        if item is None:
            return self._cell(index, role)
        if role == self.ID_ROLE:
            return self._id_of(item)
        tip = self._tooltip(item, index.row()) if role == Qt.ItemDataRole.ToolTipRole else None
        return tip if tip is not None else self._cell(index, role)

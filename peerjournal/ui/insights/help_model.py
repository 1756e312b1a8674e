"""The "who can help with what" table as one model: a row per kind of help, a column per person.

Cells are computed when Qt asks for them, so 3,000 people cost one reset, not 3,000 items.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from peerjournal.core.insights.network import HelpGrid

_Index = QModelIndex | QPersistentModelIndex


class HelpGridModel(QAbstractTableModel):
    """Read-only: a tick where the person can give that kind of help, and a sentence for screen readers."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._grid = HelpGrid((), ())
        self._can: list[frozenset[int]] = []

    def set_grid(self, grid: HelpGrid) -> None:
        """Show ``grid``: one reset, whatever its size."""
        self.beginResetModel()
        self._grid = grid
        self._can = [frozenset(row.person_ids) for row in grid.rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._grid.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._grid.people)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        person = self._grid.people[index.column()]
        can = person.id in self._can[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if can else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = (QCoreApplication.translate("InsightsPage", "{name} can help: {kind}") if can
                      else QCoreApplication.translate("InsightsPage", "{name} is not down to help: {kind}"))
            return spoken.format(name=person.name, kind=self._grid.rows[index.row()].kind.label)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._grid.people[section].name if section < len(self._grid.people) else None
        return self._grid.rows[section].kind.label if section < len(self._grid.rows) else None

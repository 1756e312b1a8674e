"""The directory as a table (name, what it is, needs it meets, access) and a search over it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import ACCESS_LABELS, TEXT_FIELDS, Access, DirectoryEntry
from peerjournal.i18n import QT_TRANSLATE_NOOP

from peerjournal.ui.widgets.text_table_model import ItemTableModel


def needs_text(entry: DirectoryEntry) -> str:
    """The parts of the resource check it meets, in the check's order, and its tags."""
    parts = [QCoreApplication.translate("ResourceCheck", d.label) for d in Domain if d in entry.domains]
    return ", ".join([*parts, *entry.tags])


def access_text(entry: DirectoryEntry) -> str:
    return ", ".join(QCoreApplication.translate("Directory", ACCESS_LABELS[a]) for a in Access if a in entry.access)


def entry_summary(entry: DirectoryEntry) -> str:
    """One plain line or two about the entry (a tooltip, an idea's details)."""
    parts = [getattr(entry, key) for key in TEXT_FIELDS]
    return " · ".join(p for p in (*parts, access_text(entry)) if p)


class DirectoryModel(ItemTableModel[DirectoryEntry]):
    HEADERS = (
        QT_TRANSLATE_NOOP("DirectoryModel", "Name"),
        QT_TRANSLATE_NOOP("DirectoryModel", "What it is"),
        QT_TRANSLATE_NOOP("DirectoryModel", "Needs it can meet"),
        QT_TRANSLATE_NOOP("DirectoryModel", "Access"),
    )
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_entries(self, entries: list[DirectoryEntry]) -> None:
        self._show(entries, [(e.name, e.what, needs_text(e), access_text(e)) for e in entries])

    def entry(self, row: int) -> DirectoryEntry | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def _id_of(self, item: DirectoryEntry) -> object:
        return item.id

    def _tooltip(self, item: DirectoryEntry, row: int) -> str | None:
        return entry_summary(item) or None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == self.SEARCH_ROLE:
            item = self._item_at(index)
            return " ".join((*self._rows[index.row()], entry_summary(item))) if item else ""
        return super().data(index, role)


class DirectorySearch(QSortFilterProxyModel):
    """Rows whose text holds every word typed (any field, case-insensitive)."""

    def __init__(self, source: DirectoryModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        source = self.sourceModel()
        text = str(source.data(source.index(row, 0, parent), DirectoryModel.SEARCH_ROLE)).casefold()
        return all(word in text for word in self._words)

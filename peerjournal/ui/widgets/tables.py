"""Read-only tables: the settings every table of figures or history shares, so Tab moves on
past it, the arrow keys move inside it, and nothing in it can be edited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from peerjournal.ui.widgets.make import named

T = TypeVar("T", bound=QTableView)


def read_only(table: T, columns: str, *, rows: str = "", select_rows: bool = False,
              alternate: bool = True) -> T:
    """Make ``table`` read-only; ``columns`` (and ``rows``, else the row numbers are hidden)
    name its headers for screen readers; ``select_rows`` picks one whole row at a time."""
    table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move inside
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setCornerButtonEnabled(False)
    table.horizontalHeader().setAccessibleName(columns)
    if rows:
        table.verticalHeader().setAccessibleName(rows)
    else:
        table.verticalHeader().hide()
    if select_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if alternate:
        table.setAlternatingRowColors(True)
    return table


def history_table(headers: list[str], name: str, accessible: str, description: str, columns: str, *,
                  alternate: bool = True) -> QTableWidget:
    """A read-only list of past events, one row each (chosen whole): columns as wide as their
    words, the last one taking the rest."""
    table = named(QTableWidget(0, len(headers)), name, accessible, description)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return read_only(table, columns, select_rows=True, alternate=alternate)


def read_only_item(text: str) -> QTableWidgetItem:
    """A cell that can be chosen and read, never edited."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def fill_rows(table: QTableWidget, rows: Sequence[Iterable[str]]) -> None:
    """Show ``rows`` (one tuple of cell texts a row) in ``table``, read-only, replacing what it held."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, read_only_item(text))


def fill_figures(table: QTableWidget, headers: list[str], rows: Sequence[Sequence[str]]) -> None:
    """Show a table of figures in ``table``, replacing what it held: under ``headers``, one row
    a line, its first cell the words and the figures after it centred; columns fit their text."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()



class EmptyNote(QLabel):
    """Kind words shown inside a table while it has no rows (a blank table looks broken).

    They sit in the table's empty area and go as soon as a row comes; while shown they also
    start the table's accessible description, so a screen reader hears them with the table.
    """

    def __init__(self, table: QTableView, text: str, name: str) -> None:
        super().__init__(text)
        named(self, name, text)
        self.setProperty("emptyNote", True)  # the style sheet's quiet colour
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks reach the table
        self._table = table
        self._description = table.accessibleDescription()
        QVBoxLayout(table.viewport()).addWidget(self)
        model = table.model()
        # Slots of this label: Qt drops the connections when the label goes with its table.
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        empty = self._table.model().rowCount() == 0
        self.setVisible(empty)
        self._table.setAccessibleDescription(
            f"{self.text()} {self._description}".strip() if empty else self._description)


def empty_note(table: QTableView, text: str, name: str) -> EmptyNote:
    """``table`` says ``text`` while it is empty (see :class:`EmptyNote`)."""
    return EmptyNote(table, text, name)

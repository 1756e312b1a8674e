"""Read-only tables: Tab moves on, nothing can be edited, the headers are named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget

from peerjournal.ui.widgets.tables import fill_rows, history_table, read_only, read_only_item


def test_read_only_names_headers_and_stops_editing(qtbot):
    table = read_only(QTableView(), "Columns", rows="Rows")
    qtbot.addWidget(table)
    assert not table.tabKeyNavigation() and table.alternatingRowColors()
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.horizontalHeader().accessibleName() == "Columns"
    assert table.verticalHeader().accessibleName() == "Rows" and not table.verticalHeader().isHidden()


def test_history_table_picks_whole_rows(qtbot):
    table = history_table(["When", "What"], "historyTable", "History", "Past events.", "Columns",
                          alternate=False)
    qtbot.addWidget(table)
    assert isinstance(table, QTableWidget) and table.columnCount() == 2
    assert (table.objectName(), table.accessibleName(), table.accessibleDescription()) == (
        "historyTable", "History", "Past events.")
    assert table.verticalHeader().isHidden() and not table.alternatingRowColors()
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection


def test_fill_rows_replaces_rows_with_read_only_cells(qtbot):
    table = history_table(["When", "What"], "historyTable", "History", "Past events.", "Columns")
    qtbot.addWidget(table)
    fill_rows(table, [("Mon", "Walk"), ("Tue", "Call")])
    fill_rows(table, [("Wed", "Swim")])
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Swim"
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert read_only_item("x").flags() == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def test_fill_figures_centres_the_figures(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget

    from peerjournal.ui.widgets.tables import fill_figures

    table = QTableWidget(5, 5)
    qtbot.addWidget(table)
    fill_figures(table, ["Week", "Calls"], [["1 May", "3"], ["8 May", "0"]])
    assert (table.rowCount(), table.columnCount()) == (2, 2)
    assert table.horizontalHeaderItem(1).text() == "Calls"
    assert table.item(1, 0).text() == "8 May"
    assert table.item(0, 1).textAlignment() == Qt.AlignmentFlag.AlignCenter
    assert table.item(0, 0).textAlignment() != Qt.AlignmentFlag.AlignCenter
    assert table.verticalHeader().isHidden()

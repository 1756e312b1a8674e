"""The "who can help with what" table with a phone's worth of people (issue 20): one model,
one reset per refresh, columns never fitted to their contents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from peerjournal.core.insights.network import help_grid
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, HelpKind

from peerjournal.ui.insights.help_model import HelpGridModel
from peerjournal.ui.insights.insights_page import help_table

MANY = 3000


def people(n: int) -> list[Person]:
    return [Person(name=f"Person {i:04}", closeness=Closeness.OUTER, id=i,
                   help_kinds=frozenset({HelpKind.COMPANY}) if i % 2 else frozenset())
            for i in range(1, n + 1)]


def test_the_model_answers_cells_and_headers_from_the_grid():
    model = HelpGridModel()
    model.set_grid(help_grid(people(3)))
    assert (model.rowCount(), model.columnCount()) == (len(HelpKind), 3)
    company = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())].index(
        HelpKind.COMPANY.label)
    assert [model.index(company, c).data() for c in range(3)] == ["✓", "", "✓"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Person 0002"
    spoken = model.index(company, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Person 0002" in spoken and HelpKind.COMPANY.label in spoken
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_three_thousand_people_are_one_reset_and_no_column_is_fitted(qtbot, monkeypatch):
    table, model = help_table("Who can help with what", "description")
    qtbot.addWidget(table)
    table.resize(600, 200)
    table.show()
    fitted: list[int] = []
    monkeypatch.setattr(type(table), "resizeColumnToContents", lambda self, c: fitted.append(c))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    asked: list[int] = []
    original = HelpGridModel.data
    monkeypatch.setattr(HelpGridModel, "data", lambda self, *a: asked.append(1) or original(self, *a))
    grid = help_grid(people(MANY))
    for _ in range(3):  # e.g. coming back to the tab after each saved check-in
        model.set_grid(grid)
    qtbot.wait(20)
    assert table.model() is model and resets == [1, 1, 1]
    assert fitted == []
    assert 0 < len(asked) < 3 * 600  # the cells on show, a few roles each; not every person's column
    header = table.horizontalHeader()
    assert header.count() == MANY
    assert {header.sectionResizeMode(c) for c in (0, MANY // 2, MANY - 1)} == {QHeaderView.ResizeMode.Interactive}

"""The plain-text table model: counts, translated headers, read-only cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from peerjournal.ui.widgets.text_table_model import AnyIndex, ItemTableModel, TextTableModel


class _Two(TextTableModel):
    HEADERS = ("When", "What")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._cell(index, role)


def test_rows_headers_and_flags(qapp):
    model = _Two()
    model._rows = [("Monday", "A walk")]
    assert (model.rowCount(), model.columnCount()) == (1, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "What"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    index = model.index(0, 1)
    assert model.data(index) == "A walk" and model.data(index, Qt.ItemDataRole.ToolTipRole) == "A walk"
    assert model.flags(index) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(model.index(5, 5)) & Qt.ItemFlag.ItemIsEnabled


class _Words(ItemTableModel[str]):
    HEADERS = ("Word",)

    def set_words(self, words: list[str]) -> None:
        self._show(words, [(w.upper(),) for w in words])

    def _id_of(self, item: str) -> object:
        return item

    def _tooltip(self, item: str, row: int) -> str:
        return f"{item}, row {row}"


def test_item_table_model_rows_and_items(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _Words()
    model.set_words(["tea", "walk"])
    assert model.rowCount() == 2
    assert model.data(model.index(1, 0)) == "WALK"
    assert model._item_at(model.index(0, 0)) == "tea"
    assert model._item_at(model.index(5, 0)) is None
    assert model.row_of("walk") == 1
    assert model.row_of("swim") == -1
    assert model.data(model.index(1, 0), model.ID_ROLE) == "walk"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "walk, row 1"


def test_roles_a_view_fits_columns_with_are_answered_without_looking_at_rows(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A column fitted to its contents asks every cell for fonts, colours, sizes…: those are
    answered at once, without reading the row (issue 20: the supporter's window with 60 people)."""
    model = _Words()
    model.set_words(["calm", "tired"])
    index = model.index(1, 0)
    assert model.data(index, model.ID_ROLE) == "tired"

    def looked(_index):  # noqa: ANN001, ANN202
        raise AssertionError("the row was read")

    monkeypatch.setattr(model, "_item_at", looked)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.SizeHintRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole):
        assert model.data(index, role) is None

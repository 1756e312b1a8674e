"""A list of paired items ("sign → what I'll do"): each row carries its response, moves as one.

The two parts are written in two fields; F2 (or a double click) brings the chosen item back
into them, and "Change" puts it back in its place.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QListWidgetItem, QWidget

from peerjournal.core.support_plan import LINE_MAX, LINES_MAX, paired_line

from peerjournal.ui.support_plan.support_plan_editors import LineListEditor
from peerjournal.ui.widgets.accessible import view_shortcut
from peerjournal.ui.widgets.focus_events import caret_after_focus

SIGN_ROLE = Qt.ItemDataRole.UserRole + 1
RESPONSE_ROLE = Qt.ItemDataRole.UserRole + 2


class PairListEditor(LineListEditor):
    """Items of a :data:`~peerjournal.core.support_plan.PAIRED` list. Signals: ``changed()``."""

    def __init__(self, key: str, heading: str, response_heading: str, placeholder: str,
                 parent: QWidget | None = None, *, names: bool = False) -> None:
        super().__init__(key, heading, placeholder, parent, names=names)
        self._editing: QListWidgetItem | None = None
        self.response = caret_after_focus(QLineEdit())
        self.response.setObjectName(f"{key}ResponseField")
        self.response.setAccessibleName(
            self.tr("“{heading}” for this item (optional)").format(heading=response_heading))
        self.response.setPlaceholderText(
            self.tr("{heading} (optional; Enter adds the item)").format(heading=response_heading))
        self.response.setMaxLength(LINE_MAX)
        self.response.returnPressed.connect(self.add)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleDescription(self.tr(
            "Each item shows what you'll do after an arrow. F2 brings the chosen item back into "
            "the fields to change it, Delete removes it, Alt+Up and Alt+Down move it."))
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_chosen())
        view_shortcut(self, self.list, "F2", self.edit_chosen)
        row = QHBoxLayout()
        row.addSpacing(24)  # the response sits under its sign, a little in
        row.addWidget(self.response, 1)
        layout = self.layout()
        assert layout is not None
        first = layout.itemAt(1).layout()
        assert first is not None
        if self.names is not None:  # names go into the response: the picker sits beside it
            first.removeWidget(self.names)
            row.addWidget(self.names)
        first.removeWidget(self.add_button)  # Add comes after both fields, as it is read
        row.addWidget(self.add_button)
        layout.insertLayout(2, row)  # type: ignore[attr-defined]
        chain = [self.field, self.response, *([self.names] if self.names is not None else []), self.add_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def lines(self) -> list[str]:
        return [str(self.list.item(i).data(SIGN_ROLE)) for i in range(self.list.count())]

    def responses(self) -> list[str]:
        return [str(self.list.item(i).data(RESPONSE_ROLE)) for i in range(self.list.count())]

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.list.clear()
            for sign, response in items:
                self._append_pair(sign, response)
        finally:
            self._filling = False
        self._stop_editing()
        self._update_buttons()

    def set_lines(self, lines: Iterable[str]) -> None:
        self.set_items((line, "") for line in lines)

    def _name_chosen(self, index: int) -> None:
        """A name goes into what I need others to do (the response), where people matter."""
        assert self.names is not None
        if index > 0:
            self.response.insert(self.names.itemText(index))
        self.names.setCurrentIndex(0)
        self.response.setFocus()

    def _append_pair(self, sign: str, response: str) -> QListWidgetItem:
        item = QListWidgetItem()
        self._fill(item, sign, response)
        self.list.addItem(item)
        return item

    @staticmethod
    def _fill(item: QListWidgetItem, sign: str, response: str) -> None:
        item.setData(SIGN_ROLE, sign)
        item.setData(RESPONSE_ROLE, response)
        item.setText(paired_line(sign, response))

    def edit_chosen(self) -> None:
        """Bring the chosen item into the two fields; "Change" puts it back in its place."""
        item = self.list.currentItem()
        if item is None:
            return
        self._editing = item
        self.field.setText(str(item.data(SIGN_ROLE)))
        self.response.setText(str(item.data(RESPONSE_ROLE)))
        self.add_button.setText(self.tr("Change"))
        self.field.setFocus()

    def _stop_editing(self) -> None:
        self._editing = None
        self.add_button.setText(self.tr("Add"))

    def add(self) -> None:
        sign = " ".join(self.field.text().split())
        response = " ".join(self.response.text().split())
        if not (sign or response):
            self._say(self.tr("Type something first, then press Enter to add it."))
            return
        editing = self._editing if self._editing is not None and self.list.row(self._editing) >= 0 else None
        if editing is None and self.list.count() >= LINES_MAX:
            self._say(self.tr("This list can hold at most {limit} lines.").format(limit=LINES_MAX))
            return
        self._say("")
        self._filling = True
        try:
            item = editing or self._append_pair(sign, response)
            self._fill(item, sign, response)
        finally:
            self._filling = False
        self.list.setCurrentItem(item)
        self.field.clear()
        self.response.clear()
        self._stop_editing()
        self._update_buttons()
        self.changed.emit()

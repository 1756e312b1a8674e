"""A row of five labelled, checkable buttons for a 1-5 scale (mood, energy, how it felt).

Colour never carries the meaning alone: every button shows its number and word.
Keys 1-5 pick a value while the picker has focus; picking the chosen value again clears it
when the scale is optional.

Signals: ``valueChanged(object)`` with an int or None.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from peerjournal.ui.widgets.accessible import give_role


class ScalePicker(QWidget):
    valueChanged = Signal(object)

    def __init__(
        self,
        labels: Mapping[int, str],
        accessible_name: str,
        *,
        optional: bool = True,
        object_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._value: int | None = None
        self.setObjectName(object_name or "scalePicker")
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        for value, label in labels.items():
            button = QPushButton(f"{value}  {label}")
            button.setCheckable(True)
            # One of several choices: Qt names a checkable, auto-exclusive button a radio button
            # for screen readers (else "check box"). The non-exclusive group still decides the
            # behaviour (a second click clears), as Qt lets a group override auto-exclusivity.
            button.setAutoExclusive(True)
            button.setObjectName(f"{self.objectName()}Button{value}")
            button.setProperty("scaleValue", value)
            button.setAccessibleName(self.tr("{scale}: {value}, {label}").format(
                scale=accessible_name, value=value, label=label))
            button.setToolTip(self.tr("{label} (key {value})").format(label=label, value=value))
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, value)
            layout.addWidget(button)
            self.buttons[value] = button
        self._group.idClicked.connect(self._clicked)
        self._accessible_base = accessible_name
        self._update_description()

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:  # noqa: N802 (Qt naming)
        if value is not None and value not in self.buttons:
            value = None
        changed = value != self._value
        self._value = value
        for v, button in self.buttons.items():
            button.setChecked(v == value)
        self._update_description()
        if changed:
            self.valueChanged.emit(value)

    def clear(self) -> None:
        self.setValue(None)

    def _clicked(self, value: int) -> None:
        if value == self._value and self._optional:
            self.setValue(None)
        else:
            self.setValue(value)

    def _update_description(self) -> None:
        if self._value is None:
            chosen = self.tr("nothing chosen")
        else:
            chosen = self.buttons[self._value].text().split("  ", 1)[1]
        self.setAccessibleDescription(self.tr("Press 1 to {last} to choose. Now: {chosen}.").format(
            last=len(self.buttons), chosen=chosen))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text.isdigit() and int(text) in self.buttons:
            self._clicked(int(text))
            return
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            start = self._value or (len(self.buttons) + 1) // 2
            step = -1 if key == Qt.Key.Key_Left else 1
            self.setValue(min(max(start + step, 1), len(self.buttons)) if self._value else start)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._optional:
            self.setValue(None)
            return
        super().keyPressEvent(event)


# A group of choices, as a screen reader should say it (not an unnamed "filler").
give_role(ScalePicker, QAccessible.Role.Grouping)

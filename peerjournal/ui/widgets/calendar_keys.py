"""Alt+Down (and F4) open a date field's calendar, as they open a combo box's list.

Qt's date fields with a calendar pop-up open it only by mouse; the fields' description promises
Alt+Down, so a key press is turned into a click on the field's own drop-down button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QStyle, QStyleOptionComboBox


def opens_calendar(event: QKeyEvent) -> bool:
    alt_down = event.key() == Qt.Key.Key_Down and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return alt_down or event.key() == Qt.Key.Key_F4


def open_calendar(edit: QDateTimeEdit) -> None:
    """Open ``edit``'s calendar the way its button does (Qt keeps the opening private)."""
    option = QStyleOptionComboBox()  # what Qt hit-tests the button with
    option.initFrom(edit)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    arrow = edit.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit)
    where = QPointF(arrow.center())
    glob = QPointF(edit.mapToGlobal(arrow.center()))
    # The move makes the button the hovered part, which the press then opens.
    for kind, button in ((QEvent.Type.MouseMove, Qt.MouseButton.NoButton),
                         (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton)):
        QApplication.sendEvent(edit, QMouseEvent(kind, where, glob, button, button, Qt.KeyboardModifier.NoModifier))


class CalendarKeys(QObject):
    """An event filter on a date field with a calendar pop-up."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QDateTimeEdit)
                and watched.calendarPopup() and isinstance(event, QKeyEvent) and opens_calendar(event)):
            open_calendar(watched)
            return True
        return False


def with_calendar_keys(edit: QDateTimeEdit) -> QDateTimeEdit:
    """``edit`` with a calendar pop-up that Alt+Down and F4 open."""
    edit.setCalendarPopup(True)
    keys = CalendarKeys(edit)
    edit.installEventFilter(keys)
    return edit

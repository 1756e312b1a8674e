"""Small pieces shared by the goal and place dialogs and widgets of the Connecting page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from peerjournal.ui.accessible import date_hint


def text_label(text: str = "", name: str = "") -> QLabel:
    """A wrapped, selectable plain-text label (goals and places are the person's words, never markup)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def error_label() -> QLabel:
    label = text_label(name="errorLabel")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show a problem beside the form and announce it (screen readers miss a label appearing)."""
    label.setText(text)
    label.show()
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, accessible: str, day: date, description: str = "") -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setAccessibleDescription(f"{description} {date_hint()}".strip())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setDate(to_qdate(day))
    return edit


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)

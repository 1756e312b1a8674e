"""Time fields start at the hours (a date-time field at its first part) whether Tab or
Shift+Tab brings the focus in: a screen reader reads them from the start, never from the minutes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerjournal.ui.widgets.time_fields import starts_at_first_part


def _form(qtbot, field: QDateTimeEdit) -> tuple[QLineEdit, QLineEdit, QWidget]:
    form = QWidget()
    layout = QVBoxLayout(form)
    before, after = QLineEdit(), QLineEdit()
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return before, after, form


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit(QTime(21, 45))
    edit.setDisplayFormat("HH:mm")
    return edit


def _date_time_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(QDate(2026, 12, 7), QTime(21, 45)))
    edit.setDisplayFormat("d MMM yyyy  HH:mm")
    return edit


@pytest.mark.parametrize(("make", "first"), [(_time_edit, QDateTimeEdit.Section.HourSection),
                                             (_date_time_edit, QDateTimeEdit.Section.DaySection)])
def test_tab_and_shift_tab_into_the_field_start_at_its_first_part(qtbot, make, first):
    field = starts_at_first_part(make())
    before, after, _form_kept = _form(qtbot, field)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus, timeout=5000)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    assert field.currentSection() == first
    assert field.lineEdit().selectionStart() == 0 and field.lineEdit().selectedText()
    # Tab still goes on to the next part (the minutes) inside the field, then out.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert field.hasFocus() and field.currentSection() != first

    after.setFocus()
    qtbot.waitUntil(after.hasFocus, timeout=5000)
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    assert field.currentSection() == first  # Qt alone puts it on the minutes
    assert field.lineEdit().selectionStart() == 0 and field.lineEdit().selectedText()


def test_a_plain_time_field_starts_at_the_minutes_on_shift_tab(qtbot):
    """The control: without the helper Qt starts at the last part, which is why it exists."""
    field = _time_edit()
    _, after, _form_kept = _form(qtbot, field)
    after.setFocus()
    qtbot.waitUntil(after.hasFocus, timeout=5000)
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    assert field.currentSection() == QDateTimeEdit.Section.MinuteSection

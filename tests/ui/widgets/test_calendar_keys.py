"""Date fields' calendar: Alt+Down and F4 open it, and its drop-down button shows an arrow."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QStyle, QStyleOptionComboBox

from peerjournal.ui.app import style
from peerjournal.ui.widgets import make
from peerjournal.ui.widgets.calendar_keys import with_calendar_keys
from peerjournal.ui.widgets.period_choices import period_dates


@pytest.fixture
def themed(qapp):
    manager = style.install(qapp)
    yield manager
    manager.uninstall()


def shown(qtbot, edit: QDateEdit) -> QDateEdit:
    qtbot.addWidget(edit)
    edit.resize(260, edit.sizeHint().height())
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def drop_down(edit: QDateEdit):
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    return edit.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit)


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                                               (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)])
def test_the_key_opens_the_calendar_on_the_fields_date(qtbot, themed, key, modifier):
    edit = shown(qtbot, make.date_edit("dayEdit", "Day", date(2026, 12, 6)))
    popup = edit.calendarWidget().window()
    assert not popup.isVisible()
    qtbot.keyClick(edit, key, modifier)
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert edit.date() == QDate(2026, 12, 6)  # the key did not step the date
    assert edit.calendarWidget().selectedDate() == QDate(2026, 12, 6)
    popup.hide()


def test_plain_down_still_steps_the_date(qtbot, themed):
    edit = shown(qtbot, with_calendar_keys(QDateEdit(QDate(2026, 12, 6))))
    # Down steps the section the cursor is in; the locale's short format decides which comes first.
    edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == QDate(2026, 12, 5)
    assert not edit.calendarWidget().window().isVisible()


def test_period_dates_open_their_calendar_too(qtbot, themed):
    start, end, row = period_dates(date(2026, 12, 6), 7)
    for edit in (start, end):
        shown(qtbot, edit)
        qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(edit.calendarWidget().window().isVisible, timeout=5000)
        edit.calendarWidget().window().hide()


def test_the_drop_down_button_draws_its_arrow_and_no_bevel(qtbot, themed):
    edit = shown(qtbot, make.date_edit("dayEdit", "Day", date(2026, 12, 6)))
    button = drop_down(edit)
    assert button.width() >= 16 and edit.rect().contains(button)
    image = edit.grab().toImage()
    ratio = image.devicePixelRatio()
    background = edit.palette().color(edit.palette().ColorRole.Base)

    def far_from_background(x: int, y: int) -> bool:
        colour = QColor(image.pixel(int(x * ratio), int(y * ratio)))
        return style.contrast_ratio(colour, background) > 2.0

    middle = button.center()
    arrow = [(x, y) for x in range(middle.x() - 6, middle.x() + 7) for y in range(middle.y() - 6, middle.y() + 7)
             if far_from_background(x, y)]
    assert len(arrow) >= 6, "the drop-down button has no arrow"
    # Fusion's bare bevel draws dark edges around the button; ours is flat: only the arrow shows.
    outside = [(x, y) for x in range(button.left(), button.right() + 1) for y in range(button.top(), button.bottom() + 1)
               if abs(x - middle.x()) > 8 or abs(y - middle.y()) > 8]
    assert [point for point in outside if far_from_background(*point)] == []

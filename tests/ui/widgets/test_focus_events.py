"""A Tab into a text field is told (focus first) before the field selects its text, as a screen
reader needs it; the text is still selected just after, and typing straight away is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from peerjournal.ui.widgets.focus_events import caret_after_focus


def _form(qtbot, field: QLineEdit) -> tuple[QWidget, QLineEdit]:
    form = QWidget()
    layout = QVBoxLayout(form)
    before = QLineEdit()
    layout.addWidget(before)
    layout.addWidget(field)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus, timeout=5000)
    return form, before


def _selected_when_focused(qtbot, field: QLineEdit) -> list[bool]:
    form, before = _form(qtbot, field)
    seen: list[bool] = []

    def changed(_old: QWidget | None, new: QWidget | None) -> None:
        if new is field:
            seen.append(field.hasSelectedText())

    app = QApplication.instance()
    app.focusChanged.connect(changed)
    try:
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: field.selectedText() == "Sam", timeout=5000)
    finally:
        app.focusChanged.disconnect(changed)
    form.close()
    return seen


def test_the_text_is_selected_after_the_focus_is_told(qtbot):
    assert _selected_when_focused(qtbot, caret_after_focus(QLineEdit("Sam"))) == [False]


def test_qt_alone_selects_before_the_focus_is_told(qtbot):
    """The control: why the helper exists."""
    assert _selected_when_focused(qtbot, QLineEdit("Sam")) == [True]


def test_typing_straight_after_the_tab_is_kept(qtbot):
    field = caret_after_focus(QLineEdit("Sam"))
    form, before = _form(qtbot, field)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    field.end(False)
    qtbot.keyClicks(field, " and Jo")  # before the event loop ran: nothing selects it away
    qtbot.wait(50)
    assert field.text() == "Sam and Jo" and not field.hasSelectedText()
    form.close()

"""What a screen reader is told about controls, and the keyboard paths the helpers set up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.ui.widgets import accessible


def test_hints_say_how_the_keyboard_works():
    assert "Alt+Down" in accessible.date_hint()
    assert "arrow keys" in accessible.time_hint()


def test_scroll_area_is_named_and_says_how_to_scroll(qtbot):
    area = accessible.scroll_area(QScrollArea(), "Entry text")
    qtbot.addWidget(area)
    assert area.accessibleName() == "Entry text"
    assert area.accessibleDescription() == "Scroll with the arrow keys, Page Up and Page Down."


def test_describe_tabs_puts_each_description_in_its_tooltip(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "One")
    tabs.addTab(QWidget(), "Two")
    assert accessible.describe_tabs(tabs, ["First things.", "Second things."], "Sections") is tabs
    assert [tabs.tabToolTip(i) for i in range(2)] == ["First things.", "Second things."]
    assert tabs.tabBar().accessibleName() == "Sections"
    accessible.describe_tabs(tabs, ["Only the first."])
    assert tabs.tabBar().accessibleName() == "Sections"  # no name given: the old one stays
    assert tabs.tabToolTip(0) == "Only the first."


def test_dialog_buttons_get_plain_defaults_or_the_callers_words(qtbot):
    standard = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(standard.Save | standard.Cancel | standard.Close)
    qtbot.addWidget(box)
    accessible.dialog_buttons(box, save="Saves the goal.")
    assert box.button(standard.Save).accessibleDescription() == "Saves the goal."
    assert box.button(standard.Cancel).accessibleDescription() == "Closes this window without saving."
    assert box.button(standard.Close).accessibleDescription() == "Closes this window."
    ok_box = QDialogButtonBox(standard.Ok)
    qtbot.addWidget(ok_box)
    accessible.dialog_buttons(ok_box)
    assert ok_box.button(standard.Ok).accessibleDescription() == "Uses what you chose and closes this window."


def test_view_shortcut_works_in_the_view_but_not_while_typing(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    layout = QVBoxLayout(owner)
    view, field = QListWidget(), QLineEdit()
    view.addItems(["a", "b"])
    layout.addWidget(view)
    layout.addWidget(field)
    pressed: list[bool] = []
    action = accessible.view_shortcut(owner, view, "Delete",
                                      lambda: pressed.append(True))
    assert action in view.actions() and action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    with qtbot.waitActive(owner):
        owner.show()
        owner.activateWindow()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert pressed == []
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert pressed == [True]


def test_chain_puts_widgets_one_after_another_in_the_tab_order(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    layout = QVBoxLayout(owner)
    field = QLineEdit()
    first, second, third = QPushButton("1"), QPushButton("2"), QPushButton("3")
    for widget in (field, third, first, second):  # made in another order than they should be reached
        layout.addWidget(widget)
    accessible.chain([field, first, second, third])
    with qtbot.waitActive(owner):
        owner.show()
        owner.activateWindow()
    field.setFocus()
    reached = []
    for _ in range(4):
        qtbot.keyClick(owner.focusWidget(), Qt.Key.Key_Tab)
        reached.append(owner.focusWidget())
    assert reached == [first, second, third, field]

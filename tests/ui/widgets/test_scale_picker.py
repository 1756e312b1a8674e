"""The 1-5 scale picker: keys and clicks choose, a second click clears, and a screen reader hears the choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from peerjournal.ui.widgets.scale_picker import ScalePicker

LABELS = {1: "Awful", 2: "Low", 3: "Okay", 4: "Good", 5: "Great"}


@pytest.fixture
def picker(qtbot):
    widget = ScalePicker(LABELS, "Mood", object_name="moodPicker")
    qtbot.addWidget(widget)
    return widget


def _checked(picker: ScalePicker) -> list[int]:
    return [value for value, button in picker.buttons.items() if button.isChecked()]


def test_buttons_show_number_and_word_and_are_named(picker):
    assert [b.text() for b in picker.buttons.values()] == [f"{v}  {w}" for v, w in LABELS.items()]
    assert picker.buttons[4].objectName() == "moodPickerButton4"
    assert picker.buttons[4].accessibleName() == "Mood: 4, Good"
    assert picker.buttons[4].toolTip() == "Good (key 4)"
    assert picker.accessibleName() == "Mood" and picker.objectName() == "moodPicker"
    assert picker.value() is None and _checked(picker) == []


def test_keys_one_to_five_choose_and_the_description_says_it(picker, qtbot):
    seen: list[object] = []
    picker.valueChanged.connect(seen.append)
    assert picker.accessibleDescription() == "Press 1 to 5 to choose. Now: nothing chosen."
    qtbot.keyClick(picker, Qt.Key.Key_4)
    assert picker.value() == 4 and _checked(picker) == [4]
    assert picker.accessibleDescription() == "Press 1 to 5 to choose. Now: Good."
    qtbot.keyClick(picker, Qt.Key.Key_2)
    assert picker.value() == 2 and _checked(picker) == [2]
    qtbot.keyClick(picker, Qt.Key.Key_9)  # not on the scale: nothing happens
    assert picker.value() == 2
    assert seen == [4, 2]


def test_choosing_the_same_value_again_clears_an_optional_scale(picker, qtbot):
    qtbot.mouseClick(picker.buttons[3], Qt.MouseButton.LeftButton)
    assert picker.value() == 3
    qtbot.mouseClick(picker.buttons[3], Qt.MouseButton.LeftButton)
    assert picker.value() is None and _checked(picker) == []
    qtbot.keyClick(picker, Qt.Key.Key_5)
    qtbot.keyClick(picker, Qt.Key.Key_5)
    assert picker.value() is None
    assert picker.accessibleDescription().endswith("Now: nothing chosen.")


def test_a_required_scale_keeps_its_value(qtbot):
    picker = ScalePicker(LABELS, "Energy", optional=False)
    qtbot.addWidget(picker)
    assert picker.objectName() == "scalePicker"
    qtbot.keyClick(picker, Qt.Key.Key_1)
    qtbot.keyClick(picker, Qt.Key.Key_1)
    assert picker.value() == 1
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    assert picker.value() == 1 and _checked(picker) == [1]


def test_arrows_start_in_the_middle_and_stop_at_the_ends(picker, qtbot):
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.value() == 3  # nothing chosen yet: the middle first
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    assert picker.value() == 5
    for _ in range(6):
        qtbot.keyClick(picker, Qt.Key.Key_Left)
    assert picker.value() == 1
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert picker.value() is None


def test_set_value_ignores_values_off_the_scale_and_signals_only_changes(picker):
    seen: list[object] = []
    picker.valueChanged.connect(seen.append)
    picker.setValue(2)
    picker.setValue(2)
    picker.setValue(7)  # off the scale: cleared
    assert picker.value() is None and seen == [2, None]
    picker.setValue(5)
    picker.clear()
    assert seen == [2, None, 5, None] and _checked(picker) == []


def test_each_choice_is_a_radio_button_to_a_screen_reader_with_its_checked_state(picker, qtbot):
    from PySide6.QtGui import QAccessible

    picker.setValue(4)
    for value, button in picker.buttons.items():
        iface = QAccessible.queryAccessibleInterface(button)
        assert iface.role() == QAccessible.Role.RadioButton, value
        assert iface.state().checkable
        assert bool(iface.state().checked) == (value == 4)
    # Clicking the chosen value still clears it (the group is not exclusive).
    qtbot.mouseClick(picker.buttons[4], Qt.MouseButton.LeftButton)
    assert picker.value() is None
    assert not any(b.isChecked() for b in picker.buttons.values())

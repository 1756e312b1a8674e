"""Word chips: a typed feeling or name becomes a chip on Enter, chips toggle or remove, and the field says what is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QToolButton

from peerjournal.ui.widgets.chips import FeelingsPicker, PeoplePicker


def _chips(picker, name: str) -> list[QToolButton]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # chips taken off go now
    return picker.findChildren(QToolButton, name)


def _type(qtbot, picker, text: str) -> None:
    qtbot.keyClicks(picker.field, text)
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)


# -- feelings -------------------------------------------------------------------------
@pytest.fixture
def feelings(qtbot):
    picker = FeelingsPicker()
    qtbot.addWidget(picker)
    picker.set_options(["calm", "tired", "hopeful"])
    return picker


def test_offered_feelings_are_unchecked_chips_that_are_not_tab_stops(feelings):
    chips = _chips(feelings, "feelingChip")
    assert [c.text() for c in chips] == ["calm", "tired", "hopeful"]
    assert not any(c.isChecked() for c in chips)
    assert chips[0].accessibleName() == "Feeling: calm"
    assert all(c.focusPolicy() == Qt.FocusPolicy.ClickFocus for c in chips)
    assert feelings.field.accessibleName() == "Feelings" and feelings.objectName() == "feelingsPicker"
    assert feelings.field.accessibleDescription().endswith("Chosen: none.")


def test_typing_a_feeling_and_enter_chooses_it_and_again_takes_it_off(feelings, qtbot):
    changes: list[bool] = []
    feelings.selectionChanged.connect(lambda: changes.append(True))
    _type(qtbot, feelings, "Tired")
    assert feelings.selected() == ("tired",) and feelings.field.text() == ""
    assert feelings.field.accessibleDescription().endswith("Chosen: tired.")
    _type(qtbot, feelings, "  TIRED ")
    assert feelings.selected() == ()
    assert len(changes) == 2


def test_a_new_typed_feeling_becomes_a_chosen_chip(feelings, qtbot):
    _type(qtbot, feelings, "Quietly   Proud")
    assert feelings.selected() == ("quietly proud",)
    chips = _chips(feelings, "feelingChip")
    assert chips[-1].text() == "quietly proud" and chips[-1].isChecked()
    _type(qtbot, feelings, "   ")  # nothing typed: nothing happens
    assert len(_chips(feelings, "feelingChip")) == 4


def test_clicking_a_chip_toggles_it(feelings, qtbot):
    calm = _chips(feelings, "feelingChip")[0]
    qtbot.mouseClick(calm, Qt.MouseButton.LeftButton)
    assert feelings.selected() == ("calm",)
    qtbot.mouseClick(calm, Qt.MouseButton.LeftButton)
    assert feelings.selected() == ()


def test_chosen_feelings_survive_new_options_and_clear(feelings):
    feelings.set_selected(["Hopeful", "brave"])
    assert set(feelings.selected()) == {"hopeful", "brave"}
    feelings.set_options(["calm"])  # a chosen word not offered any more stays, still chosen
    assert [c.text() for c in _chips(feelings, "feelingChip")] == ["calm", "hopeful", "brave"]
    assert set(feelings.selected()) == {"hopeful", "brave"}
    feelings.field.setText("half typed")
    feelings.clear()
    assert feelings.selected() == () and feelings.field.text() == ""


# -- people ---------------------------------------------------------------------------
@pytest.fixture
def people(qtbot):
    created: list[str] = []

    def create(name: str) -> int | None:
        if name == "Nobody":
            return None  # the person cancelled
        created.append(name)
        return 100 + len(created)

    picker = PeoplePicker(create, "People in this entry")
    qtbot.addWidget(picker)
    picker.set_people({1: "Sam", 2: "Alex"})
    picker.created = created  # type: ignore[attr-defined]
    return picker


def test_typing_a_known_name_adds_their_chip(people, qtbot):
    changes: list[bool] = []
    people.selectionChanged.connect(lambda: changes.append(True))
    _type(qtbot, people, "sam")
    assert people.selected() == (1,) and people.field.text() == ""
    chip = _chips(people, "personChip")[0]
    assert (chip.text(), chip.accessibleName()) == ("Sam  ✕", "Remove Sam")
    assert people.field.accessibleDescription().endswith("Chosen: Sam.")
    _type(qtbot, people, "Sam")  # already chosen: no second chip
    assert people.selected() == (1,) and len(_chips(people, "personChip")) == 1
    assert changes == [True]


def test_a_new_name_becomes_a_new_person_unless_cancelled(people, qtbot):
    _type(qtbot, people, "Jo  Bloggs")
    assert people.created == ["Jo Bloggs"] and people.selected() == (101,)
    _type(qtbot, people, "Nobody")
    assert people.selected() == (101,)
    assert [c.text() for c in _chips(people, "personChip")] == ["Jo Bloggs  ✕"]


def test_without_a_way_to_create_people_unknown_names_are_ignored(qtbot):
    picker = PeoplePicker()
    qtbot.addWidget(picker)
    picker.set_people({1: "Sam"})
    _type(qtbot, picker, "Stranger")
    assert picker.selected() == () and picker.field.accessibleName() == "People"
    assert picker.field.accessibleDescription().endswith("Chosen: nobody yet.")


def test_a_chip_is_removed_from_the_keyboard_and_focus_goes_back_to_the_field(people, qtbot):
    people.set_selected([2, 1, 2, 99])  # repeats and unknown ids are dropped
    assert people.selected() == (2, 1)
    with qtbot.waitActive(people):
        people.show()
        people.activateWindow()
    people.field.setFocus()
    qtbot.keyClick(people.field, Qt.Key.Key_Tab)  # chips come right after the field
    alex = people.focusWidget()
    assert isinstance(alex, QToolButton) and alex.accessibleName() == "Remove Alex"
    qtbot.keyClick(alex, Qt.Key.Key_Space)
    assert people.selected() == (1,)
    assert people.focusWidget() is people.field
    assert [c.accessibleName() for c in _chips(people, "personChip")] == ["Remove Sam"]


def test_people_clear_and_add_known(people):
    people.add_known(3, "Robin")
    people.set_selected([3])
    assert [c.text() for c in _chips(people, "personChip")] == ["Robin  ✕"]
    people.clear()
    assert people.selected() == () and _chips(people, "personChip") == []


@pytest.mark.xfail(strict=True, reason="set_selected lowercases the wanted words but matches chips by their exact "
                   "text: an offered 'Calm' is left unticked and a second chip 'calm' is added (typing matches "
                   "case-insensitively)")
def test_choosing_an_offered_feeling_in_capitals_ticks_its_chip(qtbot):
    picker = FeelingsPicker()
    qtbot.addWidget(picker)
    picker.set_options(["Calm"])
    picker.set_selected(["Calm"])
    assert [(c.text(), c.isChecked()) for c in _chips(picker, "feelingChip")] == [("Calm", True)]

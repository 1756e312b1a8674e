"""Paired plan items on the page: a sign and what I'll do added, changed and moved as one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from peerjournal.core.records import Person
from peerjournal.core.support_plan import PAIRED, SupportPlan
from tests.ui.helpers import make_window, unnamed_controls

ALT = Qt.KeyboardModifier.AltModifier


def _open_page(qtbot, journal):
    window = make_window(qtbot, journal)
    window.support_plan_action.trigger()
    return window, window.support_plan


def _items(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def test_an_item_and_its_response_are_added_and_moved_as_one(qtbot, journal):
    window, page = _open_page(qtbot, journal)
    page.show_part("triggers")
    editor = page.lists["triggers"]
    qtbot.keyClicks(editor.field, "Bills")
    qtbot.keyClicks(editor.response, "One letter a day")
    qtbot.keyClick(editor.response, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.field, "Noise")
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)  # the response is optional
    assert _items(editor.list) == ["Bills → One letter a day", "Noise"]
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, ALT)
    assert page.save_now()
    plan = journal.plan.load()
    assert plan.items("triggers") == (("Noise", ""), ("Bills", "One letter a day"))
    assert unnamed_controls(page) == []


def test_f2_brings_an_item_back_to_change_it_in_its_place(qtbot, journal):
    journal.plan.save(SupportPlan(early_signs=("Sleeping badly", "Staying in"),
                                  early_sign_actions=("", "Text Priya")))
    window, page = _open_page(qtbot, journal)
    page.show_part("early")
    editor = page.lists["early_signs"]
    editor.list.setFocus()
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_F2)
    assert editor.field.text() == "Sleeping badly" and editor.add_button.text() == "Change"
    qtbot.keyClicks(editor.response, "Early night")
    qtbot.keyClick(editor.response, Qt.Key.Key_Return)
    assert _items(editor.list) == ["Sleeping badly → Early night", "Staying in → Text Priya"]
    assert editor.add_button.text() == "Add"
    assert page.save_now()
    assert journal.plan.load().items("early_signs") == (("Sleeping badly", "Early night"),
                                                       ("Staying in", "Text Priya"))


def test_a_dragged_item_keeps_its_response_and_names_go_into_the_response(qtbot, journal):
    journal.add_person(Person("Jess"))
    journal.plan.save(SupportPlan(breakdown_signs=("Not eating", "Not answering"),
                                  breakdown_needs=("Bring food", "")))
    window, page = _open_page(qtbot, journal)
    page.show_part("breaking")
    editor = page.lists["breakdown_signs"]
    assert editor.list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)  # what a drop does
    qtbot.keyClicks(editor.field, "Staying in bed")
    qtbot.keyClicks(editor.response, "Call ")
    assert editor.names is not None
    editor.names.activated.emit(1)  # "Jess"
    assert editor.response.text() == "Call Jess"
    qtbot.keyClick(editor.response, Qt.Key.Key_Return)
    assert page.save_now()
    assert journal.plan.load().items("breakdown_signs") == (
        ("Not answering", ""), ("Not eating", "Bring food"), ("Staying in bed", "Call Jess"))
    assert set(PAIRED) == {"triggers", "early_signs", "breakdown_signs"}


def test_a_draft_keeps_the_pairs_and_an_older_draft_loses_no_line(qtbot, journal):
    window, page = _open_page(qtbot, journal)
    editor = page.lists["triggers"]
    editor.set_items((("Bills", "One letter a day"), ("", "Breathe")))
    draft = page._capture()
    editor.set_items(())
    page._restore(draft)
    assert page.current_plan().items("triggers") == (("Bills", "One letter a day"), ("", "Breathe"))
    page._restore({"version": 2, "early_signs": ["Staying in", "Not eating"],
                   "early_sign_actions": ["Text Priya"]})  # written before items were paired
    assert page.current_plan().items("early_signs") == (
        ("Staying in", ""), ("Not eating", ""), ("", "Text Priya"))

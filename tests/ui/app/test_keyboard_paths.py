"""Keyboard without dead ends: Today's first field is focused, Ctrl+F works from anywhere, each
Alt-letter on Today leads to one place, and Ctrl+Z says what it undid and gives typing back."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from tests.ui.helpers import make_window

from peerjournal.ui.app import translations
from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.undo import DeleteEntryCommand, QUndoStack, perform
from peerjournal.ui.journal.today_page import TodayPage

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _focus_inside(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def test_today_has_its_first_field_focused_when_the_window_opens(qtbot, journal):
    window = make_window(qtbot, journal)
    qtbot.waitUntil(lambda: _focus_inside(window.today.mood_form.mood), timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert window.today.mood_form.mood.value() == 4


def test_ctrl_1_comes_back_to_todays_first_field(qtbot, journal):
    window = make_window(qtbot, journal)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert not _focus_inside(window.today)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _focus_inside(window.today.mood_form.mood), timeout=5000)


def test_ctrl_f_reaches_the_search_after_ctrl_number_or_a_click_in_the_page_list(qtbot, journal):
    window = make_window(qtbot, journal)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.nav.setFocus()  # as after a click in the page list
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.timeline.text_filter.hasFocus(), timeout=5000)
    rect = window.nav.visualItemRect(window.nav.item(2))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.people
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.people.filter_edit.hasFocus(), timeout=5000)


def test_find_is_greyed_out_on_pages_without_a_search(qtbot, journal):
    window = make_window(qtbot, journal)
    window.go_to(0)
    assert not window.find_action.isEnabled()
    window.go_to(1)
    assert window.find_action.isEnabled()


def _mnemonics(root: QWidget) -> Counter[str]:
    letters: Counter[str] = Counter()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letters.update(m.lower() for m in MNEMONIC.findall(text))
    return letters


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_alt_letter_on_today_leads_to_one_place(qtbot, journal, language):
    translations.install_translators(language)
    try:
        page = TodayPage(journal, JournalEvents(journal), QUndoStack())
        qtbot.addWidget(page)
        page.show()
        letters = _mnemonics(page)
    finally:
        translations.install_translators("en")
    assert len(letters) >= 10  # the forms' rows and the buttons are reached by Alt+letter
    assert [letter for letter, count in letters.items() if count > 1] == []


def test_alt_letters_reach_each_section(qtbot, journal):
    window = make_window(qtbot, journal)
    today = window.today
    for key, field in ((Qt.Key.Key_W, today.contact_form.people.field), (Qt.Key.Key_A, today.activity_form.title),
                       (Qt.Key.Key_M, today.mood_form.mood)):
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: _focus_inside(field), timeout=5000)


def test_undo_says_what_it_undid_and_puts_the_check_in_back_in_the_form(qtbot, journal):
    window = make_window(qtbot, journal)
    today = window.today
    qtbot.keyClick(today.mood_form.mood, Qt.Key.Key_2)
    today.mood_form.note.setPlainText("a slow morning")
    today.activity_form.title.setText("Walk to the shop")
    today.save()
    assert len(journal.timeline()) == 2
    assert today.mood_form.is_empty() and today.activity_form.is_empty()

    window.undo_action.trigger()
    assert journal.timeline() == []
    assert today.mood_form.mood.value() == 2
    assert today.mood_form.note.toPlainText() == "a slow morning"
    assert today.activity_form.title.text() == "Walk to the shop"
    assert today.status.text().startswith("Undone: check-in at ")
    assert "Saved" not in today.status.text()
    assert window.statusBar().currentMessage().startswith("Undone: check-in at ")

    window.redo_action.trigger()  # done again: the forms let go of it, so it isn't saved twice
    assert len(journal.timeline()) == 2
    assert today.mood_form.is_empty() and today.activity_form.is_empty()
    assert window.statusBar().currentMessage().startswith("Redone: ")

    today.save()  # nothing filled in: nothing more saved
    assert len(journal.timeline()) == 2


def test_undo_keeps_new_typing_and_says_the_entry_is_gone(qtbot, journal):
    window = make_window(qtbot, journal)
    today = window.today
    qtbot.keyClick(today.mood_form.mood, Qt.Key.Key_4)
    today.save()
    today.activity_form.title.setText("Art group")
    window.undo_action.trigger()
    assert journal.timeline() == []
    assert today.activity_form.title.text() == "Art group" and today.mood_form.is_empty()
    assert "no longer in your journal" in today.status.text()


def test_other_steps_say_what_was_undone_and_redone(qtbot, journal):
    window = make_window(qtbot, journal)
    qtbot.keyClick(window.today.mood_form.mood, Qt.Key.Key_3)
    window.today.save()
    (row,) = journal.timeline()
    perform(window.undo_stack, DeleteEntryCommand(journal, row.kind, row.id))
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Delete check-in."
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Redone: Delete check-in."
    window.statusBar().clearMessage()
    qtbot.keyClick(window.today.mood_form.mood, Qt.Key.Key_5)
    window.today.save()  # a new step pushed is not a redo
    assert not window.statusBar().currentMessage().startswith("Redone")

"""People page: the circle tree, the person dialog, archive / delete, contact history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from peerjournal.core.records import Contact, Person
from peerjournal.core.vocabulary import Closeness
from tests.ui.people.helpers import YESTERDAY, add, open_add_dialog, tick, tree_children

from peerjournal.ui.people import people_model
from peerjournal.ui.people.people_page import WELCOME
from peerjournal.ui.people.person_details import RoomyDelegate
from peerjournal.ui.widgets import messages


def test_double_click_and_enter_open_edit(qtbot, page, journal):
    ana = add(journal, "Ana")
    page.select_person(ana.id)
    rect = page.tree.visualRect(page.tree.currentIndex())
    # A real double click starts with a press; QTest's DClick alone is only the second half.
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.person_dialog is not None and page.person_dialog.windowTitle() == "Edit Ana"
    page.person_dialog.reject()
    qtbot.waitUntil(lambda: page.person_dialog is None)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert page.person_dialog is not None and page.person_dialog.windowTitle() == "Edit Ana"
    page.person_dialog.reject()


def test_add_shortcut_opens_dialog(qtbot, page):
    page.activateWindow()
    page.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.person_dialog is not None and page.person_dialog.windowTitle() == "Add a person"
    page.person_dialog.reject()


# -- archive and delete -----------------------------------------------------
def test_archive_with_history_hides_until_show_archived(qtbot, page, journal):
    kim = add(journal, "Kim")
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,)))
    page.select_person(kim.id)
    assert not page.delete_button.isEnabled()  # history: archive, don't delete

    messages.next_answers.append(False)  # first time: "Keep in my lists"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not journal.get_person(kim.id).archived
    title, text = messages.shown[-1]
    assert title == "Archive Kim?" and "stays in your journal" in text

    messages.next_answers.append(True)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert journal.get_person(kim.id).archived
    assert tree_children(page)["Middle circle (0)"] == []
    assert page.details_stack.currentWidget() is page.empty_label

    tick(qtbot, page.show_archived_check)
    assert tree_children(page)["Middle circle (1)"] == ["Kim (archived)"]
    page.select_person(kim.id)
    assert page.archive_button.text() == "Restore"
    assert not page.log_contact_button.isEnabled()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)  # restoring doesn't ask
    assert not journal.get_person(kim.id).archived
    assert page.archive_button.text() == "Archive"


def test_select_person_reveals_archived_person(page, journal):
    lee = add(journal, "Lee", archived=True)
    page.filter_edit.setText("nobody")
    assert page.select_person(lee.id)
    assert page.show_archived_check.isChecked() and page.filter_edit.text() == ""


def test_delete_only_without_history(qtbot, page, journal):
    kim = add(journal, "Kim")
    new = add(journal, "New neighbour")
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,)))
    page.select_person(kim.id)
    assert not page.delete_button.isEnabled()

    page.select_person(new.id)
    assert page.delete_button.isEnabled()
    messages.next_answers.append(True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert messages.shown[-1][0] == "Delete New neighbour?"
    assert [p.name for p in journal.people(include_archived=True)] == ["Kim"]
    assert "New neighbour" not in str(tree_children(page))


def test_welcome_when_no_people(qtbot, page, journal):
    assert page.details_stack.currentWidget() is page.welcome_page
    assert page.welcome_label.text() == WELCOME
    qtbot.mouseClick(page.welcome_add_button, Qt.MouseButton.LeftButton)
    assert page.person_dialog is not None
    page.person_dialog.reject()


# -- filter, signals, refresh -----------------------------------------------
def test_filter_narrows_tree(qtbot, page, journal):
    add(journal, "Maya", closeness=Closeness.CLOSE)
    add(journal, "Mark")
    add(journal, "Ola", closeness=Closeness.OUTER)
    qtbot.keyClicks(page.filter_edit, "ma")
    assert tree_children(page) == {"Close circle (1)": ["Maya"], "Middle circle (1)": ["Mark"]}
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "circle")  # group names are not people
    assert tree_children(page) == {}
    assert page.no_match_label.isVisible()
    page.filter_edit.clear()
    assert len(tree_children(page)) == 3


def test_log_contact_emits_person_id(qtbot, page, journal):
    add(journal, "Ana")
    ola = add(journal, "Ola")
    page.select_person(ola.id)
    with qtbot.waitSignal(page.logContactRequested) as blocker:
        qtbot.mouseClick(page.log_contact_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [ola.id]


def test_refreshes_on_outside_change_keeping_selection(page, journal):
    ana = add(journal, "Ana")
    page.select_person(ana.id)
    add(journal, "Zoe", closeness=Closeness.CLOSE)
    assert tree_children(page)["Close circle (1)"] == ["Zoe"]
    assert page.selected_person_id() == ana.id
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(ana.id,)))
    assert page.history_model.rowCount() == 1
    assert not page.delete_button.isEnabled()


def test_collapsed_group_stays_collapsed(page, journal):
    add(journal, "Ana", closeness=Closeness.OUTER)
    outer = page.proxy.index(2, 0)
    page.tree.collapse(outer)
    add(journal, "Ben", closeness=Closeness.OUTER)
    assert not page.tree.isExpanded(page.proxy.index(2, 0))
    assert page.tree.isExpanded(page.proxy.index(0, 0))


NAMED_KINDS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QCheckBox)


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for kind in NAMED_KINDS for w in root.findChildren(kind)
        if not w.accessibleName()
    ]


def test_every_control_has_an_accessible_name(qtbot, page, journal):
    add(journal, "Kim")
    page.select_person(journal.people()[0].id)
    assert unnamed(page) == [], unnamed(page)
    dialog = open_add_dialog(qtbot, page)
    assert unnamed(dialog) == []
    dialog.reject()


def test_every_control_has_an_object_name_ending_in_its_kind(qtbot, page):
    suffixes = ("Button", "Edit", "Filter", "Combo", "Check", "Tree", "Table", "Radio")
    dialog = open_add_dialog(qtbot, page)
    for root in (page, dialog):
        for kind in NAMED_KINDS:
            for widget in root.findChildren(kind):
                if widget.objectName().startswith("qt_") or not widget.objectName():
                    continue
                assert widget.objectName().endswith(suffixes), widget.objectName()
    dialog.reject()


# -- many people at once (a phone's contacts, issue 20) ------------------------------------
def test_many_people_are_made_into_rows_a_few_hundred_an_event_loop_turn(qtbot, page, journal, monkeypatch):
    monkeypatch.setattr(people_model, "ROWS_A_STEP", 40)
    ana = add(journal, "Ana")
    page.select_person(ana.id)
    turns: list[int] = []
    page._step_timer.timeout.connect(lambda: turns.append(1))

    journal.add_people([Person(name=f"Contact {i:03}", closeness=Closeness.OUTER) for i in range(150)])
    assert page._steps is not None  # under way: the rest comes in later turns
    qtbot.waitUntil(lambda: page._steps is None, timeout=10_000)
    assert len(turns) >= 150 // 40  # read, then 40 people a turn
    shown = tree_children(page)
    assert sum(len(names) for names in shown.values()) == 151
    assert page.selected_person_id() == ana.id  # the selection is kept

    journal.add_people([Person(name=f"More {i:03}") for i in range(100)])
    assert page._steps is not None
    assert page.select_person(ana.id)  # someone to select: the rest of the reload is done at once
    assert page._steps is None and sum(len(names) for names in tree_children(page).values()) == 251


def test_the_list_columns_are_fitted_by_qt_own_delegate(page):
    """Only the names' column asks Python for its size (roomy rows); the fitted columns ask Qt's
    own delegate, so fitting them to 3,000 people costs no Python call a row."""
    assert isinstance(page.tree.itemDelegateForColumn(0), RoomyDelegate)
    assert not isinstance(page.tree.itemDelegateForColumn(1), RoomyDelegate)
    assert not isinstance(page.tree.itemDelegateForColumn(2), RoomyDelegate)

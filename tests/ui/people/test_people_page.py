"""People page: the circle tree, the person dialog, archive / delete, contact history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from peerjournal.core.records import Contact, Person
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind, Relationship

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.people.people_model import PERSON_ID_ROLE, ContactHistoryModel, PeopleModel
from peerjournal.ui.people.people_page import NOTHING_CHOSEN, WELCOME, PeoplePage
from peerjournal.ui.people.person_dialog import PersonDialog
from peerjournal.ui.widgets import messages

YESTERDAY = datetime.now(UTC) - timedelta(days=1)


@pytest.fixture
def page(qtbot, journal):
    events = JournalEvents(journal)
    widget = PeoplePage(journal, events)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    events.detach()


def add(journal, name: str, **fields) -> Person:
    return journal.add_person(Person(name=name, **fields))


def tree_children(page: PeoplePage) -> dict[str, list[str]]:
    """Group row text → names shown under it, as the tree shows them."""
    proxy = page.tree.model()
    shown = {}
    for row in range(proxy.rowCount()):
        group = proxy.index(row, 0)
        shown[group.data()] = [proxy.index(r, 0, group).data() for r in range(proxy.rowCount(group))]
    return shown


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (a stretched box's centre is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def click_ok(qtbot, dialog: PersonDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def open_add_dialog(qtbot, page: PeoplePage) -> PersonDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.person_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


# -- adding and editing -----------------------------------------------------
def test_add_person_through_dialog(qtbot, page, journal):
    dialog = open_add_dialog(qtbot, page)
    assert dialog.windowTitle() == "Add a person"
    qtbot.keyClicks(dialog.name_edit, "  Maya  ")
    dialog.relationship_combo.setCurrentIndex(dialog.relationship_combo.findData(Relationship.NEIGHBOUR))
    tick(qtbot, dialog.circle_radios[Closeness.CLOSE])
    tick(qtbot, dialog.help_checks[HelpKind.PRACTICAL])
    qtbot.keyClicks(dialog.notes_edit, "Lives next door")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)

    [maya] = journal.people()
    assert (maya.name, maya.relationship, maya.closeness) == ("Maya", Relationship.NEIGHBOUR, Closeness.CLOSE)
    assert maya.help_kinds == {HelpKind.PRACTICAL} and maya.notes == "Lives next door"
    assert dialog.person() == maya
    assert tree_children(page)["Close circle (1)"] == ["Maya"]
    assert page.selected_person_id() == maya.id  # the new person is chosen, ready to look at
    assert page.details.name_heading.text() == "Maya"
    assert "practical help" in page.details.help_label.text()
    qtbot.waitUntil(lambda: page.person_dialog is None)


def test_enter_saves_and_escape_cancels(qtbot, page, journal):
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name_edit, "Sam")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in journal.people()] == ["Sam"]

    qtbot.waitUntil(lambda: page.person_dialog is None)
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name_edit, "Not saved")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert [p.name for p in journal.people()] == ["Sam"]


def test_empty_name_shows_error_and_keeps_dialog_open(qtbot, page, journal):
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.notes_edit, "Met at the art group")
    click_ok(qtbot, dialog)

    error = dialog.findChild(QWidget, "errorLabel")
    assert error.isVisible() and error.text() == "Please give a name."
    assert dialog.isVisible() and page.person_dialog is dialog
    assert dialog.notes_edit.toPlainText() == "Met at the art group"  # nothing lost
    assert journal.people() == []

    qtbot.keyClicks(dialog.name_edit, "Jo")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert [(p.name, p.notes) for p in journal.people()] == [("Jo", "Met at the art group")]


def test_edit_changes_stored_person(qtbot, page, journal):
    ana = add(journal, "Ana", closeness=Closeness.OUTER, help_kinds=frozenset({HelpKind.ADVICE}))
    assert page.select_person(ana.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.person_dialog
    assert dialog.windowTitle() == "Edit Ana"
    assert dialog.name_edit.text() == "Ana" and dialog.help_checks[HelpKind.ADVICE].isChecked()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Ana B.")
    tick(qtbot, dialog.circle_radios[Closeness.MIDDLE])
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)

    stored = journal.get_person(ana.id)
    assert (stored.name, stored.closeness, stored.help_kinds) == ("Ana B.", Closeness.MIDDLE, {HelpKind.ADVICE})
    assert tree_children(page)["Middle circle (1)"] == ["Ana B."]
    assert page.selected_person_id() == ana.id


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


# -- details and history ----------------------------------------------------
def test_selecting_person_shows_contact_history(qtbot, page, journal):
    kim = add(journal, "Kim", relationship=Relationship.FAMILY, notes="My sister")
    ola = add(journal, "Ola")
    journal.add_contact(Contact(at=YESTERDAY - timedelta(days=3), person_ids=(kim.id,), mode=ContactMode.PHONE,
                                felt=4, note="Long chat\nabout the garden"))
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id, ola.id), felt=None))
    assert page.details_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == NOTHING_CHOSEN

    index = page.proxy.mapFromSource(page.model.person_index(kim.id))
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center())
    assert page.selected_person_id() == kim.id
    assert page.details.name_heading.text() == "Kim" and "Family" in page.details.summary_label.text()
    assert page.details.notes_label.text() == "My sister"
    table = page.findChild(QAbstractItemView, "contactHistoryTable")
    model = table.model()
    assert table.isVisible() and model.rowCount() == 2
    newest = [model.index(0, c).data() for c in range(5)]
    older = [model.index(1, c).data() for c in range(5)]
    assert newest[1:] == ["In person", "Ola", "", ""]
    assert older[1:] == ["Phone call", "", "Good", "Long chat …"]
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == "Long chat\nabout the garden"

    page.select_person(ola.id)
    assert model.rowCount() == 1 and model.index(0, 2).data() == "Kim"


def test_person_without_contacts_gets_a_kind_note(page, journal):
    new = add(journal, "Ren")
    page.select_person(new.id)
    assert not page.details.history_table.isVisible()
    assert "No contacts noted with Ren yet" in page.details.no_history_label.text()


def test_welcome_when_no_people(qtbot, page, journal):
    assert page.details_stack.currentWidget() is page.welcome_page
    assert page.welcome_label.text() == WELCOME
    qtbot.mouseClick(page.welcome_add_button, Qt.MouseButton.LeftButton)
    assert page.person_dialog is not None
    page.person_dialog.reject()


def test_last_contact_column(page, journal):
    kim = add(journal, "Kim")
    add(journal, "Ola")
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,)))
    group = page.proxy.index(1, 0)  # middle circle
    assert [page.proxy.index(r, 2, group).data() for r in range(2)] == ["Yesterday", "—"]


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


# -- models and accessibility -----------------------------------------------
def test_models_pass_qt_model_tester(qtmodeltester, journal):
    kim = add(journal, "Kim", closeness=Closeness.CLOSE)
    add(journal, "Old friend", archived=True)
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id,), felt=3, note="Tea"))
    people = PeopleModel(journal)
    qtmodeltester.check(people)
    people.set_show_archived(True)
    qtmodeltester.check(people)
    assert people.index(0, 0, QModelIndex()).flags() & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags
    assert people.index(0, 0, people.index(0, 0)).data(PERSON_ID_ROLE) == kim.id
    history = ContactHistoryModel(journal)
    history.show_person(kim.id)
    qtmodeltester.check(history)
    history.show_person(None)
    qtmodeltester.check(history)


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

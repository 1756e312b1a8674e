"""People on the undo stack: add, edit, archive and delete undone with Ctrl+Z, redone with Ctrl+Shift+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Contact, Person
from peerjournal.core.support_plan import SupportPlan
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind
from peerjournal.storage.journal import NotFound
from tests.ui.helpers import make_window
from tests.ui.people.helpers import CTRL, names_in_tree, redo, undo

from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.people.person_commands import menu_name
from peerjournal.ui.widgets import messages


def people_window(qtbot, journal) -> MainWindow:
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("People"))
    return window


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_then_undo_then_redo(qtbot, journal):
    window = people_window(qtbot, journal)
    qtbot.mouseClick(window.people.add_button, Qt.MouseButton.LeftButton)
    dialog = window.people.person_dialog
    qtbot.keyClicks(dialog.name_edit, "Priya")
    tick(qtbot, dialog.help_checks[HelpKind.EMOTIONAL])
    dialog.cadence_combo.setCurrentIndex(dialog.cadence_combo.findData(7))
    save(qtbot, dialog)
    (priya,) = journal.people()
    assert names_in_tree(window) == ["Priya"]
    assert window.undo_action.text() == "&Undo Add Priya"

    undo(qtbot, window)
    assert journal.people() == []
    assert names_in_tree(window) == []
    assert window.redo_action.text() == "&Redo Add Priya"

    redo(qtbot, window)
    assert journal.people() == [priya]  # same id, same help
    assert journal.cadences() == {priya.id: 7}
    assert names_in_tree(window) == ["Priya"]


def test_edit_then_undo_restores_name_circle_help_and_cadence(qtbot, journal):
    priya = journal.add_person(Person(name="Priya", help_kinds=frozenset({HelpKind.PRACTICAL})))
    journal.set_cadence(priya.id, 14)
    window = people_window(qtbot, journal)
    page = window.people
    page.select_person(priya.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.person_dialog
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Priya S")
    tick(qtbot, dialog.circle_radios[Closeness.CLOSE])
    tick(qtbot, dialog.help_checks[HelpKind.PRACTICAL])
    tick(qtbot, dialog.help_checks[HelpKind.EMOTIONAL])
    dialog.cadence_combo.setCurrentIndex(dialog.cadence_combo.findData(7))
    save(qtbot, dialog)
    edited = journal.get_person(priya.id)
    assert (edited.name, edited.closeness, edited.help_kinds) == (
        "Priya S", Closeness.CLOSE, frozenset({HelpKind.EMOTIONAL}))
    assert journal.cadences() == {priya.id: 7}
    assert window.undo_action.text() == "&Undo Edit Priya"

    undo(qtbot, window)
    assert journal.get_person(priya.id) == priya
    assert journal.cadences() == {priya.id: 14}
    assert names_in_tree(window) == ["Priya"]
    assert page.details.isVisible() and page.selected_person_id() == priya.id

    redo(qtbot, window)
    assert journal.get_person(priya.id) == edited
    assert journal.cadences() == {priya.id: 7}


def test_saving_without_a_change_adds_no_step(qtbot, journal):
    priya = journal.add_person(Person(name="Priya"))
    window = people_window(qtbot, journal)
    window.people.select_person(priya.id)
    qtbot.mouseClick(window.people.edit_button, Qt.MouseButton.LeftButton)
    save(qtbot, window.people.person_dialog)
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()


def test_archive_and_restore_undo(qtbot, journal):
    kim = journal.add_person(Person(name="Kim"))
    journal.add_contact(Contact(at=journal.clock(), person_ids=(kim.id,), mode=ContactMode.PHONE))
    window = people_window(qtbot, journal)
    page = window.people
    page.select_person(kim.id)
    messages.next_answers.append(True)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert journal.get_person(kim.id).archived and names_in_tree(window) == []
    assert window.undo_action.text() == "&Undo Archive Kim"

    undo(qtbot, window)
    assert not journal.get_person(kim.id).archived
    assert names_in_tree(window) == ["Kim"]

    redo(qtbot, window)
    assert journal.get_person(kim.id).archived
    page.select_person(kim.id)  # shows archived people
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)  # Restore: doesn't ask
    assert not journal.get_person(kim.id).archived
    assert window.undo_action.text() == "&Undo Restore Kim"
    undo(qtbot, window)
    assert journal.get_person(kim.id).archived


def test_delete_then_undo_brings_back_every_link(qtbot, journal):
    ana = journal.add_person(Person(name="Ana"))
    priya = journal.add_person(Person(name="Priya", closeness=Closeness.CLOSE,
                                      help_kinds=frozenset({HelpKind.COMPANY})))
    ben = journal.add_person(Person(name="Ben"))
    journal.set_cadence(priya.id, 30)
    plans = journal.plan
    plans.save(SupportPlan(keep_well=("Walks",), contacts=(ana.id, priya.id, ben.id)))
    goal = journal.goals.new_goal("Go to the allotment", helper_person_id=priya.id)
    resources = journal.resources
    item = resources.items()[0]
    check = resources.save_check([Answer(item.id, item.domain, item.text, Reply.YES, (priya.id,))])
    before = journal.person_bundles.capture(priya.id)
    window = people_window(qtbot, journal)
    page = window.people
    page.select_person(priya.id)
    page.tree.setFocus()
    messages.next_answers.append(True)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    title, text = messages.shown[-1]
    assert title == "Delete Priya?" and "undo this with Ctrl+Z" in text
    with pytest.raises(NotFound):
        journal.get_person(priya.id)
    assert plans.load().contacts == (ana.id, ben.id)
    assert journal.goals.get_goal(goal.id).helper_person_id is None
    assert window.support_plan.people.ids() == [ana.id, ben.id]  # the plan page follows
    assert window.undo_action.text() == "&Undo Delete Priya"

    undo(qtbot, window)
    assert journal.get_person(priya.id) == priya
    assert journal.person_bundles.capture(priya.id) == before
    assert plans.load().contacts == (ana.id, priya.id, ben.id)
    assert [c.name for c in plans.contacts()] == ["Ana", "Priya", "Ben"]
    assert window.support_plan.people.ids() == [ana.id, priya.id, ben.id]
    assert journal.goals.get_goal(goal.id).helper_person_id == priya.id
    assert resources.get(check.id).answers[0].person_ids == (priya.id,)
    assert journal.cadences() == {priya.id: 30}
    assert "Priya" in names_in_tree(window)

    redo(qtbot, window)  # delete again
    assert "Priya" not in names_in_tree(window)
    assert plans.load().contacts == (ana.id, ben.id)


def test_a_new_name_on_today_is_undone_after_the_check_in_and_redone_before_it(qtbot, journal):
    """The contact names the new person again after both are redone."""
    window = make_window(qtbot, journal)
    window.go_to(0)
    field = window.today.contact_form.people.field
    field.setFocus()
    qtbot.keyClicks(field, "Aunt Lou")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    (lou,) = journal.people()
    assert window.undo_action.text() == "&Undo Add Aunt Lou"
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)  # save the check-in
    (contact,) = journal.contacts_with(lou.id)

    undo(qtbot, window)  # the check-in
    undo(qtbot, window)  # and the new person
    assert journal.people() == [] and journal.timeline() == []

    redo(qtbot, window)
    redo(qtbot, window)
    assert journal.people() == [lou]
    assert journal.contacts_with(lou.id) == [contact]
    assert "Aunt Lou" in journal.timeline()[0].summary


def test_an_undo_the_journal_refuses_is_explained_and_leaves_the_stack(qtbot, journal):
    window = people_window(qtbot, journal)
    window.create_person("Sam")
    (sam,) = journal.people()
    journal.add_contact(Contact(at=journal.clock(), person_ids=(sam.id,)))  # noted since, off the stack
    undo(qtbot, window)
    title, text = messages.shown[-1]
    # A name typed in passing stays once something names it, and the message says where.
    assert title == "Couldn't undo this" and "Sam is already named in contacts you noted" in text
    assert journal.get_person(sam.id).name == "Sam"
    assert window.undo_stack.count() == 0 and not window.redo_action.isEnabled()


def test_long_names_and_ampersands_read_well_in_the_menu():
    assert menu_name("Tom & Jerry") == "Tom && Jerry"
    assert menu_name("A  very\nlong " + "name " * 20).endswith("…")
    assert len(menu_name("x" * 200)) == 40

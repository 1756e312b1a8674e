"""The person dialog: adding, editing, Enter and Escape, and a missing name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QWidget,
)

from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship
from tests.faults import failing_writes
from tests.ui.people.helpers import add, click_ok, open_add_dialog, tick, tree_children


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


def test_a_full_disk_keeps_the_dialog_and_what_was_typed(qtbot, page, journal):
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name_edit, "Maya")
    qtbot.keyClicks(dialog.notes_edit, "Lives next door")
    with failing_writes(journal.vault):
        click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "The disk is full, so this wasn't saved. Free some space on the disk, then try again.")
    assert dialog.name_edit.text() == "Maya" and dialog.notes_edit.toPlainText() == "Lives next door"
    assert journal.people() == []
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert [p.name for p in journal.people()] == ["Maya"]


# -- nothing chosen for the person (issue 15) ---------------------------------------------
def test_a_new_person_starts_unset_and_may_be_saved_unset(qtbot, page, journal):
    dialog = open_add_dialog(qtbot, page)
    assert dialog.relationship_combo.currentData() is None
    assert dialog.relationship_combo.currentText() == "Relationship not set"
    assert dialog.circle_radios[None].isChecked()  # no circle pre-chosen
    assert not any(dialog.circle_radios[c].isChecked() for c in Closeness)
    qtbot.keyClicks(dialog.name_edit, "Kit")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    [kit] = journal.people()
    assert (kit.relationship, kit.closeness) == (None, None)
    row = journal.vault.conn.execute("SELECT relationship, closeness FROM people").fetchone()
    assert tuple(row) == ("", "")
    assert tree_children(page)["Circle not set (1)"] == ["Kit"]  # its own group, after the circles
    assert page.details.summary_label.text() == "Relationship not set · Circle not set"


def test_editing_an_unset_person_shows_not_set_and_can_place_them(qtbot, page, journal):
    kit = add(journal, "Kit", relationship=None, closeness=None)
    assert page.select_person(kit.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.person_dialog
    assert dialog.relationship_combo.currentData() is None and dialog.circle_radios[None].isChecked()
    dialog.relationship_combo.setCurrentIndex(dialog.relationship_combo.findData(Relationship.PEER))
    tick(qtbot, dialog.circle_radios[Closeness.OUTER])
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    placed = journal.get_person(kit.id)
    assert (placed.relationship, placed.closeness) == (Relationship.PEER, Closeness.OUTER)
    assert "Circle not set (0)" not in tree_children(page)  # the group goes once nobody is in it

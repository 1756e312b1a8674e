"""The goal dialog: errors that lose nothing, editing in the person's words, places and people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.connecting.goals import Goal
from peerjournal.core.connecting.places import Place
from tests.faults import failing_writes
from tests.ui.connecting.helpers import LEFT, goal_dialog_by_keys
from tests.ui.helpers import make_window

from peerjournal.ui.app.main_window import PAGES


def test_a_bad_goal_shows_why_and_loses_nothing(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = goal_dialog_by_keys(qtbot, window)
    qtbot.keyClicks(dialog.first_step_edit, "look online")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible()
    assert "a few words" in dialog.error_label.text()
    assert dialog.first_step_edit.text() == "look online"
    assert journal.goals.goals() == []
    qtbot.keyClicks(dialog.title_edit, "Say hello to a neighbour")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter saves
    assert [g.title for g in journal.goals.goals()] == ["Say hello to a neighbour"]


def test_edit_a_goal_keeps_its_own_words(qtbot, journal):
    store = journal.goals
    goal = store.add_goal(Goal(title="Swim", created=journal.clock(), review_on=store.today(),
                               obstacles=("money", "cold water")))
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    widget = window.connecting.goals
    widget.select_goal(goal.id)
    assert widget.status_label.text().endswith("ready to look back on, whenever suits you")
    assert "Swim" in widget.due_label.text()
    dialog = widget.edit_goal()
    assert dialog.obstacle_checks["money"].isChecked()
    assert dialog.other_obstacles_edit.text() == "cold water"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Swim on Saturdays")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    stored = store.get_goal(goal.id)
    assert stored.title == "Swim on Saturdays" and stored.obstacles == ("money", "cold water")


def test_goal_dialog_offers_places_and_people(qtbot, journal):
    library = journal.places.add_place(Place(name="Library"))
    window = make_window(qtbot, journal)
    dialog = goal_dialog_by_keys(qtbot, window)
    assert dialog.place_combo.isVisibleTo(dialog)
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData(library.id))
    qtbot.keyClicks(dialog.title_edit, "Join the reading group")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    (goal,) = journal.goals.goals()
    assert goal.place_id == library.id
    assert window.connecting.goals.plan_labels["place"].text() == "Library"


def test_a_full_disk_keeps_the_dialog_and_what_was_typed(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = goal_dialog_by_keys(qtbot, window)
    qtbot.keyClicks(dialog.title_edit, "Say hello to a neighbour")
    qtbot.keyClicks(dialog.first_step_edit, "look online")
    with failing_writes(journal.vault):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "The disk is full, so this wasn't saved. Free some space on the disk, then try again.")
    assert dialog.title_edit.text() == "Say hello to a neighbour"
    assert dialog.first_step_edit.text() == "look online"
    assert journal.goals.goals() == []
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert [g.title for g in journal.goals.goals()] == ["Say hello to a neighbour"]

"""The Connecting page's goals and places, driven by clicks and keys like a person would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.connecting.goals import GoalStatus, Happened
from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Person
from peerjournal.demo.seed import seed_demo
from tests.ui.connecting.helpers import LEFT, goal_dialog_by_keys, history_lines, tree_groups
from tests.ui.helpers import make_window, unnamed_controls

from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.connecting.connecting_page import (
    GOALS_TAB,
    NETWORK_TAB,
    PLACES_TAB,
    RESOURCES_TAB,
)


def test_create_review_pause_and_let_go_a_goal(qtbot, journal):
    tom = journal.add_person(Person(name="Tom"))
    window = make_window(qtbot, journal)
    dialog = goal_dialog_by_keys(qtbot, window)
    assert dialog.title_edit.hasFocus()
    qtbot.keyClicks(dialog.title_edit, "Find a walking group")
    qtbot.keyClicks(dialog.first_step_edit, "ask at the library")
    anxiety = dialog.obstacle_checks["anxiety"]
    qtbot.mouseClick(anxiety, LEFT, pos=QPoint(8, anxiety.height() // 2))  # on its box
    assert anxiety.isChecked()
    qtbot.keyClicks(dialog.other_obstacles_edit, "my knee, ")
    dialog.helper_combo.setCurrentIndex(dialog.helper_combo.findData(tom.id))
    store = journal.goals
    today = store.today()
    assert dialog.review_edit.date().toPython() == today + timedelta(days=14)
    assert not dialog.place_combo.isVisibleTo(dialog)  # no places yet: no place picker
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()

    (goal,) = store.goals()
    assert (goal.title, goal.first_step, goal.obstacles, goal.helper_person_id) == (
        "Find a walking group", "ask at the library", ("anxiety", "my knee"), tom.id)
    widget = window.connecting.goals
    assert tree_groups(widget) == {"Active": ["Find a walking group"]}
    assert widget.title_label.text() == "Find a walking group"
    assert widget.plan_labels["helper"].text() == "Tom"
    assert widget.plan_labels["obstacles"].text() == "anxiety, my knee"
    assert history_lines(widget) == [f"{today.day} {today:%B}: set this goal — first step: ask at the library"]

    # Review: partly, with what got in the way and what next.
    qtbot.mouseClick(widget.review_button, LEFT)
    review = widget.review_dialog
    assert review is not None and review.isVisible()
    qtbot.mouseClick(review.save_button, LEFT)  # nothing chosen yet
    assert review.isVisible() and "yes, partly or not yet" in review.error_label.text()
    assert store.reviews(goal.id) == []
    qtbot.mouseClick(review.happened_radios[Happened.PARTLY], LEFT)
    review.in_the_way_edit.setFocus()
    qtbot.keyClicks(review.in_the_way_edit, "the bus was late")
    qtbot.keyClicks(review.next_edit, "try the Thursday walk")
    qtbot.mouseClick(review.save_button, LEFT)
    assert not review.isVisible()
    (stored_review,) = store.reviews(goal.id)
    assert stored_review.happened is Happened.PARTLY and stored_review.on == today
    assert history_lines(widget)[-1] == (
        f"{today.day} {today:%B}: partly — what got in the way: the bus was late; "
        "next: try the Thursday walk")

    # Pause, then let go: without judgement, and the history keeps it all.
    assert widget.pause_button.text() == "&Pause"
    qtbot.mouseClick(widget.pause_button, LEFT)
    assert store.get_goal(goal.id).status is GoalStatus.PAUSED
    assert tree_groups(widget) == {"Paused": ["Find a walking group"]}
    assert widget.pause_button.text() == "&Pick up again"
    assert not widget.review_button.isEnabled()
    assert "whenever you want" in widget.note_label.text()
    qtbot.mouseClick(widget.let_go_button, LEFT)
    assert store.get_goal(goal.id).status is GoalStatus.LET_GO
    assert tree_groups(widget) == {"Let go": ["Find a walking group"]}
    assert widget.note_label.text() == "Let go. That's fine — plans change."
    assert [line.split(": ", 1)[1] for line in history_lines(widget)[-2:]] == [
        "paused for now", "let go — plans change"]
    assert not widget.let_go_button.isEnabled()


def test_a_gap_in_the_resource_check_becomes_a_goal(qtbot, journal):
    resources = journal.resources
    item = next(i for i in resources.items() if i.text == "help me understand benefits")
    resources.save_check([Answer(item.id, item.domain, item.text, Reply.NO)])
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    page = window.connecting
    assert page.tabs.currentIndex() == RESOURCES_TAB
    (button,) = page.resources.gap_buttons
    qtbot.mouseClick(button, LEFT)
    dialog = page.goals.goal_dialog
    assert dialog is not None and dialog.isVisible()
    assert page.tabs.currentIndex() == GOALS_TAB
    assert dialog.title_edit.text() == "Find someone who could help me understand benefits"
    assert "nobody came to mind" in dialog.why_edit.toPlainText()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    (goal,) = journal.goals.goals()
    assert goal.title == "Find someone who could help me understand benefits"


# -- on demo data, models, accessibility ------------------------------------------------------------
def test_the_page_opens_on_demo_data(qtbot, journal, qtmodeltester):
    seed_demo(journal)
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    page = window.connecting
    assert window.stack.currentWidget() is page
    assert [page.tabs.tabText(i) for i in range(4)] == [
        "Do I know someone who could…?", "Goals", "Places and groups", "Network over time"]
    assert page.resources.results is not None  # the sample's checks show
    page.tabs.setCurrentIndex(GOALS_TAB)
    goals = page.goals
    assert set(tree_groups(goals)) == {"Active", "Paused", "Let go", "Done"}
    assert goals.due_label.isVisible() and "Find a walking group" in goals.due_label.text()
    assert goals.title_label.text() == "Find a walking group"  # the one ready to look back on
    page.tabs.setCurrentIndex(PLACES_TAB)
    assert page.places.model.rowCount() == 3
    assert page.places.activities_list.count() > 0
    page.tabs.setCurrentIndex(NETWORK_TAB)
    qtmodeltester.check(goals.model)
    qtmodeltester.check(page.places.model)


def test_every_control_has_a_name(qtbot, journal):
    seed_demo(journal)
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    page = window.connecting
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        assert unnamed_controls(page) == [], page.tabs.tabText(tab)
    page.tabs.setCurrentIndex(GOALS_TAB)
    goal_dialog = page.new_goal()
    assert unnamed_controls(goal_dialog) == []
    goal_dialog.reject()
    review = page.goals.review_goal()
    assert review is not None and unnamed_controls(review) == []
    review.reject()
    place_dialog = page.places.add_place()
    assert unnamed_controls(place_dialog) == []
    place_dialog.reject()
    entry = window.log_activity()
    assert entry.where is not None and unnamed_controls(entry) == []
    entry.reject()


def test_with_no_goals_the_new_goal_button_keeps_its_own_width(qtbot, journal):
    window = make_window(qtbot, journal)
    window.resize(1280, 720)
    window.stack.setCurrentWidget(window.connecting)
    window.connecting.tabs.setCurrentIndex(GOALS_TAB)
    widget = window.connecting.goals
    qtbot.waitUntil(widget.new_button.isVisible, timeout=5000)
    assert widget.empty_label.isVisible()
    assert widget.new_button.width() == widget.new_button.sizeHint().width()

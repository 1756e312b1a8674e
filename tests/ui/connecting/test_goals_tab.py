"""The Connecting page's goals and places, driven by clicks and keys like a person would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.connecting.goals import Goal, GoalStatus, Happened
from peerjournal.core.connecting.places import Place
from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.records import Person
from peerjournal.demo.seed import seed_demo
from tests.ui.helpers import make_window, unnamed_controls

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.connecting.connecting_page import (
    GOALS_TAB,
    NETWORK_TAB,
    PLACES_TAB,
    RESOURCES_TAB,
)
from peerjournal.ui.connecting.places_tab import PlacesWidget
from peerjournal.ui.widgets import messages

LEFT = Qt.MouseButton.LeftButton


def goal_dialog_by_keys(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.connecting.goals.goal_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.stack.currentWidget() is window.connecting
    assert window.connecting.tabs.currentIndex() == GOALS_TAB
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def history_lines(widget) -> list[str]:
    return [widget.history_list.item(i).text() for i in range(widget.history_list.count())]


def tree_groups(widget) -> dict[str, list[str]]:
    model = widget.model
    groups = {}
    for row in range(model.rowCount()):
        group = model.item(row)
        groups[group.text()] = [group.child(i).text() for i in range(group.rowCount())]
    return groups


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


def test_review_can_mark_done_or_let_go_from_the_dialog(qtbot, journal):
    store = journal.goals
    first = store.new_goal("Swim on Saturday")
    second = store.new_goal("Join the choir")
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    widget = window.connecting.goals
    widget.select_goal(first.id)
    review = widget.review_goal()
    qtbot.mouseClick(review.happened_radios[Happened.YES], LEFT)
    review.done_check.setFocus()
    qtbot.keyClick(review.done_check, Qt.Key.Key_Space)
    assert review.done_check.isChecked()
    assert not review.next_date_edit.isEnabled()
    qtbot.mouseClick(review.save_button, LEFT)
    assert store.get_goal(first.id).status is GoalStatus.DONE
    assert [i.text for i in store.history(first.id)][-2:] == ["it happened", "done"]

    widget.select_goal(second.id)
    review = widget.review_goal()
    assert review.let_go_button.text() == "&Let this goal go — that's fine, plans change"
    qtbot.mouseClick(review.let_go_button, LEFT)  # no review needed to let a goal go
    assert store.get_goal(second.id).status is GoalStatus.LET_GO
    assert store.reviews(second.id) == []
    assert tree_groups(widget) == {"Let go": ["Join the choir"], "Done": ["Swim on Saturday"]}


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


# -- places --------------------------------------------------------------------------------------
def test_add_a_place_and_log_an_activity_there_with_undo(qtbot, journal):
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    page = window.connecting
    page.tabs.setCurrentIndex(PLACES_TAB)
    places = page.places
    assert places.empty_label.isVisible()
    qtbot.mouseClick(places.add_button, LEFT)
    dialog = places.place_dialog
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible() and "give the place or group a name" in dialog.error_label.text()
    qtbot.keyClicks(dialog.name_edit, "Walking group")
    qtbot.keyClicks(dialog.when_edit, "Tuesdays 10am")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    (place,) = journal.places.places()
    assert (place.name, place.when) == ("Walking group", "Tuesdays 10am")
    assert places.model.rowCount() == 1 and places.name_label.text() == "Walking group"
    assert places.activities_list.item(0).text() == "Nothing logged here yet."

    entry = window.log_activity()
    assert entry.where is not None
    qtbot.keyClicks(entry.form.title, "Walk by the river")
    entry.where.combo.setCurrentIndex(entry.where.combo.findData(place.id))
    entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    store = journal.places
    (activity,) = store.activities_at(place.id)
    assert activity.title == "Walk by the river"
    assert places.activities_list.item(0).text().endswith(": Walk by the river")
    assert places.model.index(0, 3).data() != ""  # "Last there" has a day now

    window.undo_action.trigger()  # the activity and where it was go together
    assert store.activities_at(place.id) == [] and journal.counts()[activity_kind()] == 0
    window.redo_action.trigger()
    assert [a.id for a in store.activities_at(place.id)] == [activity.id]


def activity_kind():
    from peerjournal.core.vocabulary import EntryKind

    return EntryKind.ACTIVITY


def test_editing_where_an_activity_was_can_be_undone(qtbot, journal):
    from peerjournal.core.records import Activity

    store = journal.places
    park = store.add_place(Place(name="Park"))
    pool = store.add_place(Place(name="Pool"))
    walk = journal.add_activity(Activity(at=journal.clock() - timedelta(hours=1),
                                         category="Outdoors", title="Walk"))
    store.link_activity(walk.id, park.id)
    window = make_window(qtbot, journal)
    row = next(r for r in journal.timeline() if r.id == walk.id)
    entry = window.edit_entry(row)
    assert entry.where.place_id() == park.id
    entry.where.combo.setCurrentIndex(entry.where.combo.findData(pool.id))
    entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert store.place_of_activity(walk.id) == pool.id
    window.undo_action.trigger()
    assert store.place_of_activity(walk.id) == park.id


def test_no_places_no_where_picker_and_removing_a_place_keeps_its_goals(qtbot, journal):
    window = make_window(qtbot, journal)
    entry = window.log_activity()
    assert entry.where is None
    entry.reject()
    store = journal.places
    library = store.add_place(Place(name="Library"))
    goal = journal.goals.new_goal("Ask about the reading group", place_id=library.id)
    widget = PlacesWidget(journal, JournalEvents(journal))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.goals_list.item(0).text() == "Ask about the reading group (active)"
    messages.next_answers.append(False)
    qtbot.mouseClick(widget.remove_button, LEFT)
    assert store.places() == [library]
    messages.next_answers.append(True)
    qtbot.mouseClick(widget.remove_button, LEFT)
    assert store.places() == []
    assert journal.goals.get_goal(goal.id).place_id is None
    assert widget.empty_label.isVisible() and not widget.details.isVisible()


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

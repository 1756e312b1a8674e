"""Dialogs open when the journal locks come back after unlocking, with what was in them.

The resource check, a goal (new or changed), looking back on a goal, a place (new or changed),
and an activity's "Where": each is typed into, the journal locks, it is unlocked, the dialog is
back as it was; saving it stores it once. A draft whose goal or place went meanwhile is dropped
kindly. Drafts live only inside the encrypted vault. Also: undoing the delete of an activity
brings back where it was.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.connecting.goals import GoalStatus, Happened
from peerjournal.core.connecting.places import Place
from peerjournal.core.connecting.resources import Reply
from peerjournal.core.records import Activity, Person
from peerjournal.core.vocabulary import EntryKind, Relationship
from peerjournal.storage.drafts import load_draft
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import make_window

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.connecting.connecting_page import GOALS_TAB, PLACES_TAB, RESOURCES_TAB
from peerjournal.ui.connecting.goal_dialog import GOAL_DRAFT
from peerjournal.ui.connecting.goal_review_dialog import REVIEW_DRAFT
from peerjournal.ui.connecting.place_dialog import PLACE_DRAFT
from peerjournal.ui.connecting.resource_check_dialog import RESOURCE_CHECK_DRAFT
from peerjournal.ui.journal.entry_dialog import NEW_ENTRY_DRAFT
from peerjournal.ui.widgets import messages

LEFT = Qt.MouseButton.LeftButton
SAVE = QDialogButtonBox.StandardButton.Save
MONEY = "lend me a little money in an emergency"
MOVE = "help me move house"
BENEFITS = "help me understand benefits"


@pytest.fixture
def started(journal, vault_path, tmp_path):
    """Starts the app on the journal as the test left it (the test's own connection closed);
    each app started is stopped after the test."""
    apps: list[AppController] = []

    def start() -> AppController:
        journal.vault.close()
        ctl = AppController(vault_path, settings_file=SettingsFile(tmp_path / "settings"), use_tray=False)
        ctl.start(open_vault(vault_path, PASSPHRASE))
        apps.append(ctl)
        return ctl

    yield start
    for ctl in apps:
        ctl._drop_journal()


def connecting_tab(window, tab: int):  # type: ignore[no-untyped-def]
    """The Connecting page on ``tab``, as a person goes there."""
    window.go_to(PAGES.index("Connecting"))
    window.connecting.tabs.setCurrentIndex(tab)
    return window.connecting


def active(qtbot, window):
    """The window in front, so its keyboard shortcuts reach it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def lock_and_unlock(qtbot, ctl: AppController, vault_path, marker: str = "", meanwhile=None):
    """Lock as the idle timer does; check no file holds ``marker``; unlock by typing."""
    ctl.autolock.lockNow.emit("idle")
    assert ctl.window is None and ctl.vault is None
    if marker:
        for path in vault_path.parent.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert marker.encode() not in data and marker.encode("utf-16-le") not in data, path
    if meanwhile is not None:  # something changes the journal while it is locked (a restore…)
        vault = open_vault(vault_path, PASSPHRASE)
        try:
            meanwhile(Journal(vault))
        finally:
            vault.close()
    dialog = ctl.unlock_dialog
    with qtbot.waitSignal(ctl.windowShown, timeout=30_000) as shown:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        dialog.submit()
    return shown.args[0]


def marked(word: str) -> str:
    return f"{word}-{uuid.uuid4().hex[:10]}"


def box(dialog, text: str):
    return next(b for b in dialog.boxes if b.item.text == text)


def click_reply(qtbot, question_box, reply: Reply) -> None:
    radio = question_box.radios[reply]
    qtbot.mouseClick(radio, LEFT, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


# -- the resource check --------------------------------------------------------------
def test_a_resource_check_half_answered_comes_back_and_saves_once(qtbot, journal, vault_path, started):
    sam = journal.add_person(Person(name="Sam"))
    ctl = started()
    window = ctl.window
    window.go_to(PAGES.index("Connecting"))
    widget = window.connecting.resources
    qtbot.mouseClick(widget.take_button, LEFT)
    dialog = widget.check_dialog
    money = box(dialog, MONEY)
    click_reply(qtbot, money, Reply.YES)
    money.people.field.setFocus()
    qtbot.keyClicks(money.people.field, "Sam")
    qtbot.keyClick(money.people.field, Qt.Key.Key_Return)
    assert money.people.selected() == (sam.id,)
    click_reply(qtbot, box(dialog, MOVE), Reply.NO)
    qtbot.mouseClick(dialog.next_button, LEFT)
    benefits = box(dialog, BENEFITS)
    click_reply(qtbot, benefits, Reply.YES)
    typed = marked("half-a-name")
    qtbot.keyClicks(benefits.people.field, typed)  # not a person yet: just typed
    part = dialog.pages.currentIndex()
    assert part == 1

    window = lock_and_unlock(qtbot, ctl, vault_path, typed)
    dialog = window.connecting.resources.check_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.stack.currentWidget() is window.connecting
    assert window.connecting.tabs.currentIndex() == RESOURCES_TAB
    assert dialog.pages.currentIndex() == part and "Part 2" in dialog.step_label.text()
    money, benefits = box(dialog, MONEY), box(dialog, BENEFITS)
    assert money.reply() is Reply.YES and money.people.selected() == (sam.id,)
    assert not money.who.isHidden()  # "who" shows for a yes (on its own part)
    assert box(dialog, MOVE).reply() is Reply.NO
    assert benefits.reply() is Reply.YES and benefits.people.field.text() == typed
    assert sum(b.reply() is not None for b in dialog.boxes) == 3
    assert load_draft(ctl.journal, RESOURCE_CHECK_DRAFT) is None  # the dialog holds it now
    assert ctl.journal.resources.checks() == []  # nothing saved behind the person's back

    benefits.people.field.clear()
    click_reply(qtbot, benefits, Reply.NOT_SURE)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    (check,) = ctl.journal.resources.checks()
    replies = {a.text: (a.reply, a.person_ids) for a in check.answers}
    assert replies == {MONEY: (Reply.YES, (sam.id,)), MOVE: (Reply.NO, ()),
                       BENEFITS: (Reply.NOT_SURE, ())}

    window = lock_and_unlock(qtbot, ctl, vault_path)  # saved: nothing comes back
    assert window.connecting.resources.check_dialog is None
    assert len(ctl.journal.resources.checks()) == 1


def test_someone_being_added_during_the_check_comes_back(qtbot, journal, vault_path, started):
    ctl = started()
    dialog = ctl.window.connecting.resources.take_check()
    move = box(dialog, MOVE)
    click_reply(qtbot, move, Reply.YES)
    qtbot.mouseClick(move.add_button, LEFT)
    adding = dialog.add_person_dialog
    qtbot.keyClicks(adding.name_edit, "Uncle Ray")
    adding.relationship_combo.setCurrentIndex(adding.relationship_combo.findData(Relationship.FAMILY))

    window = lock_and_unlock(qtbot, ctl, vault_path)
    dialog = window.connecting.resources.check_dialog
    adding = dialog.add_person_dialog
    assert adding is not None and adding.isVisible() and dialog.adding_for is box(dialog, MOVE)
    assert adding.name_edit.text() == "Uncle Ray"
    assert adding.relationship_combo.currentData() == Relationship.FAMILY
    assert ctl.journal.people() == []  # not added until the person says so
    qtbot.mouseClick(adding.save_button, LEFT)
    (ray,) = ctl.journal.people()
    assert (ray.name, ray.relationship) == ("Uncle Ray", Relationship.FAMILY)
    assert box(dialog, MOVE).people.selected() == (ray.id,)


# -- goals -------------------------------------------------------------------------------
def test_a_new_goal_half_written_comes_back_and_saves_once(qtbot, journal, vault_path, started):
    tom = journal.add_person(Person(name="Tom"))
    ctl = started()
    window = active(qtbot, ctl.window)
    qtbot.keyClick(window, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.connecting.goals.goal_dialog
    title = marked("Find a walking group")
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.why_edit, "to get out more")
    qtbot.keyClicks(dialog.first_step_edit, "ask at the library")
    transport = dialog.obstacle_checks["transport"]
    qtbot.mouseClick(transport, LEFT, pos=QPoint(8, transport.height() // 2))
    qtbot.keyClicks(dialog.other_obstacles_edit, "my knee")
    dialog.helper_combo.setCurrentIndex(dialog.helper_combo.findData(tom.id))
    review_on = dialog.review_edit.date().addDays(3)
    dialog.review_edit.setDate(review_on)

    window = lock_and_unlock(qtbot, ctl, vault_path, title)
    dialog = window.connecting.goals.goal_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "A new goal"
    assert window.connecting.tabs.currentIndex() == GOALS_TAB
    assert dialog.title_edit.text() == title
    assert dialog.why_edit.toPlainText() == "to get out more"
    assert dialog.first_step_edit.text() == "ask at the library"
    assert [w for w, c in dialog.obstacle_checks.items() if c.isChecked()] == ["transport"]
    assert dialog.other_obstacles_edit.text() == "my knee"
    assert dialog.helper_combo.currentData() == tom.id
    assert dialog.review_edit.date() == review_on
    assert ctl.journal.goals.goals() == []

    qtbot.mouseClick(dialog.buttons.button(SAVE), LEFT)
    (goal,) = ctl.journal.goals.goals()
    assert (goal.title, goal.first_step, goal.obstacles, goal.helper_person_id) == (
        title, "ask at the library", ("transport", "my knee"), tom.id)
    assert goal.review_on == review_on.toPython()
    window = lock_and_unlock(qtbot, ctl, vault_path)
    assert len(ctl.journal.goals.goals()) == 1
    assert not _showing(window.connecting.goals.goal_dialog)


def _showing(dialog) -> bool:
    from shiboken6 import isValid

    return dialog is not None and isValid(dialog) and dialog.isVisible()


def test_changes_to_a_goal_come_back_and_an_untouched_one_does_not(qtbot, journal, vault_path, started):
    goal = journal.goals.new_goal("Call my brother", first_step="find his number")
    ctl = started()
    window = ctl.window
    goals = connecting_tab(window, GOALS_TAB).goals
    qtbot.mouseClick(goals.edit_button, LEFT)
    assert goals.goal_dialog.isVisible()
    window = lock_and_unlock(qtbot, ctl, vault_path)  # opened, nothing changed
    assert not _showing(window.connecting.goals.goal_dialog)

    goals = connecting_tab(window, GOALS_TAB).goals
    qtbot.mouseClick(goals.edit_button, LEFT)
    dialog = goals.goal_dialog
    dialog.first_step_edit.clear()
    qtbot.keyClicks(dialog.first_step_edit, "ask Mum for his number")
    window = lock_and_unlock(qtbot, ctl, vault_path)
    dialog = window.connecting.goals.goal_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Change this goal"
    assert dialog.title_edit.text() == "Call my brother"
    assert dialog.first_step_edit.text() == "ask Mum for his number"
    assert ctl.journal.goals.get_goal(goal.id).first_step == "find his number"
    qtbot.mouseClick(dialog.buttons.button(SAVE), LEFT)
    (saved,) = ctl.journal.goals.goals()
    assert (saved.id, saved.first_step) == (goal.id, "ask Mum for his number")


def test_changes_to_a_goal_deleted_meanwhile_are_dropped_kindly(qtbot, journal, vault_path, started):
    goal = journal.goals.new_goal("Join the choir")
    ctl = started()
    goals = ctl.window.connecting.goals
    goals.select_goal(goal.id)
    dialog = goals.edit_goal()
    qtbot.keyClicks(dialog.first_step_edit, "look up rehearsal times")
    window = lock_and_unlock(qtbot, ctl, vault_path,
                             meanwhile=lambda j: j.goals.delete_goal(goal.id))
    assert not _showing(window.connecting.goals.goal_dialog)
    assert "no longer in your journal" in window.statusBar().currentMessage()
    assert load_draft(ctl.journal, GOAL_DRAFT) is None
    assert ctl.journal.goals.goals() == []


def test_looking_back_on_a_goal_comes_back_and_saves_once(qtbot, journal, vault_path, started):
    goal = journal.goals.new_goal("Try the library café")
    ctl = started()
    window = ctl.window
    goals = connecting_tab(window, GOALS_TAB).goals
    qtbot.mouseClick(goals.review_button, LEFT)
    dialog = goals.review_dialog
    partly = dialog.happened_radios[Happened.PARTLY]
    qtbot.mouseClick(partly, LEFT, pos=QPoint(8, partly.height() // 2))
    words = marked("the bus was late")
    qtbot.keyClicks(dialog.in_the_way_edit, words)
    qtbot.keyClicks(dialog.next_edit, "go earlier")

    window = lock_and_unlock(qtbot, ctl, vault_path, words)
    dialog = window.connecting.goals.review_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.happened() is Happened.PARTLY
    assert dialog.in_the_way_edit.toPlainText() == words
    assert dialog.next_edit.text() == "go earlier"
    assert not dialog.done_check.isChecked()
    store = ctl.journal.goals
    assert store.reviews(goal.id) == []
    qtbot.mouseClick(dialog.save_button, LEFT)
    (review,) = store.reviews(goal.id)
    assert (review.happened, review.in_the_way, review.next_step) == (Happened.PARTLY, words, "go earlier")
    assert store.get_goal(goal.id).status is GoalStatus.ACTIVE
    lock_and_unlock(qtbot, ctl, vault_path)
    assert len(ctl.journal.goals.reviews(goal.id)) == 1
    assert load_draft(ctl.journal, REVIEW_DRAFT) is None


# -- places -------------------------------------------------------------------------------
def test_a_new_place_half_written_comes_back_and_saves_once(qtbot, journal, vault_path, started):
    ctl = started()
    window = ctl.window
    places = connecting_tab(window, PLACES_TAB).places
    qtbot.mouseClick(places.add_button, LEFT)
    dialog = places.place_dialog
    name = marked("Walking group")
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.when_edit, "Tuesdays 10am")
    qtbot.keyClicks(dialog.notes_edit, "bring water")

    window = lock_and_unlock(qtbot, ctl, vault_path, name)
    dialog = window.connecting.places.place_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.connecting.tabs.currentIndex() == PLACES_TAB
    assert (dialog.name_edit.text(), dialog.when_edit.text(), dialog.notes_edit.toPlainText()) == (
        name, "Tuesdays 10am", "bring water")
    assert dialog.what_edit.text() == ""
    assert ctl.journal.places.places() == []
    qtbot.mouseClick(dialog.buttons.button(SAVE), LEFT)
    (place,) = ctl.journal.places.places()
    assert (place.name, place.when, place.notes) == (name, "Tuesdays 10am", "bring water")
    lock_and_unlock(qtbot, ctl, vault_path)
    assert len(ctl.journal.places.places()) == 1
    assert load_draft(ctl.journal, PLACE_DRAFT) is None


def test_changes_to_a_place_come_back_or_are_dropped_if_it_went(qtbot, journal, vault_path, started):
    store = journal.places
    library = store.add_place(Place(name="Library", when="Mondays"))
    ctl = started()
    places = ctl.window.connecting.places
    places.select_place(library.id)
    dialog = places.edit_place()
    dialog.when_edit.clear()
    qtbot.keyClicks(dialog.when_edit, "Mondays and Thursdays")
    window = lock_and_unlock(qtbot, ctl, vault_path)
    dialog = window.connecting.places.place_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Change a place or group"
    assert (dialog.name_edit.text(), dialog.when_edit.text()) == ("Library", "Mondays and Thursdays")
    assert ctl.journal.places.get_place(library.id).when == "Mondays"

    window = lock_and_unlock(qtbot, ctl, vault_path,
                             meanwhile=lambda j: j.places.delete_place(library.id))
    assert not _showing(window.connecting.places.place_dialog)
    assert "no longer in your journal" in window.statusBar().currentMessage()
    assert load_draft(ctl.journal, PLACE_DRAFT) is None


# -- an activity's "Where" ------------------------------------------------------------------
def test_a_new_activity_with_a_place_comes_back_in_its_dialog(qtbot, journal, vault_path, started):
    park = journal.places.add_place(Place(name="Park"))
    ctl = started()
    qtbot.keyClick(active(qtbot, ctl.window), Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    entry = ctl.window.entry_dialog
    title = marked("Walk by the pond")
    qtbot.keyClicks(entry.form.title, title)
    entry.where.combo.setCurrentIndex(entry.where.combo.findData(park.id))
    when = entry.when.dateTime().addSecs(-3600)
    entry.when.setDateTime(when)

    window = lock_and_unlock(qtbot, ctl, vault_path, title)
    entry = window.entry_dialog
    assert entry is not None and entry.isVisible() and entry.original is None
    assert entry.form.title.text() == title
    assert entry.where.place_id() == park.id
    assert entry.when.dateTime().toSecsSinceEpoch() == when.toSecsSinceEpoch()
    assert window.today.activity_form.is_empty()  # not split between Today and the dialog
    assert load_draft(ctl.journal, NEW_ENTRY_DRAFT) is None
    entry.buttons.button(SAVE).click()
    (activity,) = ctl.journal.places.activities_at(park.id)
    assert activity.title == title
    assert ctl.journal.counts()[EntryKind.ACTIVITY] == 1


def test_a_changed_place_of_an_activity_comes_back_in_its_edit(qtbot, journal, vault_path, started):
    store = journal.places
    park, pool = store.add_place(Place(name="Park")), store.add_place(Place(name="Pool"))
    walk = journal.add_activity(Activity(at=datetime.now(UTC) - timedelta(hours=2),
                                         category="Outdoors", title="Walk"))
    store.link_activity(walk.id, park.id)
    ctl = started()
    window = ctl.window
    window.timeline.reload()
    entry = window.edit_entry(window.timeline.model.rows()[0])
    entry.where.combo.setCurrentIndex(entry.where.combo.findData(pool.id))
    window = lock_and_unlock(qtbot, ctl, vault_path)
    entry = window.entry_dialog
    assert entry is not None and entry.isVisible() and entry.original.id == walk.id
    assert entry.where.place_id() == pool.id and entry.form.title.text() == "Walk"
    store = ctl.journal.places
    assert store.place_of_activity(walk.id) == park.id  # not saved until the person says so
    entry.buttons.button(SAVE).click()
    assert not entry.isVisible() and messages.shown == []
    assert store.place_of_activity(walk.id) == pool.id
    assert [a.id for a in store.activities_at(pool.id)] == [walk.id]  # the same activity, once


def test_a_new_contact_in_its_dialog_is_not_lost_when_today_has_one_too(qtbot, journal, vault_path, started):
    sam, ana = journal.add_person(Person(name="Sam")), journal.add_person(Person(name="Ana"))
    ctl = started()
    ctl.window.today.contact_form.people.set_selected([sam.id])
    ctl.window.today.contact_form.note.setPlainText("on Today")
    dialog = ctl.window.log_contact_with(ana.id)
    qtbot.keyClicks(dialog.form.note, "in the dialog")
    window = lock_and_unlock(qtbot, ctl, vault_path)
    assert window.today.contact_form.people.selected() == (sam.id,)
    assert window.today.contact_form.note.toPlainText() == "on Today"
    entry = window.entry_dialog
    assert entry is not None and entry.isVisible() and entry.original is None
    assert entry.form.people.selected() == (ana.id,)
    assert entry.form.note.toPlainText() == "in the dialog"


# -- undo of a delete ----------------------------------------------------------------------
def test_undoing_the_delete_of_an_activity_brings_back_where_it_was(qtbot, journal):
    store = journal.places
    park, pool = store.add_place(Place(name="Park")), store.add_place(Place(name="Pool"))
    walk = journal.add_activity(Activity(at=journal.clock() - timedelta(hours=1),
                                         category="Outdoors", title="Walk"))
    swim = journal.add_activity(Activity(at=journal.clock() - timedelta(hours=2),
                                         category="Outdoors", title="Swim"))
    store.link_activity(walk.id, park.id)
    store.link_activity(swim.id, pool.id)
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Timeline"))
    page = window.timeline

    for activity in (walk, swim):
        page.select(EntryKind.ACTIVITY, activity.id)
        messages.next_answers.append(True)
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert store.activities_at(park.id) == [] and store.activities_at(pool.id) == []

    store.delete_place(pool.id)  # the swim's place goes meanwhile
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.get_activity(swim.id).title == "Swim"
    assert store.place_of_activity(swim.id) is None  # back, without the place that went
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.place_of_activity(walk.id) == park.id
    assert [a.id for a in store.activities_at(park.id)] == [walk.id]
    assert window.connecting.places.model.index(0, 3).data() != ""  # "Last there" again

    window.undo_stack.redo()  # delete again, then undo again: still there
    assert store.activities_at(park.id) == []
    window.undo_stack.undo()
    assert store.place_of_activity(walk.id) == park.id

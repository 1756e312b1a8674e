"""The resource check tab and its dialogs, driven by clicks and keys like a person would."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from peerjournal.core.connecting.resources import Answer, Domain, Reply
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Relationship
from peerjournal.storage.connecting.resources import ResourceStore
from tests.ui.helpers import unnamed_controls

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.connecting.resource_check_tab import ResourceCheckWidget
from peerjournal.ui.widgets import messages

LEFT = Qt.MouseButton.LeftButton


def make_widget(qtbot, journal) -> ResourceCheckWidget:
    widget = ResourceCheckWidget(journal, JournalEvents(journal))
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def open_check(qtbot, widget):
    qtbot.mouseClick(widget.take_button, LEFT)
    dialog = widget.check_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def box(dialog, text: str):
    return next(b for b in dialog.boxes if b.item.text == text)


def type_name(qtbot, question_box, name: str) -> None:
    question_box.people.field.setFocus()
    qtbot.keyClicks(question_box.people.field, name)
    qtbot.keyClick(question_box.people.field, Qt.Key.Key_Return)


def answer(store: ResourceStore, text: str, reply: Reply, *people: int) -> Answer:
    item = next(i for i in store.items() if i.text == text)
    return Answer(item.id, item.domain, item.text, reply, people)


MONEY = "lend me a little money in an emergency"
MOVE = "help me move house"
BENEFITS = "help me understand benefits"


def test_take_a_check_by_clicking_and_keys_then_see_the_results(qtbot, journal):
    sam = journal.add_person(Person("Sam"))
    journal.add_person(Person("Priya"))
    widget = make_widget(qtbot, journal)
    assert widget.empty_label.isVisible() and not widget.results_box.isVisible()
    assert "haven't taken" in widget.status_label.text()
    dialog = open_check(qtbot, widget)
    assert dialog.step_label.text() == "Part 1 of 4: Everyday help"

    money = box(dialog, MONEY)
    assert money.label.text() == "…lend me a little money in an emergency?"
    assert not money.who.isVisible()
    qtbot.mouseClick(money.radios[Reply.YES], LEFT)
    assert money.who.isVisible()
    type_name(qtbot, money, "Sam")
    assert money.people.selected() == (sam.id,)
    qtbot.mouseClick(box(dialog, MOVE).radios[Reply.NO], LEFT)

    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step_label.text() == "Part 2 of 4: Information and advice"
    benefits = box(dialog, BENEFITS)
    benefits.radios[Reply.YES].setFocus()
    qtbot.keyClick(benefits.radios[Reply.YES], Qt.Key.Key_Right)  # arrow keys move…
    assert benefits.radios[Reply.NOT_SURE].hasFocus() and benefits.reply() is None
    qtbot.keyClick(benefits.radios[Reply.NOT_SURE], Qt.Key.Key_Space)  # …space chooses
    qtbot.keyClick(benefits.radios[Reply.NOT_SURE], Qt.Key.Key_Right)  # then arrows change it
    assert benefits.reply() is Reply.NO
    qtbot.keyClick(benefits.radios[Reply.NO], Qt.Key.Key_Left)
    assert benefits.reply() is Reply.NOT_SURE

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()

    stored = journal.resources.latest()
    assert stored is not None
    assert {(a.text, a.reply, a.person_ids) for a in stored.answers} == {
        (MONEY, Reply.YES, (sam.id,)), (MOVE, Reply.NO, ()), (BENEFITS, Reply.NOT_SURE, ()),
    }
    assert widget.results_box.isVisible() and not widget.empty_label.isVisible()
    summary = widget.summary_label.text()
    assert "Someone came to mind for 1 of the 3 questions you answered." in summary
    assert "Everyday help: someone for 1 of 2." in summary
    assert "Information and advice: someone for 0 of 1." in summary
    assert widget.fragile_label.text() == "…lend me a little money in an emergency? Only Sam."
    assert [b.accessibleName() for b in widget.gap_buttons] == [
        "Make a goal: find someone who could help me move house"
    ]
    assert widget.not_sure_label.text() == "…help me understand benefits?"
    table = widget.domain_table
    assert [table.item(0, c).text() for c in range(4)] == ["Everyday help", "1", "0", "1"]
    assert [table.item(1, c).text() for c in range(4)] == ["Information and advice", "0", "1", "0"]
    assert not widget.change_label.isVisible()  # nothing to compare with yet
    assert "offered again after" in widget.status_label.text()
    assert widget.history_list.count() == 1


def test_a_yes_without_anyone_is_explained_where_it_is_and_nothing_is_lost(qtbot, journal):
    widget = make_widget(qtbot, journal)
    dialog = open_check(qtbot, widget)
    qtbot.mouseClick(box(dialog, MOVE).radios[Reply.NO], LEFT)
    qtbot.mouseClick(dialog.next_button, LEFT)
    benefits = box(dialog, BENEFITS)
    qtbot.mouseClick(benefits.radios[Reply.YES], LEFT)
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.pages.currentIndex() == 0
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "Who could help me understand benefits? Please choose someone, or pick “Not sure”."
    )
    assert dialog.pages.currentIndex() == 1  # taken to the question
    assert benefits.people.field.hasFocus()
    assert journal.resources.checks() == []
    assert box(dialog, MOVE).reply() is Reply.NO and benefits.reply() is Reply.YES
    qtbot.mouseClick(benefits.radios[Reply.NOT_SURE], LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert len(journal.resources.checks()) == 1


def test_saving_nothing_is_explained(qtbot, journal):
    widget = make_widget(qtbot, journal)
    dialog = open_check(qtbot, widget)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and "Nothing is answered yet" in dialog.error_label.text()


def test_add_someone_with_a_relationship_during_the_check(qtbot, journal):
    widget = make_widget(qtbot, journal)
    dialog = open_check(qtbot, widget)
    move = box(dialog, MOVE)
    qtbot.mouseClick(move.radios[Reply.YES], LEFT)
    qtbot.mouseClick(move.add_button, LEFT)
    adding = dialog.add_person_dialog
    assert adding is not None and adding.isVisible()
    assert unnamed_controls(adding) == []
    qtbot.mouseClick(adding.save_button, LEFT)  # no name yet
    assert adding.isVisible() and adding.error_label.text() == "Please give a name."
    qtbot.keyClicks(adding.name_edit, "Uncle Ray")
    adding.relationship_combo.setCurrentIndex(adding.relationship_combo.findData(Relationship.FAMILY))
    qtbot.mouseClick(adding.save_button, LEFT)
    assert not adding.isVisible()
    (ray,) = journal.people()
    assert (ray.name, ray.relationship) == ("Uncle Ray", Relationship.FAMILY)
    assert move.people.selected() == (ray.id,)
    lift = box(dialog, "give me a lift somewhere")
    qtbot.mouseClick(lift.radios[Reply.YES], LEFT)
    type_name(qtbot, lift, "uncle ray")  # every question knows the new person
    assert lift.people.selected() == (ray.id,)
    qtbot.mouseClick(dialog.save_button, LEFT)
    stored = journal.resources.latest()
    assert stored is not None and {a.person_ids for a in stored.answers} == {(ray.id,)}


def test_cancel_asks_before_throwing_answers_away(qtbot, journal):
    widget = make_widget(qtbot, journal)
    dialog = open_check(qtbot, widget)
    qtbot.mouseClick(dialog.cancel_button, LEFT)  # nothing answered: no question asked
    assert not dialog.isVisible() and messages.shown == []

    dialog = open_check(qtbot, widget)
    qtbot.mouseClick(box(dialog, MOVE).radios[Reply.NO], LEFT)
    messages.next_answers.append(False)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.isVisible() and box(dialog, MOVE).reply() is Reply.NO
    assert messages.shown[-1][0] == "Leave the check?"
    messages.next_answers.append(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert journal.resources.checks() == []


def test_make_this_a_goal_offers_a_title_and_why(qtbot, journal):
    store = journal.resources
    store.save_check([answer(store, MOVE, Reply.NO), answer(store, BENEFITS, Reply.NO)])
    widget = make_widget(qtbot, journal)
    assert len(widget.gap_buttons) == 2
    with qtbot.waitSignal(widget.goalRequested) as blocker:
        qtbot.mouseClick(widget.gap_buttons[0], LEFT)
    title, why = blocker.args
    assert title == "Find someone who could help me move house"
    assert "nobody came to mind who could help me move house" in why


def test_change_since_last_time_and_opening_a_past_check(qtbot, journal):
    sam = journal.add_person(Person("Sam"))
    priya = journal.add_person(Person("Priya"))
    store = journal.resources
    now = journal.clock()
    store.save_check([answer(store, MOVE, Reply.NO), answer(store, MONEY, Reply.YES, sam.id)],
                     taken=now - timedelta(days=200))
    widget = make_widget(qtbot, journal)
    assert "a few months" in widget.status_label.text()  # offered again, gently
    store.save_check([answer(store, MOVE, Reply.YES, priya.id, sam.id),
                      answer(store, MONEY, Reply.NOT_SURE)])
    assert widget.history_list.count() == 2  # refreshed by the journal's change
    assert widget.change_label.isVisible()
    change = widget.change_label.text()
    assert "Someone now: …help me move house?" in change
    assert "Nobody this time: …lend me a little money in an emergency?" in change
    assert widget.change_title.text().startswith("Since your check on ")

    widget.history_list.setCurrentRow(1)  # the older one
    assert widget.results is not None and widget.results.taken < now
    assert widget.results.with_someone == 1
    assert not widget.change_label.isVisible()
    assert widget.fragile_label.text() == "…lend me a little money in an emergency? Only Sam."

    journal.set_archived(sam.id, True)
    assert widget.fragile_label.text() == "…lend me a little money in an emergency? Only Sam (archived)."

    messages.next_answers.append(True)
    qtbot.mouseClick(widget.delete_button, LEFT)
    assert messages.shown[-1][0] == "Delete this check?"
    assert len(store.checks()) == 1
    assert widget.history_list.count() == 1 and widget.results.with_someone == 1
    assert widget.results.item(store.items()[1].id).person_ids == (priya.id, sam.id)


def test_edit_the_questions_then_the_check_asks_the_new_ones(qtbot, journal):
    widget = make_widget(qtbot, journal)
    qtbot.mouseClick(widget.edit_button, LEFT)
    editor = widget.items_dialog
    assert editor is not None and editor.isVisible()
    assert unnamed_controls(editor) == []
    editor.domain_combo.setCurrentIndex(editor.domain_combo.findData(Domain.BELONGING))
    assert editor.list.count() == 4
    editor.text_edit.clear()
    qtbot.keyClicks(editor.text_edit, "could go to a gig with me?")
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    assert editor.list.count() == 5 and editor.list.currentRow() == 4
    assert editor.list.currentItem().text() == "…go to a gig with me?"
    qtbot.mouseClick(editor.up_button, LEFT)
    assert editor.list.currentRow() == 3
    editor.list.setCurrentRow(0)  # "invite me out…"
    qtbot.mouseClick(editor.retire_button, LEFT)
    assert editor.list.item(0).text().endswith("(not asked now)")
    assert editor.retire_button.text() == "Ask a&gain"
    editor.list.setCurrentRow(1)
    editor.text_edit.selectAll()
    qtbot.keyClicks(editor.text_edit, "introduce me to people who share my interests")
    qtbot.mouseClick(editor.rename_button, LEFT)
    editor.text_edit.clear()
    qtbot.mouseClick(editor.add_button, LEFT)
    assert "Please write the question" in editor.error_label.text()
    editor.reject()

    belonging = [i.text for i in journal.resources.items() if i.domain is Domain.BELONGING]
    assert belonging == ["introduce me to people who share my interests",
                         "join me for a walk, a meal or a cup of tea", "go to a gig with me",
                         "help me feel welcome in a group or club"]
    dialog = open_check(qtbot, widget)
    texts = [b.item.text for b in dialog.boxes]
    assert "go to a gig with me" in texts
    assert "invite me out, or along to something they're going to" not in texts
    assert len(texts) == 20


def test_every_control_has_an_accessible_name(qtbot, journal):
    sam = journal.add_person(Person("Sam"))
    store = journal.resources
    store.save_check([answer(store, MOVE, Reply.NO), answer(store, MONEY, Reply.YES, sam.id)],
                     taken=journal.clock() - timedelta(days=30))
    store.save_check([answer(store, MOVE, Reply.NO), answer(store, MONEY, Reply.YES, sam.id)])
    widget = make_widget(qtbot, journal)
    assert unnamed_controls(widget) == []
    dialog = open_check(qtbot, widget)
    for question_box in dialog.boxes:
        question_box.radios[Reply.YES].setChecked(True)
    type_name(qtbot, dialog.boxes[0], "Sam")  # a chip too
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        assert unnamed_controls(dialog) == [], page


def test_keyboard_reaches_the_answers_in_order(qtbot, journal):
    widget = make_widget(qtbot, journal)
    dialog = open_check(qtbot, widget)
    first, second = dialog.boxes[0], dialog.boxes[1]
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert first.radios[Reply.YES].hasFocus()  # a new part starts at its first question
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert second.radios[Reply.YES].hasFocus()  # one Tab per question while no one is asked for
    qtbot.keyClick(second.radios[Reply.YES], Qt.Key.Key_Space)
    assert second.reply() is Reply.YES
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert second.people.field.hasFocus()
    qtbot.keyClick(second.people.field, Qt.Key.Key_Tab)
    assert second.add_button.hasFocus()


@pytest.mark.usefixtures("pseudo_locale")
def test_every_visible_text_is_translatable(qtbot, journal):
    """This module's own texts; the shared people picker's hint and the vocabulary's labels
    (relationships) belong to the translation pass of their own modules."""
    import re

    from tests.ui.walks import (
        _calendar_words,
        _data_strings,
        _untranslated,
        _visible_texts,
    )

    from peerjournal.ui.app import translations as i18n

    innermost = re.compile(re.escape(i18n.PSEUDO_OPEN) + r"[^⟦⟧]*" + re.escape(i18n.PSEUDO_CLOSE))

    def flat(texts):  # "⟦⟦Everyday help⟧: someone for 1 of 2.⟧": a translated piece inside another
        result = []
        for where, text in texts:
            while innermost.search(text):
                text = innermost.sub(" ", text)
            result.append((where, text))
        return result

    sam = journal.add_person(Person("Sam"))
    store = journal.resources
    store.save_check([answer(store, MOVE, Reply.NO), answer(store, MONEY, Reply.YES, sam.id),
                      answer(store, BENEFITS, Reply.NOT_SURE)],
                     taken=journal.clock() - timedelta(days=30))
    store.save_check([answer(store, MOVE, Reply.NO), answer(store, MONEY, Reply.YES, sam.id)])
    widget = make_widget(qtbot, journal)
    dialog = open_check(qtbot, widget)
    dialog.boxes[0].radios[Reply.YES].setChecked(True)
    data = _data_strings(journal) + ["Type a name and press Enter"]
    data = sorted(data + [r.label for r in Relationship], key=len, reverse=True)
    calendar = _calendar_words()
    roots = [widget, dialog, dialog.open_add_person(dialog.boxes[0]), widget.edit_questions()]
    problems = [p for root in roots for p in _untranslated(flat(_visible_texts(root)), data, calendar)]
    assert problems == [], "\n".join(problems)
    assert widget.take_button.text() == "⟦&Take the check…⟧"  # the pseudo-locale is on


def test_a_gap_becomes_a_goal_on_the_connecting_page(qtbot, journal):

    from peerjournal.ui.connecting.connecting_page import RESOURCES_TAB, ConnectingPage

    store = journal.resources
    store.save_check([answer(store, MOVE, Reply.NO)])
    page = ConnectingPage(journal, JournalEvents(journal))
    qtbot.addWidget(page)
    page.show()
    assert page.tabs.widget(RESOURCES_TAB) is page.resources
    page.tabs.setCurrentIndex(RESOURCES_TAB)
    (button,) = page.resources.gap_buttons
    qtbot.mouseClick(button, LEFT)
    dialog = page.goals.goal_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_edit.text() == "Find someone who could help me move house"
    assert "nobody came to mind who could help me move house" in dialog.why_edit.toPlainText()
    save = dialog.buttons.findChild(QPushButton, "saveGoalButton")
    qtbot.mouseClick(save, LEFT)
    (goal,) = journal.goals.goals()
    assert goal.title == "Find someone who could help me move house"

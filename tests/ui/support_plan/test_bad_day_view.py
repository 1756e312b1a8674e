"""My plan for a bad day: the calm read-only view, from the tray (unlocked and locked) and from Today."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.records import Person
from peerjournal.core.support_plan import Service, SupportPlan
from tests.ui.helpers import make_window, unnamed_controls
from tests.ui.support_plan.conftest import tray_action, unlock

from peerjournal.ui.support_plan.bad_day_view import TEXT_SCALE, BadDayView


def _fill_plan(journal) -> None:
    ana = journal.add_person(Person(name="Ana"))
    ben = journal.add_person(Person(name="Ben", notes="Phone: 07700 900123\nLoves birds"))
    journal.plan.save(SupportPlan(
        keep_well=("Sleep by eleven",),
        what_helps=("A hot bath", "Calling my sister"),
        contacts=(ben.id, ana.id),  # the person's order, not the alphabet
        services=(Service("Night line", what="every night, 6pm to 2am", how_to_contact="0800 123 456"),),
    ))


def _in_order(text: str, *parts: str) -> bool:
    places = [text.find(part) for part in parts]
    return all(p >= 0 for p in places) and places == sorted(places)


def _open_view(qtbot, journal) -> tuple[object, BadDayView]:
    window = make_window(qtbot, journal)
    view = window.open_bad_day_plan()
    qtbot.waitUntil(view.isVisible, timeout=10_000)
    return window, view


def test_the_view_shows_what_helps_people_in_order_and_services(qtbot, journal):
    _fill_plan(journal)
    window, view = _open_view(qtbot, journal)
    text = view.content.toPlainText()
    assert _in_order(text, "What helps me", "A hot bath", "Calling my sister",
                     "People I can contact, in this order", "Ben — 07700 900123", "Ana",
                     "Services and helplines", "Night line", "0800 123 456", "every night, 6pm to 2am")
    assert "Sleep by eleven" not in text  # only the parts for a bad day
    assert "Loves birds" not in text  # from a person's notes, only their numbers
    assert view.content.isReadOnly()
    assert view.content.font().pointSizeF() == pytest.approx(window.font().pointSizeF() * TEXT_SCALE, rel=0.05)
    assert not view.edit_button.isVisible()  # every part has something
    assert view.accessibleName() and unnamed_controls(view) == []


def test_keyboard_focus_starts_on_the_words_and_escape_closes(qtbot, journal):
    _fill_plan(journal)
    window, view = _open_view(qtbot, journal)
    qtbot.waitUntil(lambda: view.content.hasFocus() or view.focusWidget() is view.content, timeout=10_000)
    qtbot.keyClick(view.content, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.bad_day_view is None, timeout=10_000)


def test_an_empty_plan_says_gently_what_could_go_there_and_offers_the_plan(qtbot, journal):
    window, view = _open_view(qtbot, journal)
    text = view.content.toPlainText()
    assert "Nothing here yet. This could hold the small things that help you" in text
    assert "Nobody here yet." in text and "No services here yet." in text
    assert view.edit_button.isVisible()
    view.edit_button.click()
    assert window.stack.currentWidget() is window.support_plan
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=10_000)


def test_the_today_button_opens_the_view(qtbot, journal):
    _fill_plan(journal)
    window = make_window(qtbot, journal)
    window.go_to(0)
    assert window.today.bad_day_button.isVisible()
    window.today.bad_day_button.click()
    view = window.bad_day_view
    assert view is not None
    qtbot.waitUntil(view.isVisible, timeout=10_000)
    assert _in_order(view.content.toPlainText(), "A hot bath", "Calling my sister", "Ben", "Ana", "Night line")
    window.today.bad_day_button.click()  # again: the same view, brought forward
    assert window.bad_day_view is view


def test_my_plan_for_a_bad_day_from_the_tray_opens_the_view(qtbot, journal, vault_path, started):
    _fill_plan(journal)
    ctl = started()
    tray_action(ctl, "My plan for a bad day").trigger()
    view = ctl.window.bad_day_view
    assert view is not None
    qtbot.waitUntil(view.isVisible, timeout=10_000)
    assert _in_order(view.content.toPlainText(), "A hot bath", "Calling my sister", "Ben", "Ana",
                     "Night line", "0800 123 456")


def test_from_the_tray_while_locked_it_opens_after_unlocking(qtbot, journal, vault_path, started):
    _fill_plan(journal)
    ctl = started(locked=True)
    dialog = ctl.unlock_dialog
    tray_action(ctl, "My plan for a bad day").trigger()
    assert ctl.window is None and ctl.unlock_dialog is dialog  # locked: unlock first
    view = unlock(qtbot, ctl).bad_day_view
    assert view is not None
    qtbot.waitUntil(view.isVisible, timeout=10_000)
    assert "A hot bath" in view.content.toPlainText()

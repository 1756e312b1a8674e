"""The Connecting prompts in the window: the resource check offered, a goal ready to look back on,
and the Prompts page's choices for both. A fake clock stands in for the days passing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from peerjournal.core.connecting.goals import Goal
from peerjournal.core.connecting.resources import Answer, Reply
from peerjournal.core.prompts import PromptKind, PromptSettings
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.settings import AppSettings
from peerjournal.storage.files.settings_file import SettingsFile
from tests.ui.helpers import FakeClock, local, unnamed_controls
from tests.ui.prompts.helpers import make_window

from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.app.tray import notification_text
from peerjournal.ui.connecting.connecting_page import GOALS_TAB, RESOURCES_TAB

NOON = local(20, 12, 0)  # after the 11:00 nudge time, before the 20:00 check-in


@pytest.fixture
def clock():
    return FakeClock(NOON)


@pytest.fixture
def settings_file(tmp_path):
    """No reminder times: the evening check-ins the fake days would bring stay out of the way."""
    settings = SettingsFile(tmp_path / "config")
    settings.save(AppSettings(prompts=PromptSettings(times=())))
    return settings


def settle(journal, clock: FakeClock) -> None:
    """A journal begun months ago (a check-in in June), by the fake clock at NOON."""
    clock.now = NOON
    journal.clock = clock
    journal.add_mood(MoodCheckIn(at=local(20, 9) - timedelta(days=150), mood=3))


def take_check(journal, taken: datetime | None = None) -> None:
    store = journal.resources
    item = store.items()[0]
    store.save_check([Answer(item.id, item.domain, item.text, Reply.NOT_SURE)], taken=taken)


def add_goal(journal, title: str, review_on: date) -> Goal:
    return journal.goals.add_goal(Goal(title=title, review_on=review_on, created=local(1, 10)))


def test_the_banner_offers_the_check_and_opens_its_tab(qtbot, journal, settings_file, clock):
    settle(journal, clock)
    take_check(journal, taken=local(20, 10) - timedelta(days=140))
    window, service = make_window(qtbot, journal, settings_file, clock)
    (prompt,) = service.waiting  # unlocking looks at once
    assert prompt.kind is PromptKind.RESOURCE_CHECK
    banner = window.banner
    assert banner.isVisible()
    assert banner.title.text() == "Who you can call on"
    assert banner.text.text().startswith("When you have a moment: would you like to look at who you can call on?")
    assert banner.act_button.text() == "Look at who I can call on"
    assert banner.act_button.accessibleName() == "Look at who I can call on"

    qtbot.mouseClick(banner.act_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.connecting
    assert window.nav.currentRow() == PAGES.index("Connecting")
    assert window.connecting.tabs.currentIndex() == RESOURCES_TAB
    resources = window.connecting.resources
    assert resources.take_button.hasFocus()  # an offer: one key press starts it, or not
    assert "a few months" in resources.status_label.text()
    assert resources.check_dialog is None  # nothing forced open
    assert not banner.isVisible()

    qtbot.keyClick(resources.take_button, Qt.Key.Key_Space)
    assert resources.check_dialog is not None and resources.check_dialog.isVisible()
    resources.check_dialog.reject()
    clock.advance(days=1)
    assert service.check() == []  # at most once a week


def test_taking_the_check_clears_the_offer_and_no_thanks_lasts_the_interval(qtbot, journal, settings_file, clock):
    settle(journal, clock)
    window, service = make_window(qtbot, journal, settings_file, clock)
    (prompt,) = service.waiting  # never taken, in a journal begun in June
    assert prompt.kind is PromptKind.RESOURCE_CHECK
    assert "It takes a few minutes." in window.banner.text.text()
    take_check(journal)
    assert service.waiting == [] and not window.banner.isVisible()

    clock.advance(days=121)
    (prompt,) = service.check()
    assert "a few months" in window.banner.text.text()
    qtbot.mouseClick(window.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    stored = json.loads(journal.get_setting("prompt_state"))  # dates about the journal stay in it
    assert any(k.startswith("resource_check|") for k in stored["dismissed"])
    assert "resource_check" not in settings_file.prompt_state_path.read_text()
    for later in (7, 30, 60, 110):
        clock.now = NOON + timedelta(days=121 + later)
        assert service.check() == [], later
    clock.now = NOON + timedelta(days=121 + 121)
    assert [p.kind for p in service.check()] == [PromptKind.RESOURCE_CHECK]


def test_a_goal_ready_to_look_back_on_is_selected(qtbot, journal, settings_file, clock):
    settle(journal, clock)
    take_check(journal)  # the resource check is not due: only the goal prompt
    later = add_goal(journal, "Join the library group", date(2026, 12, 20))
    ready = add_goal(journal, "Find a walking group", date(2026, 11, 18))
    soon = add_goal(journal, "Say hello to a neighbour", date(2026, 11, 21))
    window, service = make_window(qtbot, journal, settings_file, clock)
    (prompt,) = service.waiting
    assert prompt.kind is PromptKind.GOAL_REVIEW and prompt.goal_id == ready.id
    assert window.banner.title.text() == "Looking back on a goal"
    # In the unlocked window it may say which goal; a notification does not, unless allowed.
    assert "Find a walking group" in window.banner.text.text()
    title, text = notification_text(prompt, service.facts(), show_details=False)
    assert (title, text) == ("Looking back on a goal", "A goal is ready to look back on, whenever suits you.")
    assert "Find a walking group" in notification_text(prompt, service.facts(), show_details=True)[1]

    window.connecting.goals.select_goal(later.id)  # the Goals tab left on another goal
    window.go_to(0)
    qtbot.mouseClick(window.banner.act_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.connecting
    goals = window.connecting.goals
    assert window.connecting.tabs.currentIndex() == GOALS_TAB
    assert goals.current_goal().id == ready.id
    assert goals.tree.currentIndex().data() == "Find a walking group"
    assert goals.title_label.text() == "Find a walking group"
    assert goals.review_button.hasFocus() and goals.review_button.isEnabled()
    assert not window.banner.isVisible()

    clock.advance(days=1)  # "Say hello to a neighbour" comes due: one more gentle prompt
    (prompt,) = service.check()
    assert prompt.goals_waiting == 2 and prompt.goal_id == ready.id
    assert window.banner.text.text().startswith("“Find a walking group” and one other goal")
    store = journal.goals
    store.update_goal(replace(store.get_goal(ready.id), review_on=date(2026, 12, 5)))
    assert service.waiting  # another goal is still ready
    store.update_goal(replace(store.get_goal(soon.id), review_on=date(2026, 12, 5)))
    assert service.waiting == []  # nothing left to look back on


def test_locking_takes_them_off_the_banner(qtbot, journal, settings_file, clock):
    settle(journal, clock)
    add_goal(journal, "Find a walking group", date(2026, 11, 18))
    window, service = make_window(qtbot, journal, settings_file, clock)
    assert {p.kind for p in service.waiting} == {PromptKind.GOAL_REVIEW, PromptKind.RESOURCE_CHECK}
    service.detach()
    assert service.waiting == []
    clock.advance(days=8)
    assert service.check() == []  # locked: nothing read from the journal


def test_the_prompts_page_turns_them_off_and_chooses_how_often(qtbot, journal, settings_file, clock):
    settle(journal, clock)
    take_check(journal, taken=NOON - timedelta(days=100))
    add_goal(journal, "Find a walking group", date(2026, 11, 25))
    window, service = make_window(qtbot, journal, settings_file, clock)
    assert service.waiting == []
    window.go_to(PAGES.index("Prompts"))
    page = window.prompts
    assert unnamed_controls(page) == []
    every = page.findChild(QComboBox, "resourceCheckEveryCombo")
    assert every.accessibleName() == "How often to offer a look at who you can call on"
    assert every.currentData() == 120 and every.currentText() == "about every 4 months"
    resources = window.connecting.resources
    assert "offered again after" in resources.status_label.text()

    every.setFocus()
    qtbot.keyClick(every, Qt.Key.Key_Up)  # about every 3 months
    assert settings_file.load().prompts.resource_check_days == 91
    assert "a few months" in resources.status_label.text()  # the tab follows the choice
    assert [p.kind for p in service.waiting] == [PromptKind.RESOURCE_CHECK]
    service.dismiss(service.waiting[0])

    resource_check = page.kind_checks[PromptKind.RESOURCE_CHECK]
    goal_review = page.kind_checks[PromptKind.GOAL_REVIEW]
    assert resource_check.accessibleName() and goal_review.accessibleName()
    for check in (goal_review, resource_check):
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
    saved = settings_file.load().prompts
    assert PromptKind.GOAL_REVIEW not in saved.kinds and PromptKind.RESOURCE_CHECK not in saved.kinds
    assert PromptKind.CHECK_IN in saved.kinds
    assert not every.isEnabled()
    assert "whenever you like" in resources.status_label.text()  # no longer "offered again after"

    clock.now = NOON + timedelta(days=200)  # the goal is long ready and the check long due
    assert service.check() == []

    qtbot.keyClick(goal_review, Qt.Key.Key_Space)  # on again
    assert PromptKind.GOAL_REVIEW in settings_file.load().prompts.kinds
    assert [p.kind for p in service.waiting] == [PromptKind.GOAL_REVIEW]  # asked at once
    assert window.banner.isVisible() and window.banner.title.text() == "Looking back on a goal"
    # Nothing about the goal or the check is written beside the settings.
    for path in settings_file.settings_path.parent.iterdir():
        assert b"walking" not in path.read_bytes() and b"2026-11-25" not in path.read_bytes()

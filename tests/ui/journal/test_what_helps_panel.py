"""Today after a low check-in: the person's own "what helps" and people, gently, once a day, only if switched on."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from peerjournal.core.records import Person
from peerjournal.core.support_plan import SupportPlan
from tests.ui.helpers import unnamed_controls
from tests.ui.prompts.helpers import make_window

from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.journal.what_helps_panel import SHOWN_ON_KEY


def _fill_plan(journal) -> None:
    ana = journal.add_person(Person(name="Ana"))
    ben = journal.add_person(Person(name="Ben", notes="Phone: 07700 900123\nLoves birds"))
    journal.plan.save(SupportPlan(what_helps=("A hot bath", "Calling my sister"), contacts=(ben.id, ana.id)))


def _window(qtbot, journal, settings_file, clock, switched_on: bool):
    _fill_plan(journal)
    window, service = make_window(qtbot, journal, settings_file, clock)
    if switched_on:  # as the person does it: on the Prompts page
        window.go_to(PAGES.index("Prompts"))
        window.prompts.what_helps_after_low.setChecked(True)
        assert settings_file.load().show_what_helps_after_low
    window.go_to(0)
    return window


def _check_in(qtbot, today, mood: int) -> None:
    today.start()
    qtbot.keyClick(today.mood_form.mood, getattr(Qt.Key, f"Key_{mood}"))
    today.save()
    assert "Saved at" in today.status.text()


def test_after_a_mood_2_check_in_the_panel_shows_the_plan_once(qtbot, journal, settings_file, clock):
    window = _window(qtbot, journal, settings_file, clock, switched_on=True)
    today = window.today
    panel = today.what_helps
    assert not panel.isVisible()
    _check_in(qtbot, today, 2)
    assert panel.isVisible()
    assert panel.intro.text() == "Here's what you wrote helps you."
    assert panel.helps.text().splitlines() == ["• A hot bath", "• Calling my sister"]
    assert panel.people.text().splitlines() == ["1. Ben — 07700 900123", "2. Ana"]  # the plan's order
    assert unnamed_controls(panel) == []
    with qtbot.waitSignal(today.badDayPlanRequested, timeout=5_000):
        panel.whole_plan.click()
    assert window.bad_day_view is not None
    window.bad_day_view.close()

    panel.not_now.click()
    assert not panel.isVisible()
    _check_in(qtbot, today, 1)  # another low one the same day: no second time
    assert not panel.isVisible()
    today.what_helps.consider(True)  # as after locking and unlocking: the day is kept in the vault
    assert not panel.isVisible()

    clock.advance(days=1)  # a new day: it may show again after a low check-in
    _check_in(qtbot, today, 2)
    assert panel.isVisible()


def test_nothing_shows_when_the_setting_is_off(qtbot, journal, settings_file, clock):
    window = _window(qtbot, journal, settings_file, clock, switched_on=False)
    assert not settings_file.load().show_what_helps_after_low  # off by default
    _check_in(qtbot, window.today, 1)
    assert not window.today.what_helps.isVisible()
    assert journal.get_setting(SHOWN_ON_KEY) is None


def test_a_mood_3_check_in_shows_nothing(qtbot, journal, settings_file, clock):
    window = _window(qtbot, journal, settings_file, clock, switched_on=True)
    _check_in(qtbot, window.today, 3)
    assert not window.today.what_helps.isVisible()
    assert journal.get_setting(SHOWN_ON_KEY) is None


def test_an_empty_plan_shows_nothing_after_a_low_check_in(qtbot, journal, settings_file, clock):
    window, service = make_window(qtbot, journal, settings_file, clock)
    service.app_settings.update(replace(service.app_settings.settings, show_what_helps_after_low=True))
    _check_in(qtbot, window.today, 1)
    assert not window.today.what_helps.isVisible()

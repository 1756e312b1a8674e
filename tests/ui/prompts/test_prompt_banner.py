"""Prompt banner: it shows a due prompt, acts on it, snoozes and dismisses."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.core.prompts import PromptKind, Snooze
from tests.ui.helpers import local
from tests.ui.prompts.helpers import make_window


def test_check_in_time_shows_a_banner_that_opens_the_form(qtbot, journal, settings_file, clock):
    window, service = make_window(qtbot, journal, settings_file, clock)
    assert service.check() == [] and not window.banner.isVisible()  # 19:00, nothing due yet
    clock.advance(hours=1, minutes=5)
    (prompt,) = service.check()
    assert prompt.kind is PromptKind.CHECK_IN
    assert window.banner.isVisible()
    assert window.banner.title.text() == "Time for your check-in"
    window.go_to(1)
    qtbot.mouseClick(window.banner.act_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.today
    assert window.today.mood_form.mood.hasFocus()
    assert not window.banner.isVisible()
    clock.advance(minutes=1)
    assert service.check() == []  # shown once, not again


def test_snooze_brings_it_back_later_and_dismiss_for_good(qtbot, journal, settings_file, clock):
    window, service = make_window(qtbot, journal, settings_file, clock)
    clock.now = local(20, 20, 1)
    service.check()
    window.banner.snooze_actions[Snooze.QUARTER_HOUR].trigger()
    assert not window.banner.isVisible()
    assert "20:16" in window.statusBar().currentMessage()
    clock.advance(minutes=10)
    assert service.check() == []
    clock.advance(minutes=6)
    assert [p.kind for p in service.check()] == [PromptKind.CHECK_IN]
    assert window.banner.isVisible()
    qtbot.mouseClick(window.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    clock.advance(minutes=30)
    assert service.check() == []

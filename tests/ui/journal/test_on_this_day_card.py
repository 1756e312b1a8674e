""""On this day" walked through: off by default, switched on on the Prompts page, a good entry of
this date in an earlier year on Today, "remember this" from the Timeline, never a low one unless asked."""

from __future__ import annotations

from datetime import datetime

from peerjournal.core.records import Activity, MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from tests.ui.helpers import unnamed_controls
from tests.ui.prompts.helpers import make_window

from peerjournal.ui.app.main_window import PAGES


def on(year: int, hour: int = 10) -> datetime:
    """20 November (the fake clock's day) of ``year``, local time."""
    return datetime(year, 11, 20, hour).astimezone()


def _window(qtbot, journal, settings_file, clock):
    window, _service = make_window(qtbot, journal, settings_file, clock)
    window.go_to(0)
    return window


def _switch(window, *, on_this_day: bool | None = None, low: bool | None = None) -> None:
    window.go_to(PAGES.index("Prompts"))  # as the person does it
    box = window.prompts.looking_back
    if on_this_day is not None:
        box.on_this_day.setChecked(on_this_day)
    if low is not None:
        box.low_too.setChecked(low)
    window.go_to(0)


def test_a_good_day_comes_back_and_a_marked_entry_joins_it(qtbot, journal, settings_file, clock):
    journal.add_mood(MoodCheckIn(at=on(2024), mood=5, note="first snow with Ana"))
    walk = journal.add_activity(Activity(at=on(2025), category="Outdoors", title="Walk", felt=3))
    window = _window(qtbot, journal, settings_file, clock)
    card = window.today.on_this_day
    assert not card.isVisible()  # off by default
    _switch(window, on_this_day=True)
    assert settings_file.load().on_this_day and not settings_file.load().on_this_day_low
    assert card.isVisible()
    assert card.heading.text() == "On this day in 2024"
    assert card.note.text() == "first snow with Ana"
    assert unnamed_controls(card) == []

    window.go_to(PAGES.index("Timeline"))  # mark the ordinary walk "remember this"
    assert window.timeline.select(EntryKind.ACTIVITY, walk.id)
    window.timeline.update_remember_action()
    assert not window.timeline.remember_action.isChecked()
    window.timeline.remember_action.trigger()
    window.timeline.update_remember_action()
    assert window.timeline.remember_action.isChecked()
    window.go_to(0)
    assert {row.id for row in card.memories.memories(clock().date())} >= {walk.id}
    assert card.isVisible() and card.shown is not None

    card.not_today.click()
    assert not card.isVisible()
    window.today._consider_on_this_day()  # as after locking and unlocking: the day is kept in the vault
    assert not card.isVisible()
    clock.advance(days=365)  # the same date a year on: it comes back
    window.today._consider_on_this_day()
    assert card.isVisible()


def test_a_low_entry_only_when_asked_even_when_marked(qtbot, journal, settings_file, clock):
    from peerjournal.storage.on_this_day import OnThisDay

    hard = journal.add_mood(MoodCheckIn(at=on(2023), mood=1, note="a hard day"))
    journal.add_mood(MoodCheckIn(at=on(2022), mood=2, note="not marked: never"))
    OnThisDay(journal).remember(EntryKind.MOOD, hard.id)  # "remember this": it mattered
    window = _window(qtbot, journal, settings_file, clock)
    card = window.today.on_this_day
    _switch(window, on_this_day=True)
    assert not card.isVisible()
    _switch(window, low=True)
    assert card.isVisible() and card.note.text() == "a hard day"
    _switch(window, on_this_day=False)
    assert not card.isVisible()

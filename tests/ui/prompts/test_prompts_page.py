"""Prompts in the window and the tray, driven by a fake clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.prompts import Prompt, PromptKind, Snooze
from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import HelpKind
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.app.tray import notification_text
from peerjournal.ui.prompts.prompt_service import PromptService
from peerjournal.ui.widgets import messages


class FakeClock:
    def __init__(self, when: datetime) -> None:
        self.now = when

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time in November 2026, as an aware UTC instant."""
    return datetime(2026, 11, day, hour, minute).astimezone(UTC)


@pytest.fixture
def clock():
    return FakeClock(local(20, 19, 0))


@pytest.fixture
def settings_file(tmp_path):
    return SettingsFile(tmp_path / "config")


def make_window(qtbot, journal: Journal, settings_file, clock) -> tuple[MainWindow, PromptService]:
    journal.clock = clock
    service = PromptService(SettingsService(settings_file), clock)
    service.attach(journal)
    window = MainWindow(journal, JournalEvents(journal), prompts=service)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window._service = service  # keep it alive with the window
    return window, service


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


def test_logging_a_contact_clears_the_isolation_nudge(qtbot, journal, settings_file, clock):
    mum = journal.add_person(Person(name="Mum", help_kinds=frozenset({HelpKind.EMOTIONAL})))
    journal.add_contact(Contact(at=local(16, 10), person_ids=(mum.id,)))
    clock.now = local(20, 12, 0)  # four days later, after the nudge time, before the check-in time
    window, service = make_window(qtbot, journal, settings_file, clock)  # unlocking checks at once
    (prompt,) = service.waiting
    assert prompt.kind is PromptKind.ISOLATION
    assert window.banner.isVisible()
    assert "4 days" in window.banner.text.text() and "Mum" in window.banner.text.text()

    window.today.contact_form.people.set_selected([mum.id])
    window.today.save()
    assert not window.banner.isVisible()
    assert service.waiting == []
    clock.advance(hours=1)
    assert all(p.kind is not PromptKind.ISOLATION for p in service.check())


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


def test_answered_check_in_is_not_shown(qtbot, journal, settings_file, clock):
    window, service = make_window(qtbot, journal, settings_file, clock)
    journal.add_mood(MoodCheckIn(at=local(20, 18, 30), mood=4))
    clock.now = local(20, 20, 5)
    assert service.check() == []
    assert not window.banner.isVisible()


def test_stay_in_touch_from_the_person_dialog_to_a_contact_form(qtbot, journal, settings_file, clock):
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=local(5, 10), person_ids=(sam.id,)))
    window, service = make_window(qtbot, journal, settings_file, clock)
    window.go_to(2)
    window.people.select_person(sam.id)
    window.people.edit_action.trigger()
    dialog = window.people.person_dialog
    dialog.cadence_combo.setCurrentIndex(dialog.cadence_combo.findData(7))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert journal.cadences() == {sam.id: 7}

    clock.now = local(21, 11, 30)
    prompts = service.check()
    # Last evening's missed check-in first; the isolation nudge for this stretch of days was
    # already shown yesterday, so only the new stay-in-touch nudge joins it.
    assert [p.kind for p in prompts] == [PromptKind.CHECK_IN, PromptKind.STAY_IN_TOUCH]
    stay = next(p for p in prompts if p.kind is PromptKind.STAY_IN_TOUCH)
    window.act_on_prompt(stay)
    dialog = window.entry_dialog
    assert dialog.isVisible() and dialog.form.people.selected() == (sam.id,)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert all(p.kind is not PromptKind.STAY_IN_TOUCH for p in service.waiting)


def test_prompts_page_changes_are_saved_at_once(qtbot, journal, settings_file, clock):
    sam = journal.add_person(Person(name="Sam Marker"))
    window, service = make_window(qtbot, journal, settings_file, clock)
    window.go_to(PAGES.index("Prompts"))
    page = window.prompts
    page.max_per_day.setValue(2)
    page.kind_checks[PromptKind.ACTIVITIES].setChecked(False)
    page.new_time.setTime(page.new_time.time().fromString("09:30", "HH:mm"))
    for saturday_or_sunday in page.day_checks[5:]:
        saturday_or_sunday.setChecked(False)
    qtbot.mouseClick(page.add_time_button, Qt.MouseButton.LeftButton)
    assert page.times_list.count() == 2 and "09:30, weekdays: check-in" in page.times_list.item(0).text()
    page.quiet.setChecked(False)
    combo = page._cadence_combos[sam.id]
    combo.setCurrentIndex(combo.findData(14))

    saved = settings_file.load().prompts
    assert saved.max_per_day == 2
    assert PromptKind.ACTIVITIES not in saved.kinds
    assert [t.at.strftime("%H:%M") for t in saved.times] == ["09:30", "20:00"]
    assert saved.quiet is None
    assert journal.cadences() == {sam.id: 14}
    # Who to stay in touch with is journal data: it is in the vault, never in the settings folder.
    for path in settings_file.settings_path.parent.iterdir():
        assert b"Sam Marker" not in path.read_bytes()
        assert f"|{sam.id}".encode() not in path.read_bytes()


def test_notification_text_is_generic_unless_allowed(journal, clock):
    sam = journal.add_person(Person(name="Sam Marker"))
    journal.set_cadence(sam.id, 7)
    facts = journal.prompt_facts()
    prompt = Prompt(PromptKind.STAY_IN_TOUCH, f"stay_in_touch|never|{sam.id}", clock(), person_id=sam.id)
    title, text = notification_text(prompt, facts, show_details=False)
    assert "Sam" not in title + text
    title, text = notification_text(prompt, facts, show_details=True)
    assert "Sam Marker" in text


def test_tray_prompt_while_locked_unlocks_then_opens_the_form(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=True)
    shown = []
    ctl.tray.icon.showMessage = lambda *args: shown.append(args)  # no desktop here to show it
    try:
        ctl.start()
        dialog = ctl.unlock_dialog
        clock.now = local(20, 20, 2)
        ctl.prompts.check()
        assert shown and shown[-1][:2] == ("Time for your check-in",
                                           "How are you today? A short check-in takes about a minute.")
        ctl.tray.promptClicked.emit(ctl.tray.last_prompt)
        assert ctl.unlock_dialog is dialog and dialog.isVisible()  # locked: unlock first
        with qtbot.waitSignal(ctl.windowShown, timeout=20_000) as opened:
            qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
            dialog.submit()
        window = opened.args[0]
        assert window.stack.currentWidget() is window.today
        assert window.today.mood_form.mood.hasFocus() or window.today.focusWidget() is window.today.mood_form.mood
    finally:
        ctl._drop_journal()
        ctl.prompts.timer.stop()
        ctl.tray.hide()


def test_closing_the_window_keeps_running_in_the_tray_locked(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=True)
    finished = []
    ctl.finished.connect(lambda: finished.append(True))
    try:
        ctl.start(open_vault(vault_path, PASSPHRASE))
        vault = ctl.vault
        ctl.window.close()
        assert messages.shown and "still here" in messages.shown[-1][0]
        assert ctl.window is None and not vault.is_open and finished == []
        assert ctl.unlock_dialog is None  # waiting quietly in the tray
        assert settings_file.load().tray_explained
        ctl.bring_forward()
        assert ctl.unlock_dialog is not None and ctl.unlock_dialog.isVisible()
    finally:
        ctl._drop_journal()
        ctl.prompts.timer.stop()
        ctl.tray.hide()
        if ctl.unlock_dialog is not None:
            ctl.unlock_dialog.close()


def test_without_a_tray_closing_the_window_quits(qtbot, journal, vault_path, settings_file, clock):
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    finished = []
    ctl.finished.connect(lambda: finished.append(True))
    ctl.start(open_vault(vault_path, PASSPHRASE))
    ctl.window.close()
    assert finished == [True] and ctl.vault is None


def test_nudge_state_is_kept_in_the_vault_not_the_settings_file(qtbot, journal, settings_file, clock):
    mum = journal.add_person(Person(name="Mum"))
    journal.add_contact(Contact(at=local(15, 10), person_ids=(mum.id,)))
    clock.now = local(20, 12, 0)
    window, service = make_window(qtbot, journal, settings_file, clock)
    (prompt,) = service.waiting
    service.dismiss(prompt)
    service.detach()
    stored = json.loads(journal.get_setting("prompt_state"))
    assert any(k.startswith("isolation|") for k in stored["dismissed"])
    plain = settings_file.prompt_state_path.read_text()
    assert "isolation" not in plain
    service.attach(journal)  # unlocked again: the dismissal is remembered
    assert service.check() == []

"""Prompt service: what is due, what answers it, and where its state is kept."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.prompts import PromptKind
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import HelpKind
from tests.ui.helpers import local
from tests.ui.prompts.helpers import make_window

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.prompts.prompt_service import PromptService


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


def test_time_together_in_an_activity_counts_as_being_in_touch(qtbot, journal, settings_file, clock):
    """A walk with Sam two days ago, after ten days without a contact: no gentle hello naming
    Sam, and no stay-in-touch nudge for Sam (issue 16)."""
    sam = journal.add_person(Person(name="Sam", help_kinds=frozenset({HelpKind.EMOTIONAL})))
    journal.set_cadence(sam.id, 7)
    journal.add_contact(Contact(at=local(10, 10), person_ids=(sam.id,)))
    journal.add_activity(Activity(at=local(18, 10), category="Outdoors", title="Walk",
                                  person_ids=(sam.id,)))
    clock.now = local(20, 12, 0)  # after the nudge time, before the check-in time
    window, service = make_window(qtbot, journal, settings_file, clock)
    nudges = (PromptKind.ISOLATION, PromptKind.STAY_IN_TOUCH)
    assert [p for p in service.waiting if p.kind in nudges] == []
    assert "Sam" not in window.banner.text.text()
    clock.now = local(23, 12, 0)  # five days after the walk: the gentle hello counts from it
    (prompt,) = [p for p in service.check() if p.kind is PromptKind.ISOLATION]
    assert prompt.days_without_contact == 5
    assert "5 days since you noted time with someone" in prompt.text(service.facts(), detailed=True)


def test_logging_time_together_clears_the_isolation_nudge(qtbot, journal, settings_file, clock):
    """Noting an activity with someone answers the gentle hello as a contact does (issue 16)."""
    mum = journal.add_person(Person(name="Mum", help_kinds=frozenset({HelpKind.EMOTIONAL})))
    journal.add_contact(Contact(at=local(16, 10), person_ids=(mum.id,)))
    clock.now = local(20, 12, 0)
    window, service = make_window(qtbot, journal, settings_file, clock)
    assert [p.kind for p in service.waiting] == [PromptKind.ISOLATION]
    journal.add_activity(Activity(at=local(20, 11), category="Home", title="Baking together",
                                  person_ids=(mum.id,)))
    assert service.waiting == []
    assert not window.banner.isVisible()
    journal.add_activity(Activity(at=local(20, 11, 30), category="Home", title="Reading"))
    clock.advance(hours=1)
    assert service.check() == []  # a later activity done alone changes nothing


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


def test_detach_on_a_full_disk_answers_instead_of_stopping_the_lock(qtbot, journal, settings_file, clock):
    from tests.ui.app.helpers import fill_disk

    mum = journal.add_person(Person(name="Mum"))
    journal.add_contact(Contact(at=local(15, 10), person_ids=(mum.id,)))
    clock.now = local(20, 12, 0)
    window, service = make_window(qtbot, journal, settings_file, clock)
    (prompt,) = service.waiting
    assert prompt.kind is PromptKind.ISOLATION  # names Mum: must not stay once locked
    fill_disk(journal.vault)
    failure = service.detach()
    assert failure is not None and "disk is full" in str(failure)
    assert service.journal is None and service.facts() is None  # names forgotten all the same
    assert all(p.kind is not PromptKind.ISOLATION for p in service.waiting)


def test_a_save_with_no_reminder_waiting_reads_no_facts(qtbot, journal, settings_file, clock):
    """The prompts' facts (who was in touch when, over a year of entries) are read when a
    reminder is checked or waits to be cleared, not on every save (issue 20)."""
    mum = journal.add_person(Person(name="Mum", help_kinds=frozenset({HelpKind.EMOTIONAL})))
    journal.add_contact(Contact(at=local(19, 10), person_ids=(mum.id,)))
    clock.now = local(20, 9, 0)  # before the nudge and check-in times: nothing waits
    _window, service = make_window(qtbot, journal, settings_file, clock)
    assert service.waiting == []
    read = []
    real = journal.prompt_facts
    journal.prompt_facts = lambda: read.append(1) or real()  # type: ignore[method-assign]
    journal.add_mood(MoodCheckIn(at=local(20, 8, 30), mood=3))
    assert read == []
    assert service.facts() is not None and read == [1]  # still there when asked for


def test_an_unlock_that_leaves_the_check_for_later_checks_once_when_painted(
        qtbot, journal, settings_file, clock):
    """``attach(check=False)``: nothing looked for, nothing written, until the window's first
    paint; then the one check, and the banner shows what is due (issue 20)."""
    mum = journal.add_person(Person(name="Mum", help_kinds=frozenset({HelpKind.EMOTIONAL})))
    journal.add_contact(Contact(at=local(16, 10), person_ids=(mum.id,)))
    clock.now = local(20, 12, 0)  # four days later: the gentle hello is due
    journal.clock = clock
    service = PromptService(SettingsService(settings_file), clock)
    service.attach(journal, check=False)
    assert service.waiting == [] and service.state.last_check is None
    assert journal.get_setting("prompt_state") is None
    window = MainWindow(journal, JournalEvents(journal), prompts=service)
    qtbot.addWidget(window)
    checks: list[int] = []
    real = service.check
    service.check = lambda: checks.append(1) or real()  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert [p.kind for p in service.waiting] == [PromptKind.ISOLATION]
    assert checks == [1]
    service.check_pending()  # already checked: nothing more
    assert checks == [1]

"""Tray: generic notification texts, and a tray prompt while locked."""

from __future__ import annotations

from peerjournal.core.prompts import Prompt, PromptKind
from peerjournal.core.records import Person
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import local, stop_app

from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.tray import notification_text


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
        stop_app(ctl)

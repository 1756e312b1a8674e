"""Unlocking paints Today first (issue 20): the prompt check (facts read across history, state
written to the journal and the settings file) and the locked copy wait until Today is painted."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.storage.files.settings_file import SettingsFile
from tests.ui.app.helpers import WRITES, submit
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app import first_paint
from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.first_paint import after_first_paint

WAIT_MS = 60_000


def test_unlocking_writes_nothing_and_looks_for_no_prompt_before_today_is_painted(
        qtbot, journal, vault_path, settings_file, clock, monkeypatch):
    sam = journal.add_person(Person(name="Sam"))
    journal.set_cadence(sam.id, 7)  # a "keep in touch" nudge is due: its state goes in the journal
    with journal.batch():
        for day in range(40):
            at = clock() - timedelta(days=day + 20)
            journal.add_mood(MoodCheckIn(at=at, mood=3, note=f"day {day}"))
            journal.add_contact(Contact(at=at, person_ids=(sam.id,)))
    journal.vault.close()
    ctl = AppController(vault_path, settings_file=settings_file, clock=clock, use_tray=False)
    before_paint: list[str] = []
    unlocked = ctl._unlocked

    def traced(vault) -> None:  # noqa: ANN001
        vault.conn.set_trace_callback(before_paint.append)
        try:
            unlocked(vault)  # builds and shows the window; the event loop has not turned since
        finally:
            vault.conn.set_trace_callback(None)

    monkeypatch.setattr(ctl, "_unlocked", traced)
    dialog = ctl.show_unlock()
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(ctl.windowShown, timeout=WAIT_MS):
            submit(qtbot, dialog, PASSPHRASE)
        assert ctl.window is not None and ctl.window.today.isVisible()
        assert before_paint, "the window read nothing at all?"
        writes = [s for s in before_paint if s.lstrip().split(None, 1)[0].upper() in (*WRITES, "BEGIN")]
        assert writes == []
        assert SettingsFile(settings_file.folder).load_prompt_state().last_check is None
        # Once Today is painted, the prompts are looked for and their state kept.
        qtbot.waitUntil(lambda: SettingsFile(settings_file.folder).load_prompt_state().last_check
                        is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: ctl.journal is not None
                        and ctl.journal.get_setting("prompt_state") is not None, timeout=WAIT_MS)
    finally:
        ctl._drop_journal()


def test_after_first_paint_runs_once_after_the_paint(qtbot):
    label = QLabel("Today")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=WAIT_MS)
    label.repaint()
    qtbot.wait(50)
    assert calls == [True]  # once only


def test_a_window_never_painted_gets_its_work_all_the_same(qtbot, monkeypatch):
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 20)
    label = QLabel("minimised")
    qtbot.addWidget(label)
    calls: list[int] = []
    after_first_paint(label, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1], timeout=WAIT_MS)
    label.show()
    qtbot.wait(50)
    assert calls == [1]

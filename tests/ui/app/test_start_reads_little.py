"""Opening the window reads what it shows, not the journal's history (issue 20): the work SQLite
does from "unlocked" to "window shown" stays the same when the history triples, and a hidden
page holds nothing per entry."""

from __future__ import annotations

import gc
import random
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import HelpKind
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from tests.vm_steps import counting_steps

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.prompts.prompt_service import PromptService

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
DAYS = 300  # one "history": four entries a day; the Timeline's first page is 200 rows


def _add_history(journal: Journal, first_day: int, people: list[Person]) -> None:
    """Entries for DAYS days, ending ``first_day`` days ago, with a mix of people."""
    rng = random.Random(first_day)
    now = journal.clock()
    with journal.batch():
        for day in range(first_day, first_day + DAYS):
            at = now - timedelta(days=day, hours=2)
            journal.add_mood(MoodCheckIn(at=at, mood=rng.randint(1, 5), note=f"day {day}"))
            for k in range(2):
                journal.add_contact(Contact(at=at - timedelta(hours=k + 1),
                                            person_ids=(rng.choice(people).id,), note="talked"))
            journal.add_activity(Activity(at=at - timedelta(hours=4), category="Outdoors", title="Walk",
                                          person_ids=(rng.choice(people).id,)))


def _steps_to_show_window(qtbot, journal: Journal, tmp_path, name: str) -> tuple[int, MainWindow]:
    """SQLite VM steps from building the window (and attaching prompts) until it is shown."""
    with counting_steps(journal.vault.conn, every=1) as steps:
        events = JournalEvents(journal)
        prompts = PromptService(SettingsService(SettingsFile(tmp_path / name)), journal.clock)
        prompts.attach(journal)
        window = MainWindow(journal, events, prompts=prompts)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
    return steps[0], window


def test_opening_the_window_reads_the_same_for_three_times_the_history(qtbot, journal, tmp_path):
    people = [journal.add_person(Person(name=f"Person {i}", help_kinds=frozenset({HelpKind.COMPANY})
                                        if i < 3 else frozenset())) for i in range(40)]
    journal.set_cadence(people[0].id, 7)
    _add_history(journal, 0, people)
    small, window = _steps_to_show_window(qtbot, journal, tmp_path, "small")
    # Pages not shown are not built (nor read): Today alone is made with the window.
    assert [type(w).__name__ for w in window.stack.findChildren(QWidget, options=DIRECT)
            if w.objectName().endswith("Page")] == ["TodayPage"]
    assert window.timeline.model.rowCount() > 0
    window.close()
    _add_history(journal, DAYS, people)
    _add_history(journal, 2 * DAYS, people)
    large, window = _steps_to_show_window(qtbot, journal, tmp_path, "large")
    # Three times the entries (3,600): reading them would be thousands of steps more. What the
    # window shows (the newest page, a few people's last contact) costs the same.
    assert large < small * 1.3, (small, large)
    assert window.timeline.model.rowCount() == 200  # one page of 3,600 entries
    # Nothing holds an object per entry: the rows of one page are all there are.
    gc.collect()
    assert sum(isinstance(o, TimelineRow) for o in gc.get_objects()) <= 2 * 200


def test_the_hidden_people_page_reads_when_first_shown(qtbot, journal, tmp_path):
    sam = journal.add_person(Person(name="Sam"))
    journal.add_contact(Contact(at=journal.clock() - timedelta(days=2), person_ids=(sam.id,)))
    _steps, window = _steps_to_show_window(qtbot, journal, tmp_path, "people")
    page = window.people
    assert page.model.rowCount() == 0  # nothing read while hidden
    journal.add_person(Person(name="Jo"))  # a change while hidden: still nothing read
    assert page.model.rowCount() == 0
    window.go_to(2)  # People
    qtbot.waitUntil(page.isVisible)
    names = {page.model.person(p.id).name for p in journal.people()}  # type: ignore[union-attr]
    assert names == {"Sam", "Jo"}
    assert page.model.last_in_touch(sam.id) is not None

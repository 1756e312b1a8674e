"""Helpers the journal tests share: a filled journal, a window on the timeline, a Today page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QUndoStack

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.journal.today_page import TodayPage


def fill(journal: Journal) -> dict[str, object]:
    now = datetime.now(UTC)
    sam = journal.add_person(Person(name="Sam"))
    mood = journal.add_mood(MoodCheckIn(at=now - timedelta(days=2), mood=2, note="rainy and slow"))
    contact = journal.add_contact(Contact(at=now - timedelta(days=1), person_ids=(sam.id,), mode="phone", felt=4))
    activity = journal.add_activity(Activity(at=now - timedelta(hours=1), category="Outdoors", title="Walk by the river"))
    return {"sam": sam, "mood": mood, "contact": contact, "activity": activity}


def make_window(qtbot, journal: Journal) -> MainWindow:
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.go_to(1)
    return window


def shown_texts(page, column: int = 2) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def make_page(qtbot, journal: Journal) -> tuple[TodayPage, QUndoStack]:
    events = JournalEvents(journal)
    stack = QUndoStack()

    def create_person(name: str) -> int | None:
        return journal.add_person(Person(name=name)).id

    page = TodayPage(journal, events, stack, create_person)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page._keep = (events, stack)  # keep the Python objects alive for the test
    return page, stack

"""Timeline page and model: filters, edit through the dialog, delete with confirm and undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.journal.timeline_model import TimelineModel
from peerjournal.ui.widgets import messages


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


def test_newest_first_with_people_names(qtbot, journal):
    fill(journal)
    window = make_window(qtbot, journal)
    assert shown_texts(window.timeline) == [
        "Outdoors: Walk by the river", "Phone call with Sam", "Check-in",
    ]
    assert window.timeline.count_label.text() == "3 entries"


def test_kind_and_text_filters(qtbot, journal):
    fill(journal)
    page = make_window(qtbot, journal).timeline
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(EntryKind.CONTACT))
    assert shown_texts(page) == ["Phone call with Sam"]
    assert page.count_label.text() == "Showing 1 of 3 entries"
    page.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.text_filter, "RAINY")  # notes are searched, case does not matter
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, 1).data() == "Check-in"
    page.text_filter.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)


def test_edit_through_the_dialog(qtbot, journal):
    entries = fill(journal)
    window = make_window(qtbot, journal)
    page = window.timeline
    assert page.select(EntryKind.MOOD, entries["mood"].id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.entry_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.mood.value() == 2
    qtbot.mouseClick(dialog.form.mood.buttons[4], Qt.MouseButton.LeftButton)
    dialog.form.note.setPlainText("rainy, then better")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    stored = journal.get_mood(entries["mood"].id)
    assert stored.mood == 4 and stored.note == "rainy, then better"
    assert stored.at == entries["mood"].at.replace(microsecond=0)
    row = page.current_row()
    assert row is not None and row.id == entries["mood"].id  # selection kept after refresh
    window.undo_stack.undo()
    assert journal.get_mood(entries["mood"].id).mood == 2


def test_edit_refuses_invalid_and_keeps_typing(qtbot, journal):
    entries = fill(journal)
    window = make_window(qtbot, journal)
    window.timeline.select(EntryKind.ACTIVITY, entries["activity"].id)
    window.timeline.edit_button.click()
    dialog = window.entry_dialog
    dialog.form.title.clear()
    dialog.form.note.setPlainText("keep me")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "what you did" in dialog.error.text()
    assert dialog.form.note.toPlainText() == "keep me"
    assert journal.get_activity(entries["activity"].id).title == "Walk by the river"


def test_delete_asks_and_can_be_undone(qtbot, journal):
    entries = fill(journal)
    window = make_window(qtbot, journal)
    page = window.timeline
    contact = entries["contact"]
    page.select(EntryKind.CONTACT, contact.id)

    messages.next_answers.append(False)  # "Cancel"
    page.delete_button.click()
    assert messages.shown[-1][0] == "Delete this entry?"
    assert journal.get_contact(contact.id) == contact

    page.select(EntryKind.CONTACT, contact.id)
    messages.next_answers.append(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert shown_texts(page) == ["Outdoors: Walk by the river", "Check-in"]
    assert journal.contacts_with(entries["sam"].id) == []

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.get_contact(contact.id) == contact  # same id, people and note
    assert len(shown_texts(page)) == 3
    window.undo_stack.redo()
    assert journal.contacts_with(entries["sam"].id) == []


def test_empty_journal_shows_a_kind_empty_state(qtbot, journal):
    page = make_window(qtbot, journal).timeline
    assert page.empty_label.isVisible() and not page.view.isVisible()
    assert not page.delete_button.isEnabled()


def test_timeline_model_passes_qt_model_tester(qtmodeltester, journal):
    fill(journal)
    model = TimelineModel()
    model.set_rows(journal.timeline())
    qtmodeltester.check(model)


def test_tens_of_thousands_of_rows_load_and_filter(qtbot, journal):
    now = datetime.now(UTC)
    with journal.batch():
        for i in range(20_000):
            journal.add_mood(MoodCheckIn(at=now - timedelta(hours=i * 4), mood=i % 5 + 1,
                                         note="needle" if i == 12_345 else ""))
    page = make_window(qtbot, journal).timeline
    assert page.model.rowCount() == 20_000
    page.text_filter.setText("needle")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)

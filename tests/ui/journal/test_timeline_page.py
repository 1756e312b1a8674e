"""Timeline page and model: filters, edit through the dialog, delete with confirm and undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, Qt

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from tests.ui.journal.helpers import fill, make_window, shown_texts

from peerjournal.ui.widgets import messages


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


def test_tens_of_thousands_of_rows_load_and_filter(qtbot, journal):
    now = datetime.now(UTC)
    with journal.batch():
        for i in range(20_000):
            journal.add_mood(MoodCheckIn(at=now - timedelta(hours=i * 4), mood=i % 5 + 1,
                                         note="needle" if i == 12_345 else ""))
    page = make_window(qtbot, journal).timeline
    # One page is read, not twenty thousand rows; the count still says them all.
    assert page.model.rowCount() == page.model.PAGE
    assert page.count_label.text() == f"{QLocale().toString(20_000)} entries"  # grouped as the language groups
    page.view.scrollToBottom()  # the view asks for the next page as it reaches the end
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2 * page.model.PAGE)
    page.text_filter.setText("needle")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.count_label.text() == f"Showing 1 of {QLocale().toString(20_000)} entries"


def test_a_change_updates_the_timeline_in_place_not_by_reloading(qtbot, journal):
    now = datetime.now(UTC)
    with journal.batch():
        for i in range(500):
            journal.add_mood(MoodCheckIn(at=now - timedelta(hours=i + 2), mood=i % 5 + 1))
    page = make_window(qtbot, journal).timeline
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > page.model.PAGE)
    held = page.model.rowCount()
    chosen = page.model.row_at(150)
    page.select(chosen.kind, chosen.id)
    resets, reads = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    real_read = journal.timeline_page
    journal.timeline_page = lambda *a, **k: reads.append(a) or real_read(*a, **k)  # type: ignore[method-assign]

    saved = journal.add_mood(MoodCheckIn(at=now - timedelta(hours=1), mood=4, note="a new one"))
    assert page.model.rowCount() == held + 1 and page.model.row_at(0).id == saved.id
    assert page.current_row() == chosen  # still chosen: the rows around it stayed put
    assert page.count_label.text() == "501 entries"
    journal.update_mood(MoodCheckIn(id=chosen.id, at=chosen.at, mood=1, note="changed"))
    assert page.current_row().note == "changed"
    journal.delete_mood(saved.id)
    assert page.model.rowCount() == held and page.model.row_at(0).id != saved.id
    assert resets == []  # never a reset: the view keeps its place
    # Each change read the fetched window only (down to its last row), never the whole history.
    assert all(until is not None for (_after, _limit, _kind, _text, until) in reads)


def test_a_save_while_the_timeline_is_hidden_counts_nothing_until_it_is_shown(qtbot, journal):
    fill(journal)
    window = make_window(qtbot, journal)
    window.go_to(0)  # Today
    counted = []
    real_counts = journal.counts
    journal.counts = lambda *a: counted.append(a) or real_counts(*a)  # type: ignore[method-assign]
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC) - timedelta(minutes=5), mood=3))
    assert counted == []  # counting reads a whole index: not on a save the Timeline can't show
    assert window.timeline.model.rowCount() == 4  # the rows themselves are up to date
    window.go_to(1)
    qtbot.waitUntil(lambda: window.timeline.count_label.text() == "4 entries")
    # The save told the journal which entry it added: the count moved by one, nothing read.
    assert counted == []


def test_a_search_goes_on_in_steps_only_while_the_page_is_shown(qtbot, journal):
    now = datetime.now(UTC)
    with journal.batch():
        for i in range(60):
            journal.add_mood(MoodCheckIn(at=now - timedelta(hours=i + 1), mood=3,
                                         note="needle" if i >= 5 else ""))
    window = make_window(qtbot, journal)
    page = window.timeline
    page.model.SEARCH_BUDGET = 10  # six steps to find the 55 matching entries
    page.model.FIRST_FOUND = page.model.PAGE  # all of them wanted at once (not a window-full)
    page.text_filter.setText("needle")
    window.go_to(0)  # Today, before the search has had its turns
    qtbot.wait(400)
    assert page.model.needs_more()  # it waited, and read nothing while hidden
    assert page.proxy.rowCount() == 10
    window.go_to(1)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 55)
    assert page.count_label.text() == "Showing 55 of 60 entries"

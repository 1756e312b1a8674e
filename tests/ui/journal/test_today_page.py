"""Today page: a check-in done with the keyboard alone is stored as one undoable step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode, EntryKind
from tests.ui.journal.helpers import make_page, make_window

from peerjournal.ui.journal.today_page import greeting


def test_keyboard_only_check_in(qtbot, journal):
    sam = journal.add_person(Person(name="Sam"))
    page, stack = make_page(qtbot, journal)
    page.start()
    assert page.mood_form.mood.hasFocus()
    qtbot.keyClick(page.mood_form.mood, Qt.Key.Key_4)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)  # to energy
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)  # to feelings
    assert page.focusWidget() is page.mood_form.feelings.field
    qtbot.keyClicks(page.focusWidget(), "calm")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(page.focusWidget(), "Proud")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)  # to note
    assert page.focusWidget() is page.mood_form.note
    qtbot.keyClicks(page.focusWidget(), "Good walk today")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)  # to who
    assert page.focusWidget() is page.contact_form.people.field
    qtbot.keyClicks(page.focusWidget(), "sam")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(page.focusWidget(), "Aunt Lou")  # someone new becomes a person
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    page.activity_form.title.setFocus()
    qtbot.keyClicks(page.activity_form.title, "Art group")
    qtbot.keyClick(page.activity_form.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    moods = journal.moods_between(datetime.now(UTC) - timedelta(days=1), datetime.now(UTC) + timedelta(days=1))
    assert len(moods) == 1
    assert moods[0].mood == 4 and moods[0].energy == 2
    assert moods[0].feelings == ("calm", "proud")
    assert moods[0].note == "Good walk today"
    lou = next(p for p in journal.people() if p.name == "Aunt Lou")
    contacts = journal.contacts_with(sam.id)
    assert len(contacts) == 1 and set(contacts[0].person_ids) == {sam.id, lou.id}
    assert contacts[0].mode is ContactMode.IN_PERSON
    rows = journal.timeline()
    assert {r.kind for r in rows} == {EntryKind.MOOD, EntryKind.CONTACT, EntryKind.ACTIVITY}
    # The page confirms, clears the forms and lists what was saved today.
    assert "Saved at" in page.status.text()
    assert page.mood_form.mood.value() is None and not page.contact_form.people.selected()
    texts = [page.today_list.item(i).text() for i in range(page.today_list.count())]
    assert any("Art group" in t for t in texts)
    assert any("Sam" in t and "Aunt Lou" in t for t in texts)

    stack.undo()  # the whole check-in is one step
    assert journal.timeline() == []
    stack.redo()
    assert len(journal.timeline()) == 3


def test_nothing_to_save_says_so_and_stores_nothing(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Choose a mood" in page.status.text()
    assert journal.timeline() == []


def test_feelings_without_a_mood_keeps_what_was_typed(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    page.mood_form.note.setPlainText("a thought I want to keep")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Please choose a mood."
    assert page.mood_form.note.toPlainText() == "a thought I want to keep"
    assert journal.timeline() == []


def test_clicking_a_chosen_mood_again_clears_it(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    button = page.mood_form.mood.buttons[2]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.mood_form.mood.value() == 2
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.mood_form.mood.value() is None


def test_saved_elsewhere_appears_in_today_list(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=5, feelings=("hopeful",)))
    texts = [page.today_list.item(i).text() for i in range(page.today_list.count())]
    assert any("hopeful" in t for t in texts)


def test_greeting_follows_the_local_hour():
    base = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    assert greeting(base.replace(hour=9)) == "Good morning"
    assert greeting(base.replace(hour=14)) == "Good afternoon"
    assert greeting(base.replace(hour=20)) == "Good evening"


def test_sections_stack_when_the_window_is_narrow(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    mood, contact, _activity = page._sections

    def at(widget: QWidget) -> QRect:  # contact and activity sit in a column widget of their own
        return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())

    page.resize(1600, 900)
    qtbot.waitUntil(lambda: at(contact).left() > at(mood).right())
    page.resize(700, 900)
    qtbot.waitUntil(lambda: page._columns == 1)
    qtbot.waitUntil(lambda: at(contact).top() > at(mood).bottom())
    assert page.scroll.horizontalScrollBar().maximum() == 0 or not page.scroll.horizontalScrollBar().isVisible()


def _shown_in(widget: QWidget, area: QScrollArea) -> bool:
    """Whether all of ``widget`` is inside ``area``'s viewport (nothing cut off)."""
    rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    return area.viewport().rect().contains(rect)


def test_at_1280_by_720_the_page_is_one_scroll_area_and_every_section_shows(qtbot, journal):
    window = make_window(qtbot, journal)
    window.resize(1280, 720)
    window.go_to(0)
    page = window.today
    qtbot.waitUntil(lambda: page.isVisible() and page.width() > 900, timeout=10_000)
    # One scroll area for the page, none inside another, and the page stack itself does not scroll.
    areas = page.findChildren(QScrollArea)
    assert areas == [page.scroll]
    assert not [a for a in window.findChildren(QScrollArea) if page.isAncestorOf(a) and a is not page.scroll]
    parent = page.parentWidget()
    while parent is not None:
        assert not isinstance(parent, QScrollArea)
        parent = parent.parentWidget()
    qtbot.waitUntil(lambda: page._columns == 2, timeout=10_000)
    mood, contact, activity = page._sections
    form = page.contact_form.layout()
    how_long = (form.labelForField(page.contact_form.duration), page.contact_form.duration)
    qtbot.waitUntil(lambda: all(_shown_in(w, page.scroll) for w in (mood, contact, activity, *how_long)),
                    timeout=10_000)
    assert page.scroll.verticalScrollBar().value() == 0  # on first show, not scrolled there
    # Save and the day's list are in reach; nothing is cut off sideways.
    assert not page.scroll.isAncestorOf(page.save_button) and page.save_button.isVisible()
    assert page.today_list.isVisible()
    assert page.scroll.widget().width() <= page.scroll.viewport().width()

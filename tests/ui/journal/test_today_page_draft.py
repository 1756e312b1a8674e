"""Today's unsaved check-in as a draft: captured, cleared, restored; lenient with old data."""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import Qt

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.drafts import load_draft, save_draft
from tests.ui.journal.helpers import make_page

from peerjournal.ui.journal.today_page import TODAY_DRAFT


def test_empty_page_has_no_draft(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    assert page.draft() is None
    page.mood_form.note.setPlainText("   \n ")  # only whitespace is still nothing
    page.contact_form.mode.setCurrentIndex(2)  # a mode alone is not something typed
    assert page.draft() is None


def test_partly_filled_check_in_comes_back(qtbot, journal):
    sam = journal.add_person(Person(name="Sam"))
    page, _ = make_page(qtbot, journal)
    marker = f"note-{uuid.uuid4().hex}"
    qtbot.keyClick(page.mood_form.mood, Qt.Key.Key_4)
    page.mood_form.feelings.set_selected(["calm"])
    qtbot.keyClicks(page.mood_form.note, marker)
    qtbot.keyClicks(page.contact_form.people.field, "Sam")
    qtbot.keyClick(page.contact_form.people.field, Qt.Key.Key_Return)
    page.contact_form.mode.setCurrentIndex(page.contact_form.mode.findData(ContactMode.PHONE))
    page.contact_form.duration.setValue(25)
    qtbot.keyClicks(page.contact_form.note, "call went well")

    draft = page.draft()
    assert draft is not None
    assert json.loads(json.dumps(draft)) == draft  # JSON-able as is
    assert draft["mood"] == {"mood": 4, "energy": None, "feelings": ["calm"], "note": marker}
    assert draft["contact"]["people"] == [sam.id] and draft["contact"]["mode"] == "phone"
    assert "activity" not in draft  # untouched parts are left out

    page.clear_forms()
    assert page.draft() is None
    page.restore_draft(draft)

    assert page.mood_form.mood.value() == 4
    assert page.mood_form.energy.value() is None
    assert page.mood_form.feelings.selected() == ("calm",)
    assert page.mood_form.note.toPlainText() == marker
    assert page.contact_form.people.selected() == (sam.id,)
    assert ContactMode(page.contact_form.mode.currentData()) is ContactMode.PHONE
    assert page.contact_form.duration.value() == 25
    assert page.contact_form.note.toPlainText() == "call went well"
    assert page.activity_form.is_empty()
    assert "before the journal locked" in page.status.text()
    assert page.draft() == draft


def test_activity_round_trip_through_the_vault(qtbot, journal):
    ana = journal.add_person(Person(name="Ana"))
    page, _ = make_page(qtbot, journal)
    page.activity_form.title.setText("Art group")
    page.activity_form.category.setCurrentIndex(1)
    category = page.activity_form.category.currentText()
    page.activity_form.people.set_selected([ana.id])
    page.activity_form.felt.setValue(5)
    page.activity_form.note.setPlainText("painted a boat")
    save_draft(journal, TODAY_DRAFT, page.draft())
    page.clear_forms()

    page.restore_draft(load_draft(journal, TODAY_DRAFT))
    form = page.activity_form
    assert (form.title.text(), form.category.currentText()) == ("Art group", category)
    assert form.people.selected() == (ana.id,)
    assert form.felt.value() == 5 and form.note.toPlainText() == "painted a boat"
    assert page.mood_form.is_empty() and page.contact_form.is_empty()


def test_a_person_deleted_since_is_dropped_silently(qtbot, journal):
    sam = journal.add_person(Person(name="Sam"))
    page, _ = make_page(qtbot, journal)
    stale = sam.id + 1000
    page.restore_draft({
        "contact": {"people": [stale, sam.id], "note": "kept"},
        "activity": {"title": "Walk", "people": [stale]},
    })
    assert page.contact_form.people.selected() == (sam.id,)
    assert page.contact_form.note.toPlainText() == "kept"
    assert page.activity_form.people.selected() == ()
    assert page.activity_form.title.text() == "Walk"


def test_missing_unknown_and_malformed_fields_are_tolerated(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    page.mood_form.note.setPlainText("to be replaced")
    page.restore_draft({
        "version": 99, "future": {"x": 1},
        "mood": {"mood": "4", "energy": 9, "feelings": ["ok", 3, None, ""], "note": ["no"], "new": 1},
        "contact": {"people": "1,2", "mode": "carrier pigeon", "duration": 10**30, "felt": True},
        "activity": ["not", "a", "dict"],
    })
    assert page.mood_form.mood.value() is None and page.mood_form.energy.value() is None
    assert page.mood_form.feelings.selected() == ("ok",)
    assert page.mood_form.note.toPlainText() == ""
    assert page.contact_form.people.selected() == ()
    assert page.contact_form.mode.currentIndex() == 0
    assert page.contact_form.duration.value() == page.contact_form.duration.maximum()
    assert page.contact_form.felt.value() is None
    assert page.activity_form.is_empty()
    page.restore_draft({})  # an empty draft just clears
    assert page.draft() is None

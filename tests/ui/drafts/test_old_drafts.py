"""Drafts written by the code before the keeper (the same keys and JSON shapes) come back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peerjournal.core.connecting.goals import Happened
from peerjournal.core.connecting.places import Place
from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.storage.drafts import load_draft, save_draft
from tests.ui.helpers import make_window

from peerjournal.ui.drafts.keeper import KEEPER


def test_old_today_edit_and_new_entry_drafts_come_back(qtbot, journal):
    sam = journal.add_person(Person(name="Sam"))
    mood = journal.add_mood(MoodCheckIn(at=datetime.now(UTC) - timedelta(hours=1), mood=3, note="as saved"))
    park = journal.places.add_place(Place(name="Park"))
    at = int((datetime.now(UTC) - timedelta(minutes=30)).timestamp())
    save_draft(journal, "today", {"version": 1, "contact": {
        "people": [sam.id], "mode": "phone", "duration": 5, "felt": None, "note": "joined Today"}})
    save_draft(journal, "edit", {"kind": "mood", "id": mood.id, "data": {
        "mood": 4, "energy": None, "feelings": [], "note": "changed"}, "at": at})
    save_draft(journal, "new_entry", {"kind": "activity", "data": {
        "title": "Walk", "category": "", "people": [], "felt": None, "note": ""}, "at": at, "place": park.id})
    window = make_window(qtbot, journal)
    KEEPER.reopen(window, journal)
    assert window.today.contact_form.people.selected() == (sam.id,)
    assert window.today.contact_form.note.toPlainText() == "joined Today"
    entry = window.entry_dialog  # the new activity opened last, over the edit
    assert entry.original is None and entry.form.title.text() == "Walk"
    assert entry.where.place_id() == park.id and entry.when.dateTime().toSecsSinceEpoch() == at
    for key in ("today", "edit", "new_entry"):
        assert load_draft(journal, key) is None


def test_old_goal_review_and_place_drafts_come_back(qtbot, journal):
    store = journal.goals
    goal = store.new_goal("Call my brother")
    library = journal.places.add_place(Place(name="Library"))
    save_draft(journal, "goal", {"version": 1, "goal": goal.id, "title": "Call my brother",
                                 "why": "", "first_step": "find his number", "obstacles": ["transport", 3],
                                 "other_obstacles": "", "help": "", "review_on": "not a date",
                                 "helper": 999, "place": library.id})
    save_draft(journal, "goal_review", {"version": 1, "goal": goal.id, "happened": "partly",
                                        "in_the_way": "the bus", "next_step": "", "done": False})
    save_draft(journal, "place", {"version": 1, "place": None, "name": "Choir", "what": "singing",
                                  "future": "ignored"})
    window = make_window(qtbot, journal)
    KEEPER.reopen(window, journal)
    goals = window.connecting.goals
    dialog = goals.goal_dialog
    assert dialog.first_step_edit.text() == "find his number"
    assert [w for w, c in dialog.obstacle_checks.items() if c.isChecked()] == ["transport"]
    assert dialog.helper_combo.currentIndex() == 0 and dialog.place_combo.currentData() == library.id
    review = goals.review_dialog
    assert review.happened() is Happened.PARTLY and review.in_the_way_edit.toPlainText() == "the bus"
    place = window.connecting.places.place_dialog
    assert (place.name_edit.text(), place.what_edit.text(), place.when_edit.text()) == ("Choir", "singing", "")
    assert store.get_goal(goal.id).first_step == ""  # nothing saved behind the person's back

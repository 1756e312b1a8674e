"""The Places tab: adding and removing places, and activities logged there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.connecting.places import Place
from tests.ui.connecting.helpers import LEFT
from tests.ui.helpers import make_window

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.connecting.connecting_page import (
    PLACES_TAB,
)
from peerjournal.ui.connecting.places_tab import PlacesWidget
from peerjournal.ui.widgets import messages


# -- places --------------------------------------------------------------------------------------
def test_add_a_place_and_log_an_activity_there_with_undo(qtbot, journal):
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Connecting"))
    page = window.connecting
    page.tabs.setCurrentIndex(PLACES_TAB)
    places = page.places
    assert places.empty_label.isVisible()
    qtbot.mouseClick(places.add_button, LEFT)
    dialog = places.place_dialog
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible() and "give the place or group a name" in dialog.error_label.text()
    qtbot.keyClicks(dialog.name_edit, "Walking group")
    qtbot.keyClicks(dialog.when_edit, "Tuesdays 10am")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert not dialog.isVisible()
    (place,) = journal.places.places()
    assert (place.name, place.when) == ("Walking group", "Tuesdays 10am")
    assert places.model.rowCount() == 1 and places.name_label.text() == "Walking group"
    assert places.activities_list.item(0).text() == "Nothing logged here yet."

    entry = window.log_activity()
    assert entry.where is not None
    qtbot.keyClicks(entry.form.title, "Walk by the river")
    entry.where.combo.setCurrentIndex(entry.where.combo.findData(place.id))
    entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    store = journal.places
    (activity,) = store.activities_at(place.id)
    assert activity.title == "Walk by the river"
    assert places.activities_list.item(0).text().endswith(": Walk by the river")
    assert places.model.index(0, 3).data() != ""  # "Last there" has a day now

    window.undo_action.trigger()  # the activity and where it was go together
    assert store.activities_at(place.id) == [] and journal.counts()[activity_kind()] == 0
    window.redo_action.trigger()
    assert [a.id for a in store.activities_at(place.id)] == [activity.id]


def activity_kind():
    from peerjournal.core.vocabulary import EntryKind

    return EntryKind.ACTIVITY


def test_no_places_no_where_picker_and_removing_a_place_keeps_its_goals(qtbot, journal):
    window = make_window(qtbot, journal)
    entry = window.log_activity()
    assert entry.where is None
    entry.reject()
    store = journal.places
    library = store.add_place(Place(name="Library"))
    goal = journal.goals.new_goal("Ask about the reading group", place_id=library.id)
    widget = PlacesWidget(journal, JournalEvents(journal))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.goals_list.item(0).text() == "Ask about the reading group (active)"
    messages.next_answers.append(False)
    qtbot.mouseClick(widget.remove_button, LEFT)
    assert store.places() == [library]
    messages.next_answers.append(True)
    qtbot.mouseClick(widget.remove_button, LEFT)
    assert store.places() == []
    assert journal.goals.get_goal(goal.id).place_id is None
    assert widget.empty_label.isVisible() and not widget.details.isVisible()

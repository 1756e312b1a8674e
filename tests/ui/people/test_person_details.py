"""A person's details: their contact history, or a kind note when there is none."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
)

from peerjournal.core.records import Activity, Contact
from peerjournal.core.vocabulary import ContactMode, Relationship
from tests.ui.people.helpers import YESTERDAY, add

from peerjournal.ui.people.people_page import NOTHING_CHOSEN


# -- details and history ----------------------------------------------------
def test_selecting_person_shows_contact_history(qtbot, page, journal):
    kim = add(journal, "Kim", relationship=Relationship.FAMILY, notes="My sister")
    ola = add(journal, "Ola")
    journal.add_contact(Contact(at=YESTERDAY - timedelta(days=3), person_ids=(kim.id,), mode=ContactMode.PHONE,
                                felt=4, note="Long chat\nabout the garden"))
    journal.add_contact(Contact(at=YESTERDAY, person_ids=(kim.id, ola.id), felt=None))
    assert page.details_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == NOTHING_CHOSEN

    index = page.proxy.mapFromSource(page.model.person_index(kim.id))
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center())
    assert page.selected_person_id() == kim.id
    assert page.details.name_heading.text() == "Kim" and "Family" in page.details.summary_label.text()
    assert page.details.notes_label.text() == "My sister"
    table = page.findChild(QAbstractItemView, "contactHistoryTable")
    model = table.model()
    assert table.isVisible() and model.rowCount() == 2
    newest = [model.index(0, c).data() for c in range(5)]
    older = [model.index(1, c).data() for c in range(5)]
    assert newest[1:] == ["In person", "Ola", "", ""]
    assert older[1:] == ["Phone call", "", "Good", "Long chat …"]
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == "Long chat\nabout the garden"

    page.select_person(ola.id)
    assert model.rowCount() == 1 and model.index(0, 2).data() == "Kim"


def test_person_without_contacts_gets_a_kind_note(page, journal):
    new = add(journal, "Ren")
    page.select_person(new.id)
    assert not page.details.history_table.isVisible()
    assert "No contacts noted with Ren yet" in page.details.no_history_label.text()


def test_details_say_when_they_were_last_in_touch(page, journal):
    """A walk together counts as being in touch (issue 16); the contact history stays contacts."""
    ren = add(journal, "Ren")
    page.select_person(ren.id)
    assert page.details.last_label.text() == "Not in touch yet"
    journal.add_activity(Activity(at=YESTERDAY, category="Outdoors", title="Walk", person_ids=(ren.id,)))
    page.refresh()
    assert page.details.last_label.text() == "Last in touch: Yesterday"
    assert "No contacts noted with Ren yet" in page.details.no_history_label.text()

"""A contact saved or undone while the People page is shown changes only the "Last in touch"
cells that moved: the tree is not rebuilt (issue 20: no save freezes the window, whoever is
in the journal)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peerjournal.core.records import Contact
from peerjournal.core.vocabulary import EntryKind
from tests.ui.people.helpers import add

from peerjournal.ui.people.people_model import WHEN_COLUMN


def cells(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Name → "Last in touch" text, as the tree shows them."""
    model, found = page.model, {}
    for group_row in range(model.rowCount()):
        group = model.item(group_row)
        for row in range(group.rowCount()):
            found[group.child(row).text()] = group.child(row, WHEN_COLUMN).text()
    return found


def test_a_contact_moves_only_its_persons_cell(page, journal):
    ana, ola = add(journal, "Ana"), add(journal, "Ola")
    journal.add_contact(Contact(at=datetime.now(UTC) - timedelta(days=40), person_ids=(ola.id,)))
    page.select_person(ana.id)
    before = cells(page)
    rebuilt: list[int] = []
    page.model.rowsRemoved.connect(lambda *_: rebuilt.append(1))
    page.model.modelReset.connect(lambda *_: rebuilt.append(1))

    contact = journal.add_contact(Contact(at=datetime.now(UTC), person_ids=(ana.id,)))
    assert rebuilt == []  # the people are the same: no row left the tree
    after = cells(page)
    assert after["Ola"] == before["Ola"] and after["Ana"] != before["Ana"]
    assert page.selected_person_id() == ana.id
    assert page.model.last_in_touch(ana.id) is not None

    journal.delete_entry(EntryKind.CONTACT, contact.id)  # as undo does
    assert rebuilt == [] and cells(page) == before
    assert page.model.last_in_touch(ana.id) is None
    page.refresh()  # a full reload shows the same
    assert cells(page) == before


def history_ids(page) -> list[int]:  # type: ignore[no-untyped-def]
    model = page.history_model
    return [model.contact_id(row) for row in range(model.rowCount())]


def statements_of_a_save(page, journal, person_id: int) -> tuple[list[str], Contact]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    journal.vault.conn.set_trace_callback(seen.append)
    try:
        contact = journal.add_contact(Contact(at=datetime.now(UTC), person_ids=(person_id,)))
    finally:
        journal.vault.conn.set_trace_callback(None)
    return seen, contact


def test_a_save_puts_the_contact_in_the_shown_history_reading_it_alone(page, journal):
    ana, ola = add(journal, "Ana"), add(journal, "Ola")
    start = datetime.now(UTC) - timedelta(days=400)

    def more_history(count: int) -> None:
        with journal.batch():
            for i in range(count):
                journal.add_contact(Contact(at=start + timedelta(hours=i), person_ids=(ana.id, ola.id)))

    more_history(60)
    page.select_person(ana.id)
    resets: list[int] = []
    page.history_model.modelReset.connect(lambda: resets.append(1))
    shown = history_ids(page)
    small, first = statements_of_a_save(page, journal, ana.id)
    assert resets == []  # in place: no page of history read again
    assert history_ids(page) == [first.id, *shown]
    assert not [s for s in small if "LIMIT" in s.upper()]  # no page of their contacts read

    more_history(180)  # three times the history: the same statements for a save
    page.refresh()
    resets.clear()
    large, second = statements_of_a_save(page, journal, ana.id)
    assert resets == [] and history_ids(page)[:2] == [second.id, first.id]
    assert len(large) == len(small)

    journal.delete_entry(EntryKind.CONTACT, second.id)  # as undo does: the row goes, in place
    assert resets == [] and history_ids(page)[0] == first.id
    page.refresh()
    assert history_ids(page)[0] == first.id  # a full read shows the same

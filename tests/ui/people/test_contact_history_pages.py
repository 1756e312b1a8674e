"""A person's contact history is read a page at a time: showing someone with thirty years of
contacts reads one page, not all of them, on every contact saved while they are shown (issue 20:
11.8 s a save at 30 years for the synthetic journal's most frequent person)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from peerjournal.core.records import Contact, Person
from peerjournal.storage import journal as journal_module
from peerjournal.storage.journal import Journal
from tests.ui.journal.test_timeline_reads import CountingConnection

from peerjournal.ui.people.people_model import ContactHistoryModel

START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def contacts(journal: Journal, how_many: int) -> tuple[int, int]:
    """``how_many`` contacts with Ana (every fifth with Ola too; several at one time)."""
    ana = journal.add_person(Person(name="Ana")).id
    ola = journal.add_person(Person(name="Ola")).id
    assert ana is not None and ola is not None
    with journal.batch():
        for i in range(how_many):
            who = (ana, ola) if i % 5 == 0 else (ana,)
            journal.add_contact(Contact(at=START - timedelta(hours=i // 3), person_ids=who, note=f"n{i}"))
    return ana, ola


def rows_read(journal: Journal, model: ContactHistoryModel, person_id: int) -> int:
    counting = CountingConnection(journal.vault.conn)
    journal.vault._conn = counting  # type: ignore[assignment]
    try:
        model.show_person(person_id)
    finally:
        journal.vault._conn = counting._conn
    return counting.rows[0]


def test_showing_a_person_reads_one_page(qapp, journal):
    ana, _ola = contacts(journal, 3 * ContactHistoryModel.PAGE)
    model = ContactHistoryModel(journal)
    read = rows_read(journal, model, ana)
    assert model.rowCount() == ContactHistoryModel.PAGE and model.canFetchMore()
    # The page, its links and the names of people: not the 600 contacts (nor their links).
    assert read < ContactHistoryModel.PAGE * 2 + 50, read


@pytest.mark.parametrize("walk_by_time_from", [0, 10_000])  # down the time index, or by their links
def test_pages_fetched_to_the_end_equal_the_whole_history(qapp, journal, monkeypatch, walk_by_time_from):
    monkeypatch.setattr(journal_module, "CONTACTS_WALKED_BY_TIME_FROM", walk_by_time_from)
    ana, ola = contacts(journal, 2 * ContactHistoryModel.PAGE + 7)
    model = ContactHistoryModel(journal)
    model.show_person(ana)
    while model.canFetchMore():
        model.fetchMore()
    # Newest first; contacts at one time newest-noted first.
    whole = sorted(journal.contacts_with(ana), key=lambda c: (c.at, c.id), reverse=True)
    assert [model.contact_id(r) for r in range(model.rowCount())] == [c.id for c in whole]
    with_ola = [r for r in range(model.rowCount()) if model.index(r, 2).data() == "Ola"]
    assert len(with_ola) == len(journal.contacts_with(ola))

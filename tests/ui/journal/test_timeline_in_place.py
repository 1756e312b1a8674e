"""Saving or undoing one entry updates the Timeline in place: the rows of the entries the
change touched are read, not the whole fetched window (issue 20: a save costs the same at
30 years as at 1, however far the Timeline was scrolled).

The shape, not the time: rows handed to Python (and SQLite's VM steps) for a save and its undo
with the window open, the Timeline scrolled to the end, do not grow when the history triples;
and the model holds the same rows in the same order as a fresh read after any edits.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault
from tests.ui.journal.helpers import make_window
from tests.ui.journal.test_timeline_paging import (
    BASE,
    EDIT,
    ENTRY,
    KIND,
    apply,
    empty,
    old_list_model,
    record,
)
from tests.ui.journal.test_timeline_reads import CountingConnection, generate
from tests.vm_steps import counting_steps

from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.app.undo import AddEntriesCommand, perform
from peerjournal.ui.journal.timeline_model import TimelineModel

HISTORY = 900
# Older than the spans other pages read on a save (the last six months of what helped, the
# last year of who was in touch for the prompts: bounded, whatever the history), so only the
# length of history older than that differs between the two journals.
OLDEST_READ_DAYS = 400


def save_and_undo_reads(qtbot, journal: Journal) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(rows handed to Python, SQLite VM steps) for saving one check-in through the undo stack
    and undoing it, with the window on the Timeline scrolled to its end."""
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Timeline"))
    qtbot.waitUntil(lambda: window.timeline.view.isVisible())
    model = window.timeline.model
    model.fetch_all()
    held = model.rowCount()
    counting = CountingConnection(journal.vault.conn)
    journal.vault._conn = counting  # type: ignore[assignment]
    try:
        with counting_steps(counting._conn) as steps:
            perform(window.undo_stack, AddEntriesCommand(journal, [MoodCheckIn(at=journal.clock(), mood=4, note="x")]))
            assert model.rowCount() == held + 1
            assert model.row_at(0).note == "x"
            window.undo_stack.undo()
            assert model.rowCount() == held
    finally:
        journal.vault._conn = counting._conn
    assert model.rows() == journal.timeline()
    return counting.rows[0], steps[0] * 100


def test_save_and_undo_read_the_same_whatever_the_history(qtbot, journal, tmp_path):
    generate(journal, HISTORY, OLDEST_READ_DAYS)
    rows, steps = save_and_undo_reads(qtbot, journal)
    big_vault = create_vault(tmp_path / "big" / "journal.pjvault", "a bigger journal passphrase")
    try:
        big = Journal(big_vault)
        generate(big, HISTORY * 3, OLDEST_READ_DAYS)
        big_rows, big_steps = save_and_undo_reads(qtbot, big)
    finally:
        big_vault.close()
    # Three times the history (and the rows held), the same reads: the rows the save touched
    # and what other pages read about today, not the Timeline's fetched window again.
    assert big_rows <= rows + 20, (rows, big_rows)
    assert big_rows < HISTORY / 4, big_rows
    assert big_steps <= steps * 1.3 + 2_000, (steps, big_steps)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(ENTRY, max_size=30), page=st.integers(1, 7), kind=KIND,
       scrolled=st.integers(0, 3), edits=st.lists(EDIT, max_size=5))
def test_in_place_updates_equal_a_fresh_read(qapp, journal, entries, page, kind, scrolled, edits):
    """As the Timeline page does on each change: refresh told the kinds, the journal telling
    the entries; the fetched window equals a fresh read, in order, and so does all of it."""
    people = empty(journal)
    with journal.batch():
        for entry in entries:
            journal.add(record(entry, people))
    model = TimelineModel(journal)
    model.PAGE = page
    model.set_filter(kind, "")
    for _ in range(scrolled):
        model.fetchMore()
    for edit in edits:
        apply(journal, edit, people)
        model.refresh(frozenset(EntryKind))
        expected = old_list_model(journal, kind, "")
        assert model.rows() == expected[:len(model.rows())]
        assert [r.stamp for r in model.rows()] == [r.stamp for r in expected[:len(model.rows())]]
    model.fetch_all()
    assert model.rows() == old_list_model(journal, kind, "")


def test_an_undone_delete_comes_back_where_it_was(qapp, journal):
    """Deleting a row in the middle of the window and bringing it back (the same id, as
    undo does) puts it back between the same neighbours; an edit that keeps its place
    changes it where it is."""
    empty(journal)
    with journal.batch():  # one time for all: the order is by kind and id then
        added = [journal.add(MoodCheckIn(at=BASE, mood=3, note=f"n{i}")) for i in range(5)]
    model = TimelineModel(journal)
    model.reload()
    before = list(model.rows())
    middle = before[2]
    gone = journal.delete_entry(middle.kind, middle.id)
    model.refresh(frozenset({EntryKind.MOOD}))
    assert model.rows() == [r for r in before if r.id != middle.id]
    journal.add(gone)
    model.refresh(frozenset({EntryKind.MOOD}))
    assert model.rows() == before
    changed = []
    model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    journal.update(replace(journal.get_entry(EntryKind.MOOD, middle.id), note="edited"))
    model.refresh(frozenset({EntryKind.MOOD}))
    assert changed == [2] and model.row_at(2).note == "edited"
    assert len(added) == 5


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(ENTRY, min_size=5, max_size=40), page=st.integers(1, 4), kind=KIND,
       scrolled=st.integers(2, 8), near=st.integers(0, 40), edits=st.lists(EDIT, max_size=5))
def test_in_place_updates_with_rows_dropped_from_memory_equal_a_fresh_read(
        qapp, journal, entries, page, kind, scrolled, near, edits):
    """The same with one page held (issue 20's flat memory): a change never reads a dropped
    page back before the model follows it, and the rows read later are the journal's."""
    people = empty(journal)
    with journal.batch():
        for entry in entries:
            journal.add(record(entry, people))
    model = TimelineModel(journal)
    model.PAGE, model.HELD_PAGES = page, 1
    model.set_filter(kind, "")
    for _ in range(scrolled):
        model.fetchMore()
    for edit in edits:
        model._rows.drop_far_from(min(near, max(model.rowCount() - 1, 0)))
        apply(journal, edit, people)
        model.refresh(frozenset(EntryKind))
        expected = old_list_model(journal, kind, "")
        assert model.rows() == expected[:len(model.rows())]
    model.fetch_all()
    assert model.rows() == old_list_model(journal, kind, "")

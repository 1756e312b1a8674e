"""The Timeline model holds a few pages near the view, not every row fetched (issue 20: flat
memory): scrolled far and back, against the plain list of every entry, with filters and changes."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import Journal

from peerjournal.ui.journal.timeline_model import ROW_ROLE, TimelineModel

BASE = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
PAGE, HELD = 7, 3


def fill(journal: Journal, count: int, seed: int) -> None:
    rng = random.Random(seed)
    sam = journal.add_person(Person(name="Sam"))
    with journal.batch():
        for i in range(count):
            at = BASE - timedelta(hours=rng.randint(0, count // 2))  # shared times: (time, kind, id) order
            pick = rng.randrange(3)
            if pick == 0:
                journal.add_mood(MoodCheckIn(at=at, mood=rng.randint(1, 5), note=f"mood {i}"))
            elif pick == 1:
                journal.add_contact(Contact(at=at, person_ids=(sam.id,), note=f"contact {i}"))
            else:
                journal.add_activity(Activity(at=at, category="Outdoors", title=f"Walk {i}"))


def plain(journal: Journal, kind: EntryKind | None = None) -> list[TimelineRow]:
    return [r for r in journal.timeline() if kind is None or r.kind is kind]


def model_for(journal: Journal, kind: EntryKind | None = None) -> TimelineModel:
    model = TimelineModel(journal)
    model.PAGE, model.HELD_PAGES = PAGE, HELD
    model.set_filter(kind, "")
    return model


def look_at(model: TimelineModel, row: int) -> TimelineRow:
    """As a view painting ``row`` asks for it."""
    return model.index(row, 0).data(ROW_ROLE)


def scroll_to_end(model: TimelineModel) -> None:
    """As a view does: look at the last row, and fetch more when at the end."""
    while model.canFetchMore():
        look_at(model, model.rowCount() - 1)
        model.fetchMore()


def held_at_most(model: TimelineModel) -> int:
    # The pages held, and each dropped page's last row kept to read the next one after.
    return HELD * PAGE + model.rowCount() // PAGE + 1


@pytest.mark.parametrize("kind", [None, EntryKind.CONTACT])
def test_scrolled_far_and_back_the_model_holds_few_rows_and_shows_the_right_ones(qapp, journal, kind):
    fill(journal, 150, seed=1)
    expected = plain(journal, kind)
    model = model_for(journal, kind)
    scroll_to_end(model)
    assert model.rowCount() == len(expected) > HELD * PAGE * 2
    assert model.held_rows() <= held_at_most(model) < model.rowCount()
    # Back up a row at a time, then jumps anywhere: each row is the list's.
    for row in reversed(range(model.rowCount())):
        assert look_at(model, row) == expected[row], row
        assert model.index(row, 2).data(Qt.ItemDataRole.DisplayRole) == expected[row].summary
    assert model.held_rows() <= held_at_most(model)
    rng = random.Random(2)
    for row in rng.sample(range(model.rowCount()), 40):
        assert look_at(model, row) == expected[row], row
    assert model.held_rows() <= held_at_most(model)
    assert model.rows() == expected
    assert model.find(expected[3].kind, expected[3].id) == 3  # dropped or not, found where it is


def test_changes_while_rows_are_dropped_keep_the_model_equal_to_the_list(qapp, journal):
    fill(journal, 120, seed=3)
    model = model_for(journal)
    scroll_to_end(model)
    assert model.held_rows() < model.rowCount() // 2
    rng = random.Random(4)
    for step in range(6):
        look_at(model, rng.randrange(model.rowCount()))  # the view somewhere
        rows = journal.timeline()
        if step % 3 == 0:
            journal.add_mood(MoodCheckIn(at=BASE - timedelta(hours=rng.randint(0, 60)), mood=3, note="new"))
        elif step % 3 == 1:
            gone = rows[rng.randrange(len(rows))]
            journal.delete_entry(gone.kind, gone.id)
        else:
            old = journal.get_entry(rows[5].kind, rows[5].id)
            journal.update(replace(old, note="changed"))
        model.refresh()
        expected = plain(journal)
        for row in reversed(range(model.rowCount())):
            assert look_at(model, row) == expected[row], (step, row)
        assert model.rows() == expected[:model.rowCount()]
        assert model.held_rows() <= held_at_most(model)


def test_a_text_filter_holds_what_it_found(qapp, journal):
    """A text search steps through the index its own way: its rows are all held."""
    fill(journal, 60, seed=5)
    model = model_for(journal)
    model.set_filter(None, "walk")
    model.fetch_all()
    assert model.held_rows() == model.rowCount() > 0

"""The paged Timeline model against the plain list model it replaces, on generated journals.

The oracle is the old model re-derived: every entry from ``Journal.timeline()`` in one list,
filtered by kind and, since the search index (issue 20), by the word-prefix rule of
:mod:`tests.storage.search_oracle` (it used to be the case-folded text in "summary NUL note"). The paged model, scrolled
to the end, must hold the same rows in the same order, with any filter, also after adding,
editing and deleting entries while it was only part-way scrolled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import ContactMode, EntryKind
from peerjournal.storage.journal import Journal
from tests.storage.search_oracle import matches

from peerjournal.ui.journal.timeline_model import TimelineModel

BASE = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
# Few distinct times, so many entries share one and the (time, kind, id) order is tested.
WHEN = st.integers(0, 6).map(lambda h: BASE - timedelta(hours=h))
TEXT = st.text(alphabet="aAsSßİik ,:\x00é", max_size=6)
NAMES = ("Ann", "STRASSE", "Kim", "İlkay")
FEELINGS = ("calm", "sad", "tired")

ENTRY = st.one_of(
    st.builds(lambda at, mood, note, feelings: ("mood", at, mood, note, feelings),
              WHEN, st.integers(1, 5), TEXT, st.lists(st.sampled_from(FEELINGS), unique=True, max_size=2)),
    st.builds(lambda at, felt, note, people, mode: ("contact", at, felt, note, people, mode),
              WHEN, st.none() | st.integers(1, 5), TEXT,
              st.lists(st.integers(0, len(NAMES) - 1), unique=True, min_size=1, max_size=2),
              st.sampled_from([m.value for m in ContactMode])),
    st.builds(lambda at, felt, note, people, title: ("activity", at, felt, note, people, title),
              WHEN, st.none() | st.integers(1, 5), TEXT,
              st.lists(st.integers(0, len(NAMES) - 1), unique=True, min_size=0, max_size=2),
              st.sampled_from(["Walk", "Straße", "Kiln"])),
)
KIND = st.sampled_from([None, EntryKind.MOOD, EntryKind.CONTACT, EntryKind.ACTIVITY])
NEEDLE = st.sampled_from(["", "ss", "SS", "ß", "with", "ann", "i", "İ", "feeling", "calm",
                          "a", ": w", "\x00", "k", "é"])
EDIT = st.tuples(st.sampled_from(["add", "edit", "delete", "rename"]), st.integers(0, 10_000), ENTRY)


def settle(model: TimelineModel) -> None:
    """Let a text search take its steps (the page does it on the event loop's turns)."""
    while model.needs_more():
        model.continue_search()


def old_list_model(journal: Journal, kind: EntryKind | None, text: str) -> list[TimelineRow]:
    """What the plain list model showed: every row, then its kind and text filter."""
    return [row for row in journal.timeline()
            if (kind is None or row.kind is kind)
            and (not text.strip() or matches(journal, row.kind, row.id, text))]


def empty(journal: Journal) -> list[int]:
    """Clear the journal (one vault for every example: a key derivation each is too slow)."""
    conn = journal.vault.conn
    with journal.vault.transaction():
        for table in ("moods", "contacts", "activities", "people"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
    return [journal.add_person(Person(name=n)).id for n in NAMES]  # type: ignore[misc]


def record(entry: tuple, people: list[int], entry_id: int | None = None):  # type: ignore[no-untyped-def]
    kind, at, score, note, *rest = entry
    if kind == "mood":
        return MoodCheckIn(id=entry_id, at=at, mood=score, note=note, feelings=tuple(rest[0]))
    who = tuple(people[i] for i in rest[0])
    if kind == "contact":
        return Contact(id=entry_id, at=at, felt=score, note=note, person_ids=who, mode=ContactMode(rest[1]))
    return Activity(id=entry_id, at=at, felt=score, note=note, person_ids=who, category="Outdoors", title=rest[1])


def apply(journal: Journal, edit: tuple, people: list[int]) -> None:
    what, pick, entry = edit
    rows = journal.timeline()
    if what == "add" or not rows:
        journal.add(record(entry, people))
        return
    target = rows[pick % len(rows)]
    if what == "delete":
        journal.delete_entry(target.kind, target.id)
    elif what == "rename":
        person = journal.get_person(people[pick % len(people)])
        journal.update_person(replace(person, name=person.name[::-1]))
    elif target.kind.value == entry[0]:
        journal.update(record(entry, people, target.id))
    else:  # an edit keeps the kind: move the entry in time and change its note
        old = journal.get_entry(target.kind, target.id)
        journal.update(replace(old, at=entry[1], note=entry[3]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(ENTRY, max_size=30), page=st.integers(1, 7), budget=st.integers(1, 9),
       kind=KIND, text=NEEDLE, scrolled=st.integers(0, 3), edits=st.lists(EDIT, max_size=4))
def test_paged_model_equals_the_old_list_model(qapp, journal, entries, page, budget, kind, text,
                                               scrolled, edits):
    people = empty(journal)
    with journal.batch():
        for entry in entries:
            journal.add(record(entry, people))
    model = TimelineModel(journal)
    model.PAGE, model.SEARCH_BUDGET = page, budget
    model.set_filter(kind, text)
    settle(model)
    for _ in range(scrolled):
        model.fetchMore()
        settle(model)
    expected = old_list_model(journal, kind, text)
    assert model.rows() == expected[:len(model.rows())]
    assert model.rowCount() == min(len(expected), page * (scrolled + 1))

    for edit in edits:  # while part-way scrolled: the fetched window changes in place
        apply(journal, edit, people)
        model.refresh()
        settle(model)
        expected = old_list_model(journal, kind, text)
        assert model.rows() == expected[:len(model.rows())]
        assert [r.stamp for r in model.rows()] == [r.stamp for r in expected[:len(model.rows())]]

    model.fetch_all()
    assert model.rows() == old_list_model(journal, kind, text)
    assert model.total() == len(journal.timeline())
    if not text:
        assert model.matching() == model.rowCount()


def test_a_new_search_first_finds_a_window_full_then_a_page_at_a_time(qapp, journal):
    """Typing to first results (issue 20): a step's work grows with the rows it wants, so a
    new search looks for a window-full first; scrolling (fetchMore) asks for a page more."""
    empty(journal)
    with journal.batch():
        for i in range(300):
            journal.add(MoodCheckIn(at=BASE - timedelta(hours=i), mood=3, note="rain"))
    model = TimelineModel(journal)
    model.set_filter(None, "rain")
    settle(model)
    assert model.rowCount() == model.FIRST_FOUND < model.PAGE
    model.fetchMore()
    settle(model)
    assert model.rowCount() == model.FIRST_FOUND + model.PAGE
    model.set_filter(None, "")  # no text: a page at once, as before
    assert model.rowCount() == model.PAGE
    assert model.rows() == old_list_model(journal, None, "")[:model.PAGE]

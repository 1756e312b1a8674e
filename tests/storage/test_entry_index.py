"""The full-text index of entries: kept right by triggers after every kind of write, equal to
a brute-force word-prefix search, and safe whatever the person types."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.timeline_pages import fts_query
from tests.storage.conftest import ago
from tests.storage.search_oracle import matches


def brute_force(journal, text: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Every entry in which each typed word begins a word of its text, newest first."""
    return [row.key for row in journal.timeline_page(None, None) if matches(journal, row.kind, row.id, text)]


def searched(journal, text: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [row.key for row in journal.timeline_page(None, None, None, text)]


def _setup(journal):  # type: ignore[no-untyped-def]
    mum = journal.add_person(Person(name="Mum"))
    sam = journal.add_person(Person(name="Sam Okafor"))
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=3, feelings=("anxious",), note="Rainy day"))
    contact = journal.add_contact(Contact(at=ago(hours=2), person_ids=(mum.id,), note="Mum's garden"))
    activity = journal.add_activity(Activity(at=ago(hours=1), category="Exercise", title="Swim",
                                             person_ids=(sam.id,), note="cold café water"))
    return mum, sam, mood, contact, activity


def test_each_kind_is_found_by_its_words_and_prefixes(journal):
    mum, sam, mood, contact, activity = _setup(journal)
    keys = {row.key: row for row in journal.timeline()}
    by = {(k[1], k[2]): k for k in keys}
    assert searched(journal, "mum") == [by["contact", contact.id]]  # "Mum's" and the name Mum
    assert searched(journal, "anx") == [by["mood", mood.id]]  # a feeling
    assert searched(journal, "exercise") == [by["activity", activity.id]]  # a category
    assert searched(journal, "oka") == [by["activity", activity.id]]  # a person's other name
    assert searched(journal, "CAFE") == [by["activity", activity.id]]  # case and accents folded
    assert searched(journal, "swim cold") == [by["activity", activity.id]]  # every word (AND)
    assert searched(journal, "swim rainy") == []
    assert searched(journal, "ain") == []  # a word's start, not any part of it


def test_the_index_follows_edits_deletes_renames_and_undo(journal):
    mum, sam, mood, contact, activity = _setup(journal)
    journal.update_mood(replace(mood, feelings=("calm",), note="Sunny"))
    assert brute_force(journal, "anxious") == searched(journal, "anxious") == []
    assert searched(journal, "calm sunny") == brute_force(journal, "calm sunny") != []
    journal.update_contact(replace(contact, person_ids=(sam.id,), note="walk"))
    assert searched(journal, "mum") == [] and len(searched(journal, "sam")) == 2
    journal.update_activity(replace(activity, title="Run", category="Outdoors", person_ids=()))
    assert searched(journal, "swim") == searched(journal, "exercise") == []
    assert len(searched(journal, "outdoors run")) == 1 and len(searched(journal, "sam")) == 1
    journal.update_person(replace(journal.get_person(sam.id), name="Samira"))
    assert [k[1] for k in searched(journal, "samira")] == ["contact"]
    for kind, entry in ((EntryKind.MOOD, mood), (EntryKind.CONTACT, contact),
                        (EntryKind.ACTIVITY, activity)):
        kept = journal.delete_entry(kind, entry.id)
        assert not any(k[1:] == (kind.value, entry.id) for k in searched(journal, "s c r w o"))
        _put_back(journal, kept)  # what undo of a delete does: the same entry, same id
    for word in ("sunny", "calm", "walk", "samira", "run", "outdoors", "mu", "water"):
        assert searched(journal, word) == brute_force(journal, word), word


def _put_back(journal, entry):  # type: ignore[no-untyped-def]
    adders = {MoodCheckIn: journal.add_mood, Contact: journal.add_contact, Activity: journal.add_activity}
    return adders[type(entry)](entry)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_typed_text_is_a_safe_query(text):
    query = fts_query(text)
    assert query is None or all(part.startswith('"') and part.endswith('"*')
                                for part in query.split(" "))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_searching_any_typed_text_never_fails(journal, text):
    if not journal.people():
        _setup(journal)
    searched(journal, text)
    journal.timeline_search(None, 10, None, text)


_LETTERS = "abcmuéÜ"
_TEXT = st.lists(st.text(_LETTERS, min_size=1, max_size=4), max_size=4).map(" ".join)
_NAME = st.text(_LETTERS, min_size=1, max_size=5)
_OPS = st.lists(st.tuples(st.sampled_from(["mood", "contact", "activity", "edit", "delete",
                                           "undo", "rename"]),
                          _TEXT, _NAME, st.integers(0, 50)), min_size=1, max_size=12)


def _apply(journal, op, text, name, pick, people, entries, deleted):  # type: ignore[no-untyped-def]
    at = ago(hours=pick + 1)
    chosen = (people[pick % len(people)].id,)
    if op in _KINDS.values():
        deleted.clear()  # a new entry may take a deleted one's id: undo only what came just before
    if op == "mood":
        entries.append(journal.add_mood(MoodCheckIn(at=at, mood=3, note=text, feelings=tuple(text.split()[:2]))))
    elif op == "contact":
        entries.append(journal.add_contact(Contact(at=at, person_ids=chosen, note=text)))
    elif op == "activity":
        entries.append(journal.add_activity(Activity(at=at, category=name, title=name + "x",
                                                     person_ids=chosen, note=text)))
    elif op == "edit" and entries:
        entries[pick % len(entries)] = journal.update(replace(entries[pick % len(entries)], note=text))
    elif op == "delete" and entries:
        entry = entries.pop(pick % len(entries))
        journal.delete_entry(EntryKind(_KINDS[type(entry)]), entry.id)
        deleted.append(entry)
    elif op == "undo" and deleted:
        entries.append(_put_back(journal, deleted.pop()))
    elif op == "rename":
        person = people[pick % len(people)]
        people[pick % len(people)] = journal.update_person(replace(person, name=name))


_KINDS = {MoodCheckIn: "mood", Contact: "contact", Activity: "activity"}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_OPS, st.lists(_NAME, min_size=1, max_size=3))
def test_after_any_writes_search_equals_brute_force(journal, ops, probes):
    conn = journal.vault.conn
    with journal.vault.transaction():  # a fresh start for each example (deletes go through triggers)
        for table in ("moods", "contacts", "activities", "people"):
            conn.execute(f"DELETE FROM {table}")
    people = [journal.add_person(Person(name="Mum")), journal.add_person(Person(name="Bea Cam"))]
    entries: list = []
    deleted: list = []
    for op, text, name, pick in ops:
        _apply(journal, op, text, name, pick, people, entries, deleted)
    for probe in [*probes, "mu", "Mum", "bea cam"]:
        assert searched(journal, probe) == brute_force(journal, probe), probe
    total = conn.execute("SELECT count(*) FROM moods").fetchone()[0] + conn.execute(
        "SELECT count(*) FROM contacts").fetchone()[0] + conn.execute(
        "SELECT count(*) FROM activities").fetchone()[0]
    # One index row per entry, in the journal's one index (migration 16).
    assert conn.execute("SELECT count(*) FROM search_text_docsize WHERE (id & 15) IN (1, 2, 3)"
                        ).fetchone()[0] == total


def test_take_all_my_data_leaves_the_index_out_and_a_new_journal_rebuilds_it(journal, tmp_path):
    from tests.storage.conftest import started_again_from_data

    _setup(journal)
    with started_again_from_data(journal, tmp_path) as (document, again):
        assert not any(name.startswith("entry_text") for name in document["tables"])
        for text in ("mum", "anx", "exercise", "oka", "cafe", "swim cold", "rain"):
            assert searched(again, text) == searched(journal, text) == brute_force(journal, text)

"""The timeline's keyset-paged read: same order as the whole list, each table through its index,
and a text search through the full-text index that ends at once however rare the word."""

from __future__ import annotations

from peerjournal.core.clock import to_storage
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.timeline_pages import _SELECTS, _where
from tests.storage.conftest import ago
from tests.vm_steps import steps_of as _steps


def generate(journal, count: int) -> None:  # type: ignore[no-untyped-def]
    """``count`` entries of each kind, three to an hour (so many share a time)."""
    conn = journal.vault.conn
    times = [to_storage(ago(hours=i // 3 + 1)) for i in range(count)]
    with journal.vault.transaction():
        conn.execute("INSERT INTO people (id, name, relationship, closeness) VALUES (1, 'Maya', 'friend', 'close')")
        conn.executemany("INSERT INTO moods (at_utc, mood) VALUES (?, 3)", [(t,) for t in times])
        conn.executemany("INSERT INTO contacts (id, at_utc, mode) VALUES (?, ?, 'phone')",
                         list(enumerate(times, start=1)))
        conn.executemany("INSERT INTO contact_people (contact_id, person_id, position) VALUES (?, 1, 0)",
                         [(i,) for i in range(1, count + 1)])
        conn.executemany("INSERT INTO activities (at_utc, category, title) VALUES (?, 'Work', 'Shift')",
                         [(t,) for t in times])


def test_pages_read_in_turn_equal_the_whole_timeline(journal):
    generate(journal, 300)
    for kind in (None, *EntryKind):
        pages, after = [], None
        while page := journal.timeline_page(after, 97, kind):
            pages += page
            after = page[-1].key
        assert pages == [r for r in journal.timeline() if kind is None or r.kind is kind]
        assert [r.key for r in pages] == sorted((r.key for r in pages), reverse=True)


def test_each_table_is_read_through_its_time_index(journal):
    generate(journal, 50)
    middle = journal.timeline()[70].key
    conn = journal.vault.conn
    for kind, index in ((EntryKind.MOOD, "moods_at"), (EntryKind.CONTACT, "contacts_at"),
                        (EntryKind.ACTIVITY, "activities_at")):
        for after in (None, middle):
            where, params = _where(kind, after, None)
            plan = conn.execute("EXPLAIN QUERY PLAN " + _SELECTS[kind].format(where=where, limit=20),
                                params).fetchall()
            outer = [detail for (_id, parent, _n, detail) in plan if parent == 0]
            assert any(f"USING INDEX {index}" in d for d in outer), plan  # no scan of the table
            assert not any("TEMP B-TREE" in d for d in outer), plan  # no sort of the table


def test_a_search_for_words_found_nowhere_ends_in_one_step(journal):
    generate(journal, 400)
    step = journal.timeline_search(None, 200, None, "no such words anywhere", budget=150)
    assert step.rows == [] and step.exhausted  # the index knows: no scan of 1,200 rows


def test_search_steps_return_every_match_in_order(journal):
    generate(journal, 400)
    found, after, exhausted = [], None, False
    while not exhausted:
        step = journal.timeline_search(after, 1_000, None, "MAYA", budget=150)
        found += step.rows
        after, exhausted = step.scanned_to, step.exhausted
    assert found == [r for r in journal.timeline() if "maya" in r.summary.casefold()]
    assert len(found) == 400


def test_a_word_in_few_entries_of_a_kind_and_many_of_another_finds_them_all_in_order(journal, monkeypatch):
    from peerjournal.storage import timeline_pages

    monkeypatch.setattr(timeline_pages, "FEW", 40, raising=False)
    generate(journal, 200)  # Maya in 200 contacts (many), in no check-in or activity
    conn = journal.vault.conn
    with journal.vault.transaction():  # and in the notes of three old check-ins (few)
        conn.executemany("INSERT INTO moods (at_utc, mood, note) VALUES (?, 2, 'Maya rang')",
                         [(to_storage(ago(days=d)),) for d in (40, 41, 42)])
    found = timeline_pages.timeline_page(conn, None, None, None, "maya")
    assert found == [r for r in journal.timeline() if "maya" in (r.summary + r.note).casefold()]
    assert sum(r.kind is EntryKind.MOOD for r in found) == 3
    paged, after = [], None
    while page := timeline_pages.timeline_page(conn, after, 7, None, "maya"):
        paged += page
        after = page[-1].key
    assert paged == found


def _add_old_maya_contacts(journal, count: int) -> None:  # type: ignore[no-untyped-def]
    conn = journal.vault.conn
    with journal.vault.transaction():
        start = conn.execute("SELECT max(id) FROM contacts").fetchone()[0] + 1
        conn.executemany("INSERT INTO contacts (id, at_utc, mode) VALUES (?, ?, 'phone')",
                         [(start + i, to_storage(ago(days=30, hours=i))) for i in range(count)])
        conn.executemany("INSERT INTO contact_people (contact_id, person_id, position) VALUES (?, 1, 0)",
                         [(start + i,) for i in range(count)])


def test_the_first_step_of_a_common_word_costs_the_same_however_many_entries_it_is_in(journal, monkeypatch):
    """Before, every matching entry was read by id and all of them sorted by time to show the
    newest 20: four times the matches, more than three times the work. A word in more than
    ``FEW`` entries of a kind is now looked for in a window of the newest entries."""
    from peerjournal.storage import timeline_pages

    monkeypatch.setattr(timeline_pages, "FEW", 40, raising=False)  # "many" without generating thousands
    conn = journal.vault.conn
    generate(journal, 300)
    optimize = "INSERT INTO search_text (search_text) VALUES ('optimize')"  # one segment, as a long journal's
    conn.execute(optimize)
    first = timeline_pages.timeline_search(conn, None, 20, EntryKind.CONTACT, "maya")
    small = _steps(conn, lambda: timeline_pages.timeline_search(conn, None, 20, EntryKind.CONTACT, "maya"))
    _add_old_maya_contacts(journal, 900)  # four times the matches, all older
    conn.execute(optimize)
    again = timeline_pages.timeline_search(conn, None, 20, EntryKind.CONTACT, "maya")
    assert again == first and len(first.rows) == 20
    large = _steps(conn, lambda: timeline_pages.timeline_search(conn, None, 20, EntryKind.CONTACT, "maya"))
    assert large < small * 1.5, (small, large)


def test_window_steps_find_every_match_in_order_even_with_entries_written_back_in_time(journal, monkeypatch):
    """Ids follow the order of writing, not of time: entries written later about long ago
    widen a window's range of ids, and none is missed or put out of order."""
    from peerjournal.storage import timeline_pages

    monkeypatch.setattr(timeline_pages, "FEW", 40, raising=False)
    generate(journal, 150)
    _add_old_maya_contacts(journal, 200)
    conn = journal.vault.conn
    with journal.vault.transaction():  # Maya in some check-ins' notes too, spread over time
        conn.executemany("INSERT INTO moods (at_utc, mood, note) VALUES (?, 2, 'Maya rang')",
                         [(to_storage(ago(hours=h)),) for h in range(1, 900, 7)])
    expected = [r for r in journal.timeline() if "maya" in (r.summary + r.note).casefold()]
    for kind in (None, EntryKind.CONTACT, EntryKind.MOOD):
        found, after, exhausted = [], None, False
        while not exhausted:
            step = timeline_pages.timeline_search(conn, after, 13, kind, "maya", budget=13)
            assert len(step.rows) <= 13
            found += step.rows
            after, exhausted = step.scanned_to, step.exhausted
        assert found == [r for r in expected if kind is None or r.kind is kind], kind


def test_a_one_letter_search_of_one_kind_reads_none_of_the_other_kinds_newer_rows(journal, monkeypatch):
    """Ids of each kind are rowids of one index (``id * 16 + kind``): contacts, written ten
    times as often as check-ins, lie far above them. The sample that tells how common a word
    is among the newest check-ins walked every contact above the check-ins' ids (14 ms for
    "a" at 30 years); it is now bounded on both sides and stops at the matches it needs."""
    from peerjournal.storage import timeline_pages

    monkeypatch.setattr(timeline_pages, "FEW", 40, raising=False)  # "many" without generating thousands
    conn = journal.vault.conn
    with journal.vault.transaction():
        conn.executemany("INSERT INTO moods (at_utc, mood, note) VALUES (?, 3, 'a rainy day')",
                         [(to_storage(ago(hours=h + 1)),) for h in range(150)])

    def add_contacts(count: int) -> None:
        with journal.vault.transaction():
            conn.executemany("INSERT INTO contacts (at_utc, mode, note) VALUES (?, 'phone', 'a call')",
                             [(to_storage(ago(days=400, hours=h)),) for h in range(count)])
        conn.execute("INSERT INTO search_text (search_text) VALUES ('optimize')")  # one segment

    def search() -> object:
        return timeline_pages.timeline_search(conn, None, 20, EntryKind.MOOD, "a")

    add_contacts(300)
    first = search()
    small = _steps(conn, search)
    add_contacts(1500)  # five times the contacts, all with higher ids than any check-in
    assert search() == first
    large = _steps(conn, search)
    assert large < small * 1.2, (small, large)


def test_a_word_in_no_entry_of_a_kind_walks_no_other_kinds_rows_above_it(journal, monkeypatch):
    """A person's name, in many contacts and no check-in: counting the check-ins it is in
    walked the name's whole list (11 ms for "ahmed" at 30 years); it now stops at the
    check-ins' highest id."""
    from peerjournal.storage import timeline_pages

    monkeypatch.setattr(timeline_pages, "FEW", 40, raising=False)
    conn = journal.vault.conn
    with journal.vault.transaction():
        conn.executemany("INSERT INTO moods (at_utc, mood, note) VALUES (?, 3, 'quiet day')",
                         [(to_storage(ago(hours=h + 1)),) for h in range(100)])

    def add_calls(count: int, days: int) -> None:
        with journal.vault.transaction():
            conn.executemany("INSERT INTO contacts (at_utc, mode, note) VALUES (?, 'phone', 'called Ahmed')",
                             [(to_storage(ago(days=days, hours=h)),) for h in range(count)])
        conn.execute("INSERT INTO search_text (search_text) VALUES ('optimize')")  # one segment

    def search():  # type: ignore[no-untyped-def]
        return timeline_pages.timeline_search(conn, None, 20, None, "ahmed")

    add_calls(300, 100)
    first = search()
    small = _steps(conn, search)
    add_calls(1500, 400)  # older, written later: higher ids
    assert search().rows == first.rows  # (where the step ends may move)
    large = _steps(conn, search)
    assert large < small * 1.2, (small, large)

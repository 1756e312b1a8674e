"""Journal.add_people: many people in a few statements, the same as adding them one by one."""

from __future__ import annotations

import pytest

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship
from peerjournal.errors import ValidationError
from peerjournal.storage.journal import Change, Journal


def people(n: int) -> list[Person]:
    return [Person(name=f"Contact {i:04}", relationship=Relationship.FRIEND, closeness=Closeness.OUTER,
                   help_kinds=frozenset({HelpKind.COMPANY, HelpKind.PRACTICAL}) if i % 3 == 0 else frozenset(),
                   notes="From the phone." if i % 2 else "")
            for i in range(1, n + 1)]


def test_add_people_stores_what_add_person_would_in_a_few_statements(journal: Journal):
    gone = journal.add_person(Person(name="Gone"))
    journal.person_bundles.delete_many(journal.person_bundles.capture_many([gone.id]))
    changes: list[frozenset[Change]] = []
    journal.add_listener(changes.append)
    statements: list[str] = []
    journal.vault.conn.set_trace_callback(statements.append)
    try:
        stored = journal.add_people(people(500))
    finally:
        journal.vault.conn.set_trace_callback(None)
    # (sqlite's trace shows each row of an executemany; the reads are what grew per person)
    assert len([s for s in statements if s.startswith("SELECT")]) <= 2
    assert changes == [frozenset({Change.PEOPLE})]
    assert [p.id for p in stored] == list(range(gone.id + 1, gone.id + 501))  # never a deleted one's id
    assert [journal.get_person(p.id) for p in stored] == stored
    assert stored == [p.with_id(i) for p, i in zip(people(500), range(gone.id + 1, gone.id + 501), strict=True)]
    assert journal.add_people([]) == []


def test_add_people_is_all_or_none(journal: Journal):
    with pytest.raises(ValidationError):
        journal.add_people([*people(3), Person(name="  ")])
    assert journal.people() == []


def test_reading_many_people_looks_each_stored_choice_up_once(journal: Journal):
    """Issue 20: reading a phone's 3,000 contacts called the enum look-up twice a person; now
    once a stored value. An unknown value is still refused, each time it is read."""
    from peerjournal.storage import journal as journal_module

    journal.add_people(people(50))
    journal_module._stored_choice.cache_clear()
    read = journal.people()
    info = journal_module._stored_choice.cache_info()
    assert [(p.relationship, p.closeness) for p in read] == [(Relationship.FRIEND, Closeness.OUTER)] * 50
    assert info.misses == 2 and info.hits == 98  # one look-up for "friend", one for "outer"
    journal.vault.conn.execute("UPDATE people SET relationship = 'stranger' WHERE name = 'Contact 0007'")
    for _ in range(2):
        with pytest.raises(ValueError):
            journal.people()

"""The supporter vault: importing verified shares, people known by key, notes, deleting."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.errors import AlreadyImported, InvalidShare, UserError, ValidationError
from peerjournal.storage.supporter.store import SupporterStore, canonical_json
from tests.storage.conftest import NOW, FakeShare

KEY_1 = signer_public(new_signing_key())
KEY_2 = signer_public(new_signing_key())
RECIPIENT = new_identity()[1]
TABLES = ("people", "exports", "notes", "identity", "meta")


def share(
    export_id: str, signer: str = KEY_1, *, sender_name: str = "Sam",
    created: str = "2026-06-10T09:00:00Z", start: str = "2026-06-01", end: str = "2026-06-09",
) -> FakeShare:
    document = {
        "format_version": 1,
        "export_id": export_id,
        "created": created,
        "recipient": RECIPIENT,
        "signer": signer,
        "sender_name": sender_name,
        "message": "Hello 🌱",
        "period": {"start": start, "end": end},
        "sections": ["moods", "summary"],
        "include_notes": True,
        "naming": "pseudonym",
        "content": {
            "moods": [{"at": "2026-06-02T10:00:00Z", "mood": 4, "energy": None,
                       "feelings": ["calm"], "note": "a good day, Zoë"}],
            "summary": {"days": 9, "check_ins": 1, "average_mood": 4.0, "contacts": 0,
                        "contacts_by_mode": {}, "distinct_people": 0, "activities": 0,
                        "activities_by_category": {}},
        },
    }
    return FakeShare(document=document, signer=signer, export_id=export_id)


def dump(store: SupporterStore) -> dict[str, list[tuple]]:
    """Every row of every table, to show that a refusal changed nothing."""
    conn = store.vault.conn
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def test_identity_is_an_age_key_pair(store):
    secret, public = store.identity()
    assert secret.startswith("AGE-SECRET-KEY-1")
    assert public.startswith("age1")


def test_a_new_person_needs_a_name(store):
    first = share("e-1")
    plan = store.plan_import(first)
    assert (plan.export_id, plan.signer, plan.person, plan.already_imported) == (
        "e-1", KEY_1, None, False
    )
    assert (plan.claimed_name, plan.name_clash) == ("Sam", None)

    before = dump(store)
    for missing in (None, "", "   "):
        with pytest.raises(ValidationError):
            store.import_share(first, new_person_name=missing)
    with pytest.raises(ValidationError):
        store.import_share(first, new_person_name="x" * 81)
    assert dump(store) == before

    person = store.import_share(first, new_person_name="  Sam   R ")
    assert (person.name, person.signer, person.added, person.export_count) == (
        "Sam R", KEY_1, NOW, 1
    )
    assert person.last_export_created == datetime(2026, 6, 10, 9, tzinfo=UTC)
    assert store.people() == [person]


def test_a_second_share_from_the_same_key_joins_that_person(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    second = share("e-2", created="2026-06-20T08:00:00Z", start="2026-06-10", end="2026-06-19",
                   sender_name="Samantha")
    plan = store.plan_import(second)
    assert plan.person == sam
    assert plan.name_clash is None

    joined = store.import_share(second, new_person_name="ignored")
    assert (joined.id, joined.name, joined.export_count) == (sam.id, "Sam", 2)
    assert joined.last_export_created == datetime(2026, 6, 20, 8, tzinfo=UTC)
    assert len(store.people()) == 1

    exports = store.exports_of(sam.id)
    assert [e.export_id for e in exports] == ["e-2", "e-1"]  # newest first
    newest = exports[0]
    assert newest.document == second.document
    assert (newest.period_start, newest.period_end) == (date(2026, 6, 10), date(2026, 6, 19))
    assert (newest.created, newest.imported) == (datetime(2026, 6, 20, 8, tzinfo=UTC), NOW)


def test_the_document_is_kept_as_canonical_json(store):
    first = share("e-1", sender_name="Zoë 🌱")
    store.import_share(first, new_person_name="Zoë")
    (text,) = store.vault.conn.execute("SELECT document FROM exports").fetchone()
    assert text == json.dumps(first.document, sort_keys=True, separators=(",", ":"),
                              ensure_ascii=False)
    assert text == canonical_json(first.document)
    assert "Zoë 🌱" in text


def test_the_same_share_twice_changes_nothing(store):
    first = share("e-1")
    store.import_share(first, new_person_name="Sam")
    assert store.plan_import(first).already_imported
    before = dump(store)
    with pytest.raises(AlreadyImported):
        store.import_share(first, new_person_name="Sam again")
    assert dump(store) == before


def test_a_name_clash_is_flagged_and_never_merged(store):
    sam = store.import_share(share("e-1", KEY_1, sender_name="Sam"), new_person_name="Sam")
    other = share("e-2", KEY_2, sender_name="  sAM ")
    plan = store.plan_import(other)
    assert plan.person is None
    assert plan.name_clash == sam
    assert plan.claimed_name == "sAM"

    second_sam = store.import_share(other, new_person_name="Sam")  # even the very same name
    assert second_sam.id != sam.id
    assert second_sam.signer == KEY_2
    assert [(p.name, p.export_count) for p in store.people()] == [("Sam", 1), ("Sam", 1)]
    assert [e.export_id for e in store.exports_of(sam.id)] == ["e-1"]
    assert [e.export_id for e in store.exports_of(second_sam.id)] == ["e-2"]


def test_no_clash_without_a_claimed_name(store):
    store.import_share(share("e-1", KEY_1, sender_name="Sam"), new_person_name="Sam")
    plan = store.plan_import(share("e-2", KEY_2, sender_name=""))
    assert (plan.claimed_name, plan.name_clash) == ("", None)


def test_a_share_that_disagrees_with_its_wrapper_is_refused(store):
    bad = share("e-1")
    before = dump(store)
    with pytest.raises(InvalidShare):
        store.import_share(FakeShare(bad.document, KEY_2, "e-1"), new_person_name="Sam")
    with pytest.raises(InvalidShare):
        store.import_share(FakeShare(bad.document, KEY_1, "e-9"), new_person_name="Sam")
    broken = dict(bad.document, created="yesterday")
    with pytest.raises(InvalidShare):
        store.import_share(FakeShare(broken, KEY_1, "e-1"), new_person_name="Sam")
    assert dump(store) == before


def test_deleting_an_export_lets_it_be_imported_again(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    store.import_share(share("e-2", created="2026-06-11T09:00:00Z"))
    store.delete_export("e-1")
    assert [e.export_id for e in store.exports_of(sam.id)] == ["e-2"]
    assert store.get_person(sam.id).export_count == 1
    with pytest.raises(UserError):
        store.delete_export("e-1")

    assert not store.plan_import(share("e-1")).already_imported
    assert store.import_share(share("e-1")).export_count == 2


def test_deleting_a_person_takes_their_exports_and_notes(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    store.import_share(share("e-2"))
    alex = store.import_share(share("e-3", KEY_2, sender_name="Alex"), new_person_name="Alex")
    store.set_note(sam.id, "Sam's note")
    store.set_note(alex.id, "Alex's note")

    assert store.delete_person(sam.id).id == sam.id
    assert store.people() == [store.get_person(alex.id)]
    conn = store.vault.conn
    assert conn.execute("SELECT export_id FROM exports").fetchall() == [("e-3",)]
    assert conn.execute("SELECT person_id FROM notes").fetchall() == [(alex.id,)]
    with pytest.raises(UserError):
        store.get_person(sam.id)
    # Their key is unknown again: a new share from it would make a new person.
    assert store.plan_import(share("e-4")).person is None


def test_notes(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    assert store.note(sam.id) == ""
    store.set_note(sam.id, "first")
    store.set_note(sam.id, "second\nline")
    assert store.note(sam.id) == "second\nline"
    store.set_note(sam.id, "x" * 20_000)
    with pytest.raises(ValidationError):
        store.set_note(sam.id, "x" * 20_001)
    assert store.note(sam.id) == "x" * 20_000
    store.set_note(sam.id, "  ")
    assert store.note(sam.id) == ""
    assert store.vault.conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    with pytest.raises(UserError):
        store.set_note(sam.id + 100, "nobody")


def test_rename_person(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    assert store.rename_person(sam.id, "  Sam   R ").name == "Sam R"
    with pytest.raises(ValidationError):
        store.rename_person(sam.id, "")
    assert store.get_person(sam.id).name == "Sam R"
    with pytest.raises(UserError):
        store.rename_person(sam.id + 100, "Nobody")


def test_people_are_listed_by_name(store):
    store.import_share(share("e-1", KEY_1, sender_name="Zed"), new_person_name="zed")
    store.import_share(share("e-2", KEY_2, sender_name="Amy"), new_person_name="Amy")
    people = store.people()
    assert [p.name for p in people] == ["Amy", "zed"]
    assert all(p.export_count == 1 for p in people)


# -- reading only what is shown (issue 20) ---------------------------------------------
def traced(store: SupporterStore) -> list[str]:
    """The SQL the store's connection runs from now on (expanded, as SQLite traces it)."""
    statements: list[str] = []
    store.vault.conn.set_trace_callback(statements.append)
    return statements


def documents_read(statements: list[str]) -> list[str]:
    return [s for s in statements if "document" in s and "FROM exports" in s]


def many(store: SupporterStore, count: int) -> int:
    """Sam with ``count`` files, made a day apart (e-00 the oldest)."""
    person = None
    for i in range(count):
        person = store.import_share(share(f"e-{i:02}", created=f"2026-06-{i + 1:02}T09:00:00Z"),
                                    new_person_name="Sam")
    assert person is not None
    return person.id


def test_the_files_list_reads_no_document(store):
    sam = many(store, 6)
    statements = traced(store)
    summaries = store.export_summaries(sam)
    store.vault.conn.set_trace_callback(None)
    assert statements and documents_read(statements) == []
    full = store.exports_of(sam)
    assert [s.export_id for s in summaries] == [e.export_id for e in full] == [f"e-{i:02}" for i in range(5, -1, -1)]
    assert [(s.created, s.imported, s.period_start, s.period_end) for s in summaries] == [
        (e.created, e.imported, e.period_start, e.period_end) for e in full]


def test_one_file_is_read_by_its_id_and_the_newest_alone(store):
    sam = many(store, 6)
    statements = traced(store)
    one = store.load_export("e-02")
    newest = store.latest_export(sam)
    store.vault.conn.set_trace_callback(None)
    assert len(documents_read(statements)) == 2
    assert one == store.exports_of(sam)[3]
    assert newest == store.exports_of(sam)[0]
    assert newest is not None and newest.export_id == "e-05"
    assert store.latest_export(sam + 1) is None
    store.delete_export("e-02")
    with pytest.raises(UserError):
        store.load_export("e-02")


@pytest.mark.parametrize("before", [1, 12])
def test_importing_the_nth_file_reads_no_stored_document(store, before):
    many(store, before)
    statements = traced(store)
    store.import_share(share("e-new", created="2026-07-01T09:00:00Z"))
    store.get_person(store.people()[0].id)
    store.vault.conn.set_trace_callback(None)
    assert documents_read(statements) == []


def test_the_caseload_counts_files_from_the_index_alone(store):
    many(store, 3)
    from peerjournal.storage.supporter.store import _PERSON_SQL  # the caseload's own query

    plan = store.vault.conn.execute("EXPLAIN QUERY PLAN " + _PERSON_SQL + " GROUP BY p.id").fetchall()
    assert any("COVERING INDEX exports_person" in str(row) for row in plan), plan

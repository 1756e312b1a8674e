"""My support plan in a real vault: round trip, order, people deleted or archived, one transaction."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlcipher3

from peerjournal.core.records import Person
from peerjournal.core.support_plan import LIST_FIELDS, PlanContact, Service, SupportPlan
from peerjournal.demo.seed import seed_demo
from peerjournal.demo.support_plan import DEMO_SERVICE_NUMBER
from peerjournal.errors import BugError, ValidationError
from peerjournal.storage.journal import Change, Journal, NotFound
from peerjournal.storage.support_plan import SupportPlanStore
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.vault.database import create_vault, migrate, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS, _migration_11
from tests.storage.conftest import NOW, PASSPHRASE


@pytest.fixture
def store(journal: Journal) -> SupportPlanStore:
    return journal.plan


def _tables(conn) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_migration_4_adds_empty_plan_tables_to_an_older_vault():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, MIGRATIONS[:3])
        assert "support_plan_lines" not in _tables(conn)
        migrate(conn)
        assert {"support_plan", "support_plan_lines", "support_plan_contacts",
                "support_plan_services"} <= _tables(conn)
        for table in ("support_plan", "support_plan_lines", "support_plan_contacts",
                      "support_plan_services"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0  # nothing pre-filled
    finally:
        conn.close()


def test_a_new_journal_has_an_empty_plan(store):
    plan = store.load()
    assert plan.is_empty and plan.updated is None
    assert store.contacts() == ()


def test_round_trip_keeps_order_and_notifies(journal, store):
    mum = journal.add_person(Person("Mum"))
    priya = journal.add_person(Person("Priya"))
    heard = []
    journal.add_listener(heard.append)
    saved = store.save(SupportPlan(
        keep_well=("Walks", " Sunday calls "),
        early_signs=("Sleeping badly", "", "Staying in"),
        what_helps=("A text to someone",),
        contacts=(priya.id, mum.id),
        services=(Service("Evening line", "helpline, evenings", "0000 000 000"), Service("GP surgery")),
    ))
    assert heard == [frozenset({Change.SUPPORT_PLAN})]
    assert saved.updated == NOW
    loaded = journal.plan.load()
    assert loaded == saved
    assert loaded.keep_well == ("Walks", "Sunday calls")
    assert loaded.early_signs == ("Sleeping badly", "Staying in")
    assert loaded.contacts == (priya.id, mum.id)
    assert [s.name for s in loaded.services] == ["Evening line", "GP surgery"]
    assert store.contacts() == (PlanContact(priya.id, "Priya"), PlanContact(mum.id, "Mum"))

    store.save(SupportPlan(keep_well=("Only this",), contacts=(mum.id, priya.id)))
    again = store.load()
    assert again.keep_well == ("Only this",) and again.early_signs == () and again.services == ()
    assert again.contacts == (mum.id, priya.id)


def test_deleting_a_person_drops_them_from_the_plan(journal, store):
    mum = journal.add_person(Person("Mum"))
    tom = journal.add_person(Person("Tom"))
    store.save(SupportPlan(contacts=(tom.id, mum.id)))
    journal.delete_person(tom.id)
    assert store.load().contacts == (mum.id,)
    assert store.contacts() == (PlanContact(mum.id, "Mum"),)


def test_archived_people_stay_and_are_marked(journal, store):
    mum = journal.add_person(Person("Mum"))
    dev = journal.add_person(Person("Dev"))
    store.save(SupportPlan(contacts=(dev.id, mum.id)))
    journal.set_archived(dev.id, True)
    assert store.load().contacts == (dev.id, mum.id)
    assert store.contacts() == (PlanContact(dev.id, "Dev", archived=True), PlanContact(mum.id, "Mum"))


def test_bad_input_changes_nothing(journal, store):
    mum = journal.add_person(Person("Mum"))
    first = store.save(SupportPlan(keep_well=("Walks",), contacts=(mum.id,)))
    heard = []
    journal.add_listener(heard.append)
    with pytest.raises(ValidationError):
        store.save(SupportPlan(keep_well=("New",), services=(Service("", notes="no name"),)))
    with pytest.raises(NotFound):
        store.save(SupportPlan(keep_well=("New",), contacts=(mum.id, 9999)))
    assert store.load() == first
    assert heard == []


def test_a_supporter_vault_has_no_plan(tmp_path):
    path = tmp_path / "supporter.pjvault"
    create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS).close()
    supporter = open_vault(path, PASSPHRASE)
    try:
        with pytest.raises(BugError):
            SupportPlanStore(Journal(supporter))
    finally:
        supporter.close()


def test_the_demo_journal_fills_every_part_of_the_plan(journal, store):
    seed_demo(journal, NOW, days=14)
    plan = store.load()
    assert all(plan.lines(field) for field in LIST_FIELDS)
    assert [c.name for c in store.contacts()] == ["Priya", "Jess (sister)", "Rachel (care coordinator)"]
    assert [c.name for c in store.not_involved()] == ["Nadia"]
    (service,) = plan.services
    assert DEMO_SERVICE_NUMBER in service.how_to_contact


def test_migration_keeps_an_old_plan_in_the_new_parts():
    """A vault from before the WRAP-shaped plan: its three lists land in the new parts, in order."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        wrap = MIGRATIONS.index(_migration_11)
        migrate(conn, MIGRATIONS[:wrap])
        conn.executemany("INSERT INTO support_plan_lines (list, position, text) VALUES (?, ?, ?)", [
            ("keep_well", 0, "Walks"), ("keep_well", 1, "Sleep"), ("early_signs", 0, "Staying in"),
            ("what_helps", 0, "A text to Priya")])
        conn.execute("INSERT INTO people (name, relationship, closeness) VALUES ('Priya', 'friend', 'close')")
        conn.execute("INSERT INTO support_plan_contacts (person_id, position) VALUES (1, 0)")
        migrate(conn)
        rows = conn.execute("SELECT list, position, text FROM support_plan_lines ORDER BY list, position")
        assert rows.fetchall() == [("early_signs", 0, "Staying in"), ("keep_well", 0, "Walks"),
                                   ("keep_well", 1, "Sleep"), ("what_helps", 0, "A text to Priya")]
        assert "support_plan_not_involved" in _tables(conn)
        assert conn.execute("SELECT person_id FROM support_plan_contacts").fetchall() == [(1,)]
        conn.execute("INSERT INTO support_plan_lines (list, position, text) VALUES ('reasons', 0, 'Pip')")
    finally:
        conn.close()


def test_every_part_round_trips_in_order(journal, store):
    mum = journal.add_person(Person("Mum"))
    tom = journal.add_person(Person("Tom"))
    lines = {field: (f"{field} one", f"{field} two") for field in LIST_FIELDS}
    saved = store.save(SupportPlan(contacts=(mum.id,), not_involved=(tom.id,), **lines))
    loaded = store.load()
    assert loaded == saved
    assert all(loaded.lines(f) == (f"{f} one", f"{f} two") for f in LIST_FIELDS)
    assert store.not_involved() == (PlanContact(tom.id, "Tom"),)
    store.save(replace(loaded, reasons=("two", "one")))
    assert store.load().reasons == ("two", "one")
    journal.delete_person(tom.id)
    assert store.load().not_involved == ()


def test_someone_cannot_be_both_wanted_and_not_wanted(journal, store):
    mum = journal.add_person(Person("Mum"))
    with pytest.raises(ValidationError, match="both"):
        store.save(SupportPlan(contacts=(mum.id,), not_involved=(mum.id,)))
    assert store.load().is_empty


def test_paired_items_round_trip_with_their_responses(journal, store):
    from peerjournal.core.support_plan import PAIRED

    pairs = {field: (f"{field} one", "") for field in PAIRED}
    responses = {PAIRED[field]: ("what I'll do", "only a response") for field in PAIRED}
    saved = store.save(SupportPlan(**pairs, **responses))  # type: ignore[arg-type]
    loaded = store.load()
    assert loaded == saved
    for field in PAIRED:
        assert loaded.items(field) == ((f"{field} one", "what I'll do"), ("", "only a response"))
    store.save(replace(loaded, triggers=tuple(reversed(loaded.triggers)),
                       trigger_actions=tuple(reversed(loaded.trigger_actions))))
    assert store.load().items("triggers")[0] == ("", "only a response")  # moved as one


def test_migration_14_pairs_lines_that_line_up_and_loses_none():
    """Old sign and response lists: paired in order when as long as each other, else kept apart."""
    from peerjournal.storage.vault.migrations import _migration_14

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, MIGRATIONS[:MIGRATIONS.index(_migration_14)])
        conn.executemany("INSERT INTO support_plan_lines (list, position, text) VALUES (?, ?, ?)", [
            ("triggers", 0, "Bills"), ("triggers", 1, "Noise"),
            ("trigger_actions", 0, "One letter a day"), ("trigger_actions", 1, "Earplugs"),
            ("breakdown_signs", 0, "Not eating"),
            ("breakdown_needs", 0, "Bring food"), ("breakdown_needs", 1, "Call Rachel"),
            ("early_sign_actions", 0, "Tell Priya")])
        migrate(conn)
        rows = conn.execute("SELECT list, position, text, response FROM support_plan_lines"
                            " ORDER BY list, position").fetchall()
        assert rows == [
            ("breakdown_signs", 0, "Not eating", ""), ("breakdown_signs", 1, "", "Bring food"),
            ("breakdown_signs", 2, "", "Call Rachel"), ("early_signs", 0, "", "Tell Priya"),
            ("triggers", 0, "Bills", "One letter a day"), ("triggers", 1, "Noise", "Earplugs")]
    finally:
        conn.close()

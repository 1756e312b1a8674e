"""Schema migrations: in order, one transaction each, ``user_version`` after each step."""

from __future__ import annotations

import pytest
import sqlcipher3

from peerjournal.core.vocabulary import DEFAULT_ACTIVITY_CATEGORIES, DEFAULT_FEELINGS
from peerjournal.errors import NewerVaultVersion
from peerjournal.storage.vault.database import create_vault, migrate, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.storage.conftest import PASSPHRASE


def _user_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _tables(conn) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


class Recorder:
    """Migrations that log their number, the user_version they saw and whether a transaction was open."""

    def __init__(self) -> None:
        self.log: list[tuple[int, int, bool]] = []

    def step(self, number: int, *, fail: bool = False):
        def migration(conn) -> None:
            self.log.append((number, _user_version(conn), conn.in_transaction))
            conn.execute(f"CREATE TABLE step_{number} (x INTEGER)")
            conn.execute(f"INSERT INTO step_{number} VALUES ({number})")
            if number > 1:
                conn.execute(f"INSERT INTO step_1 VALUES ({number})")
            if fail:
                raise RuntimeError(f"migration {number} failed")

        migration.__name__ = f"migration_{number}"
        return migration

    def steps(self, count: int):
        return [self.step(n) for n in range(1, count + 1)]

    @property
    def numbers(self) -> list[int]:
        return [n for n, _, _ in self.log]


@pytest.fixture
def memory_conn():
    """An unkeyed in-memory connection: migrate() logic without a key derivation."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    yield conn
    conn.close()


def test_schema_version_is_number_of_migrations():
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1


def test_migrate_applies_in_order_recording_version_after_each(memory_conn):
    rec = Recorder()
    assert migrate(memory_conn, rec.steps(3)) == 3
    # Each step saw the version left by the previous one, inside a transaction.
    assert rec.log == [(1, 0, True), (2, 1, True), (3, 2, True)]
    assert _user_version(memory_conn) == 3
    assert not memory_conn.in_transaction
    assert [x for (x,) in memory_conn.execute("SELECT x FROM step_1 ORDER BY rowid")] == [1, 2, 3]


def test_failing_migration_rolls_back_only_itself(memory_conn):
    rec = Recorder()
    steps = [rec.step(1), rec.step(2), rec.step(3, fail=True), rec.step(4)]
    with pytest.raises(RuntimeError, match="migration 3 failed"):
        migrate(memory_conn, steps)
    assert rec.numbers == [1, 2, 3]  # 4 never ran
    assert _user_version(memory_conn) == 2
    assert not memory_conn.in_transaction
    tables = _tables(memory_conn)
    assert {"step_1", "step_2"} <= tables
    assert "step_3" not in tables
    # Step 3's insert into an earlier table was undone too; steps 1 and 2 stay.
    assert [x for (x,) in memory_conn.execute("SELECT x FROM step_1 ORDER BY rowid")] == [1, 2]

    # Fixing the step and migrating again continues from version 2.
    rec2 = Recorder()
    assert migrate(memory_conn, [steps[0], steps[1], rec2.step(3), rec2.step(4)]) == 4
    assert rec2.numbers == [3, 4]


def test_up_to_date_runs_nothing(memory_conn):
    rec = Recorder()
    steps = rec.steps(2)
    migrate(memory_conn, steps)
    rec.log.clear()
    assert migrate(memory_conn, steps) == 2
    assert rec.log == []


def test_migrate_refuses_newer_version(memory_conn):
    memory_conn.execute("PRAGMA user_version = 5")
    rec = Recorder()
    with pytest.raises(NewerVaultVersion) as info:
        migrate(memory_conn, rec.steps(3))
    assert (info.value.found, info.value.supported) == (5, 3)
    assert rec.log == []
    assert _user_version(memory_conn) == 5


def test_real_migrations_build_the_schema_and_seed_vocabulary(memory_conn):
    migrate(memory_conn)
    assert _user_version(memory_conn) == SCHEMA_VERSION
    assert {
        "meta", "feelings", "activity_categories", "moods", "mood_feelings", "people",
        "person_help", "contacts", "contact_people", "activities", "activity_people",
    } <= _tables(memory_conn)
    feelings = [n for (n,) in memory_conn.execute("SELECT name FROM feelings ORDER BY position")]
    assert feelings == list(DEFAULT_FEELINGS)
    assert len(feelings) == 20
    categories = [
        n for (n,) in memory_conn.execute("SELECT name FROM activity_categories ORDER BY position")
    ]
    assert categories == list(DEFAULT_ACTIVITY_CATEGORIES)


# -- the same, through real vault files ----------------------------------------


def test_vault_created_with_first_steps_is_upgraded_on_open(vault_path):
    rec = Recorder()
    steps = rec.steps(3)
    vault = create_vault(vault_path, PASSPHRASE, migrations=steps[:1])
    assert vault.schema_version() == 1
    vault.close()
    assert rec.numbers == [1]

    rec.log.clear()
    vault = open_vault(vault_path, PASSPHRASE, migrations=steps)
    try:
        assert vault.schema_version() == 3
        assert rec.log == [(2, 1, True), (3, 2, True)]
    finally:
        vault.close()

    rec.log.clear()
    vault = open_vault(vault_path, PASSPHRASE, migrations=steps)
    vault.close()
    assert rec.log == []  # up to date: nothing runs


def test_failing_migration_on_open_keeps_the_vault_at_previous_version(vault_path):
    rec = Recorder()
    steps = rec.steps(2)
    create_vault(vault_path, PASSPHRASE, migrations=steps).close()

    with pytest.raises(RuntimeError):
        open_vault(vault_path, PASSPHRASE, migrations=[*steps, rec.step(3, fail=True)])
    assert vault_path.exists()

    vault = open_vault(vault_path, PASSPHRASE, migrations=steps)
    try:
        assert vault.schema_version() == 2
        assert "step_3" not in _tables(vault.conn)
        assert [x for (x,) in vault.conn.execute("SELECT x FROM step_1")] == [1, 2]
    finally:
        vault.close()


def test_new_vault_is_at_current_schema_version(vault):
    assert vault.schema_version() == SCHEMA_VERSION


def test_migration_10_indexes_the_entries_of_a_vault_made_before_it(vault_path):
    from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
    from peerjournal.storage.journal import Journal
    from tests.storage.conftest import NOW, ago

    vault = create_vault(vault_path, PASSPHRASE, migrations=MIGRATIONS[:9])
    journal = Journal(vault, clock=lambda: NOW)
    mum = journal.add_person(Person(name="Mum"))
    journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=2, feelings=("tired",), note="long night"))
    journal.add_contact(Contact(at=ago(hours=2), person_ids=(mum.id,), note="phoned"))
    journal.add_activity(Activity(at=ago(hours=1), category="Rest", title="Nap", person_ids=(mum.id,)))
    assert "entry_text" not in _tables(vault.conn)
    vault.close()

    vault = open_vault(vault_path, PASSPHRASE)
    try:
        assert vault.schema_version() == SCHEMA_VERSION
        journal = Journal(vault, clock=lambda: NOW)
        found = {text: [row.kind.value for row in journal.timeline_page(None, None, None, text)]
                 for text in ("tir", "long night", "mu", "nap rest", "phoned")}
        assert found == {"tir": ["mood"], "long night": ["mood"], "mu": ["activity", "contact"],
                         "nap rest": ["activity"], "phoned": ["contact"]}
    finally:
        vault.close()


def test_migration_15_indexes_everything_of_a_vault_made_before_it(vault_path):
    from datetime import timedelta

    from peerjournal.core.connecting.goals import Goal
    from peerjournal.core.connecting.places import Place
    from peerjournal.core.records import MoodCheckIn, Person
    from peerjournal.core.support_plan import SupportPlan
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.search import search
    from peerjournal.storage.vault.migrations import _migration_15
    from tests.storage.conftest import NOW, TODAY, ago

    vault = create_vault(vault_path, PASSPHRASE, migrations=MIGRATIONS[:MIGRATIONS.index(_migration_15)])
    journal = Journal(vault, clock=lambda: NOW)
    journal.add_person(Person(name="Mum", notes="gardens"))
    journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=2, note="garden party"))
    journal.goals.add_goal(Goal(title="Garden club", review_on=TODAY + timedelta(days=3), created=ago(days=1)))
    journal.places.add_place(Place(name="Community garden"))
    journal.plan.save(SupportPlan(keep_well=("water the garden",)))
    assert "search_text" not in _tables(vault.conn)
    vault.close()

    vault = open_vault(vault_path, PASSPHRASE)
    try:
        assert vault.schema_version() == SCHEMA_VERSION
        journal = Journal(vault, clock=lambda: NOW)
        assert sorted(h.kind for h in search(journal, "gard")) == ["goal", "mood", "person", "place", "plan"]
    finally:
        vault.close()


def test_migration_16_leaves_one_full_text_index_and_the_timeline_still_finds_entries(vault_path):
    from peerjournal.core.records import Contact, MoodCheckIn, Person
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.migrations import _migration_16
    from tests.storage.conftest import NOW, ago

    vault = create_vault(vault_path, PASSPHRASE, migrations=MIGRATIONS[:MIGRATIONS.index(_migration_16)])
    journal = Journal(vault, clock=lambda: NOW)
    mum = journal.add_person(Person(name="Mum"))
    journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=2, feelings=("tired",), note="long night"))
    journal.add_contact(Contact(at=ago(hours=2), person_ids=(mum.id,), note="phoned"))
    assert "entry_text" in _tables(vault.conn)
    vault.close()

    vault = open_vault(vault_path, PASSPHRASE)
    try:
        conn = vault.conn
        assert vault.schema_version() == SCHEMA_VERSION
        assert not any(name.startswith("entry_text") for name in _tables(conn))
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%entry_text%'").fetchone()[0] == 0
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_text'").fetchone()
        assert "prefix='1 2 3" in sql  # made again with one-letter word starts (and longer, 17), and filled
        assert {n for n in _tables(conn) if n.startswith("search_text")} == {
            "search_text", *(f"search_text_{t}" for t in ("data", "idx", "docsize", "config", "content"))}
        journal = Journal(vault, clock=lambda: NOW)
        found = {text: [row.kind.value for row in journal.timeline_page(None, None, None, text)]
                 for text in ("tir", "long night", "mu", "phoned", "t", "p")}
        assert found == {"tir": ["mood"], "long night": ["mood"], "mu": ["contact"], "phoned": ["contact"],
                         "t": ["mood"], "p": ["contact"]}
        journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, note="sunny walk"))  # one index kept by triggers
        assert [row.kind.value for row in journal.timeline_page(None, None, None, "sunn")] == ["mood"]
    finally:
        vault.close()


def test_migration_17_keeps_word_starts_of_up_to_six_letters_and_finds_the_same(vault_path):
    """Typed words of four to six letters read a list of their own (issue 20): the same
    things are found, the triggers keep the index made again, nothing else changes."""
    from peerjournal.core.records import Contact, MoodCheckIn, Person
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.search import search
    from peerjournal.storage.vault.migrations import _migration_17
    from tests.storage.conftest import NOW, ago

    vault = create_vault(vault_path, PASSPHRASE, migrations=MIGRATIONS[:MIGRATIONS.index(_migration_17)])
    journal = Journal(vault, clock=lambda: NOW)
    ahmed = journal.add_person(Person(name="Ahmed", notes="neighbour"))
    journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=2, feelings=("restless",), note="walked far"))
    journal.add_contact(Contact(at=ago(hours=2), person_ids=(ahmed.id,), note="walking together"))
    words = ("w", "wa", "walk", "walke", "walked", "walking", "ahme", "ahmed", "restl", "neighb", "zzzz")
    before = {text: ([(r.kind, r.id) for r in journal.timeline_page(None, None, None, text)],
                     [(h.kind, h.id) for h in search(journal, text)]) for text in words}
    tables = {n: vault.conn.execute(f"SELECT * FROM {n}").fetchall()  # noqa: S608 (our names)
              for n in _tables(vault.conn) if not n.startswith("search_text")}
    vault.close()

    vault = open_vault(vault_path, PASSPHRASE)
    try:
        conn = vault.conn
        assert vault.schema_version() == SCHEMA_VERSION
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_text'").fetchone()
        assert "prefix='1 2 3 4 5 6'" in sql
        journal = Journal(vault, clock=lambda: NOW)
        after = {text: ([(r.kind, r.id) for r in journal.timeline_page(None, None, None, text)],
                        [(h.kind, h.id) for h in search(journal, text)]) for text in words}
        assert after == before
        assert before["walk"][0] and before["ahmed"][1] and not before["zzzz"][1]
        # The tables that were there are unchanged (later migrations may add tables of their own).
        assert {n: conn.execute(f"SELECT * FROM {n}").fetchall()  # noqa: S608 (our names)
                for n in tables} == tables
        journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, note="walkabout"))  # kept by triggers
        assert len(journal.timeline_page(None, None, None, "walka")) == 1
    finally:
        vault.close()

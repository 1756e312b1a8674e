"""Transactions, change notifications, and committed data surviving a kill -9."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import ValidationError
from peerjournal.storage.journal import Change, Journal, NotFound
from peerjournal.storage.vault.database import open_vault
from tests.storage.conftest import NOW, PASSPHRASE, ago

REPO_ROOT = Path(__file__).resolve().parents[3]


class Boom(Exception):
    pass


@pytest.fixture
def heard(journal: Journal) -> list[frozenset[Change]]:
    calls: list[frozenset[Change]] = []
    journal.add_listener(calls.append)
    return calls


def _everything_count(journal: Journal) -> tuple:
    return (*journal.counts().values(), len(journal.people(include_archived=True)),
            len(journal.feelings()))


# -- transactions -------------------------------------------------------------


def test_batch_rolls_back_everything_on_error(journal, vault_path, heard):
    before = _everything_count(journal)
    with pytest.raises(Boom), journal.batch():
        person = journal.add_person(Person(name="Dana"))
        journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3, feelings=("calm",)))
        journal.add_contact(Contact(at=ago(hours=1), person_ids=(person.id,)))
        journal.add_activity(Activity(at=ago(hours=1), category="Work", title="Shift"))
        journal.add_feeling("brand-new")
        raise Boom
    assert _everything_count(journal) == before
    assert not journal.vault.conn.in_transaction
    assert heard == []

    # Still nothing after closing and opening again.
    journal.vault.close()
    vault = open_vault(vault_path, PASSPHRASE)
    try:
        assert _everything_count(Journal(vault)) == before
    finally:
        vault.close()


def test_batch_rolls_back_on_keyboard_interrupt(journal, heard):
    with pytest.raises(KeyboardInterrupt), journal.batch():
        journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
        raise KeyboardInterrupt
    assert journal.counts()[EntryKind.MOOD] == 0
    assert heard == []


def test_failed_step_inside_batch_rolls_back_earlier_steps(journal, heard):
    with pytest.raises(NotFound), journal.batch():
        journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
        journal.add_contact(Contact(at=ago(hours=1), person_ids=(12345,)))
    assert journal.counts()[EntryKind.MOOD] == 0
    assert heard == []


def test_successful_batch_commits_and_notifies_once(journal, heard):
    with journal.batch():
        person = journal.add_person(Person(name="Eve"))
        journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
        journal.add_contact(Contact(at=ago(hours=1), person_ids=(person.id,)))
        with journal.batch():  # nested: still one transaction, one notification
            journal.add_feeling("giddy")
        assert heard == []  # nothing before the commit
    assert heard == [frozenset({Change.PEOPLE, Change.MOODS, Change.CONTACTS, Change.VOCABULARY})]
    assert not journal.vault.conn.in_transaction


def test_each_action_notifies_its_kinds(journal, heard):
    person = journal.add_person(Person(name="Finn"))
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(person.id,)))
    journal.add_activity(Activity(at=ago(hours=1), category="Work", title="Shift"))
    journal.update_person(Person(name="Finnian", id=person.id))
    journal.add_feeling("giddy")
    assert heard == [
        {Change.PEOPLE},
        {Change.MOODS},
        {Change.CONTACTS},
        {Change.ACTIVITIES},
        {Change.PEOPLE, Change.CONTACTS, Change.ACTIVITIES},  # names show in summaries
        {Change.VOCABULARY},
    ]
    assert all(isinstance(kinds, frozenset) for kinds in heard)


def test_rolled_back_kinds_do_not_leak_into_next_notification(journal, heard):
    with pytest.raises(Boom), journal.batch():
        journal.add_person(Person(name="Gus"))
        raise Boom
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
    assert heard == [{Change.MOODS}]


def test_refused_actions_do_not_notify(journal, heard):
    with pytest.raises(NotFound):
        journal.delete_mood(99)
    with pytest.raises(ValidationError):
        journal.add_person(Person(name="   "))
    with pytest.raises(NotFound):
        journal.add_contact(Contact(at=ago(hours=1), person_ids=(99,)))
    assert heard == []


def test_removed_listener_hears_nothing(journal, heard):
    other: list = []
    journal.add_listener(other.append)
    journal.remove_listener(heard.append)
    journal.remove_listener(heard.append)  # removing twice is harmless
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3))
    assert heard == []
    assert other == [{Change.MOODS}]


def test_vault_transaction_is_reentrant_and_rolls_back_as_one(vault):
    conn = vault.conn
    conn.execute("CREATE TABLE scratch (x)")
    with pytest.raises(Boom), vault.transaction():
        conn.execute("INSERT INTO scratch VALUES (1)")
        with vault.transaction():
            conn.execute("INSERT INTO scratch VALUES (2)")
        assert conn.in_transaction  # the inner block did not commit
        raise Boom
    assert conn.execute("SELECT count(*) FROM scratch").fetchone()[0] == 0
    assert not conn.in_transaction

    with vault.transaction():
        conn.execute("INSERT INTO scratch VALUES (3)")
    assert not conn.in_transaction
    assert conn.execute("SELECT x FROM scratch").fetchall() == [(3,)]


def test_committed_data_visible_to_a_second_connection(journal, vault_path):
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=5, note="seen"))
    other = open_vault(vault_path, PASSPHRASE)  # the vault stays open in `journal`
    try:
        assert Journal(other).get_mood(mood.id).note == "seen"
    finally:
        other.close()


# -- crash durability -----------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from peerjournal.core.records import MoodCheckIn
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.database import create_vault, open_vault

    path, passphrase, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    vault = create_vault(path, passphrase) if mode == "create" else open_vault(path, passphrase)
    journal = Journal(vault)
    print("ready", flush=True)
    i = 0
    while True:
        at = datetime.now(UTC) - timedelta(minutes=1)
        mood = journal.add_mood(MoodCheckIn(at=at, mood=i % 5 + 1, note=f"note {i}"))
        print(mood.id, flush=True)
        i += 1
    """
)


def _run_and_kill(path: Path, mode: str, kill_after: int) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), PASSPHRASE, mode],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=env,
    )
    printed: list[int] = []
    deadline = time.monotonic() + 20
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        while len(printed) < kill_after:
            line = child.stdout.readline()
            assert line, f"child ended early: {child.stderr.read() if child.stderr else ''}"
            printed.append(int(line))
            assert time.monotonic() < deadline, "child too slow"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return printed


def test_committed_check_ins_survive_sigkill(vault_path):
    rng = random.Random()
    vault_path.parent.mkdir(mode=0o700)
    printed = _run_and_kill(vault_path, "create", kill_after=rng.randint(3, 25))
    # The child died mid-run: its -wal file is still there, uncheckpointed.
    assert Path(f"{vault_path}-wal").exists()
    # More runs append to the same vault and are killed too, each opening it after a crash
    # (which runs the integrity checks on open).
    for _ in range(6):
        printed += _run_and_kill(vault_path, "open", kill_after=rng.randint(1, 25))
    assert len(printed) == len(set(printed))

    vault = open_vault(vault_path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        for mood_id in printed:
            assert journal.get_mood(mood_id).note.startswith("note ")
        assert journal.counts()[EntryKind.MOOD] >= len(printed)
        assert vault.conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert vault.conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        vault.close()

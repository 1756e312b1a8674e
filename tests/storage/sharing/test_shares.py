"""The journal's side of sharing: signing key, supporters, pseudonyms, snapshots, history."""

from __future__ import annotations

import base64
import os
import shutil
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.options import Naming, Section, ShareOptions
from peerjournal.errors import UserError, ValidationError
from peerjournal.storage.journal import Journal, NotFound
from peerjournal.storage.sharing.shares import PASSPHRASE_RECIPIENT, SharingStore
from peerjournal.storage.vault.database import create_vault, open_vault
from peerjournal.storage.vault.migrations import SCHEMA_VERSION
from tests.storage.conftest import NOW, PASSPHRASE
from tests.storage.vault.test_fixture_vault import FIXTURE, FIXTURE_PASSPHRASE
from tests.vm_steps import counting_steps

NOTE_MARKER = "NOTE-MARKER-7f3a"
KEY_X = new_identity()[1]
KEY_Y = new_identity()[1]


def _meta(vault, key: str) -> str | None:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


@pytest.fixture
def repo(journal: Journal) -> SharingStore:
    return journal.sharing


@pytest.fixture
def eastern():
    """US Eastern time (UTC-4 in June) for the process, restored afterwards."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "EST5EDT,M3.2.0,M11.1.0"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


# -- migration 3 and the signing key -------------------------------------------


def _check_signing_key(path: Path, passphrase: str) -> tuple[bytes, str]:
    vault = open_vault(path, passphrase)
    try:
        assert vault.kind == "journal"
        assert vault.schema_version() == SCHEMA_VERSION
        assert _meta(vault, "kind") == "journal"
        repo = Journal(vault, clock=lambda: NOW).sharing
        key, signer = repo.signing_key(), repo.signer()
    finally:
        vault.close()
    assert len(key) == 32
    public = Ed25519PrivateKey.from_private_bytes(key).public_key().public_bytes_raw()
    assert base64.b64decode(signer) == public
    return key, signer


def test_new_journal_has_a_signing_key_that_stays(closed_vault_path):
    first = _check_signing_key(closed_vault_path, PASSPHRASE)
    assert _check_signing_key(closed_vault_path, PASSPHRASE) == first


def test_every_journal_has_its_own_signing_key(tmp_path, closed_vault_path):
    copy = tmp_path / "other.pjvault"
    create_vault(copy, PASSPHRASE).close()
    assert _check_signing_key(copy, PASSPHRASE) != _check_signing_key(closed_vault_path, PASSPHRASE)


def test_fixture_vault_gains_kind_and_a_lasting_signing_key(tmp_path):
    copy = tmp_path / "vault_v1.pjvault"
    shutil.copyfile(FIXTURE, copy)  # never open the committed file itself
    fixture_bytes = FIXTURE.read_bytes()
    first = _check_signing_key(copy, FIXTURE_PASSPHRASE)
    assert _check_signing_key(copy, FIXTURE_PASSPHRASE) == first
    assert FIXTURE.read_bytes() == fixture_bytes


# -- supporters --------------------------------------------------------------------


def test_supporters_add_list_rename_remove(repo):
    sam = repo.add_supporter("  Sam   Lee ", KEY_X)
    assert (sam.name, sam.recipient, sam.added) == ("Sam Lee", KEY_X, NOW)
    alex = repo.add_supporter("alex", KEY_Y)
    assert [s.name for s in repo.supporters()] == ["alex", "Sam Lee"]

    renamed = repo.rename_supporter(sam.id, "Sam L.")
    assert renamed == replace(sam, name="Sam L.")
    assert repo.get_supporter(sam.id).name == "Sam L."

    assert repo.remove_supporter(alex.id) == alex
    assert repo.supporters() == [renamed]
    with pytest.raises(NotFound):
        repo.rename_supporter(alex.id, "Alex")
    with pytest.raises(NotFound):
        repo.remove_supporter(alex.id)


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_supporter_name_required_and_limited(repo, name):
    with pytest.raises(ValidationError):
        repo.add_supporter(name, KEY_X)
    assert repo.supporters() == []


def test_supporter_name_of_80_characters_is_fine(repo):
    assert repo.add_supporter("x" * 80, KEY_X).name == "x" * 80


def test_same_supporter_key_twice_is_refused(repo):
    repo.add_supporter("Sam", KEY_X)
    with pytest.raises(UserError, match=r"already added this supporter \(as Sam\)"):
        repo.add_supporter("Samantha", KEY_X)
    assert [s.name for s in repo.supporters()] == ["Sam"]


def test_rename_validates_the_name(repo):
    sam = repo.add_supporter("Sam", KEY_X)
    with pytest.raises(ValidationError):
        repo.rename_supporter(sam.id, " ")
    assert repo.get_supporter(sam.id).name == "Sam"


# -- labels ------------------------------------------------------------------------


@pytest.fixture
def people(journal: Journal) -> dict[str, Person]:
    names = ["Mary Ann Jones", "Bob", "Carol King", "Dev"]
    return {n.split()[0]: journal.add_person(Person(name=n)) for n in names}


def test_full_and_first_names(repo, people):
    everyone = list(people.values())
    assert repo.labels_for(KEY_X, Naming.FULL, everyone)[people["Mary"].id] == "Mary Ann Jones"
    assert repo.labels_for(KEY_X, Naming.FIRST, everyone)[people["Mary"].id] == "Mary"
    assert repo.labels_for(KEY_X, Naming.FIRST, everyone)[people["Carol"].id] == "Carol"


def test_pseudonyms_are_kept_per_supporter(repo, people):
    mary, bob, carol, dev = people.values()

    first = repo.labels_for(KEY_X, Naming.PSEUDONYM, [bob, mary])
    # New people get letters in the order they were added to the journal.
    assert first == {mary.id: "Person A", bob.id: "Person B"}
    again = repo.labels_for(KEY_X, Naming.PSEUDONYM, [carol, bob, mary])
    assert again == {mary.id: "Person A", bob.id: "Person B", carol.id: "Person C"}

    # Another supporter has labels of their own.
    other = repo.labels_for(KEY_Y, Naming.PSEUDONYM, [carol])
    assert other == {carol.id: "Person A"}
    assert repo.labels_for(KEY_Y, Naming.PSEUDONYM, [mary, dev]) == {
        mary.id: "Person B", dev.id: "Person C"
    }
    # And the first supporter's did not move.
    assert repo.labels_for(KEY_X, Naming.PSEUDONYM, [dev, carol]) == {
        carol.id: "Person C", dev.id: "Person D"
    }


def test_passphrase_exports_have_stable_pseudonyms_too(repo, people):
    mary, bob, _, _ = people.values()
    assert repo.labels_for(PASSPHRASE_RECIPIENT, Naming.PSEUDONYM, [bob]) == {bob.id: "Person A"}
    assert repo.labels_for(PASSPHRASE_RECIPIENT, Naming.PSEUDONYM, [mary, bob]) == {
        bob.id: "Person A", mary.id: "Person B"
    }


def test_pseudonyms_go_past_z(repo, journal):
    many = [journal.add_person(Person(name=f"P{i}")) for i in range(28)]
    labels = repo.labels_for(KEY_X, Naming.PSEUDONYM, many)
    assert [labels[p.id] for p in many][24:] == [
        "Person Y", "Person Z", "Person AA", "Person AB"
    ]
    assert len(set(labels.values())) == 28


def test_a_deleted_persons_pseudonym_goes_with_them(repo, journal, people):
    mary, bob, carol, _ = people.values()
    repo.labels_for(KEY_X, Naming.PSEUDONYM, [mary, bob])
    journal.delete_person(bob.id)  # no history, so deletable
    rows = journal.vault.conn.execute("SELECT person_id FROM pseudonyms").fetchall()
    assert rows == [(mary.id,)]
    # The freed letter is the next free one.
    assert repo.labels_for(KEY_X, Naming.PSEUDONYM, [carol]) == {carol.id: "Person B"}


# -- snapshots ---------------------------------------------------------------------

def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_snapshot_keeps_entries_by_local_date(repo, journal, people, eastern):
    mary = people["Mary"]
    # June: Eastern is UTC-4, so a local day runs from 04:00Z to 04:00Z the next day.
    times = {
        "before": _utc(2026, 6, 10, 3, 59, 59),  # 9 June, 23:59:59 local
        "first": _utc(2026, 6, 10, 4, 0, 0),  # 10 June, 00:00 local
        "last": _utc(2026, 6, 13, 3, 59, 59),  # 12 June, 23:59:59 local
        "after": _utc(2026, 6, 13, 4, 0, 0),  # 13 June, 00:00 local
    }
    for label, at in times.items():
        journal.add_mood(MoodCheckIn(at=at, mood=3, note=label))
        journal.add_contact(Contact(at=at, person_ids=(mary.id,), note=label))
        journal.add_activity(Activity(at=at, category="Outdoors", title="Walk", note=label))

    options = ShareOptions(start=date(2026, 6, 10), end=date(2026, 6, 12))
    snap = repo.snapshot(options, KEY_X)
    for entries in (snap.moods, snap.contacts, snap.activities):
        assert [e.note for e in entries] == ["first", "last"]  # sorted by time

    one_day = repo.snapshot(ShareOptions(start=date(2026, 6, 9), end=date(2026, 6, 9)), KEY_X)
    assert [m.note for m in one_day.moods] == ["before"]


def test_snapshot_people_are_everyone_and_the_document_lists_those_named(repo, journal, people):
    mary, bob, carol, dev = people.values()
    in_period = _utc(2026, 6, 5, 12)
    outside = _utc(2026, 5, 1, 12)
    journal.add_contact(Contact(at=in_period, person_ids=(bob.id,)))
    journal.add_activity(Activity(at=in_period, category="Social", title="Tea",
                                  person_ids=(carol.id,)))
    journal.add_contact(Contact(at=outside, person_ids=(dev.id,)))
    for person in (bob, carol, dev):
        journal.set_archived(person.id, True)
    unnamed = journal.add_person(Person(name="Eve", archived=True))

    snap = repo.snapshot(
        ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10), naming=Naming.PSEUDONYM),
        KEY_X,
    )
    ids = {p.id for p in snap.people}
    # Everyone, with a label: their names are hidden in free text even when not listed.
    assert ids == {mary.id, bob.id, carol.id, dev.id, unnamed.id}
    assert set(snap.labels) == ids
    assert sorted(snap.labels.values()) == ["Person A", "Person B", "Person C", "Person D", "Person E"]
    doc = build_document(snap, ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10),
                                            naming=Naming.PSEUDONYM),
                         recipient=KEY_X, signer=repo.signer(), export_id=new_export_id(),
                         created=_utc(2026, 6, 11, 9))
    # Listed: only those the shared entries name (Mary, named nowhere, stays out).
    assert {p["label"] for p in doc["content"]["people"]} == {snap.labels[bob.id], snap.labels[carol.id]}

    # The same share again gives the same labels.
    again = repo.snapshot(
        ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10), naming=Naming.PSEUDONYM),
        KEY_X,
    )
    assert again.labels == snap.labels


def _add_days(journal: Journal, person: Person, first: date, days: int, per_day: int) -> None:
    """``per_day`` check-ins, contacts and activities at noon UTC on each of ``days`` days."""
    for d in range(days):
        day = first.toordinal() + d
        for n in range(per_day):
            at = datetime.combine(date.fromordinal(day), datetime.min.time(), UTC).replace(
                hour=10 + n)
            journal.add_mood(MoodCheckIn(at=at, mood=3, feelings=("calm",), note="a day"))
            journal.add_contact(Contact(at=at, person_ids=(person.id,), note="tea"))
            journal.add_activity(Activity(at=at, category="Outdoors", title="Walk",
                                          person_ids=(person.id,)))


def _traced_snapshot(repo: SharingStore, options: ShareOptions) -> tuple[object, list[str], int]:
    """The snapshot, the statements it ran and the SQLite VM steps they took."""
    conn = repo.journal.vault.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        with counting_steps(conn, every=1) as steps:
            snap = repo.snapshot(options, KEY_X)
    finally:
        conn.set_trace_callback(None)
    return snap, statements, steps[0]


def test_snapshot_reads_the_period_in_a_fixed_number_of_queries(repo, journal, people):
    """Issue 20: a year's share cost one query or more per entry (~10,000 for a year)."""
    options = ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10), include_notes=True,
                           naming=Naming.PSEUDONYM)
    mary = people["Mary"]
    _add_days(journal, mary, date(2026, 6, 1), 10, 1)
    repo.snapshot(options, KEY_X)  # pseudonyms stored once, so both runs below only read
    _, few, _ = _traced_snapshot(repo, options)
    _add_days(journal, mary, date(2026, 6, 1), 10, 2)  # three times as many in the period
    snap, many, _ = _traced_snapshot(repo, options)
    assert len(snap.moods) == len(snap.contacts) == len(snap.activities) == 30
    assert all(m.feelings == ("calm",) for m in snap.moods)
    assert all(c.person_ids == (mary.id,) for c in snap.contacts + snap.activities)
    assert len(many) == len(few)


def test_snapshot_reads_no_more_when_history_outside_the_period_grows(repo, journal, people):
    """The work of a year's share does not grow with the years before it (issue 20)."""
    options = ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10), include_notes=True,
                           naming=Naming.PSEUDONYM)
    mary = people["Mary"]
    _add_days(journal, mary, date(2026, 6, 1), 10, 1)
    _add_days(journal, mary, date(2026, 5, 1), 20, 1)  # history before the period
    repo.snapshot(options, KEY_X)  # pseudonyms stored once, so both runs below only read
    snap, statements, steps = _traced_snapshot(repo, options)
    _add_days(journal, mary, date(2026, 3, 1), 60, 2)  # history grows sevenfold
    again, statements_again, steps_again = _traced_snapshot(repo, options)
    assert again == snap
    assert statements_again == statements
    assert steps_again <= steps * 1.1  # an index range: only a deeper B-tree may add a step


def test_snapshot_labels_follow_the_naming(repo, people):
    options = ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10), naming=Naming.FULL)
    snap = repo.snapshot(options, KEY_X)
    assert snap.labels[people["Mary"].id] == "Mary Ann Jones"
    # Full or first names store no pseudonyms.
    assert repo.journal.vault.conn.execute("SELECT count(*) FROM pseudonyms").fetchone() == (0,)


# -- history -----------------------------------------------------------------------


def test_history_records_what_kind_of_share_but_no_content(repo, journal, people):
    at = _utc(2026, 6, 5, 12)
    journal.add_mood(MoodCheckIn(at=at, mood=2, note=NOTE_MARKER))
    journal.add_contact(Contact(at=at, person_ids=(people["Bob"].id,), note=NOTE_MARKER))
    sam = repo.add_supporter("Sam", KEY_X)
    options = ShareOptions(
        start=date(2026, 6, 1), end=date(2026, 6, 10),
        sections=frozenset({Section.SUMMARY, Section.MOODS}), include_notes=True,
        naming=Naming.PSEUDONYM, message=f"message {NOTE_MARKER}", sender_name="Mary",
    )
    repo.snapshot(options, KEY_X)
    repo.record_share("export-1", sam, options, False, _utc(2026, 6, 14, 9))
    repo.record_share("export-2", None, replace(options, include_notes=False), True,
                      _utc(2026, 6, 15, 9))

    rows = journal.vault.conn.execute("SELECT * FROM share_history").fetchall()
    assert len(rows) == 2
    for row in rows:
        for value in row:
            assert NOTE_MARKER not in str(value)
            assert "Bob" not in str(value) and "Mary" not in str(value)

    newest, older = repo.history()
    assert newest.export_id == "export-2"
    assert (newest.supporter_name, newest.passphrase_protected, newest.include_notes) == (
        "", True, False
    )
    assert older.export_id == "export-1"
    assert older.at == _utc(2026, 6, 14, 9)
    assert older.supporter_name == "Sam"
    assert (older.period_start, older.period_end) == (date(2026, 6, 1), date(2026, 6, 10))
    assert older.sections == (Section.MOODS, Section.SUMMARY)
    assert (older.include_notes, older.naming, older.passphrase_protected) == (
        True, Naming.PSEUDONYM, False
    )


def test_removing_a_supporter_keeps_their_name_in_the_history(repo):
    sam = repo.add_supporter("Sam", KEY_X)
    options = ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10))
    repo.record_share("export-1", sam, options, False, NOW)
    repo.remove_supporter(sam.id)
    (record,) = repo.history()
    assert record.supporter_name == "Sam"
    row = repo.journal.vault.conn.execute("SELECT supporter_id FROM share_history").fetchone()
    assert row == (None,)


def test_sharing_changes_do_not_notify_journal_views(repo, journal, people):
    heard = []
    journal.add_listener(heard.append)
    sam = repo.add_supporter("Sam", KEY_X)
    options = ShareOptions(start=date(2026, 6, 1), end=date(2026, 6, 10), naming=Naming.PSEUDONYM)
    repo.snapshot(options, KEY_X)
    repo.record_share("export-1", sam, options, False, NOW)
    assert heard == []

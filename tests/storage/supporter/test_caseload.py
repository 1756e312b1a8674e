"""The caseload in the supporter vault: the next agreed step, archiving, removing a person
with everything about them, and an older supporter vault brought up to date."""

from __future__ import annotations

from datetime import date

import pytest

from peerjournal.errors import UserError, ValidationError
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS, SUPPORTER_SCHEMA_VERSION
from peerjournal.storage.supporter.store import NEXT_STEP_MAX, SupporterStore
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.storage.conftest import NOW, PASSPHRASE
from tests.storage.supporter.test_store import KEY_2, share


def all_rows(store: SupporterStore) -> dict[str, list[tuple]]:
    """Every row of every table in the vault, whatever tables later steps add."""
    conn = store.vault.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}


def test_the_next_agreed_step_is_kept_changed_and_removed(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    assert (sam.next_step, sam.next_due) == ("", None)
    agreed = store.set_next_step(sam.id, "  Ask about the walking group  ", date(2026, 6, 20))
    assert (agreed.next_step, agreed.next_due) == ("Ask about the walking group", date(2026, 6, 20))
    assert store.get_person(sam.id) == agreed
    assert store.set_next_step(sam.id, "Call back", None).next_due is None
    with pytest.raises(ValidationError):
        store.set_next_step(sam.id, "x" * (NEXT_STEP_MAX + 1), None)
    assert store.get_person(sam.id).next_step == "Call back"
    cleared = store.set_next_step(sam.id, "  ", None)
    assert (cleared.next_step, cleared.next_due) == ("", None)
    assert store.vault.conn.execute("SELECT count(*) FROM agreed_steps").fetchone() == (0,)
    with pytest.raises(UserError):
        store.set_next_step(sam.id + 100, "nobody", None)


def test_archived_people_leave_the_caseload_with_everything_kept(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    alex = store.import_share(share("e-2", KEY_2, sender_name="Alex"), new_person_name="Alex")
    store.set_note(sam.id, "Sam's note")
    store.set_next_step(sam.id, "Ring Sam", date(2026, 7, 1))

    archived = store.set_archived(sam.id, True)
    assert archived.archived == NOW
    assert [p.id for p in store.people(archived=False)] == [alex.id]
    assert [p.id for p in store.people(archived=True)] == [sam.id]
    assert {p.id for p in store.people()} == {sam.id, alex.id}  # names stay unique across both
    assert store.note(sam.id) == "Sam's note"
    assert [e.export_id for e in store.exports_of(sam.id)] == ["e-1"]
    assert archived.next_step == "Ring Sam"

    back = store.set_archived(sam.id, False)
    assert back.archived is None
    assert {p.id for p in store.people(archived=False)} == {sam.id, alex.id}
    with pytest.raises(UserError):
        store.set_archived(sam.id + 100, True)


def test_a_new_file_from_an_archived_person_brings_them_back(store):
    sam = store.import_share(share("e-1"), new_person_name="Sam")
    store.set_archived(sam.id, True)
    joined = store.import_share(share("e-2", created="2026-06-20T08:00:00Z"))
    assert (joined.id, joined.archived) == (sam.id, None)


def test_removing_a_person_leaves_nothing_about_them_in_the_vault(store):
    sam = store.import_share(share("e-1", sender_name="Samwise"), new_person_name="Samwise Gamgee")
    store.import_share(share("e-2", created="2026-06-20T08:00:00Z"))
    alex = store.import_share(share("e-3", KEY_2, sender_name="Alex"), new_person_name="Alex")
    store.set_note(sam.id, "Remember Samwise's garden")
    store.set_next_step(sam.id, "Samwise: bring the leaflet", date(2026, 7, 1))
    store.replies.record_sent(sam.id, "r-1", NOW, "e-1", 1, {"notes": "for Samwise"})
    store.set_archived(sam.id, True)  # archived first: removal still takes everything

    store.delete_person(sam.id)

    rows = all_rows(store)
    assert "agreed_steps" in rows and "replies_sent" in rows
    every_cell = [str(cell) for table in rows.values() for row in table for cell in row]
    for trace in ("Samwise", "e-1", "e-2", "r-1", share("e-1").signer):
        assert not any(trace in cell for cell in every_cell), trace
    assert store.vault.conn.execute("SELECT count(*) FROM exports").fetchone() == (1,)
    assert [p.id for p in store.people()] == [alex.id]


def test_an_older_supporter_vault_opens_with_its_people_and_notes(tmp_path):
    path = tmp_path / "old.pjvault"
    # The vault as it was just before the caseload step (other steps may be appended after it).
    before = [m.__name__ for m in SUPPORTER_MIGRATIONS].index("_migration_caseload")
    old = create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS[:before])
    assert old.schema_version() == before
    # Written as that version's code wrote it (today's store reads the newer tables).
    with old.transaction():
        old.conn.execute("INSERT INTO people (id, name, signer, added_utc) VALUES (1, 'Sam', ?,"
                         " '2026-06-01T10:00:00Z')", (share("e-1").signer,))
        old.conn.execute("INSERT INTO notes VALUES (1, 'kept', '2026-06-01T10:00:00Z')")
    old.close()

    vault = open_vault(path, PASSPHRASE)
    try:
        assert vault.schema_version() == SUPPORTER_SCHEMA_VERSION
        store = SupporterStore(vault, clock=lambda: NOW)
        (person,) = store.people(archived=False)
        assert (person.name, person.archived, person.next_step, person.next_due) == ("Sam", None, "", None)
        assert store.note(person.id) == "kept"
        assert store.set_next_step(person.id, "Meet", date(2026, 7, 2)).next_due == date(2026, 7, 2)
    finally:
        vault.close()

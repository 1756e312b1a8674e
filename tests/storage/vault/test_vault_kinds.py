"""Two kinds of vault, a journal and a supporter vault: each opens as itself, with its own
migrations, and every refusal leaves the file as it was."""

from __future__ import annotations

import time

import pyrage
import pytest
import sqlcipher3

from peerjournal.errors import BugError, NewerVaultVersion, NotAVault
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.shares import SharingStore
from peerjournal.storage.supporter.migrations import (
    SUPPORTER_MIGRATIONS,
    SUPPORTER_SCHEMA_VERSION,
)
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import (
    UnknownVaultKind,
    WrongVaultKind,
    create_vault,
    open_vault,
)
from peerjournal.storage.vault.keying import key_pragma
from peerjournal.storage.vault.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.storage.conftest import PASSPHRASE, folder_state


def _tables(conn) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture
def supporter_path(tmp_path):
    path = tmp_path / "supporter" / "supporter.pjvault"
    create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS).close()
    return path


def test_new_journal_is_a_journal(vault, vault_path):
    assert vault.kind == "journal"
    assert vault.conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone() == ("journal",)
    vault.close()
    reopened = open_vault(vault_path, PASSPHRASE)
    try:
        assert reopened.kind == "journal"
        assert reopened.schema_version() == SCHEMA_VERSION
    finally:
        reopened.close()


def test_supporter_vault_reopens_as_supporter_with_the_same_identity(tmp_path):
    path = tmp_path / "supporter.pjvault"
    vault = create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        assert vault.kind == "supporter"
        secret, public = SupporterStore(vault).identity()
    finally:
        vault.close()
    assert secret.startswith("AGE-SECRET-KEY-1") and public.startswith("age1")
    assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == public

    reopened = open_vault(path, PASSPHRASE)  # no migration list: found from the file
    try:
        assert reopened.kind == "supporter"
        assert reopened.schema_version() == SUPPORTER_SCHEMA_VERSION
        assert SupporterStore(reopened).identity() == (secret, public)
        tables = _tables(reopened.conn)
        assert {"meta", "identity", "people", "exports", "notes"} <= tables
        assert not {"moods", "contacts", "supporters", "share_history"} & tables
    finally:
        reopened.close()


def test_two_supporter_vaults_have_different_identities(tmp_path):
    publics = set()
    for name in ("a", "b"):
        vault = create_vault(tmp_path / f"{name}.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
        publics.add(SupporterStore(vault).identity()[1])
        vault.close()
    assert len(publics) == 2


def test_newer_supporter_schema_refused_untouched(supporter_path):
    vault = open_vault(supporter_path, PASSPHRASE)
    vault.conn.execute(f"PRAGMA user_version = {SUPPORTER_SCHEMA_VERSION + 1}")
    vault.close()
    # Still below the journal's version: only the supporter list can call it newer.
    assert SUPPORTER_SCHEMA_VERSION + 1 <= SCHEMA_VERSION
    before = folder_state(supporter_path.parent)
    time.sleep(0.01)

    with pytest.raises(NewerVaultVersion) as info:
        open_vault(supporter_path, PASSPHRASE)

    assert (info.value.found, info.value.supported) == (
        SUPPORTER_SCHEMA_VERSION + 1, SUPPORTER_SCHEMA_VERSION
    )
    assert folder_state(supporter_path.parent) == before


def test_unknown_kind_refused_untouched(supporter_path):
    vault = open_vault(supporter_path, PASSPHRASE)
    vault.conn.execute("UPDATE meta SET value = 'clinic' WHERE key = 'kind'")
    vault.close()
    before = folder_state(supporter_path.parent)
    time.sleep(0.01)
    with pytest.raises(UnknownVaultKind):
        open_vault(supporter_path, PASSPHRASE)
    assert folder_state(supporter_path.parent) == before


def test_explicit_list_of_the_other_kind_refused_untouched(supporter_path, closed_vault_path):
    for path, wrong in ((supporter_path, MIGRATIONS), (closed_vault_path, SUPPORTER_MIGRATIONS)):
        before = folder_state(path.parent)
        time.sleep(0.01)
        with pytest.raises(WrongVaultKind):
            open_vault(path, PASSPHRASE, migrations=wrong)
        assert folder_state(path.parent) == before


def test_journal_from_before_kinds_opens_as_a_journal_and_gains_the_row(vault_path):
    old = create_vault(vault_path, PASSPHRASE, migrations=MIGRATIONS[:2])
    assert old.kind == "journal"  # meta exists but has no kind row yet
    assert old.conn.execute("SELECT count(*) FROM meta WHERE key = 'kind'").fetchone() == (0,)
    old.close()

    vault = open_vault(vault_path, PASSPHRASE)
    try:
        assert vault.kind == "journal"
        assert vault.schema_version() == SCHEMA_VERSION
        assert vault.conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone() == (
            "journal",
        )
    finally:
        vault.close()


def test_foreign_database_with_a_meta_table_of_its_own_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(key_pragma(PASSPHRASE))
    conn.execute("CREATE TABLE meta (x INTEGER)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    before = folder_state(tmp_path)
    time.sleep(0.01)
    with pytest.raises(NotAVault):
        open_vault(path, PASSPHRASE)
    assert folder_state(tmp_path) == before


def test_stores_refuse_the_wrong_kind(vault, supporter_path):
    with pytest.raises(BugError):
        SupporterStore(vault)
    supporter = open_vault(supporter_path, PASSPHRASE)
    try:
        with pytest.raises(BugError):
            SharingStore(Journal(supporter))
    finally:
        supporter.close()

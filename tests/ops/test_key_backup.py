"""The supporter's key backup: written owner-only and checked, restored into a new supporter
vault (which then opens a file made for the old key), and clear refusals of bad files."""

from __future__ import annotations

import os
import stat

import pytest

from peerjournal.core.sharing.keys import signer_public
from peerjournal.errors import UserError, ValidationError
from peerjournal.ops import key_backup
from peerjournal.ops.key_backup import (
    KeyBackupError,
    current_keys,
    read_key_backup,
    restore_keys,
    seal_keys,
    write_key_backup,
)
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault
from tests.storage.conftest import NOW, PASSPHRASE

BACKUP_PASSPHRASE = "blue kettle on the hill"


@pytest.fixture
def two_stores(tmp_path):
    old = create_vault(tmp_path / "old.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    new = create_vault(tmp_path / "new" / "new.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(old, clock=lambda: NOW), SupporterStore(new, clock=lambda: NOW)
    old.close()
    new.close()


def test_a_backup_restores_the_keys_on_a_new_computer(two_stores, tmp_path):
    old, new = two_stores
    keys = current_keys(old)
    path = write_key_backup(keys, tmp_path / "usb" / f"keys{key_backup.BACKUP_SUFFIX}", BACKUP_PASSPHRASE)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert keys.identity.encode() not in path.read_bytes()  # locked, not plain
    assert "AGE-SECRET" not in repr(keys)

    assert new.identity() != old.identity()
    restore_keys(new, read_key_backup(path, BACKUP_PASSPHRASE))
    assert new.identity() == old.identity()
    assert new.replies.signer() == old.replies.signer() == signer_public(keys.signing_key)
    assert current_keys(new) == keys


def test_a_short_passphrase_is_refused_before_anything_is_written(two_stores, tmp_path):
    old, _ = two_stores
    with pytest.raises(ValidationError):
        write_key_backup(current_keys(old), tmp_path / "k.pjkeys", "short")
    assert not (tmp_path / "k.pjkeys").exists()


def test_wrong_passphrase_tampered_truncated_and_other_files_say_what_is_wrong(two_stores, tmp_path):
    old, _ = two_stores
    data = seal_keys(current_keys(old), BACKUP_PASSPHRASE)
    path = tmp_path / "k.pjkeys"
    path.write_bytes(data)

    with pytest.raises(KeyBackupError, match="passphrase doesn't open"):
        read_key_backup(path, "not the passphrase")
    with pytest.raises(ValidationError):
        read_key_backup(path, "")

    tampered = bytearray(data)
    tampered[-3] ^= 0x01
    truncated = data[: len(data) - 10]
    for name, content in (("tampered", bytes(tampered)), ("truncated", truncated),
                          ("half-header", data[:30]), ("text", b"hello"), ("empty", b"")):
        bad = tmp_path / f"{name}.pjkeys"
        bad.write_bytes(content)
        with pytest.raises(KeyBackupError, match="damaged or incomplete"):
            read_key_backup(bad, BACKUP_PASSPHRASE)

    with pytest.raises(UserError):
        read_key_backup(tmp_path / "missing.pjkeys", BACKUP_PASSPHRASE)
    with pytest.raises(KeyBackupError, match="not a file"):
        read_key_backup(tmp_path, BACKUP_PASSPHRASE)

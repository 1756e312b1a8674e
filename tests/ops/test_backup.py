"""ops.backup: back up now keeps the newest few; a restore is checked, opened, then kept or
undone, and a backup that doesn't open changes nothing."""

from __future__ import annotations

import stat
from datetime import timedelta

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import WrongPassphrase
from peerjournal.ops.backup import back_up_now, check_backup, go_back, keep_restored, restore_backup
from peerjournal.storage.files.backup import list_backups
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import JOURNAL, open_vault
from tests.ops.conftest import NOW, PASSPHRASE
from tests.storage.conftest import folder_state


def _notes(vault) -> list[str]:
    moods = Journal(vault, clock=lambda: NOW).moods_between(NOW - timedelta(days=1), NOW)
    return [m.note for m in moods]


def test_back_up_now_writes_a_private_backup_and_keeps_the_newest(vault, tmp_path):
    folder = tmp_path / "backups"
    made = [back_up_now(vault, folder, keep=2, now=NOW + timedelta(minutes=i)) for i in range(3)]
    assert made[0].pruned == () and made[1].pruned == ()
    assert made[2].pruned == (made[0].path,)
    assert [b.path for b in list_backups(folder, JOURNAL)] == [made[2].path, made[1].path]
    assert stat.S_IMODE(made[2].path.stat().st_mode) == 0o600
    assert check_backup(made[2].path, PASSPHRASE).kind == JOURNAL


def test_check_backup_refuses_a_wrong_passphrase_and_changes_nothing(vault, tmp_path):
    made = back_up_now(vault, tmp_path / "b", keep=5, now=NOW)
    before = folder_state(tmp_path / "b")
    with pytest.raises(WrongPassphrase):
        check_backup(made.path, "not the passphrase")
    assert folder_state(tmp_path / "b") == before


@pytest.mark.parametrize("keep", [True, False])
def test_restore_then_keep_or_go_back(vault_path, vault, tmp_path, keep):
    journal = Journal(vault, clock=lambda: NOW)
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=2), mood=3, note="in the backup"))
    backup = back_up_now(vault, tmp_path / "b", keep=5, now=NOW).path
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=1), mood=4, note="after the backup"))
    vault.close()

    restored = restore_backup(vault_path, backup, PASSPHRASE, kind=JOURNAL, now=NOW)
    assert _notes(restored.vault) == ["in the backup"]
    assert restored.result.replaced_path is not None and restored.result.replaced_path.exists()
    if keep:
        keep_restored(restored.result)
        restored.vault.close()
        assert not restored.result.replaced_path.exists()
        expected = ["in the backup"]
    else:
        restored.vault.close()
        go_back(restored.result)
        expected = ["after the backup", "in the backup"]
    again = open_vault(vault_path, PASSPHRASE)
    try:
        assert sorted(_notes(again)) == expected
    finally:
        again.close()

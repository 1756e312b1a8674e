"""The hidden --check-journal: creates a journal with a backup, opens it again, refuses kindly."""

from __future__ import annotations

import io

from peerjournal.storage.files.backup import backups_dir
from peerjournal.system.journal_check import check_journal

PASSPHRASE = "a long enough test passphrase"


def test_creates_then_opens_and_prints_nothing_from_the_journal(tmp_path):
    path = tmp_path / "data" / "journal.pjvault"
    out = io.StringIO()
    assert check_journal(path, io.StringIO(PASSPHRASE + "\n"), out) == 0
    assert out.getvalue().startswith("created journal.pjvault: schema version ")
    assert path.is_file() and list(backups_dir(path).iterdir())
    assert not path.read_bytes().startswith(b"SQLite format 3")  # encrypted

    out = io.StringIO()
    assert check_journal(path, io.StringIO(PASSPHRASE + "\n"), out) == 0
    assert out.getvalue().startswith("opened journal.pjvault: schema version ")
    assert PASSPHRASE not in out.getvalue()


def test_a_wrong_passphrase_is_a_plain_message(tmp_path):
    path = tmp_path / "journal.pjvault"
    assert check_journal(path, io.StringIO(PASSPHRASE + "\n"), io.StringIO()) == 0
    before = path.read_bytes()
    out = io.StringIO()
    assert check_journal(path, io.StringIO("not the passphrase\n"), out) == 1
    assert out.getvalue().strip() and "Traceback" not in out.getvalue()
    assert path.read_bytes() == before


def test_a_too_short_new_passphrase_creates_nothing(tmp_path):
    path = tmp_path / "journal.pjvault"
    out = io.StringIO()
    assert check_journal(path, io.StringIO("x\n"), out) == 1
    assert out.getvalue().strip() and not path.exists()

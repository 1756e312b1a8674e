"""ops.share: the document built for the preview is what the sealed file holds; the history
records the share; files are written 0600 with the .pjshare ending."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest

from peerjournal.core.clock import to_local
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.options import Naming, Section, ShareOptions
from peerjournal.core.sharing.package import open_share
from peerjournal.demo.seed import seed_demo
from peerjournal.errors import UserError
from peerjournal.ops.share import prepare_share, record_share, save_share, share_path, write_share
from peerjournal.storage.sharing.shares import SharingStore
from tests.ops.conftest import NOW


@pytest.fixture
def repo(journal) -> SharingStore:
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(days=1), mood=4, note="NOTE-MARKER"))
    return journal.sharing


def _options() -> ShareOptions:
    today = to_local(NOW).date()
    return ShareOptions(start=today - timedelta(days=13), end=today).validate(today)


def test_share_path_adds_the_ending_once(tmp_path):
    assert share_path(tmp_path / "a") == tmp_path / "a.pjshare"
    assert share_path(tmp_path / "a.pjshare") == tmp_path / "a.pjshare"


def test_share_to_a_supporter_opens_to_the_previewed_document(journal, repo, tmp_path):
    secret, public = new_identity()
    dev = repo.add_supporter("Dev", public)
    prepared = prepare_share(journal, _options(), dev)
    assert prepared.document["recipient"] == public and repo.history() == []  # nothing recorded yet

    saved = save_share(journal, prepared, tmp_path / "out.pjshare", at=NOW)
    assert saved.path == tmp_path / "out.pjshare"
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o600
    opened = open_share(saved.path.read_bytes(), identity=secret, expected_recipient=public)
    assert opened.document == prepared.document and opened.export_id == prepared.export_id
    [record] = repo.history()
    assert record.export_id == prepared.export_id and record.supporter_name == "Dev"
    assert not record.passphrase_protected and saved.record == record


def test_passphrase_share_is_written_then_recorded(journal, repo, tmp_path):
    prepared = prepare_share(journal, _options(), None)
    assert prepared.document["recipient"] == "passphrase"
    path = write_share(prepared, repo.signing_key(), tmp_path / "p.pjshare", "a long passphrase here")
    assert repo.history() == []  # the worker's half touches no database
    opened = open_share(path.read_bytes(), passphrase="a long passphrase here")
    assert opened.document == prepared.document
    record = record_share(journal, prepared, at=NOW)
    assert record.passphrase_protected and repo.history() == [record]


def test_a_failed_write_records_nothing(journal, repo, tmp_path):
    _, public = new_identity()
    prepared = prepare_share(journal, _options(), repo.add_supporter("Dev", public))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError):
        save_share(journal, prepared, Path(blocker / "out.pjshare"), at=NOW)
    assert repo.history() == []


@pytest.mark.parametrize("naming", list(Naming))
def test_the_demo_journal_shared_whole_raises_no_false_alarm_about_names(journal, naming):
    seed_demo(journal)
    today = to_local(journal.clock()).date()
    options = ShareOptions(start=today - timedelta(days=89), end=today, sections=frozenset(Section),
                           include_notes=True, naming=naming).validate(today)
    assert prepare_share(journal, options, None).possible_names == ()


def test_a_name_the_journal_does_not_know_is_pointed_out(journal):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(days=1), mood=3, note="Lunch with Tariq"))
    today = to_local(NOW).date()
    options = ShareOptions(start=today - timedelta(days=13), end=today, include_notes=True)
    assert prepare_share(journal, options, None).possible_names == ("Tariq",)

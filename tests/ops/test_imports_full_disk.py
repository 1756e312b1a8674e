"""Imports on a full disk: a share, a supporter's reply and a data file go in whole or not at all,
with a plain message, and the vault stays usable."""

from __future__ import annotations

import errno
from datetime import timedelta

import pytest

from peerjournal.core.clock import to_local
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.options import ShareOptions
from peerjournal.core.sharing.reply import ProposedGoal, ReplyDraft
from peerjournal.errors import DiskFull
from peerjournal.ops.reply import accept_reply, compose_reply, open_reply, write_reply_file
from peerjournal.ops.share import prepare_share, save_share
from peerjournal.ops.share_import import import_opened, open_with_key, read_share
from peerjournal.storage.files.data_export import export_document
from peerjournal.storage.files.data_import import import_document
from peerjournal.storage.supporter.replies import ReplyAddress
from peerjournal.storage.vault.database import create_vault
from tests.faults import failing_file_writes, failing_writes
from tests.ops.conftest import NOW


def test_a_share_imported_on_a_full_disk_adds_nobody(journal, supporter_store, tmp_path):
    secret, public = supporter_store.identity()
    today = to_local(NOW).date()
    prepared = prepare_share(journal, ShareOptions(start=today - timedelta(days=13), end=today,
                                                   sender_name="Sam"),
                             journal.sharing.add_supporter("Dev", public))
    opened = open_with_key(read_share(save_share(journal, prepared, tmp_path / "s.pjshare", at=NOW).path),
                           secret, public)
    with failing_writes(supporter_store.vault, at=2), pytest.raises(DiskFull):
        import_opened(supporter_store, opened, "Sam")
    assert supporter_store.people() == []
    assert import_opened(supporter_store, opened, "Sam").name == "Sam"  # room again


def test_saving_a_share_file_on_a_full_disk_is_said_plainly(journal, supporter_store, tmp_path):
    _secret, public = supporter_store.identity()
    today = to_local(NOW).date()
    prepared = prepare_share(journal, ShareOptions(start=today - timedelta(days=13), end=today,
                                                   sender_name="Sam"),
                             journal.sharing.add_supporter("Dev", public))
    out = tmp_path / "out"
    out.mkdir()
    with failing_file_writes(under=out, error=errno.ENOSPC), pytest.raises(DiskFull):
        save_share(journal, prepared, out / "s.pjshare", at=NOW)
    assert list(out.iterdir()) == []


def test_a_reply_accepted_on_a_full_disk_adds_nothing(journal, supporter_store, tmp_path):
    replies, supporter_side = journal.replies, supporter_store.replies
    replies.add_supporter("Dev", supporter_side.key())
    address = ReplyAddress(replies.reply_to(), NOW - timedelta(days=1), None)
    draft = ReplyDraft("Dev", "See you.", (ProposedGoal("Find a walking group"),))
    document = compose_reply(supporter_store, address, draft, NOW - timedelta(hours=1))
    path = write_reply_file(document, supporter_side.signing_key(), tmp_path / "r.pjreply", "the reply")
    opened, supporter = open_reply(journal, path)
    [goal] = opened.items
    with failing_writes(journal.vault, at=2), pytest.raises(DiskFull):
        accept_reply(journal, opened, supporter, {goal.id: True})
    assert journal.goals.goals() == [] and replies.history() == []
    accept_reply(journal, opened, supporter, {goal.id: True})  # room again: it goes in once
    assert [g.title for g in journal.goals.goals()] == ["Find a walking group"]


def test_a_data_file_imported_on_a_full_disk_is_not_called_broken(journal, tmp_path):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=1), mood=4, note="from the file"))
    document = export_document(journal)
    target = create_vault(tmp_path / "new.pjvault", "another good passphrase")
    try:
        with failing_writes(target, at=3), pytest.raises(DiskFull):
            import_document(document, target)
        assert target.conn.execute("SELECT count(*) FROM moods").fetchone()[0] == 0
        import_document(document, target)  # room again
        assert target.conn.execute("SELECT note FROM moods").fetchall() == [("from the file",)]
    finally:
        target.close()

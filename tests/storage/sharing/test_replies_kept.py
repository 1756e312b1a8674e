"""Issue 14 in storage: a finished reply's content is kept to be read again, a finished reply's
file opens again (read only, never finished twice), supporters' fingerprints are marked
checked or not yet, and the supporter keeps what they sent. Migration tests from old vaults."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from peerjournal.core.sharing.reply import ProposedGoal, SuggestedPlace
from peerjournal.core.sharing.supporter_key import SupporterKey
from peerjournal.errors import ReplyAlreadyOpened
from peerjournal.ops.reply import read_reply
from peerjournal.storage.journal import Journal, NotFound
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import create_vault, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS
from tests.storage.conftest import NOW, PASSPHRASE
from tests.storage.sharing.test_replies import Supporter


@pytest.fixture
def dev() -> Supporter:
    return Supporter()


def finish(journal: Journal, dev: Supporter, take=(True, False)):
    supporter, _ = journal.replies.add_supporter("Dev", dev.key)
    doc, sealed = dev.reply(journal.replies.reply_to())
    opened, who = journal.replies.open_reply(sealed)
    record = journal.replies.finish_reply(opened, who, {i.id: t for i, t in zip(opened.items, take, strict=True)})
    return doc, sealed, record


def test_a_finished_reply_keeps_its_content_and_decisions(journal, dev):
    doc, _sealed, record = finish(journal, dev)
    again = journal.replies.history()[0]
    assert again == record
    assert again.notes == "See you Tuesday."
    goal, place = again.items
    assert isinstance(goal, ProposedGoal) and goal.why == "Being outdoors helps"
    assert goal.first_step == "Ask at the library"
    assert isinstance(place, SuggestedPlace) and place.when == "Sundays 10:00" and place.contact == "01234 567890"
    assert [(d.title, d.accepted) for d in again.decisions] == [("Find a walking group", True),
                                                               ("Riverside Walkers", False)]
    (kept,) = journal.vault.conn.execute("SELECT document FROM replies_opened").fetchone()
    assert json.loads(kept) == doc


def test_a_finished_replys_file_opens_again_to_be_read_never_finished_twice(journal, dev, tmp_path):
    _doc, sealed, record = finish(journal, dev)
    with pytest.raises(ReplyAlreadyOpened):
        journal.replies.open_reply(sealed)
    opened, who = journal.replies.open_reply(sealed, finished_too=True)
    with pytest.raises(ReplyAlreadyOpened):
        journal.replies.finish_reply(opened, who, {i.id: True for i in opened.items})
    path = tmp_path / "again.pjreply"
    path.write_bytes(sealed)
    assert read_reply(journal, path) == record
    assert len(journal.goals.goals()) == 1  # only the goal accepted the first time


def test_a_reply_not_finished_yet_opens_to_be_decided(journal, dev, tmp_path):
    journal.replies.add_supporter("Dev", dev.key)
    _doc, sealed = dev.reply(journal.replies.reply_to())
    path = tmp_path / "new.pjreply"
    path.write_bytes(sealed)
    opened, who = read_reply(journal, path)
    assert who.name == "Dev" and len(opened.items) == 2
    assert journal.replies.history() == []


def test_supporters_are_marked_checked_or_not_yet(journal, dev):
    checked, _ = journal.replies.add_supporter("Dev", dev.key, checked=True)
    other = Supporter()
    later, _ = journal.replies.add_supporter("Rachel", other.key)
    assert journal.replies.checked_ids() == {checked.id}
    assert journal.replies.is_checked(checked.id) and not journal.replies.is_checked(later.id)
    journal.replies.mark_checked(later.id)
    assert journal.replies.checked_ids() == {checked.id, later.id}
    journal.replies.mark_checked(checked.id, False)
    assert journal.replies.checked_ids() == {later.id}
    journal.replies.sharing.remove_supporter(later.id)
    assert journal.replies.checked_ids() == set()
    with pytest.raises(NotFound):
        journal.replies.mark_checked(later.id)


def test_an_updated_key_is_checked_again(journal):
    bare = Supporter()
    old, _ = journal.replies.add_supporter("Rachel", SupporterKey(bare.public, None), checked=True)
    again, updated = journal.replies.add_supporter("Rachel", bare.key, checked=False)
    assert updated and again.id == old.id
    assert not journal.replies.is_checked(old.id)  # a new fingerprint: compared again or not


# -- migrations from older vaults ------------------------------------------------------------
def test_migration_9_keeps_old_replies_and_marks_old_supporters_not_yet_checked(tmp_path, dev):
    path = tmp_path / "old.pjvault"
    old = Journal(create_vault(path, PASSPHRASE, migrations=MIGRATIONS[:8]), clock=lambda: NOW)
    supporter = old.sharing.add_supporter("Dev", dev.public)
    old.vault.conn.execute("INSERT INTO supporter_signers (supporter_id, signer) VALUES (?, ?)",
                           (supporter.id, dev.signer))
    _doc, sealed = dev.reply(old.replies.reply_to())
    opened, _ = old.replies.open_reply(sealed)
    conn = old.vault.conn
    conn.execute("INSERT INTO replies_opened (reply_id, opened_utc, created_utc, supporter_id,"
                 " supporter_name, in_reply_to, notes) VALUES (?, '2026-06-15T12:00:00Z',"
                 " '2026-06-15T11:00:00Z', ?, 'Dev', NULL, 'See you Tuesday.')",
                 (opened.reply_id, supporter.id))
    conn.execute("INSERT INTO reply_decisions VALUES (?, 0, 'goal', 'Find a walking group', 'accepted')",
                 (opened.reply_id,))
    conn.execute("INSERT INTO reply_decisions VALUES (?, 1, 'place', 'Riverside Walkers', 'declined')",
                 (opened.reply_id,))
    old.vault.close()

    vault = open_vault(path, PASSPHRASE)
    try:
        journal = Journal(vault, clock=lambda: NOW)
        assert vault.schema_version() == len(MIGRATIONS)
        assert journal.replies.checked_ids() == set()  # compared before? unknown: not yet checked
        (record,) = journal.replies.history()
        assert record.notes == "See you Tuesday." and record.items == ()
        assert [d.title for d in record.accepted] == ["Find a walking group"]
        # Opening the old reply's file again keeps its content from now on.
        reopened = tmp_path / "again.pjreply"
        reopened.write_bytes(sealed)
        assert read_reply(journal, reopened).items[1].when == "Sundays 10:00"
        assert journal.replies.history()[0].items[0].title == "Find a walking group"
    finally:
        vault.close()


def test_supporter_migration_3_keeps_old_notes_of_replies_and_new_ones_whole(tmp_path, dev):
    path = tmp_path / "supporter.pjvault"
    vault = create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS[:2])
    vault.conn.execute("INSERT INTO people (id, name, signer, added_utc) VALUES (1, 'Sam', 'x', '2026-06-01T00:00:00Z')")
    vault.conn.execute("INSERT INTO replies_sent VALUES ('r-old', 1, '2026-06-02T00:00:00Z', NULL, 2)")
    vault.close()

    vault = open_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS)
    try:
        store = SupporterStore(vault)
        doc, _sealed = dev.reply(new_public := Supporter().public)
        assert doc["recipient"] == new_public
        store.replies.record_sent(1, doc["reply_id"], NOW, None, len(doc["items"]), doc)
        new, old = store.replies.sent_to(1)
        assert old.reply_id == "r-old" and old.document is None and old.suggestions == 2 and old.items == ()
        assert new.document == doc and new.notes == "See you Tuesday."
        assert [i.title for i in new.items] == ["Find a walking group", "Riverside Walkers"]
        assert new.created == NOW and new.created - old.created > timedelta(days=1)
    finally:
        vault.close()

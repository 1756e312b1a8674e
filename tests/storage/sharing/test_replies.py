"""Replies in storage: the journal's reply key, supporters' signing keys, opening and finishing
a reply (accepted goals and places added, declined ones not), refusals that change nothing,
and the supporter's side (reply keys kept from imported files, their signing key)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pyrage
import pytest

from peerjournal.core.sharing.keys import (
    canonical_recipient,
    new_identity,
    new_signing_key,
    signer_public,
)
from peerjournal.core.sharing.reply import (
    MAX_REPLY_BYTES,
    ProposedGoal,
    ReplyDraft,
    SuggestedPlace,
    build_reply,
    seal_reply,
)
from peerjournal.core.sharing.signing import sign
from peerjournal.core.sharing.supporter_key import SupporterKey
from peerjournal.errors import (
    NewerReplyFormat,
    ReplyAlreadyOpened,
    ReplyNotForYou,
    ReplyTooLarge,
    TamperedReply,
    UnknownReplySigner,
    UserError,
    ValidationError,
)
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.replies import ReplyStore
from peerjournal.storage.supporter.replies import NoReplyAddress
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.storage.conftest import NOW, PASSPHRASE, TODAY, FakeShare


class Supporter:
    """A supporter's two keys, kept in memory (their vault is tested further down)."""

    def __init__(self) -> None:
        self.secret, self.public = new_identity()
        self.signing = new_signing_key()
        self.signer = signer_public(self.signing)

    @property
    def key(self) -> SupporterKey:
        return SupporterKey(self.public, self.signer)

    def reply(self, reply_to: str, *, items: tuple = (), notes: str = "See you Tuesday.",
              created=NOW - timedelta(hours=1)) -> tuple[dict[str, Any], bytes]:
        items = items or (
            ProposedGoal("Find a walking group", why="Being outdoors helps", first_step="Ask at the library"),
            SuggestedPlace("Riverside Walkers", what="Sunday walk", when="Sundays 10:00",
                           how_to_get_there="Bus 12", contact="01234 567890"),
        )
        doc = build_reply(ReplyDraft("Dev", notes, items), recipient=reply_to, signer=self.signer,
                          in_reply_to=None, created=created)
        return doc, seal_reply(doc, self.signing)


@pytest.fixture
def dev() -> Supporter:
    return Supporter()


@pytest.fixture
def replies(journal: Journal) -> ReplyStore:
    return journal.replies


def dump(journal: Journal) -> dict[str, list[tuple]]:
    """Every row of every table, to show that a refusal changed nothing."""
    conn = journal.vault.conn
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in sorted(tables)}


# -- the journal's key for replies (migration 8) -------------------------------------------
def test_every_journal_has_its_own_reply_key_kept_across_reopening(vault_path, replies, tmp_path):
    reply_to = replies.reply_to()
    assert canonical_recipient(reply_to) == reply_to
    assert replies.reply_identity().startswith("AGE-SECRET-KEY-1")
    other = create_vault(tmp_path / "other.pjvault", PASSPHRASE)
    try:
        assert Journal(other).replies.reply_to() != reply_to
    finally:
        other.close()
    replies.journal.vault.close()
    again = open_vault(vault_path, PASSPHRASE)
    try:
        assert Journal(again).replies.reply_to() == reply_to
    finally:
        again.close()


# -- supporters' signing keys -----------------------------------------------------------
def test_adding_supporters_with_and_without_a_signing_key(replies, dev):
    added, updated = replies.add_supporter("Dev", dev.key)
    assert not updated and replies.signer_of(added.id) == dev.signer
    assert replies.supporter_for_signer(dev.signer) == added
    _s, bare = new_identity()
    old, _ = replies.add_supporter("Rachel", SupporterKey(bare, None))
    assert replies.signer_of(old.id) is None
    assert [s.name for s in replies.keyless_supporters()] == ["Rachel"]

    # Rachel's updated key: same age key, now with a signing part. She is updated, not doubled.
    rachel_signer = signer_public(new_signing_key())
    again, updated = replies.add_supporter("Someone else", SupporterKey(bare, rachel_signer))
    assert updated and again.id == old.id and again.name == "Rachel"
    assert replies.signer_of(old.id) == rachel_signer and replies.keyless_supporters() == []
    assert len(replies.sharing.supporters()) == 2

    with pytest.raises(UserError, match="already added this supporter"):
        replies.add_supporter("Dev again", dev.key)
    _s, new_age = new_identity()
    with pytest.raises(UserError, match=r"already added this supporter \(as Dev\)"):
        replies.add_supporter("Dev's laptop", SupporterKey(new_age, dev.signer))


def test_removing_a_supporter_forgets_their_signing_key(replies, dev):
    added, _ = replies.add_supporter("Dev", dev.key)
    replies.sharing.remove_supporter(added.id)
    assert replies.signers() == {}


# -- opening and finishing -------------------------------------------------------------
def test_accept_one_decline_the_other(replies, dev, journal):
    replies.add_supporter("Dev (peer worker)", dev.key)
    doc, data = dev.reply(replies.reply_to())
    before = dump(journal)
    opened, supporter = replies.open_reply(data)
    assert dump(journal) == before  # opening alone changes nothing
    assert supporter.name == "Dev (peer worker)"
    goal, place = opened.items
    record = replies.finish_reply(opened, supporter, {goal.id: True, place.id: False})

    (stored,) = journal.goals.goals()
    assert (stored.title, stored.why, stored.first_step) == (
        "Find a walking group", "Being outdoors helps", "Ask at the library")
    assert stored.set_on == TODAY  # the day it was accepted, on this computer's clock
    assert journal.places.places() == []  # declined: not added
    assert record.supporter_name == "Dev (peer worker)" and record.notes == "See you Tuesday."
    assert [(d.title, d.accepted) for d in record.decisions] == [
        ("Find a walking group", True), ("Riverside Walkers", False)]
    assert replies.history() == [record]
    assert replies.is_opened(doc["reply_id"])

    before = dump(journal)
    with pytest.raises(ReplyAlreadyOpened):
        replies.open_reply(data)
    with pytest.raises(ReplyAlreadyOpened):
        replies.finish_reply(opened, supporter, {goal.id: True, place.id: True})
    assert dump(journal) == before


def test_an_accepted_place_keeps_every_detail_and_says_who_suggested_it(replies, dev, journal):
    replies.add_supporter("Dev", dev.key)
    _doc, data = dev.reply(replies.reply_to())
    opened, supporter = replies.open_reply(data)
    goal, place = opened.items
    replies.finish_reply(opened, supporter, {goal.id: False, place.id: True})
    (stored,) = journal.places.places()
    assert (stored.name, stored.what, stored.when, stored.how_to_get_there, stored.contact) == (
        "Riverside Walkers", "Sunday walk", "Sundays 10:00", "Bus 12", "01234 567890")
    assert "Dev" in stored.notes
    assert journal.goals.goals() == []


def test_finishing_needs_a_decision_on_each_suggestion(replies, dev, journal):
    replies.add_supporter("Dev", dev.key)
    _doc, data = dev.reply(replies.reply_to())
    opened, supporter = replies.open_reply(data)
    before = dump(journal)
    with pytest.raises(ValidationError, match="accept or decline each"):
        replies.finish_reply(opened, supporter, {opened.items[0].id: True})
    assert dump(journal) == before
    assert not replies.is_opened(opened.reply_id)  # it can still be opened and finished


def test_a_failure_while_adding_leaves_everything_as_it_was(replies, dev, journal):
    replies.add_supporter("Dev", dev.key)
    _doc, data = dev.reply(replies.reply_to())
    opened, supporter = replies.open_reply(data)
    before = dump(journal)

    def broken_place(item, who):
        raise UserError("The disk is full.")

    with pytest.raises(UserError, match="disk is full"):
        replies.finish_reply(opened, supporter, {i.id: True for i in opened.items},
                             add_place=broken_place)
    assert dump(journal) == before  # the goal added first was rolled back too
    assert replies.open_reply(data)[0].reply_id == opened.reply_id


def test_a_notes_only_reply_is_recorded_when_finished(replies, dev):
    replies.add_supporter("Dev", dev.key)
    draft_doc = build_reply(ReplyDraft(notes="Thinking of you."), recipient=replies.reply_to(),
                            signer=dev.signer, in_reply_to=None, created=NOW)
    opened, supporter = replies.open_reply(seal_reply(draft_doc, dev.signing))
    record = replies.finish_reply(opened, supporter, {})
    assert record.decisions == () and record.notes == "Thinking of you."


def test_the_summaries_list_what_the_history_says_in_one_read(replies, dev, journal):
    """Issue 20: the Sharing page lists replies from one read, without their notes and content."""
    replies.add_supporter("Dev", dev.key)
    for when, choice in ((NOW - timedelta(hours=5), (True, False)), (NOW - timedelta(hours=3), (False, False)),
                         (NOW - timedelta(hours=2), None)):
        if choice is None:  # a notes-only reply: no decisions
            doc = build_reply(ReplyDraft(notes="Thinking of you."), recipient=replies.reply_to(),
                              signer=dev.signer, in_reply_to=None, created=when)
            opened, supporter = replies.open_reply(seal_reply(doc, dev.signing))
            replies.finish_reply(opened, supporter, {})
            continue
        _doc, data = dev.reply(replies.reply_to(), created=when)
        opened, supporter = replies.open_reply(data)
        replies.finish_reply(opened, supporter, dict(zip((i.id for i in opened.items), choice, strict=True)))
    statements: list[str] = []
    journal.vault.conn.set_trace_callback(statements.append)
    try:
        summaries = replies.summaries()
    finally:
        journal.vault.conn.set_trace_callback(None)
    assert len(statements) == 1 and "document" not in statements[0] and "notes" not in statements[0]
    assert [(s.reply_id, s.opened, s.supporter_name, s.accepted, s.declined) for s in summaries] == [
        (r.reply_id, r.opened, r.supporter_name, tuple(d.title for d in r.accepted),
         tuple(d.title for d in r.declined)) for r in replies.history()]
    assert [len(s.accepted) + len(s.declined) for s in summaries] == [0, 2, 2]


# -- every refusal leaves the journal as it was -----------------------------------------
def _reencrypted(doc: dict[str, Any], signing: bytes, recipient: str) -> bytes:
    return pyrage.encrypt(sign(doc, signing), [pyrage.x25519.Recipient.from_str(recipient)])


def test_refusals_change_nothing(replies, dev, journal):
    _s, rachel_age = new_identity()
    replies.add_supporter("Dev", dev.key)
    replies.add_supporter("Rachel", SupporterKey(rachel_age, None))
    reply_to = replies.reply_to()
    stranger = Supporter()
    _other_secret, other_journal = new_identity()
    good_doc, good = dev.reply(reply_to)
    tampered = bytearray(good)
    tampered[-30] ^= 0xFF
    signed_json = sign(good_doc, dev.signing).replace(b"Riverside", b"Riverbank", 1)
    newer = {**good_doc, "format_version": 2}
    opened_before = dev.reply(reply_to, items=(ProposedGoal("Call my brother"),))[1]
    first, who = replies.open_reply(opened_before)
    replies.finish_reply(first, who, {first.items[0].id: True})

    cases: list[tuple[bytes, type[Exception], str]] = [
        (dev.reply(other_journal)[1], ReplyNotForYou, "someone else's journal"),
        (stranger.reply(reply_to)[1], UnknownReplySigner, "Rachel"),
        (bytes(tampered), TamperedReply, "changed on the way"),
        (pyrage.encrypt(signed_json, [pyrage.x25519.Recipient.from_str(reply_to)]),
         TamperedReply, "changed on the way"),
        (good[: len(good) // 2], TamperedReply, "incomplete"),
        (opened_before, ReplyAlreadyOpened, "already opened"),
        (_reencrypted(newer, dev.signing, reply_to), NewerReplyFormat, "newer version"),
        (good + b"\0" * MAX_REPLY_BYTES, ReplyTooLarge, "too large"),
    ]
    before = dump(journal)
    for data, error, words in cases:
        with pytest.raises(error, match=words):
            replies.open_reply(data)
        assert dump(journal) == before, error.__name__
    # And the good one still opens.
    assert replies.open_reply(good)[0].reply_id == good_doc["reply_id"]


# -- the supporter's side ----------------------------------------------------------------
def fake_share(export_id: str, signer: str, created: str, reply_to: str | None) -> FakeShare:
    document: dict[str, Any] = {
        "format_version": 2, "export_id": export_id, "created": created,
        "recipient": new_identity()[1], "signer": signer, "sender_name": "Sam", "message": "",
        "period": {"start": "2026-06-01", "end": "2026-06-09"}, "sections": ["moods"],
        "include_notes": False, "naming": "first", "content": {"moods": []},
    }
    if reply_to is not None:
        document["reply_to"] = reply_to
    return FakeShare(document, signer, export_id)


def test_the_supporter_has_a_signing_key_and_a_key_to_give_out(supporter_store):
    sent = supporter_store.replies
    key = sent.key()
    assert key.recipient == supporter_store.identity()[1]
    assert key.signer == signer_public(sent.signing_key())
    assert key.text.startswith(key.recipient + " ed25519:")


def test_the_newest_file_says_where_replies_go(supporter_store):
    sent = supporter_store.replies
    signer = signer_public(new_signing_key())
    old_key, new_key = new_identity()[1], new_identity()[1]
    ids = ("1f0e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", "2f0e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
           "3f0e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b")
    person = supporter_store.import_share(
        fake_share(ids[0], signer, "2026-06-10T09:00:00Z", None), new_person_name="Sam")
    assert sent.address(person.id) is None  # a file from before replies existed
    with pytest.raises(NoReplyAddress, match="Sam"):
        sent.address_or_explain(person.id)

    supporter_store.import_share(fake_share(ids[1], signer, "2026-06-12T09:00:00Z", new_key))
    supporter_store.import_share(fake_share(ids[2], signer, "2026-06-11T09:00:00Z", old_key))
    address = sent.address_or_explain(person.id)
    assert address.reply_to == new_key  # the older file, imported later, did not replace it
    assert address.in_reply_to == ids[1]

    supporter_store.delete_export(ids[1])
    assert sent.address(person.id) == type(address)(new_key, address.export_created, None)

    sent.record_sent(person.id, "4f0e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", NOW, ids[1], 2)
    assert [(r.suggestions, r.created) for r in sent.sent_to(person.id)] == [(2, NOW)]
    supporter_store.delete_person(person.id)
    assert sent.address(person.id) is None

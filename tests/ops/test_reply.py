"""ops.reply: a reply the supporter composes and writes opens in the person's journal; what
they accept is added in one go, what they decline is not; the supporter's vault notes only
that a reply was sent."""

from __future__ import annotations

import stat
from datetime import timedelta

import pytest

from peerjournal.core.sharing.keys import new_signing_key, signer_public
from peerjournal.core.sharing.reply import ProposedGoal, ReplyDraft, SuggestedPlace
from peerjournal.errors import ReplyAlreadyOpened, ValidationError
from peerjournal.ops.reply import (
    accept_reply,
    compose_reply,
    open_reply,
    record_reply_sent,
    reply_path,
    write_reply_file,
)
from peerjournal.storage.supporter.replies import ReplyAddress
from tests.ops.conftest import NOW
from tests.storage.sharing.test_replies import fake_share

EXPORT_ID = "1f0e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"


def _draft() -> ReplyDraft:
    return ReplyDraft("Dev", "See you Tuesday.", (
        ProposedGoal("Find a walking group", why="Being outdoors helps"),
        SuggestedPlace("Riverside Walkers", what="Sunday walk"),
    ))


def test_reply_path_adds_the_ending_once(tmp_path):
    assert reply_path(tmp_path / "r") == tmp_path / "r.pjreply"
    assert reply_path(tmp_path / "r.pjreply") == tmp_path / "r.pjreply"


def test_a_written_reply_opens_and_only_the_accepted_goal_is_added(journal, supporter_store, tmp_path):
    replies = journal.replies
    supporter_side = supporter_store.replies
    dev, _ = replies.add_supporter("Dev", supporter_side.key())
    address = ReplyAddress(replies.reply_to(), NOW - timedelta(days=1), None)

    document = compose_reply(supporter_store, address, _draft(), NOW - timedelta(hours=1))
    path = write_reply_file(document, supporter_side.signing_key(), tmp_path / "r.pjreply", "the reply file")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    opened, supporter = open_reply(journal, path)
    assert supporter.id == dev.id and opened.notes == "See you Tuesday."
    assert replies.history() == []  # opening stores nothing
    goal, place = opened.items
    with pytest.raises(ValidationError):
        accept_reply(journal, opened, supporter, {goal.id: True})  # the place is undecided
    assert journal.goals.goals() == []

    record = accept_reply(journal, opened, supporter, {goal.id: True, place.id: False})
    assert [d.title for d in record.accepted] == ["Find a walking group"]
    assert [d.title for d in record.declined] == ["Riverside Walkers"]
    assert [g.title for g in journal.goals.goals()] == ["Find a walking group"]
    with pytest.raises(ReplyAlreadyOpened):
        accept_reply(journal, opened, supporter, {goal.id: True, place.id: True})


def test_the_supporter_notes_a_sent_reply_unless_the_person_is_gone(supporter_store):
    supporter_side = supporter_store.replies
    person = supporter_store.import_share(
        fake_share(EXPORT_ID, signer_public(new_signing_key()), "2026-06-10T09:00:00Z", None),
        new_person_name="Sam")
    document = {"reply_id": "4f0e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", "in_reply_to": EXPORT_ID,
                "items": [{}, {}]}
    assert record_reply_sent(supporter_store, person.id, document, NOW)
    assert [(r.suggestions, r.created) for r in supporter_side.sent_to(person.id)] == [(2, NOW)]
    supporter_store.delete_person(person.id)
    assert not record_reply_sent(supporter_store, person.id, {**document, "reply_id": EXPORT_ID}, NOW)

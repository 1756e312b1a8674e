"""Replies from a supporter: the round trip, and every way a reply file is refused."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.core.sharing.reply import (
    ITEMS_MAX,
    MAX_REPLY_BYTES,
    REPLY_FORMAT_VERSION,
    OpenedReply,
    ProposedGoal,
    ReplyDraft,
    SuggestedPlace,
    build_reply,
    check_reply,
    open_reply,
    read_reply_file,
    seal_reply,
)
from peerjournal.core.sharing.signing import sign
from peerjournal.errors import (
    InvalidReply,
    NewerReplyFormat,
    ReplyAlreadyOpened,
    ReplyError,
    ReplyNotForYou,
    ReplyTooLarge,
    TamperedReply,
    UnknownReplySigner,
    ValidationError,
)

CREATED = datetime(2026, 6, 20, 15, 0, tzinfo=UTC)
NOW = CREATED + timedelta(hours=2)
EXPORT_ID = "0b7c6a3e-94c1-4d55-9a2e-3f1d2c4b5a69"


class Parties:
    """One person's journal (its reply identity), another journal, and a supporter."""

    def __init__(self) -> None:
        self.identity, self.reply_to = new_identity()
        self.other_identity, self.other_reply_to = new_identity()
        self.signing = new_signing_key()
        self.signer = signer_public(self.signing)
        self.stranger = new_signing_key()

    def draft(self) -> ReplyDraft:
        return ReplyDraft(
            supporter_name="Dev", notes="Good to see you on Tuesday.\nSee you next week.",
            items=(
                ProposedGoal(title="Find a walking group", why="You said you miss being outdoors",
                             first_step="Look at the library noticeboard"),
                SuggestedPlace(name="Riverside Walkers", what="A slow Sunday walk",
                               when="Sundays 10:00", how_to_get_there="Bus 12 to the bridge",
                               contact="riverside@example.org"),
            ),
        )

    def document(self, *, recipient: str | None = None, signer: str | None = None) -> dict[str, Any]:
        return build_reply(self.draft(), recipient=recipient or self.reply_to,
                           signer=signer or self.signer, in_reply_to=EXPORT_ID, created=CREATED)

    def open(self, data: bytes, **kw: Any) -> OpenedReply:
        args: dict[str, Any] = {"identity": self.identity, "known_signers": {self.signer}, "now": NOW}
        return open_reply(data, **{**args, **kw})


@pytest.fixture(scope="module")
def parties() -> Parties:
    return Parties()


@pytest.fixture(scope="module")
def sealed(parties: Parties) -> tuple[dict[str, Any], bytes]:
    doc = parties.document()
    return doc, seal_reply(doc, parties.signing)


def encrypt(envelope: bytes, recipient: str) -> bytes:
    return pyrage.encrypt(envelope, [pyrage.x25519.Recipient.from_str(recipient)])


# -- the round trip --------------------------------------------------------------------
def test_round_trip(parties, sealed):
    doc, data = sealed
    opened = parties.open(data)
    assert opened.document == doc
    assert opened.signer == parties.signer and opened.reply_id == doc["reply_id"]
    assert opened.created == CREATED and opened.in_reply_to == EXPORT_ID
    assert opened.supporter_name == "Dev" and opened.notes.startswith("Good to see you")
    goal, place = opened.items
    assert isinstance(goal, ProposedGoal) and goal.title == "Find a walking group"
    assert goal.first_step == "Look at the library noticeboard"
    assert isinstance(place, SuggestedPlace) and place.name == "Riverside Walkers"
    assert (place.when, place.how_to_get_there, place.contact) == (
        "Sundays 10:00", "Bus 12 to the bridge", "riverside@example.org")
    assert goal.id != place.id
    assert [i.id for i in opened.items] == [i["id"] for i in doc["items"]]


def test_the_document_layout(parties):
    doc = parties.document()
    assert doc["format"] == "peerjournal-reply" and doc["format_version"] == REPLY_FORMAT_VERSION == 1
    assert doc["recipient"] == parties.reply_to and doc["signer"] == parties.signer
    assert doc["created"] == "2026-06-20T15:00:00Z"
    assert doc["items"][0] == {
        "id": doc["items"][0]["id"], "kind": "goal", "title": "Find a walking group",
        "why": "You said you miss being outdoors", "first_step": "Look at the library noticeboard",
    }
    assert set(doc["items"][1]) == {"id", "kind", "name", "what", "when", "how_to_get_there", "contact"}
    assert build_reply(parties.draft(), recipient=parties.reply_to, signer=parties.signer,
                       in_reply_to=None, created=CREATED)["reply_id"] != doc["reply_id"]


def test_notes_only_or_suggestions_only(parties):
    for draft in (ReplyDraft(notes="Just a note"), ReplyDraft(items=(ProposedGoal("Call my brother"),))):
        doc = build_reply(draft, recipient=parties.reply_to, signer=parties.signer,
                          in_reply_to=None, created=CREATED)
        assert parties.open(seal_reply(doc, parties.signing)).document == doc


# -- what a supporter can't send --------------------------------------------------------
@pytest.mark.parametrize(("draft", "words"), [
    (ReplyDraft(), "write a note or add a suggestion"),
    (ReplyDraft(notes="   \n "), "write a note or add a suggestion"),
    (ReplyDraft(items=(ProposedGoal("  "),)), "give the goal a few words"),
    (ReplyDraft(items=(SuggestedPlace(""),)), "give the place or group a name"),
    (ReplyDraft(items=(ProposedGoal("x" * 121),)), "at most 120"),
    (ReplyDraft(notes="x" * 5001), "at most 5,000"),
    (ReplyDraft(supporter_name="x" * 81, notes="hi"), "at most 80"),
    (ReplyDraft(items=tuple(ProposedGoal(f"Goal {n}") for n in range(ITEMS_MAX + 1))), "at most 50"),
    (ReplyDraft(items=(ProposedGoal("a", id="same-id"), ProposedGoal("b", id="same-id"))), "twice"),
])
def test_a_draft_that_cant_be_sent(parties, draft, words):
    with pytest.raises(ValidationError, match=words):
        build_reply(draft, recipient=parties.reply_to, signer=parties.signer,
                    in_reply_to=None, created=CREATED)


def test_a_reply_needs_the_persons_key(parties):
    with pytest.raises(ValidationError, match="no key for replies"):
        build_reply(parties.draft(), recipient="age1nope", signer=parties.signer,
                    in_reply_to=None, created=CREATED)


def test_titles_are_tidied_to_one_line(parties):
    draft = ReplyDraft(items=(ProposedGoal("  Call\n my   brother "),))
    doc = build_reply(draft, recipient=parties.reply_to, signer=parties.signer,
                      in_reply_to=None, created=CREATED)
    assert doc["items"][0]["title"] == "Call my brother"


# -- refused, each with its own message -------------------------------------------------
def test_wrong_recipient(parties):
    doc = parties.document(recipient=parties.other_reply_to)
    data = seal_reply(doc, parties.signing)  # made for another journal
    with pytest.raises(ReplyNotForYou, match="someone else's journal"):
        parties.open(data)


def test_signed_for_another_journal_then_re_encrypted(parties):
    doc = parties.document(recipient=parties.other_reply_to)
    data = encrypt(sign(doc, parties.signing), parties.reply_to)
    with pytest.raises(ReplyNotForYou, match="passed on to you"):
        parties.open(data)


def test_unknown_signer(parties):
    doc = parties.document(signer=signer_public(parties.stranger))
    data = seal_reply(doc, parties.stranger)
    with pytest.raises(UnknownReplySigner, match="not one of your supporters"):
        parties.open(data)


def test_unknown_signer_names_supporters_added_with_an_older_key(parties, sealed):
    with pytest.raises(UnknownReplySigner) as info:
        parties.open(sealed[1], known_signers=set(), keyless_supporters=["Dev", "Rachel"])
    assert "Dev, Rachel" in str(info.value) and "updated key" in str(info.value)


def test_tampered_ciphertext(parties, sealed):
    data = bytearray(sealed[1])
    data[-20] ^= 0x01
    with pytest.raises(TamperedReply):
        parties.open(bytes(data))


def test_tampered_signed_json(parties, sealed):
    envelope = sign(sealed[0], parties.signing)
    changed = envelope.replace(b"Find a walking group", b"Find a walking grouq", 1)
    assert changed != envelope
    with pytest.raises(TamperedReply):
        parties.open(encrypt(changed, parties.reply_to))


@pytest.mark.parametrize("keep", [0, 10, 100, -1, -17])
def test_truncated(parties, sealed, keep):
    data = sealed[1]
    with pytest.raises(TamperedReply):
        parties.open(data[:keep] if keep >= 0 else data[:keep])


def test_replay(parties, sealed):
    doc, data = sealed
    with pytest.raises(ReplyAlreadyOpened, match="already opened"):
        parties.open(data, opened_ids={doc["reply_id"]})
    assert parties.open(data, opened_ids={"some-other-id"}).reply_id == doc["reply_id"]


@pytest.mark.parametrize("version", [REPLY_FORMAT_VERSION + 1, 99])
def test_newer_format(parties, version):
    doc = {**parties.document(), "format_version": version, "something_new": [1, 2]}
    with pytest.raises(NewerReplyFormat, match="newer version"):
        parties.open(encrypt(sign(doc, parties.signing), parties.reply_to))


def test_oversize(parties, sealed, tmp_path):
    with pytest.raises(ReplyTooLarge):
        parties.open(sealed[1] + b"\0" * MAX_REPLY_BYTES)
    big = tmp_path / "big.pjreply"
    with big.open("wb") as f:
        f.truncate(MAX_REPLY_BYTES + 1)  # sparse: refused by its size, never read
    with pytest.raises(ReplyTooLarge):
        read_reply_file(big)
    small = tmp_path / "ok.pjreply"
    small.write_bytes(sealed[1])
    assert read_reply_file(small) == sealed[1]
    with pytest.raises(ReplyError, match="couldn't be read"):
        read_reply_file(tmp_path / "missing.pjreply")


def test_a_passphrase_file_is_not_a_reply(parties):
    data = pyrage.passphrase.encrypt(b"{}", "pass")
    with pytest.raises(InvalidReply, match="passphrase"):
        parties.open(data)


@pytest.mark.parametrize("envelope", [b"", b"not json", b'{"a":1}', b"\xff" * 10])
def test_opens_but_is_not_a_signed_reply(parties, envelope):
    with pytest.raises(ReplyError) as info:
        parties.open(encrypt(envelope, parties.reply_to))
    assert isinstance(info.value, InvalidReply | TamperedReply)


def _broken(doc: dict[str, Any], change) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(doc)
    change(doc)
    return doc


@pytest.mark.parametrize("change", [
    lambda d: d.pop("notes"),
    lambda d: d.update(extra=1),
    lambda d: d.update(format="peerjournal-share"),
    lambda d: d.update(reply_id="not-a-uuid"),
    lambda d: d.update(in_reply_to=5),
    lambda d: d.update(created="2999-01-01T00:00:00Z"),
    lambda d: d.update(supporter_name="x" * 81),
    lambda d: d["items"][0].update(kind="wish"),
    lambda d: d["items"][0].update(title=""),
    lambda d: d["items"][0].update(name="A place name on a goal"),
    lambda d: d["items"][1].pop("contact"),
    lambda d: d["items"][1].update(id=d["items"][0]["id"]),
    lambda d: d.update(items={}),
    lambda d: d.update(notes="", items=[]),
], ids=["no notes", "extra key", "a share", "bad id", "bad in_reply_to", "future", "long name",
        "unknown kind", "empty title", "mixed fields", "missing field", "repeated id",
        "items not a list", "empty reply"])
def test_signed_but_not_valid(parties, change):
    doc = _broken(parties.document(), change)
    with pytest.raises(InvalidReply):
        parties.open(encrypt(sign(doc, parties.signing), parties.reply_to))


def test_check_reply_accepts_what_build_reply_makes(parties):
    check_reply(parties.document(), now=NOW)


# -- whatever is done to a real reply, only a ReplyError comes out ----------------------
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(data=st.data())
def test_mutated_replies_are_refused_cleanly(parties, sealed, data):
    blob = bytearray(sealed[1])
    for _ in range(data.draw(st.integers(1, 3))):
        op = data.draw(st.sampled_from(["truncate", "flip", "insert"]))
        if op == "truncate":
            del blob[data.draw(st.integers(0, len(blob))):]
        elif op == "flip" and blob:
            blob[data.draw(st.integers(0, len(blob) - 1))] ^= 1 << data.draw(st.integers(0, 7))
        else:
            at = data.draw(st.integers(0, len(blob)))
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=32))
    try:
        opened = parties.open(bytes(blob))
    except ReplyError:
        return
    assert opened.document == sealed[0]  # only a whole reply opens (cut at its very end, say)


@FUZZ
@given(doc=st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
))
def test_any_signed_json_is_checked_cleanly(parties, doc):
    envelope = sign({"signer": parties.signer, "x": doc}, parties.signing)
    with pytest.raises(ReplyError):
        parties.open(encrypt(envelope, parties.reply_to))

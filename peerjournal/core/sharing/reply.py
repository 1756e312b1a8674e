"""A supporter's reply (``.pjreply``): notes, suggested places and proposed goals, sent back.

    seal_reply: validate → sign (the supporter's Ed25519 key) → encrypt (age, to the
                person's ``reply_to`` key from their latest shared file)
    open_reply: size cap → age header → decrypt (the journal's own age identity) → verify
                → format version → validate → the signed recipient is this journal → the
                signer is a known supporter → not opened before

Only :class:`peerjournal.errors.ReplyError` subclasses come out of :func:`open_reply` for a
bad file. Nothing here touches a journal: the caller stores what the person accepts.
The layout is in docs/sharing-format.md ("Replies from a supporter").
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Container, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import pyrage

from peerjournal.core.chosen_file import ChosenFileError, FileTooLarge, NotAFile, read_chosen_file
from peerjournal.core.clock import to_storage, utc_now
from peerjournal.core.sharing import checks as c
from peerjournal.core.sharing.agefile import read_header
from peerjournal.core.sharing.checks import Problem
from peerjournal.core.sharing.keys import canonical_recipient, decode_signer, parse_identity
from peerjournal.core.sharing.signing import WeakSigner, sign, verify
from peerjournal.core.sharing.validate import CLOCK_SLACK, EARLIEST
from peerjournal.errors import (
    BadSignature,
    DamagedShare,
    InvalidReply,
    InvalidShare,
    NewerReplyFormat,
    ReplyAlreadyOpened,
    ReplyError,
    ReplyNotForYou,
    ReplyTooLarge,
    TamperedReply,
    UnknownReplySigner,
    ValidationError,
)
from peerjournal.i18n import translate

REPLY_FORMAT = "peerjournal-reply"
REPLY_FORMAT_VERSION = 1
REPLY_SUFFIX = ".pjreply"
MAX_REPLY_BYTES = 1024 * 1024
SUPPORTER_NAME_MAX = 80
NOTES_MAX = 5_000
ITEMS_MAX = 50
TITLE_MAX = 120  # a place's name, a goal's title
FIELD_MAX = 1_000  # every other text of a suggestion

_UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_NO_MATCHING_KEY = "No matching keys found"  # pyrage.DecryptError's text for "not to this key"
_TOP = (
    "format", "format_version", "reply_id", "created", "in_reply_to", "recipient", "signer",
    "supporter_name", "notes", "items",
)


def new_id() -> str:
    """A random id for a reply or a suggestion (UUID4, lower case)."""
    return str(uuid.uuid4())


class SuggestionKind(StrEnum):
    PLACE = "place"
    GOAL = "goal"


PLACE_FIELDS = ("name", "what", "when", "how_to_get_there", "contact")
GOAL_FIELDS = ("title", "why", "first_step")


@dataclass(frozen=True)
class SuggestedPlace:
    """A group, club, service or place the supporter suggests."""

    name: str
    what: str = ""
    when: str = ""
    how_to_get_there: str = ""
    contact: str = ""
    id: str = field(default_factory=new_id)

    kind = SuggestionKind.PLACE

    @property
    def title(self) -> str:
        return self.name


@dataclass(frozen=True)
class ProposedGoal:
    """A small goal or next step the supporter and the person talked about."""

    title: str
    why: str = ""
    first_step: str = ""
    id: str = field(default_factory=new_id)

    kind = SuggestionKind.GOAL


Suggestion = SuggestedPlace | ProposedGoal


def _tidy(text: str) -> str:
    """One line: spaces and line breaks folded (names, titles)."""
    return " ".join(text.split())


def _field(text: str, limit: int, what: str) -> str:
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(translate("Reply", "{what} can be at most {limit} characters.").format(
            what=what, limit=f"{limit:,}"))
    return text


def clean_suggestion(item: Suggestion) -> Suggestion:
    """The suggestion with its text tidied; :class:`ValidationError` if it can't be sent."""
    if isinstance(item, SuggestedPlace):
        name = _tidy(item.name)
        if not name:
            raise ValidationError(translate("Reply", "Please give the place or group a name."))
        return SuggestedPlace(
            name=_field(name, TITLE_MAX, "A name"),
            what=_field(item.what, FIELD_MAX, "What it is"),
            when=_field(item.when, FIELD_MAX, "When it is on"),
            how_to_get_there=_field(item.how_to_get_there, FIELD_MAX, "How to get there"),
            contact=_field(item.contact, FIELD_MAX, "The contact"),
            id=item.id,
        )
    title = _tidy(item.title)
    if not title:
        raise ValidationError(translate(
            "Reply", "Please give the goal a few words, for example “find a walking group”."))
    return ProposedGoal(
        title=_field(title, TITLE_MAX, "A goal"),
        why=_field(item.why, FIELD_MAX, "Why it matters"),
        first_step=_field(item.first_step, FIELD_MAX, "The first step"),
        id=item.id,
    )


@dataclass(frozen=True)
class ReplyDraft:
    """What a supporter writes back."""

    supporter_name: str = ""
    notes: str = ""
    items: tuple[Suggestion, ...] = ()

    def validate(self) -> ReplyDraft:
        name = _tidy(self.supporter_name)
        if len(name) > SUPPORTER_NAME_MAX:
            raise ValidationError(translate("Reply", "Your name can be at most {n} characters.").format(
                n=SUPPORTER_NAME_MAX))
        notes = self.notes.strip()
        if len(notes) > NOTES_MAX:
            raise ValidationError(translate("Reply", "The notes can be at most {n} characters.").format(
                n=f"{NOTES_MAX:,}"))
        if len(self.items) > ITEMS_MAX:
            raise ValidationError(translate("Reply", "A reply can hold at most {n} suggestions.").format(
                n=ITEMS_MAX))
        items = tuple(clean_suggestion(i) for i in self.items)
        if len({i.id for i in items}) != len(items):
            raise ValidationError(translate("Reply", "A suggestion is in the reply twice."))
        if not notes and not items:
            raise ValidationError(translate(
                "Reply", "Please write a note or add a suggestion before saving the reply."))
        return ReplyDraft(name, notes, items)


def _item_json(item: Suggestion) -> dict[str, Any]:
    names = PLACE_FIELDS if isinstance(item, SuggestedPlace) else GOAL_FIELDS
    return {"id": item.id, "kind": item.kind.value, **{n: getattr(item, n) for n in names}}


def build_reply(
    draft: ReplyDraft,
    *,
    recipient: str,
    signer: str,
    in_reply_to: str | None,
    created: datetime,
    reply_id: str | None = None,
) -> dict[str, Any]:
    """The reply document for ``draft`` (validated here), to the journal whose ``reply_to``
    key is ``recipient``."""
    draft = draft.validate()
    key = canonical_recipient(recipient)
    if key is None:
        raise ValidationError(translate("Reply", "This person's journal gave no key for replies."))
    return {
        "format": REPLY_FORMAT,
        "format_version": REPLY_FORMAT_VERSION,
        "reply_id": reply_id or new_id(),
        "created": to_storage(created),
        "in_reply_to": in_reply_to,
        "recipient": key,
        "signer": signer,
        "supporter_name": draft.supporter_name,
        "notes": draft.notes,
        "items": [_item_json(i) for i in draft.items],
    }


# -- checking ------------------------------------------------------------------------
def _uuid(value: Any, path: str) -> str:
    if not isinstance(value, str) or not _UUID4.fullmatch(value):
        raise Problem(path, "must be a random UUID (version 4) in lower case")
    return value


def _one_line(value: str, path: str) -> None:
    # Any break str.splitlines knows (\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029).
    if "".join(value.splitlines()) != value:
        raise Problem(path, "must be one line")


def check_reply(doc: Any, *, now: datetime | None = None) -> None:
    """Every rule of the reply format; :class:`Problem` or :class:`NewerReplyFormat`."""
    if isinstance(doc, dict):
        version = doc.get("format_version")
        if (doc.get("format") == REPLY_FORMAT and isinstance(version, int)
                and not isinstance(version, bool) and version > REPLY_FORMAT_VERSION):
            raise NewerReplyFormat()
    top = c.fields(doc, "reply", _TOP)
    if top["format"] != REPLY_FORMAT:
        raise Problem("format", f"must be {REPLY_FORMAT}")
    c.integer(top["format_version"], "format_version", REPLY_FORMAT_VERSION, REPLY_FORMAT_VERSION)
    _uuid(top["reply_id"], "reply_id")
    created = c.moment(top["created"], "created")
    if created.date() < EARLIEST or created > (now or utc_now()) + CLOCK_SLACK:
        raise Problem("created", "is not a plausible time")
    if top["in_reply_to"] is not None:
        _uuid(top["in_reply_to"], "in_reply_to")
    recipient = top["recipient"]
    if not isinstance(recipient, str) or canonical_recipient(recipient) != recipient:
        raise Problem("recipient", "must be an age public key (age1…)")
    if not isinstance(top["signer"], str) or decode_signer(top["signer"]) is None:
        raise Problem("signer", "must be an Ed25519 public key in base64")
    c.text(top["supporter_name"], "supporter_name", limit=SUPPORTER_NAME_MAX)
    notes = c.text(top["notes"], "notes", limit=NOTES_MAX)
    items = c.items(top["items"], "items")
    if len(items) > ITEMS_MAX:
        raise Problem("items", f"has more than {ITEMS_MAX} suggestions")
    ids: set[str] = set()
    for i, raw in enumerate(items):
        where = f"items[{i}]"
        kind = c.choice(c.fields(raw, where, ("id", "kind"), (*PLACE_FIELDS, *GOAL_FIELDS))["kind"],
                        f"{where}.kind", {k.value for k in SuggestionKind})
        names = PLACE_FIELDS if kind == SuggestionKind.PLACE else GOAL_FIELDS
        item = c.fields(raw, where, ("id", "kind", *names))
        item_id = _uuid(item["id"], f"{where}.id")
        if item_id in ids:
            raise Problem(f"{where}.id", "repeats another suggestion's id")
        ids.add(item_id)
        _one_line(c.text(item[names[0]], f"{where}.{names[0]}", limit=TITLE_MAX, empty=False),
                  f"{where}.{names[0]}")
        for name in names[1:]:
            c.text(item[name], f"{where}.{name}", limit=FIELD_MAX)
    if not notes.strip() and not items:
        raise Problem("reply", "holds neither notes nor suggestions")


def reply_items(document: dict[str, Any]) -> tuple[Suggestion, ...]:
    """The suggestions of a checked reply document (as :func:`open_reply` gives them)."""
    return tuple(_suggestion(item) for item in document["items"])


def _suggestion(item: dict[str, Any]) -> Suggestion:
    if item["kind"] == SuggestionKind.PLACE:
        return SuggestedPlace(**{n: item[n] for n in PLACE_FIELDS}, id=item["id"])
    return ProposedGoal(**{n: item[n] for n in GOAL_FIELDS}, id=item["id"])


# -- sealing -------------------------------------------------------------------------
def seal_reply(document: dict[str, Any], private: bytes) -> bytes:
    """The ``.pjreply`` bytes: signed with the supporter's key ``private``, encrypted to
    the document's ``recipient``."""
    try:
        check_reply(document)
    except Problem as problem:
        raise ValidationError(f"This reply can't be made: something in it is not valid ({problem}).") from None
    envelope = sign(document, private)
    data = pyrage.encrypt(envelope, [pyrage.x25519.Recipient.from_str(document["recipient"])])
    if len(data) > MAX_REPLY_BYTES:
        raise ReplyTooLarge(translate(
            "Reply", "This reply would be too large to open. Please make the notes shorter."))
    return data


# -- opening -------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenedReply:
    document: dict[str, Any]  # validated
    reply_id: str
    signer: str  # the supporter's Ed25519 key (base64), known to this journal
    created: datetime
    in_reply_to: str | None
    supporter_name: str  # as the supporter wrote it (the journal's own name for them is better)
    notes: str
    items: tuple[Suggestion, ...]


def _decrypt(data: bytes, identity: str) -> tuple[bytes, str]:
    try:
        header = read_header(data)
    except DamagedShare:
        raise TamperedReply() from None
    if header.is_passphrase:
        raise InvalidReply(translate(
            "Reply", "This file is locked with a passphrase, so it is not a reply from a "
            "supporter. Nothing in your journal was changed."
        ))
    try:
        secret = pyrage.x25519.Identity.from_str(parse_identity(identity))
        return pyrage.decrypt(data, [secret]), str(secret.to_public())
    except pyrage.DecryptError as exc:
        if str(exc) == _NO_MATCHING_KEY:
            raise ReplyNotForYou() from None
        raise TamperedReply() from None
    except Exception:  # anything else pyrage may raise on a strange file
        raise TamperedReply() from None
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException
        if type(exc).__name__ == "PanicException":
            raise TamperedReply() from None
        raise


def _unknown_signer(keyless_supporters: Sequence[str]) -> UnknownReplySigner:
    if not keyless_supporters:
        return UnknownReplySigner()
    return UnknownReplySigner(translate(
        "Reply", "This reply is signed by a key your journal doesn't know, so it was not opened. "
        "If it comes from {names}: they were added with an older key that has no signing "
        "part. Ask them for their updated key (their PeerJournal shows it) and add it again on "
        "the Sharing page; then open the reply again. Nothing in your journal was changed."
    ).format(names=", ".join(keyless_supporters)))


def open_reply(
    data: bytes,
    *,
    identity: str,
    known_signers: Collection[str],
    opened_ids: Container[str] = (),
    keyless_supporters: Sequence[str] = (),
    now: datetime | None = None,
) -> OpenedReply:
    """Decrypt, verify and check a ``.pjreply`` file's bytes for the journal whose age
    identity (``AGE-SECRET-KEY-1…``) is ``identity``.

    ``known_signers`` are the signing keys of the journal's supporters; ``opened_ids`` the
    reply ids already opened (replay); ``keyless_supporters`` names supporters added with a
    key that has no signing part, for the "unknown signer" message.
    """
    if len(data) > MAX_REPLY_BYTES:
        raise ReplyTooLarge()
    envelope, opened_as = _decrypt(bytes(data), identity)
    try:
        document = verify(envelope)
    except WeakSigner:
        raise TamperedReply(translate(
            "Reply", "This reply is signed with an unsafe key that anyone could sign with, so "
            "who wrote it can't be known. It was not opened. Nothing in your journal was changed."
        )) from None
    except BadSignature:
        raise TamperedReply() from None
    except InvalidShare:
        raise InvalidReply() from None
    try:
        check_reply(document, now=now)
    except Problem as problem:
        raise InvalidReply(
            f"{InvalidReply().args[0]} (In {problem.path}: {problem.problem}.)"
        ) from None
    if document["recipient"] != opened_as:
        # Signed for another journal, then re-encrypted to this one.
        raise ReplyNotForYou(translate(
            "Reply", "This reply was made for someone else and passed on to you, so it was not "
            "opened. Nothing in your journal was changed."
        ))
    if document["signer"] not in known_signers:
        raise _unknown_signer(keyless_supporters)
    if document["reply_id"] in opened_ids:
        raise ReplyAlreadyOpened()
    return OpenedReply(
        document=document, reply_id=document["reply_id"], signer=document["signer"],
        created=c.moment(document["created"], "created"), in_reply_to=document["in_reply_to"],
        supporter_name=document["supporter_name"], notes=document["notes"],
        items=reply_items(document),
    )


def read_reply_file(path: Path | str) -> bytes:
    """The bytes of a reply file, never more than the cap (checked before reading); a FIFO
    or device is refused without waiting (:func:`read_chosen_file`)."""
    try:
        return read_chosen_file(path, MAX_REPLY_BYTES)
    except NotAFile:
        raise ReplyError(translate("Reply", "That is not a file. Nothing in your journal was changed.")) from None
    except FileTooLarge:
        raise ReplyTooLarge() from None
    except ChosenFileError:
        raise ReplyError(translate(
            "Reply", "The file couldn't be read. Nothing in your journal was changed.")) from None

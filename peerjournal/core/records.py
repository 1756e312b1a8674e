"""Journal records and their validation.

Each record is a frozen dataclass; ``validate`` raises :class:`ValidationError`
with a sentence a person can read. ``id`` is ``None`` until the record is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Self

from peerjournal.core.clock import end_of_local_day, to_utc, utc_now
from peerjournal.core.trackers import TrackedValue
from peerjournal.core.vocabulary import (
    MOOD_LABELS,
    MOOD_MAX,
    MOOD_MIN,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
    optional_choice,
)
from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

NAME_MAX = 120
TITLE_MAX = 200
NOTE_MAX = 20_000
DURATION_MAX_MIN = 24 * 60

# What each scale is called in "Please choose …" / "… must be between 1 and 5." (context "records").
_MOOD = (QT_TRANSLATE_NOOP("records", "Please choose a mood."),
         QT_TRANSLATE_NOOP("records", "A mood must be between {low} and {high}."))
_ENERGY = (QT_TRANSLATE_NOOP("records", "Please choose your energy."),
           QT_TRANSLATE_NOOP("records", "Energy must be between {low} and {high}."))
_FELT = (QT_TRANSLATE_NOOP("records", "Please choose how it felt."),
         QT_TRANSLATE_NOOP("records", "How it felt must be between {low} and {high}."))
# (missing, too long) for each kind of name.
_NAME = (QT_TRANSLATE_NOOP("records", "Please give a name."),
         QT_TRANSLATE_NOOP("records", "A name can be at most {limit} characters."))
_CATEGORY = (QT_TRANSLATE_NOOP("records", "Please give a kind of activity."),
             QT_TRANSLATE_NOOP("records", "A kind of activity can be at most {limit} characters."))
_TITLE = (QT_TRANSLATE_NOOP("records", "Please give what you did."),
          QT_TRANSLATE_NOOP("records", "What you did can be at most {limit} characters."))
_WORD = (QT_TRANSLATE_NOOP("records", "Please give a word."),
         QT_TRANSLATE_NOOP("records", "A word can be at most {limit} characters."))


def _tr(text: str) -> str:
    return translate("records", text)


def _check_time(at: datetime, now: datetime | None) -> None:
    if at.tzinfo is None:
        raise ValidationError(translate("records", "A time must say which time zone it is in."))
    if to_utc(at) >= end_of_local_day(now or utc_now()):
        raise ValidationError(translate(
            "records", "That date is in the future. Please pick today or an earlier day."))


def _stored_time(at: datetime) -> datetime:
    """UTC to the second, exactly as the vault keeps it, so a saved record equals a reloaded one."""
    return to_utc(at).replace(microsecond=0)


def _check_scale(value: int | None, what: tuple[str, str], *, required: bool) -> None:
    missing, out_of_range = what
    if value is None:
        if required:
            raise ValidationError(_tr(missing))
        return
    if not isinstance(value, int) or isinstance(value, bool) or not MOOD_MIN <= value <= MOOD_MAX:
        raise ValidationError(_tr(out_of_range).format(low=MOOD_MIN, high=MOOD_MAX))


def _check_note(note: str) -> None:
    if len(note) > NOTE_MAX:
        raise ValidationError(translate("records", "A note can be at most {limit} characters.").format(
            limit=f"{NOTE_MAX:,}"))


def _clean_name(name: str, what: tuple[str, str], limit: int) -> str:
    missing, too_long = what
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(_tr(missing))
    if len(cleaned) > limit:
        raise ValidationError(_tr(too_long).format(limit=limit))
    return cleaned


class _Record:
    id: int | None

    def with_id(self, new_id: int | None) -> Self:
        return replace(self, id=new_id)  # type: ignore[type-var]


@dataclass(frozen=True)
class MoodCheckIn(_Record):
    at: datetime
    mood: int
    energy: int | None = None
    feelings: tuple[str, ...] = ()
    note: str = ""
    id: int | None = None
    tracked: tuple[TrackedValue, ...] = ()  # the person's own trackers (opt-in), checked on storing

    def validate(self, now: datetime | None = None) -> MoodCheckIn:
        _check_time(self.at, now)
        _check_scale(self.mood, _MOOD, required=True)
        _check_scale(self.energy, _ENERGY, required=False)
        _check_note(self.note)
        feelings = tuple(dict.fromkeys(f.strip().lower() for f in self.feelings if f.strip()))
        return replace(self, at=_stored_time(self.at), feelings=feelings, note=self.note.strip())

    @property
    def mood_label(self) -> str:
        return MOOD_LABELS[self.mood]


@dataclass(frozen=True)
class Person(_Record):
    name: str
    # None: not chosen yet, the default, so no path can choose for the person by leaving it out.
    relationship: Relationship | None = None
    closeness: Closeness | None = None
    help_kinds: frozenset[HelpKind] = field(default_factory=frozenset)
    notes: str = ""
    archived: bool = False
    id: int | None = None

    def validate(self, now: datetime | None = None) -> Person:
        name = _clean_name(self.name, _NAME, NAME_MAX)
        try:
            relationship = optional_choice(Relationship, self.relationship)
            closeness = optional_choice(Closeness, self.closeness)
            kinds = frozenset(HelpKind(k) for k in self.help_kinds)
        except ValueError as exc:
            raise ValidationError(translate("records", "Unknown choice: {what}").format(what=exc)) from None
        _check_note(self.notes)
        # Made directly, not with dataclasses.replace: a phone's 3,000 contacts are checked at once.
        return Person(name, relationship, closeness, kinds, self.notes.strip(), self.archived, self.id)


@dataclass(frozen=True)
class Contact(_Record):
    at: datetime
    person_ids: tuple[int, ...]
    mode: ContactMode = ContactMode.IN_PERSON
    duration_min: int | None = None
    felt: int | None = None
    note: str = ""
    id: int | None = None

    def validate(self, now: datetime | None = None) -> Contact:
        _check_time(self.at, now)
        people = tuple(dict.fromkeys(self.person_ids))
        if not people:
            raise ValidationError(translate("records", "Please choose who the contact was with."))
        try:
            mode = ContactMode(self.mode)
        except ValueError:
            raise ValidationError(translate("records", "Unknown way of contact: {mode}.").format(
                mode=repr(self.mode))) from None
        if self.duration_min is not None and not 0 < self.duration_min <= DURATION_MAX_MIN:
            raise ValidationError(translate("records", "A duration must be between 1 minute and 24 hours."))
        _check_scale(self.felt, _FELT, required=False)
        _check_note(self.note)
        return replace(self, at=_stored_time(self.at), person_ids=people, mode=mode, note=self.note.strip())


@dataclass(frozen=True)
class Activity(_Record):
    at: datetime
    category: str
    title: str
    person_ids: tuple[int, ...] = ()
    felt: int | None = None
    note: str = ""
    id: int | None = None

    def validate(self, now: datetime | None = None) -> Activity:
        _check_time(self.at, now)
        category = " ".join(self.category.split())  # "": not chosen (yet), a valid state
        if len(category) > NAME_MAX:
            raise ValidationError(_tr(_CATEGORY[1]).format(limit=NAME_MAX))
        title = _clean_name(self.title, _TITLE, TITLE_MAX)
        _check_scale(self.felt, _FELT, required=False)
        _check_note(self.note)
        return replace(
            self, at=_stored_time(self.at), category=category, title=title,
            person_ids=tuple(dict.fromkeys(self.person_ids)), note=self.note.strip(),
        )


def clean_vocabulary_word(word: str) -> str:
    """A feeling or category name the person added to their list."""
    return _clean_name(word, _WORD, 60)

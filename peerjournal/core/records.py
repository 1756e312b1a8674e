"""Journal records and their validation.

Each record is a frozen dataclass; ``validate`` raises :class:`ValidationError`
with a sentence a person can read. ``id`` is ``None`` until the record is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Self

from peerjournal.core.clock import end_of_local_day, to_utc, utc_now
from peerjournal.core.vocabulary import (
    MOOD_LABELS,
    MOOD_MAX,
    MOOD_MIN,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
)
from peerjournal.errors import ValidationError

NAME_MAX = 120
TITLE_MAX = 200
NOTE_MAX = 20_000
DURATION_MAX_MIN = 24 * 60


def _check_time(at: datetime, now: datetime | None) -> None:
    if at.tzinfo is None:
        raise ValidationError("A time must say which time zone it is in.")
    if to_utc(at) >= end_of_local_day(now or utc_now()):
        raise ValidationError("That date is in the future. Please pick today or an earlier day.")


def _stored_time(at: datetime) -> datetime:
    """UTC to the second, exactly as the vault keeps it, so a saved record equals a reloaded one."""
    return to_utc(at).replace(microsecond=0)


def _check_scale(value: int | None, what: str, *, required: bool) -> None:
    if value is None:
        if required:
            raise ValidationError(f"Please choose {what}.")
        return
    if not isinstance(value, int) or isinstance(value, bool) or not MOOD_MIN <= value <= MOOD_MAX:
        raise ValidationError(f"{what.capitalize()} must be between {MOOD_MIN} and {MOOD_MAX}.")


def _check_note(note: str) -> None:
    if len(note) > NOTE_MAX:
        raise ValidationError(f"A note can be at most {NOTE_MAX:,} characters.")


def _clean_name(name: str, what: str, limit: int) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(f"Please give {what}.")
    if len(cleaned) > limit:
        raise ValidationError(f"{what.capitalize()} can be at most {limit} characters.")
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

    def validate(self, now: datetime | None = None) -> MoodCheckIn:
        _check_time(self.at, now)
        _check_scale(self.mood, "a mood", required=True)
        _check_scale(self.energy, "energy", required=False)
        _check_note(self.note)
        feelings = tuple(dict.fromkeys(f.strip().lower() for f in self.feelings if f.strip()))
        return replace(self, at=_stored_time(self.at), feelings=feelings, note=self.note.strip())

    @property
    def mood_label(self) -> str:
        return MOOD_LABELS[self.mood]


@dataclass(frozen=True)
class Person(_Record):
    name: str
    relationship: Relationship = Relationship.FRIEND
    closeness: Closeness = Closeness.MIDDLE
    help_kinds: frozenset[HelpKind] = field(default_factory=frozenset)
    notes: str = ""
    archived: bool = False
    id: int | None = None

    def validate(self, now: datetime | None = None) -> Person:
        name = _clean_name(self.name, "a name", NAME_MAX)
        try:
            relationship = Relationship(self.relationship)
            closeness = Closeness(self.closeness)
            kinds = frozenset(HelpKind(k) for k in self.help_kinds)
        except ValueError as exc:
            raise ValidationError(f"Unknown choice: {exc}") from None
        _check_note(self.notes)
        return replace(
            self, name=name, relationship=relationship, closeness=closeness,
            help_kinds=kinds, notes=self.notes.strip(),
        )


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
            raise ValidationError("Please choose who the contact was with.")
        try:
            mode = ContactMode(self.mode)
        except ValueError:
            raise ValidationError(f"Unknown way of contact: {self.mode!r}.") from None
        if self.duration_min is not None and not 0 < self.duration_min <= DURATION_MAX_MIN:
            raise ValidationError("A duration must be between 1 minute and 24 hours.")
        _check_scale(self.felt, "how it felt", required=False)
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
        category = _clean_name(self.category, "a kind of activity", NAME_MAX)
        title = _clean_name(self.title, "what you did", TITLE_MAX)
        _check_scale(self.felt, "how it felt", required=False)
        _check_note(self.note)
        return replace(
            self, at=_stored_time(self.at), category=category, title=title,
            person_ids=tuple(dict.fromkeys(self.person_ids)), note=self.note.strip(),
        )


def clean_vocabulary_word(word: str) -> str:
    """A feeling or category name the person added to their list."""
    return _clean_name(word, "a word", 60)

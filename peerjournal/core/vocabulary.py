"""The fixed words of the journal: mood labels, relationships, circles, kinds of help, ways of contact.

Each enum's value is what storage keeps; ``label`` is what a person reads, translated when it
is read (context ``"vocabulary"``), as are the values of the ``*_LABELS`` tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeVar

from peerjournal.i18n import QT_TRANSLATE_NOOP, Labels, translate

MOOD_MIN, MOOD_MAX = 1, 5


MOOD_LABELS: Mapping[int, str] = Labels("vocabulary", {
    1: QT_TRANSLATE_NOOP("vocabulary", "Very low"),
    2: QT_TRANSLATE_NOOP("vocabulary", "Low"),
    3: QT_TRANSLATE_NOOP("vocabulary", "Okay"),
    4: QT_TRANSLATE_NOOP("vocabulary", "Good"),
    5: QT_TRANSLATE_NOOP("vocabulary", "Very good"),
})

ENERGY_LABELS: Mapping[int, str] = Labels("vocabulary", {
    1: QT_TRANSLATE_NOOP("vocabulary", "Very little"),
    2: QT_TRANSLATE_NOOP("vocabulary", "Little"),
    3: QT_TRANSLATE_NOOP("vocabulary", "Some"),
    4: QT_TRANSLATE_NOOP("vocabulary", "Good"),
    5: QT_TRANSLATE_NOOP("vocabulary", "Lots"),
})

FELT_LABELS: Mapping[int, str] = Labels("vocabulary", {
    1: QT_TRANSLATE_NOOP("vocabulary", "Hard"),
    2: QT_TRANSLATE_NOOP("vocabulary", "Not great"),
    3: QT_TRANSLATE_NOOP("vocabulary", "Okay"),
    4: QT_TRANSLATE_NOOP("vocabulary", "Good"),
    5: QT_TRANSLATE_NOOP("vocabulary", "Really good"),
})

DEFAULT_FEELINGS: tuple[str, ...] = (
    "calm", "content", "hopeful", "grateful", "proud", "connected", "relieved",
    "tired", "restless", "anxious", "worried", "sad", "lonely", "low",
    "irritable", "angry", "overwhelmed", "numb", "stressed", "excited",
)

DEFAULT_ACTIVITY_CATEGORIES: tuple[str, ...] = (
    "Group / club", "Volunteering", "Exercise", "Hobby / creative", "Learning",
    "Work", "Faith / community", "Outdoors", "Other",
)


class LabelledEnum(StrEnum):
    """A str enum (its value is what storage keeps) whose members carry a human label.

    Members are written ``NAME = "value", QT_TRANSLATE_NOOP(context, "Label")``; a subclass
    names its translation context as ``class Kind(LabelledEnum, context="Goals")`` (default
    ``"vocabulary"``), the same context its ``QT_TRANSLATE_NOOP`` calls give lupdate.
    """

    _tr_context: ClassVar[str]
    _source_label: str

    _value_: str

    # Builds each member from its ``("value", label)`` pair. Once the class exists, Enum
    # replaces ``__new__`` with its look-up, so ``Kind(value)`` alone finds a member (hence
    # the default, for type checkers).
    def __new__(cls, value: str, source_label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._source_label = source_label
        return member

    def __init_subclass__(cls, context: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # A subclass of a member-less base keeps the base's context unless it names its own.
        cls._tr_context = context or str(getattr(cls, "_tr_context", "vocabulary"))

    @property
    def source_label(self) -> str:
        """The label as written here, untranslated (the text lupdate knows)."""
        return self._source_label

    @classmethod
    def source_labels(cls) -> dict[str, str]:
        """Each member's value with its untranslated label (for tables keyed by stored value)."""
        return {member.value: member.source_label for member in cls}

    @property
    def label(self) -> str:
        """The label in the language in use."""
        return translate(self._tr_context, self._source_label)


class Relationship(LabelledEnum):
    FAMILY = "family", QT_TRANSLATE_NOOP("vocabulary", "Family")
    PARTNER = "partner", QT_TRANSLATE_NOOP("vocabulary", "Partner")
    FRIEND = "friend", QT_TRANSLATE_NOOP("vocabulary", "Friend")
    NEIGHBOUR = "neighbour", QT_TRANSLATE_NOOP("vocabulary", "Neighbour")
    PEER = "peer", QT_TRANSLATE_NOOP("vocabulary", "Peer / group member")
    COLLEAGUE = "colleague", QT_TRANSLATE_NOOP("vocabulary", "Colleague")
    PROFESSIONAL = "professional", QT_TRANSLATE_NOOP("vocabulary", "Professional")
    OTHER = "other", QT_TRANSLATE_NOOP("vocabulary", "Other")


class Closeness(LabelledEnum):
    CLOSE = "close", QT_TRANSLATE_NOOP("vocabulary", "Close circle")
    MIDDLE = "middle", QT_TRANSLATE_NOOP("vocabulary", "Middle circle")
    OUTER = "outer", QT_TRANSLATE_NOOP("vocabulary", "Outer circle")


_E = TypeVar("_E", bound="LabelledEnum")

RELATIONSHIP_NOT_SET = QT_TRANSLATE_NOOP("vocabulary", "Relationship not set")
CLOSENESS_NOT_SET = QT_TRANSLATE_NOOP("vocabulary", "Circle not set")


def relationship_label(relationship: Relationship | None) -> str:
    """A person's relationship as people read it: None (not chosen yet) is "Relationship not set"."""
    return relationship.label if relationship is not None else translate("vocabulary", RELATIONSHIP_NOT_SET)


def closeness_label(closeness: Closeness | None) -> str:
    """A person's circle as people read it: None (not placed yet) is "Circle not set"."""
    return closeness.label if closeness is not None else translate("vocabulary", CLOSENESS_NOT_SET)


def optional_choice(enum: type[_E], value: object) -> _E | None:
    """``value`` as a member of ``enum``; None, "" (how storage and files keep "not set") -> None.

    Raises ValueError for any other unknown value."""
    if value is None or value == "":
        return None
    return enum(value)  # type: ignore[arg-type]  # the enum look-up: ValueError for anything unknown


def stored_choice(value: LabelledEnum | None) -> str:
    """What storage and files keep for an optional choice: its value, or "" for not set."""
    return value.value if value is not None else ""


def closeness_rank(closeness: Closeness | None) -> int:
    """Close, middle, outer, then not placed yet (for sorting people by circle)."""
    return _CLOSENESS_RANK.get(closeness, len(_CLOSENESS_RANK)) if closeness is not None else len(_CLOSENESS_RANK)


_CLOSENESS_RANK = {Closeness.CLOSE: 0, Closeness.MIDDLE: 1, Closeness.OUTER: 2}


class HelpKind(LabelledEnum):
    PRACTICAL = "practical", QT_TRANSLATE_NOOP("vocabulary", "Practical help")
    EMOTIONAL = "emotional", QT_TRANSLATE_NOOP("vocabulary", "Emotional support")
    ADVICE = "advice", QT_TRANSLATE_NOOP("vocabulary", "Advice / information")
    COMPANY = "company", QT_TRANSLATE_NOOP("vocabulary", "Company")
    CRISIS = "crisis", QT_TRANSLATE_NOOP("vocabulary", "Help in a crisis")


class ContactMode(LabelledEnum):
    IN_PERSON = "in_person", QT_TRANSLATE_NOOP("vocabulary", "In person")
    PHONE = "phone", QT_TRANSLATE_NOOP("vocabulary", "Phone call")
    VIDEO = "video", QT_TRANSLATE_NOOP("vocabulary", "Video call")
    MESSAGE = "message", QT_TRANSLATE_NOOP("vocabulary", "Message")
    ONLINE_GROUP = "online_group", QT_TRANSLATE_NOOP("vocabulary", "Online group")


class EntryKind(LabelledEnum):
    MOOD = "mood", QT_TRANSLATE_NOOP("vocabulary", "Check-in")
    CONTACT = "contact", QT_TRANSLATE_NOOP("vocabulary", "Contact")
    ACTIVITY = "activity", QT_TRANSLATE_NOOP("vocabulary", "Activity")


KIND_NOT_SET = QT_TRANSLATE_NOOP("vocabulary", "Kind not set")


def activity_kind_label(category: str) -> str:
    """An activity's kind as people read it: an unset kind ("") is said as "Kind not set"
    (the person hasn't chosen one; nothing is chosen for them)."""
    return category or translate("vocabulary", KIND_NOT_SET)

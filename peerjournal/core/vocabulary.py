"""The fixed words of the journal: mood labels, relationships, circles, kinds of help, ways of contact.

Each enum's value is what storage keeps; ``label`` is what a person reads, translated when it
is read (context ``"vocabulary"``), as are the values of the ``*_LABELS`` tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

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
    """A str enum (its value is what storage keeps) whose members carry a human label."""

    @property
    def label(self) -> str:
        return translate("vocabulary", _LABELS[(type(self), self.value)])


_LABELS: dict[tuple[type, str], str] = {}


def _labels(enum: type[LabelledEnum], labels: dict[str, str]) -> None:
    for member in enum:
        _LABELS[(enum, member.value)] = labels[member.value]


class Relationship(LabelledEnum):
    FAMILY = "family"
    PARTNER = "partner"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    PEER = "peer"
    COLLEAGUE = "colleague"
    PROFESSIONAL = "professional"
    OTHER = "other"


_labels(Relationship, {
    "family": QT_TRANSLATE_NOOP("vocabulary", "Family"),
    "partner": QT_TRANSLATE_NOOP("vocabulary", "Partner"),
    "friend": QT_TRANSLATE_NOOP("vocabulary", "Friend"),
    "neighbour": QT_TRANSLATE_NOOP("vocabulary", "Neighbour"),
    "peer": QT_TRANSLATE_NOOP("vocabulary", "Peer / group member"),
    "colleague": QT_TRANSLATE_NOOP("vocabulary", "Colleague"),
    "professional": QT_TRANSLATE_NOOP("vocabulary", "Professional"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
})


class Closeness(LabelledEnum):
    CLOSE = "close"
    MIDDLE = "middle"
    OUTER = "outer"


_labels(Closeness, {
    "close": QT_TRANSLATE_NOOP("vocabulary", "Close circle"),
    "middle": QT_TRANSLATE_NOOP("vocabulary", "Middle circle"),
    "outer": QT_TRANSLATE_NOOP("vocabulary", "Outer circle"),
})


class HelpKind(LabelledEnum):
    PRACTICAL = "practical"
    EMOTIONAL = "emotional"
    ADVICE = "advice"
    COMPANY = "company"
    CRISIS = "crisis"


_labels(HelpKind, {
    "practical": QT_TRANSLATE_NOOP("vocabulary", "Practical help"),
    "emotional": QT_TRANSLATE_NOOP("vocabulary", "Emotional support"),
    "advice": QT_TRANSLATE_NOOP("vocabulary", "Advice / information"),
    "company": QT_TRANSLATE_NOOP("vocabulary", "Company"),
    "crisis": QT_TRANSLATE_NOOP("vocabulary", "Help in a crisis"),
})


class ContactMode(LabelledEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    MESSAGE = "message"
    ONLINE_GROUP = "online_group"


_labels(ContactMode, {
    "in_person": QT_TRANSLATE_NOOP("vocabulary", "In person"),
    "phone": QT_TRANSLATE_NOOP("vocabulary", "Phone call"),
    "video": QT_TRANSLATE_NOOP("vocabulary", "Video call"),
    "message": QT_TRANSLATE_NOOP("vocabulary", "Message"),
    "online_group": QT_TRANSLATE_NOOP("vocabulary", "Online group"),
})


class EntryKind(LabelledEnum):
    MOOD = "mood"
    CONTACT = "contact"
    ACTIVITY = "activity"


_labels(EntryKind, {
    "mood": QT_TRANSLATE_NOOP("vocabulary", "Check-in"),
    "contact": QT_TRANSLATE_NOOP("vocabulary", "Contact"),
    "activity": QT_TRANSLATE_NOOP("vocabulary", "Activity"),
})

"""The fixed words of the journal: mood labels, relationships, circles, kinds of help, ways of contact.

Each enum's value is what storage keeps; ``label`` is what a person reads.
"""

from __future__ import annotations

from enum import StrEnum

MOOD_MIN, MOOD_MAX = 1, 5

MOOD_LABELS: dict[int, str] = {
    1: "Very low",
    2: "Low",
    3: "Okay",
    4: "Good",
    5: "Very good",
}

ENERGY_LABELS: dict[int, str] = {
    1: "Very little",
    2: "Little",
    3: "Some",
    4: "Good",
    5: "Lots",
}

FELT_LABELS: dict[int, str] = {
    1: "Hard",
    2: "Not great",
    3: "Okay",
    4: "Good",
    5: "Really good",
}

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
    """A str enum whose members carry a human label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj


class Relationship(LabelledEnum):
    FAMILY = ("family", "Family")
    PARTNER = ("partner", "Partner")
    FRIEND = ("friend", "Friend")
    NEIGHBOUR = ("neighbour", "Neighbour")
    PEER = ("peer", "Peer / group member")
    COLLEAGUE = ("colleague", "Colleague")
    PROFESSIONAL = ("professional", "Professional")
    OTHER = ("other", "Other")


class Closeness(LabelledEnum):
    CLOSE = ("close", "Close circle")
    MIDDLE = ("middle", "Middle circle")
    OUTER = ("outer", "Outer circle")


class HelpKind(LabelledEnum):
    PRACTICAL = ("practical", "Practical help")
    EMOTIONAL = ("emotional", "Emotional support")
    ADVICE = ("advice", "Advice / information")
    COMPANY = ("company", "Company")
    CRISIS = ("crisis", "Help in a crisis")


class ContactMode(LabelledEnum):
    IN_PERSON = ("in_person", "In person")
    PHONE = ("phone", "Phone call")
    VIDEO = ("video", "Video call")
    MESSAGE = ("message", "Message")
    ONLINE_GROUP = ("online_group", "Online group")


class EntryKind(LabelledEnum):
    MOOD = ("mood", "Check-in")
    CONTACT = ("contact", "Contact")
    ACTIVITY = ("activity", "Activity")

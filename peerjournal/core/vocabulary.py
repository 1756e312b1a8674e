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
    """A str enum (its value is what storage keeps) whose members carry a human label."""

    @property
    def label(self) -> str:
        return _LABELS[(type(self), self.value)]


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
    "family": "Family",
    "partner": "Partner",
    "friend": "Friend",
    "neighbour": "Neighbour",
    "peer": "Peer / group member",
    "colleague": "Colleague",
    "professional": "Professional",
    "other": "Other",
})


class Closeness(LabelledEnum):
    CLOSE = "close"
    MIDDLE = "middle"
    OUTER = "outer"


_labels(Closeness, {
    "close": "Close circle",
    "middle": "Middle circle",
    "outer": "Outer circle",
})


class HelpKind(LabelledEnum):
    PRACTICAL = "practical"
    EMOTIONAL = "emotional"
    ADVICE = "advice"
    COMPANY = "company"
    CRISIS = "crisis"


_labels(HelpKind, {
    "practical": "Practical help",
    "emotional": "Emotional support",
    "advice": "Advice / information",
    "company": "Company",
    "crisis": "Help in a crisis",
})


class ContactMode(LabelledEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    MESSAGE = "message"
    ONLINE_GROUP = "online_group"


_labels(ContactMode, {
    "in_person": "In person",
    "phone": "Phone call",
    "video": "Video call",
    "message": "Message",
    "online_group": "Online group",
})


class EntryKind(LabelledEnum):
    MOOD = "mood"
    CONTACT = "contact"
    ACTIVITY = "activity"


_labels(EntryKind, {
    "mood": "Check-in",
    "contact": "Contact",
    "activity": "Activity",
})

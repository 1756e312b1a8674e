"""Sharing fixtures: keys, a small journal snapshot with notes that must not leak, documents.

Every test here runs in UTC unless it switches zone itself (``local_tz`` comes from
tests/conftest.py), so local calendar dates are predictable.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.document import build_document, new_export_id, pseudonym_label
from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.core.sharing.options import JournalSnapshot, Naming, Section, ShareOptions
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind, Relationship

UTC_TZ = "UTC0"
START, END = date(2026, 6, 10), date(2026, 6, 16)
CREATED = datetime(2026, 6, 17, 9, 30, tzinfo=UTC)

MOOD_NOTE = "mood-note-kestrel"
CONTACT_NOTE = "contact-note-heron"
ACTIVITY_NOTE = "activity-note-osprey"
PERSON_NOTE = "person-note-plover"
NOTES = (MOOD_NOTE, CONTACT_NOTE, ACTIVITY_NOTE, PERSON_NOTE)


def at(day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=UTC)


SAM = Person(
    id=1, name="Sam Smith", relationship=Relationship.FRIEND, closeness=Closeness.CLOSE,
    help_kinds=frozenset({HelpKind.EMOTIONAL, HelpKind.PRACTICAL}), notes=PERSON_NOTE,
)
MARY = Person(id=2, name="Mary Ann Jones", relationship=Relationship.FAMILY)
ARCHIE = Person(id=3, name="Archie Old", archived=True)  # archived, but named in the period
ZED = Person(id=4, name="Zed Gone", archived=True)  # archived and not named: never shared

MOODS = (
    MoodCheckIn(id=10, at=at(9, 23, 59), mood=1),  # the day before the period
    MoodCheckIn(id=11, at=at(11, 8), mood=2, energy=3, feelings=("tired", "hopeful"), note=MOOD_NOTE),
    MoodCheckIn(id=12, at=at(10, 0, 0), mood=4),  # first second of the period; listed first
    MoodCheckIn(id=13, at=at(16, 23, 59), mood=5),  # last minute of the period
    MoodCheckIn(id=14, at=at(17, 0, 0), mood=1),  # the day after
)
CONTACTS = (
    Contact(id=20, at=at(12, 18), person_ids=(1, 2), mode=ContactMode.PHONE, duration_min=30,
            felt=4, note=CONTACT_NOTE),
    Contact(id=21, at=at(13, 9), person_ids=(3,), mode=ContactMode.IN_PERSON),
    Contact(id=22, at=at(14, 9), person_ids=(1,), mode=ContactMode.PHONE, felt=2),
    Contact(id=23, at=at(20, 9), person_ids=(4,), mode=ContactMode.VIDEO),  # after the period
)
ACTIVITIES = (
    Activity(id=30, at=at(15, 10), category="Exercise", title="Walk by the river",
             person_ids=(2,), felt=5, note=ACTIVITY_NOTE),
    Activity(id=31, at=at(11, 19), category="Group / club", title="Choir", felt=3),
)
PEOPLE = (SAM, MARY, ARCHIE, ZED)


def labels_for(naming: Naming) -> dict[int, str]:
    if naming is Naming.PSEUDONYM:
        return {p.id: pseudonym_label(i) for i, p in enumerate(PEOPLE)}  # type: ignore[misc]
    if naming is Naming.FIRST:
        return {p.id: p.name.split()[0] for p in PEOPLE}  # type: ignore[misc]
    return {p.id: p.name for p in PEOPLE}  # type: ignore[misc]


def snapshot(naming: Naming = Naming.FIRST, *, labels: dict[int, str] | None = None) -> JournalSnapshot:
    return JournalSnapshot(
        moods=MOODS, contacts=CONTACTS, activities=ACTIVITIES, people=PEOPLE,
        labels=labels_for(naming) if labels is None else labels,
    )


def options(**kw: Any) -> ShareOptions:
    return ShareOptions(**{"start": START, "end": END, "sender_name": "Jo", "message": "Hi!", **kw})


class Keys:
    """One journal (signing key) and two supporters (age identities)."""

    def __init__(self) -> None:
        self.signing = new_signing_key()
        self.signer = signer_public(self.signing)
        self.secret, self.public = new_identity()
        self.other_secret, self.other_public = new_identity()

    def document(self, *, recipient: str | None = None, naming: Naming = Naming.FIRST,
                 **kw: Any) -> dict[str, Any]:
        return build_document(
            snapshot(naming), options(naming=naming, **kw),
            recipient=self.public if recipient is None else recipient,
            signer=self.signer, export_id=new_export_id(), created=CREATED,
        )


@pytest.fixture(autouse=True)
def _utc(local_tz):
    local_tz(UTC_TZ)


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys()


@pytest.fixture
def document(keys: Keys) -> dict[str, Any]:
    """Everything shared, notes included: the largest document the sample data makes."""
    return keys.document(sections=frozenset(Section), include_notes=True)

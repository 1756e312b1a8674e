"""Timeline row summaries and score labels."""

from __future__ import annotations

from datetime import UTC, datetime

from peerjournal.core.timeline import (
    TimelineRow,
    activity_summary,
    contact_summary,
    mood_summary,
)
from peerjournal.core.vocabulary import EntryKind

AT = datetime(2026, 6, 1, tzinfo=UTC)


def test_mood_summary():
    assert mood_summary("calm, tired") == "Feeling calm, tired"
    assert mood_summary(None) == "Check-in"
    assert mood_summary("") == "Check-in"


def test_contact_summary_uses_mode_label_and_names():
    assert contact_summary("video", "Alice, Bob") == "Video call with Alice, Bob"
    assert contact_summary("in_person", None) == "In person"
    # A mode this version doesn't know (from a newer vault) still shows something.
    assert contact_summary("hologram", "Alice") == "hologram with Alice"


def test_activity_summary():
    assert activity_summary("Exercise", "Walk") == "Exercise: Walk"
    assert activity_summary("Exercise", "Walk", "Bob") == "Exercise: Walk (with Bob)"


def test_score_label_depends_on_kind():
    mood = TimelineRow(EntryKind.MOOD, 1, AT, 2, "Check-in", "")
    contact = TimelineRow(EntryKind.CONTACT, 1, AT, 2, "Phone call", "")
    activity = TimelineRow(EntryKind.ACTIVITY, 1, AT, 5, "Work: x", "")
    assert mood.score_label == "Low"
    assert contact.score_label == "Not great"
    assert activity.score_label == "Really good"
    assert TimelineRow(EntryKind.MOOD, 1, AT, None, "", "").score_label == ""
    assert TimelineRow(EntryKind.CONTACT, 1, AT, 9, "", "").score_label == ""

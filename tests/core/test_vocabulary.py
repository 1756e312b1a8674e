"""The fixed vocabulary: stored values, human labels, default lists."""

from __future__ import annotations

import pytest

from peerjournal.core.vocabulary import (
    DEFAULT_ACTIVITY_CATEGORIES,
    DEFAULT_FEELINGS,
    ENERGY_LABELS,
    FELT_LABELS,
    MOOD_LABELS,
    MOOD_MAX,
    MOOD_MIN,
    Closeness,
    ContactMode,
    EntryKind,
    HelpKind,
    Relationship,
)


@pytest.mark.parametrize("labels", [MOOD_LABELS, ENERGY_LABELS, FELT_LABELS])
def test_every_scale_point_has_a_label(labels):
    assert sorted(labels) == list(range(MOOD_MIN, MOOD_MAX + 1))
    assert all(text.strip() for text in labels.values())


@pytest.mark.parametrize("enum", [Relationship, Closeness, HelpKind, ContactMode, EntryKind])
def test_enums_store_values_and_show_labels(enum):
    values = [m.value for m in enum]
    assert len(values) == len(set(values))
    for member in enum:
        assert enum(member.value) is member
        assert member == member.value  # a str enum: compares equal to what storage keeps
        assert member.label.strip()
        assert member.label[0].isupper()


def test_some_labels():
    assert ContactMode.PHONE.value == "phone"
    assert ContactMode.PHONE.label == "Phone call"
    assert Relationship.PEER.label == "Peer / group member"
    assert EntryKind.MOOD.label == "Check-in"


def test_unknown_value_raises_value_error():
    with pytest.raises(ValueError):
        Relationship("enemy")


def test_default_feelings():
    assert len(DEFAULT_FEELINGS) == 20
    assert len(set(DEFAULT_FEELINGS)) == 20
    assert all(f == f.strip().lower() and f for f in DEFAULT_FEELINGS)


def test_default_categories():
    assert len({c.lower() for c in DEFAULT_ACTIVITY_CATEGORIES}) == len(DEFAULT_ACTIVITY_CATEGORIES)
    assert "Other" in DEFAULT_ACTIVITY_CATEGORIES


def test_labels_translate_in_their_own_context():
    from peerjournal import i18n
    from peerjournal.core.connecting.goals import GoalStatus
    from peerjournal.core.connecting.resources import Domain

    i18n.set_translator(lambda context, text: f"{context}:{text}")
    try:
        assert Closeness.CLOSE.label == "vocabulary:Close circle"
        assert GoalStatus.LET_GO.label == "Goals:Let go"
        assert Domain.BELONGING.label == "Belonging"  # the UI translates it ("ResourceCheck")
        assert Closeness.CLOSE.source_label == "Close circle"
    finally:
        i18n.set_translator(None)


def test_unset_relationship_and_circle_have_words_and_sort_last():
    from peerjournal.core.vocabulary import (
        closeness_label,
        closeness_rank,
        optional_choice,
        relationship_label,
        stored_choice,
    )

    assert relationship_label(None) == "Relationship not set"
    assert closeness_label(None) == "Circle not set"
    assert relationship_label(Relationship.FAMILY) == "Family"
    assert sorted([None, Closeness.OUTER, Closeness.CLOSE], key=closeness_rank) == [
        Closeness.CLOSE, Closeness.OUTER, None]
    assert stored_choice(None) == "" and stored_choice(Closeness.CLOSE) == "close"
    assert optional_choice(Closeness, "") is None and optional_choice(Closeness, "outer") is Closeness.OUTER
    with pytest.raises(ValueError):
        optional_choice(Closeness, "far away")

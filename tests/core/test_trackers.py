"""The person's own trackers: definitions and values are checked, in plain words."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.trackers import (
    SUGGESTIONS,
    TrackedValue,
    Tracker,
    TrackerKind,
    check_values,
    suggestion,
)
from peerjournal.errors import ValidationError

SLEEP = Tracker("Sleep", TrackerKind.NUMBER, unit="hours", id=1)
MEDS = Tracker("Took my medication", TrackerKind.YES_NO, id=2)
PAIN = Tracker("Pain", TrackerKind.SCALE, low_word="none", high_word="a lot", id=3)
WEATHER = Tracker("Weather", TrackerKind.CHOICE, choices=("sun", "rain", "snow"), id=4)


def test_a_definition_is_cleaned_and_fields_of_other_kinds_are_emptied():
    tracker = Tracker("  hours   of sleep ", TrackerKind.NUMBER, unit=" h ", low_word="x",
                      choices=("a", "b")).validate()
    assert (tracker.name, tracker.unit, tracker.low_word, tracker.choices) == ("hours of sleep", "h", "", ())
    assert Tracker("Went outside", TrackerKind.YES_NO, unit="x").validate().unit == ""


@pytest.mark.parametrize(("tracker", "words"), [
    (Tracker("  ", TrackerKind.YES_NO), "name"),
    (Tracker("x" * 61, TrackerKind.YES_NO), "at most 60"),
    (Tracker("Pain", TrackerKind.SCALE, low_word="none"), "both ends"),
    (Tracker("Weather", TrackerKind.CHOICE, choices=("sun", " sun ")), "two choices"),
    (Tracker("Weather", TrackerKind.CHOICE, choices=tuple("abcdefghi")), "at most 8"),
    (Tracker("Sleep", "sometimes"), "what kind"),  # type: ignore[arg-type]
])
def test_a_definition_that_cannot_work_is_refused_in_plain_words(tracker, words):
    with pytest.raises(ValidationError, match=words):
        tracker.validate()


def test_values_are_checked_against_their_tracker():
    assert SLEEP.check_value(7.5) == 7.5
    assert MEDS.check_value(1) == 1.0
    assert PAIN.check_value(5) == 5.0
    assert WEATHER.check_value("rain") == "rain"
    for tracker, value in ((MEDS, 2), (PAIN, 6), (PAIN, 2.5), (WEATHER, "fog"), (SLEEP, "7"),
                           (SLEEP, math.nan), (SLEEP, True), (SLEEP, 10**9)):
        with pytest.raises(ValidationError, match=tracker.name):
            tracker.check_value(value)


def test_values_read_as_the_person_wrote_them():
    assert SLEEP.value_text(7.5) == "7.5 hours"
    assert MEDS.value_text(0.0) == "no"
    assert PAIN.value_text(5.0) == "5 (a lot)"
    assert PAIN.value_text(3.0) == "3"
    assert WEATHER.value_text("sun") == "sun"


def test_check_values_keeps_one_per_tracker_and_refuses_unknown_trackers():
    trackers = {t.id: t for t in (SLEEP, MEDS)}
    values = (TrackedValue(1, 6), TrackedValue(2, 1), TrackedValue(1, 7))
    assert check_values(values, trackers) == (TrackedValue(1, 7.0), TrackedValue(2, 1.0))
    with pytest.raises(ValidationError, match="no longer"):
        check_values((TrackedValue(9, 1),), trackers)


def test_the_suggestions_are_the_ones_asked_for_and_each_is_valid():
    names = [s.name for s in SUGGESTIONS]
    assert names == ["Sleep", "Took my medication", "Medication changed", "Appetite", "Pain", "Money worries"]
    for index in range(len(SUGGESTIONS)):
        assert suggestion(index).validate().name == names[index]


@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=5), st.booleans(), st.none()))
def test_any_value_is_either_kept_as_checked_or_refused(value):
    for tracker in (SLEEP, MEDS, PAIN, WEATHER):
        try:
            kept = tracker.check_value(value)
        except ValidationError:
            continue
        assert tracker.check_value(kept) == kept
        assert isinstance(tracker.value_text(kept), str)


@given(st.text(max_size=80), st.lists(st.text(max_size=50), max_size=10))
def test_any_definition_is_either_valid_or_refused(name, choices):
    try:
        tracker = Tracker(name, TrackerKind.CHOICE, choices=tuple(choices)).validate()
    except ValidationError:
        return
    assert tracker.validate() == tracker
    assert 2 <= len(tracker.choices) <= 8

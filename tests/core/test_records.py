"""Record validation: each rule refuses with a ValidationError a person can read."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import UTC, datetime, timedelta, timezone

import pytest

from peerjournal.core.records import (
    DURATION_MAX_MIN,
    NAME_MAX,
    NOTE_MAX,
    TITLE_MAX,
    Activity,
    Contact,
    MoodCheckIn,
    Person,
    clean_vocabulary_word,
)
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind, Relationship
from peerjournal.errors import UserError, ValidationError
from tests.core.conftest import AUCKLAND, NEW_YORK

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
PAST = NOW - timedelta(hours=1)


def refused(make, *, now=NOW) -> str:
    """Validate what ``make`` builds; return the refusal message after checking its kind."""
    with pytest.raises(ValidationError) as info:
        make().validate(now)
    error = info.value
    assert isinstance(error, UserError)
    message = str(error)
    assert message.strip()
    assert message[0].isupper()
    assert "\n" not in message and "Traceback" not in message
    return message


def mood(**kw) -> MoodCheckIn:
    return MoodCheckIn(**{"at": PAST, "mood": 3, **kw})


def contact(**kw) -> Contact:
    return Contact(**{"at": PAST, "person_ids": (1,), **kw})


def activity(**kw) -> Activity:
    return Activity(**{"at": PAST, "category": "Exercise", "title": "Walk", **kw})


def person(**kw) -> Person:
    return Person(**{"name": "Alice", **kw})


# -- names ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", " ", "   \t\n  "])
def test_empty_names_refused(name):
    assert "name" in refused(lambda: person(name=name))
    refused(lambda: activity(title=name))


@pytest.mark.parametrize("kind", ["", " ", "   \t\n  "])
def test_an_activity_kind_may_be_left_unset(kind):
    # Nothing is chosen for the person: no kind is a valid state, kept as "".
    assert activity(category=kind).validate(NOW).category == ""


def test_name_length_limit():
    assert person(name="a" * NAME_MAX).validate(NOW).name == "a" * NAME_MAX
    assert str(NAME_MAX) in refused(lambda: person(name="a" * (NAME_MAX + 1)))
    assert activity(title="t" * TITLE_MAX).validate(NOW).title == "t" * TITLE_MAX
    assert str(TITLE_MAX) in refused(lambda: activity(title="t" * (TITLE_MAX + 1)))
    refused(lambda: activity(category="c" * (NAME_MAX + 1)))


def test_name_whitespace_collapsed_before_length_check():
    padded = "  " + "a" * NAME_MAX + "   "
    assert person(name=padded).validate(NOW).name == "a" * NAME_MAX
    assert person(name=" Mary \t  Ann\n").validate(NOW).name == "Mary Ann"


# -- scales -----------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 6, -1, None, True, False, 3.0, "3"])
def test_bad_mood_refused(value):
    message = refused(lambda: mood(mood=value))
    assert "mood" in message.lower()


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
def test_mood_range_accepted(value):
    assert mood(mood=value).validate(NOW).mood == value


@pytest.mark.parametrize("value", [0, 6, True, 2.5])
def test_bad_energy_refused(value):
    assert "nergy" in refused(lambda: mood(energy=value))


def test_energy_optional():
    assert mood(energy=None).validate(NOW).energy is None
    assert mood(energy=5).validate(NOW).energy == 5


@pytest.mark.parametrize("value", [0, 6, -3, True])
def test_bad_felt_refused(value):
    assert "felt" in refused(lambda: contact(felt=value))
    assert "felt" in refused(lambda: activity(felt=value))


def test_felt_optional_and_in_range():
    assert contact(felt=None).validate(NOW).felt is None
    assert activity(felt=1).validate(NOW).felt == 1


# -- times ------------------------------------------------------------------


def test_naive_datetime_refused():
    naive = datetime(2026, 6, 1, 12, 0)
    for make in (lambda: mood(at=naive), lambda: contact(at=naive), lambda: activity(at=naive)):
        assert "time zone" in refused(make)


@pytest.mark.parametrize("tz", [None, NEW_YORK, AUCKLAND])
def test_future_day_refused_but_later_today_accepted(local_tz, tz):
    if tz:
        local_tz(tz)
    # 09:00 local; the person may log something for 23:30 today, not for tomorrow.
    now = datetime(2026, 3, 10, 9, 0).astimezone()
    later_today = datetime(2026, 3, 10, 23, 30).astimezone()
    last_second = datetime(2026, 3, 10, 23, 59, 59).astimezone()
    tomorrow = datetime(2026, 3, 11, 0, 0).astimezone()
    next_week = now + timedelta(days=7)

    for make in (mood, contact, activity):
        assert make(at=later_today).validate(now).at == later_today
        make(at=last_second).validate(now)
        assert "future" in refused(lambda m=make: m(at=tomorrow), now=now)
        refused(lambda m=make: m(at=next_week), now=now)


def test_future_check_uses_local_day_not_utc_day(local_tz):
    local_tz(AUCKLAND)
    # 08:00 on 11 March in Auckland is still 10 March in UTC.
    now = datetime(2026, 3, 11, 8, 0).astimezone()
    assert now.astimezone(UTC).day == 10
    evening = datetime(2026, 3, 11, 20, 0).astimezone()  # 11 March UTC too
    assert mood(at=evening).validate(now).at == evening
    refused(lambda: mood(at=datetime(2026, 3, 12, 0, 30).astimezone()), now=now)


def test_default_now_is_the_real_clock():
    assert mood(at=datetime.now(UTC) - timedelta(minutes=1)).validate().mood == 3
    refused(lambda: mood(at=datetime.now(UTC) + timedelta(days=2)), now=None)


def test_validated_time_is_utc_same_instant():
    at = datetime(2026, 6, 1, 18, 45, tzinfo=timezone(timedelta(hours=-7)))
    for make in (mood, contact, activity):
        got = make(at=at).validate(NOW).at
        assert got == at
        assert got.utcoffset() == timedelta(0)
        assert got.hour == 1 and got.day == 2


# -- contacts ---------------------------------------------------------------


def test_contact_needs_people():
    assert "who" in refused(lambda: contact(person_ids=()))


def test_contact_people_deduplicated_in_order():
    assert contact(person_ids=(3, 1, 3, 2, 1)).validate(NOW).person_ids == (3, 1, 2)
    assert activity(person_ids=(5, 5)).validate(NOW).person_ids == (5,)


@pytest.mark.parametrize("minutes", [0, -5, DURATION_MAX_MIN + 1, 10_000])
def test_bad_duration_refused(minutes):
    assert "duration" in refused(lambda: contact(duration_min=minutes)).lower()


@pytest.mark.parametrize("minutes", [None, 1, 90, DURATION_MAX_MIN])
def test_duration_accepted(minutes):
    assert contact(duration_min=minutes).validate(NOW).duration_min == minutes


def test_unknown_mode_refused_and_known_strings_converted():
    assert "telepathy" in refused(lambda: contact(mode="telepathy"))
    assert contact(mode="phone").validate(NOW).mode is ContactMode.PHONE


# -- people -----------------------------------------------------------------


@pytest.mark.parametrize(
    "kw",
    [
        {"relationship": "enemy"},
        {"relationship": "Friend"},  # a label, not a stored value ("" is "not set": allowed)
        {"closeness": "far away"},
        {"help_kinds": frozenset({"money"})},
    ],
)
def test_unknown_person_choices_refused(kw):
    refused(lambda: person(**kw))


def test_person_choices_from_strings_become_enums():
    got = person(relationship="peer", closeness="close", help_kinds=frozenset({"advice"})).validate()
    assert got.relationship is Relationship.PEER
    assert got.closeness is Closeness.CLOSE
    assert got.help_kinds == frozenset({HelpKind.ADVICE})
    assert all(isinstance(k, HelpKind) for k in got.help_kinds)


# -- notes ------------------------------------------------------------------


def test_note_length_limit_on_every_record():
    long = "n" * (NOTE_MAX + 1)
    for make in (lambda: mood(note=long), lambda: contact(note=long),
                 lambda: activity(note=long), lambda: person(notes=long)):
        assert f"{NOTE_MAX:,}" in refused(make)
    ok = "n" * NOTE_MAX
    assert mood(note=ok).validate(NOW).note == ok
    assert person(notes=ok).validate(NOW).notes == ok


def test_notes_stripped():
    assert mood(note="  hi  \n").validate(NOW).note == "hi"
    assert contact(note="\tx ").validate(NOW).note == "x"
    assert activity(note=" y ").validate(NOW).note == "y"
    assert person(notes=" z ").validate(NOW).notes == "z"


# -- feelings ---------------------------------------------------------------


def test_feelings_lowercased_stripped_deduplicated():
    got = mood(feelings=("Calm", " calm ", "TIRED", "", "  ", "tired", "hopeful")).validate(NOW)
    assert got.feelings == ("calm", "tired", "hopeful")


# -- records themselves -----------------------------------------------------


def test_validate_returns_new_record_and_leaves_original():
    original = mood(note="  x  ", feelings=("A",))
    cleaned = original.validate(NOW)
    assert original.note == "  x  " and original.feelings == ("A",)
    assert cleaned is not original
    with pytest.raises(FrozenInstanceError):
        original.mood = 4  # type: ignore[misc]


def test_with_id_and_mood_label():
    m = mood(mood=5)
    assert m.id is None
    assert m.with_id(7).id == 7 and m.with_id(7).mood == 5
    assert m.mood_label == "Very good"
    assert mood(mood=1).mood_label == "Very low"


def test_clean_vocabulary_word():
    assert clean_vocabulary_word("  Chess   club ") == "Chess club"
    with pytest.raises(ValidationError):
        clean_vocabulary_word("  ")
    with pytest.raises(ValidationError):
        clean_vocabulary_word("w" * 61)


def test_relationship_and_circle_may_be_left_unset():
    person = Person(name="Kit", relationship=None, closeness=None).validate()
    assert (person.relationship, person.closeness) == (None, None)
    from_a_file = Person(name="Kit", relationship="", closeness="").validate()  # type: ignore[arg-type]
    assert (from_a_file.relationship, from_a_file.closeness) == (None, None)  # "" is how files say "not set"


def test_a_person_made_without_a_relationship_or_circle_has_neither_chosen():
    """Nothing is chosen for the person by leaving it out (issue 15): no Friend, no Middle circle."""
    person = Person(name="Kit").validate()
    assert (person.relationship, person.closeness) == (None, None)

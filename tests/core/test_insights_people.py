"""Insights about people: what goes with better days, connection signals, the help grid and
the network map. Hand-built histories in New York time, with answers worked out by hand."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from peerjournal.core.insights import (
    MIN_DAYS,
    PATTERN_NOTE,
    SUGGESTIONS,
    ActivityEvent,
    ContactEvent,
    Factor,
    HelpGap,
    History,
    MoodPoint,
    better_days,
    connection_signals,
    help_grid,
    network_map,
    usual_gap,
)
from peerjournal.core.insights.better_days import NOT_YET, NOTHING_STANDS_OUT
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind, Relationship
from tests.core.conftest import NEW_YORK
from tests.core.test_insights import at

START = date(2026, 1, 1)
IN_PERSON, PHONE = ContactMode.IN_PERSON, ContactMode.PHONE
JUDGING = re.compile(r"\b(bad|poor|should|must|worse|better|fail\w*|wrong|only \d)\b|%", re.IGNORECASE)


@pytest.fixture(autouse=True)
def _new_york(local_tz):
    local_tz(NEW_YORK)


def day(n: int) -> date:
    return START + timedelta(days=n)


def person(pid: int, name: str, **fields) -> Person:
    fields = {"relationship": Relationship.FRIEND, "closeness": Closeness.MIDDLE} | fields
    return Person(name=name, id=pid, **fields)


def mood_days(values: list[int], first: int = 0) -> tuple[MoodPoint, ...]:
    """One check-in a day from day ``first``, late in the evening to test local days too."""
    return tuple(MoodPoint(at(day(first + i), 23, 30), v) for i, v in enumerate(values))


def contacts_on(days: range | list[int], mode: ContactMode = IN_PERSON,
                people: tuple[int, ...] = (1,)) -> tuple[ContactEvent, ...]:
    return tuple(ContactEvent(at(day(n), 0, 15), mode, people) for n in days)


# -- what goes with better days ---------------------------------------------------
@pytest.mark.parametrize(("with_days", "shown"), [(MIN_DAYS - 1, False), (MIN_DAYS, True)])
def test_in_person_comparison_needs_min_days_with(with_days, shown):
    history = History(
        moods=mood_days([4] * with_days + [2] * 10),
        contacts=contacts_on(range(with_days)) + contacts_on(range(with_days, 15), PHONE),
    )
    result = better_days(history)
    assert result.mood_days == with_days + 10
    found = [f for f in result.findings if f.factor == Factor.IN_PERSON]
    assert bool(found) == shown
    if shown:
        (finding,) = found
        assert (finding.with_mood, finding.with_days, finding.without_mood, finding.without_days) == (
            4.0, MIN_DAYS, 2.0, 10,
        )
        assert finding.sentence == (
            "On days you saw someone in person, your mood tended to be higher than on other days: "
            "about 4.0 against 2.0 (5 days with, 10 days without)."
        )
        assert result.message == PATTERN_NOTE


@pytest.mark.parametrize(("without_days", "shown"), [(MIN_DAYS - 1, False), (MIN_DAYS, True)])
def test_in_person_comparison_needs_min_days_without(without_days, shown):
    history = History(
        moods=mood_days([4] * 10 + [2] * without_days),
        contacts=contacts_on(range(10)) + contacts_on([30, 31]),  # days without check-ins: no effect
    )
    assert bool(better_days(history).findings) == shown


@pytest.mark.parametrize(("seen", "shown", "words"), [
    ([3, 3, 3, 3, 3, 4], False, None),  # about 3.2 against 3.0: much the same, nothing to say
    ([3, 4, 3, 4, 3, 4], True, "a little higher"), ([3, 2, 3, 2, 3, 2], True, "a little lower"),
    ([4] * 6, True, "tended to be higher"), ([2] * 6, True, "tended to be lower"),
])
def test_only_differences_large_enough_are_shown_in_plain_words(seen, shown, words):
    history = History(moods=mood_days(seen + [3] * 6), contacts=contacts_on(range(6)))
    result = better_days(history)
    assert bool(result.findings) == shown
    if shown:
        assert words in result.findings[0].sentence
    else:
        assert result.message == NOTHING_STANDS_OUT  # not "come back later": it was compared


def test_nothing_to_show_says_when_patterns_appear():
    result = better_days(History(moods=mood_days([3, 4])))
    assert result.findings == ()
    assert result.message == NOT_YET.format(min_days=MIN_DAYS)
    assert "5 days" in result.message
    assert better_days(History(), min_days=2).message.startswith("Patterns show here once there are at least 2")


def test_activity_kinds_and_people_with_most_days_first():
    people = (
        person(1, "Sam"), person(2, "Jo"), person(3, "Bea"), person(4, "Ali"),
        person(5, "Old friend", archived=True),
    )
    history = History(
        moods=mood_days([5, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1]),  # 16 days
        contacts=contacts_on(range(7), PHONE, (1,)) + contacts_on(range(6), PHONE, (2,))
        + contacts_on(range(5), PHONE, (3,)) + contacts_on(range(5), PHONE, (4,))
        + contacts_on(range(8), PHONE, (5,)),
        activities=tuple(ActivityEvent(at(day(n), 10), "Exercise") for n in range(8, 14))
        + tuple(ActivityEvent(at(day(n), 10), "Art", 5, (4,)) for n in (0, 1)),
        people=people,
    )
    result = better_days(history, day(0), day(15))
    assert [(f.factor, f.label) for f in result.findings] == [
        (Factor.ACTIVITY, "Exercise"),
        (Factor.PERSON, "Sam"), (Factor.PERSON, "Jo"), (Factor.PERSON, "Ali"),  # top 3; Ali before Bea
    ]
    exercise = result.findings[0]
    assert (exercise.key, exercise.with_days, exercise.with_mood, exercise.without_days) == ("Exercise", 6, 1.0, 10)
    assert exercise.sentence == (
        'On days with an activity under "Exercise", your mood tended to be lower than on other days: '
        "about 1.0 against 3.8 (6 days with, 10 days without)."  # seven 5s and three 1s
    )
    sam = result.findings[1]
    assert sam.key == 1 and sam.sentence.startswith(
        "On days you were in touch with Sam, your mood tended to be higher than on other days: about 5.0")
    assert better_days(history, top_people=1).findings[-1].label == "Sam"
    # A narrower range has fewer days: Sam's 7 days fall to 3, below the minimum.
    assert [f.label for f in better_days(history, day(4), day(15)).findings] == ["Exercise"]


def test_sentences_and_notes_use_no_judging_words():
    history = History(
        moods=mood_days([1, 2, 1, 2, 1, 5, 4, 5, 4, 5, 3]),
        contacts=contacts_on(range(5)) + contacts_on(range(5), PHONE, (2,)),
        activities=tuple(ActivityEvent(at(day(n)), "Work") for n in range(5)),
        people=(person(1, "Sam"), person(2, "Jo", relationship=Relationship.PROFESSIONAL)),
    )
    texts = [f.sentence for f in better_days(history).findings]
    assert len(texts) == 4
    signals = connection_signals(history, day(40))
    texts += signals.sentences + [item.sentence for item in signals.longer_than_usual]
    texts += [PATTERN_NOTE, NOT_YET] + [s for gaps in SUGGESTIONS.values() for s in gaps.values()]
    for text in texts:
        assert not JUDGING.search(text), text


# -- connection signals ------------------------------------------------------------
def test_usual_gap_is_the_median_interval_between_days_in_touch():
    assert usual_gap({day(0), day(2), day(4)}) == 2.0
    assert usual_gap({day(0), day(1), day(9)}) == 4.5
    assert usual_gap({day(0), day(3)}) is None  # needs three days in touch
    assert usual_gap(set()) is None


def test_longer_than_usual_needs_one_and_a_half_gaps_and_a_week():
    today = day(30)  # 31 January
    people = (
        person(1, "Sam"), person(2, "Jo"), person(3, "Kim"), person(4, "Lee"), person(5, "Pat"),
        person(6, "Max"), person(7, "Archived", archived=True),
    )
    history = History(
        contacts=contacts_on([0, 2, 4, 6], PHONE, (1,))      # gap 2, 24 days since: listed
        + contacts_on([19, 26, 29], PHONE, (2,))             # gap 5 (median), 1 day since
        + contacts_on([20, 21, 22], PHONE, (3,))             # gap 1, 8 days since: listed
        + contacts_on([21, 22, 23], PHONE, (4,))             # gap 1, exactly 7 days since: not yet
        + contacts_on([0, 1], PHONE, (5,))                   # two days in touch: no usual gap
        + contacts_on([0, 2, 4, 6], PHONE, (7,))             # archived: never listed
        + contacts_on([0, 0, 1], PHONE, (6,)),               # day 0 twice counts as one day
        activities=(ActivityEvent(at(day(2)), "Walk", None, (6,)),),  # an activity counts: Max gap 1
        people=people,
    )
    longer = connection_signals(history, today).longer_than_usual
    assert [(i.name, i.days_since, i.usual_gap_days) for i in longer] == [
        ("Max", 28, 1.0), ("Sam", 24, 2.0), ("Kim", 8, 1.0),  # furthest past their usual gap first
    ]
    assert longer[1].person_id == 1
    assert longer[1].sentence == "Sam: 24 days since you were last in touch; usually about every 2 days."


def test_in_person_days_and_people_this_month_and_last():
    today = day(30)  # Saturday 31 January
    history = History(
        contacts=contacts_on([27], IN_PERSON, (1,)) + contacts_on([29], PHONE, (2,))
        + contacts_on([31], IN_PERSON, (3,))        # after "today": ignored
        + contacts_on([-5, -20], PHONE, (1, 4))     # December
        + contacts_on([-40], IN_PERSON, (5,)),      # November
        activities=(ActivityEvent(at(day(2)), "Choir", 4, (6, 1)),),
    )
    signals = connection_signals(history, today)
    assert signals.days_since_in_person == 3
    assert (signals.people_this_month, signals.people_last_month) == (3, 2)  # {1, 2, 6} and {1, 4}
    assert signals.sentences == [
        "It's been 3 days since you last saw someone in person.",
        "This month you've been in touch with 3 people so far; last month, 2 people.",
    ]
    quiet = connection_signals(History(), today)
    assert (quiet.days_since_in_person, quiet.people_this_month, quiet.people_last_month) == (None, 0, 0)
    assert quiet.sentences[0] == "No in-person contact is noted yet."
    assert connection_signals(history, day(27)).sentences[0] == "You saw someone in person today."
    # January's first: last month is December, this month has only today.
    assert connection_signals(history, day(0)).people_last_month == 2


# -- the help grid -------------------------------------------------------------------
def test_help_grid_flags_gaps_and_leaves_out_archived_people():
    ann = person(1, "Ann", closeness=Closeness.CLOSE, help_kinds=frozenset({HelpKind.EMOTIONAL, HelpKind.COMPANY}))
    gp = person(2, "Dr Lee", relationship=Relationship.PROFESSIONAL, closeness=Closeness.OUTER,
                help_kinds=frozenset({HelpKind.PRACTICAL, HelpKind.CRISIS}))
    nurse = person(3, "Cal", relationship=Relationship.PROFESSIONAL,
                   help_kinds=frozenset({HelpKind.CRISIS, HelpKind.EMOTIONAL}))
    gone = person(4, "Bob", archived=True, help_kinds=frozenset({HelpKind.ADVICE}))
    grid = help_grid([gp, gone, nurse, ann])
    assert [p.name for p in grid.people] == ["Ann", "Cal", "Dr Lee"]  # close circle first
    assert [r.kind for r in grid.rows] == list(HelpKind)
    summary = {r.kind: ([p.name for p in r.people], r.nobody, r.only_professionals) for r in grid.rows}
    assert summary == {
        HelpKind.PRACTICAL: (["Dr Lee"], False, True),
        HelpKind.EMOTIONAL: (["Ann", "Cal"], False, False),  # a professional and a friend
        HelpKind.ADVICE: ([], True, False),                    # Bob is archived
        HelpKind.COMPANY: (["Ann"], False, False),
        HelpKind.CRISIS: (["Cal", "Dr Lee"], False, True),
    }
    assert grid.row(HelpKind.ADVICE).suggestion == SUGGESTIONS[HelpKind.ADVICE][HelpGap.NOBODY]
    assert grid.row(HelpKind.CRISIS).suggestion == SUGGESTIONS[HelpKind.CRISIS][HelpGap.ONLY_PROFESSIONALS]
    assert grid.row(HelpKind.EMOTIONAL).suggestion is None
    assert grid.can_help(1, HelpKind.COMPANY) and not grid.can_help(1, HelpKind.CRISIS)
    assert not grid.can_help(4, HelpKind.ADVICE)
    assert grid.row(HelpKind.PRACTICAL).person_ids == frozenset({2})


def test_help_grid_with_nobody_and_edited_suggestions():
    grid = help_grid([])
    assert grid.people == () and all(r.nobody and not r.only_professionals for r in grid.rows)
    assert grid.row(HelpKind.EMOTIONAL).suggestion == (
        "Nobody is down yet for emotional support. Some people find this through a peer "
        "support group or a listening line."
    )
    edited = {HelpKind.COMPANY: {HelpGap.NOBODY: "Personne pour la compagnie."}}
    translated = help_grid([], edited)
    assert translated.row(HelpKind.COMPANY).suggestion == "Personne pour la compagnie."
    assert translated.row(HelpKind.CRISIS).suggestion is None  # no text given: nothing shown
    assert set(SUGGESTIONS) == set(HelpKind)
    assert all(set(texts) == set(HelpGap) for texts in SUGGESTIONS.values())


# -- the network map -------------------------------------------------------------------
def test_network_map_strength_is_days_in_touch_lately():
    today = date(2026, 1, 31)
    days_ago = [0, 29, 30, 89, 90, 200]
    contacts = tuple(ContactEvent(at(today - timedelta(days=n)), PHONE, (1,)) for n in days_ago)
    history = History(
        contacts=contacts + (ContactEvent(at(today + timedelta(days=1)), PHONE, (1,)),),  # future: ignored
        activities=(ActivityEvent(at(today, 18), "Walk", 5, (1, 2)),),  # same day as a contact: once
        people=(
            person(1, "Zoe", closeness=Closeness.CLOSE, relationship=Relationship.FAMILY),
            person(2, "Amy", closeness=Closeness.MIDDLE, help_kinds=frozenset({HelpKind.COMPANY})),
            person(3, "Ned", closeness=Closeness.OUTER),
            person(4, "Gone", closeness=Closeness.CLOSE, archived=True),
        ),
    )
    nodes = network_map(history, today)
    assert [n.name for n in nodes] == ["Zoe", "Amy", "Ned"]
    zoe, amy, ned = nodes
    assert (zoe.days_30, zoe.days_90, zoe.last_in_touch) == (2, 4, today)
    assert (zoe.relationship, zoe.closeness, zoe.person_id) == (Relationship.FAMILY, Closeness.CLOSE, 1)
    assert (amy.days_30, amy.days_90, amy.help_kinds) == (1, 1, frozenset({HelpKind.COMPANY}))
    assert (ned.days_30, ned.days_90, ned.last_in_touch) == (0, 0, None)
    assert network_map(History(), today) == []


def test_unset_people_are_on_the_map_and_grid_after_the_circles_and_never_guessed():
    kit = person(1, "Aaron", relationship=None, closeness=None, help_kinds=frozenset({HelpKind.CRISIS}))
    lee = person(2, "Dr Lee", relationship=Relationship.PROFESSIONAL, closeness=Closeness.OUTER,
                 help_kinds=frozenset({HelpKind.CRISIS}))
    nodes = network_map(History(people=(kit, lee)), date(2026, 1, 31))
    assert [(n.name, n.relationship, n.closeness) for n in nodes] == [
        ("Dr Lee", Relationship.PROFESSIONAL, Closeness.OUTER), ("Aaron", None, None)]
    grid = help_grid([kit, lee])
    assert [p.name for p in grid.people] == ["Dr Lee", "Aaron"]
    crisis = grid.row(HelpKind.CRISIS)
    assert not crisis.only_professionals  # Aaron's relationship is unknown, not "professional"

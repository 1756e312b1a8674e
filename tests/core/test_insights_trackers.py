"""Insights from the person's own trackers: days by value each week, and better days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from peerjournal.core.clock import local_day
from peerjournal.core.insights.better_days import Factor
from peerjournal.core.insights.trackers import day_values, tracker_findings, tracker_weeks
from peerjournal.core.trackers import Tracker, TrackerKind

MEDS = Tracker("Took my medication", TrackerKind.YES_NO, id=1)
SLEEP = Tracker("Sleep", TrackerKind.NUMBER, unit="hours", id=2)
PAIN = Tracker("Pain", TrackerKind.SCALE, low_word="none", high_word="a lot", id=3)
WEATHER = Tracker("Weather", TrackerKind.CHOICE, choices=("sun", "rain"), id=4)
START = datetime(2026, 5, 4, 12, tzinfo=UTC)  # a Monday, midday: the same local day nearly everywhere


def _at(day: int, hour: int = 0) -> datetime:
    return START + timedelta(days=day, hours=hour)


def test_a_day_keeps_its_last_value():
    assert day_values([(_at(0, 1), 0.0), (_at(0), 1.0), (_at(1), 1.0)]) == {
        local_day(_at(0)): 0.0, local_day(_at(1)): 1.0}


def test_weeks_count_the_days_of_each_value():
    points = [(_at(d), 1.0 if d % 3 else 0.0) for d in range(10)]
    weeks = tracker_weeks(MEDS, points, local_day(_at(0)), local_day(_at(13)))
    assert weeks.parts == ["yes", "no"]
    assert weeks.weeks == [date(2026, 5, 4), date(2026, 5, 11)]
    assert weeks.counts == [[4, 3], [2, 1]]
    assert weeks.days == 10


def test_a_scale_and_a_choice_have_a_part_for_each_value():
    pain = tracker_weeks(PAIN, [(_at(0), 5.0), (_at(1), 1.0)], local_day(_at(0)), local_day(_at(6)))
    assert pain.parts == ["1 (none)", "2", "3", "4", "5 (a lot)"] and pain.counts == [[1, 0, 0, 0, 1]]
    weather = tracker_weeks(WEATHER, [(_at(0), "rain")], local_day(_at(0)), local_day(_at(6)))
    assert weather.parts == ["sun", "rain"] and weather.counts == [[0, 1]]


def test_numbers_are_parts_of_whole_values_or_bands():
    few = tracker_weeks(SLEEP, [(_at(d), float(6 + d % 3)) for d in range(6)], local_day(_at(0)), local_day(_at(6)))
    assert few.parts == ["6 hours", "7 hours", "8 hours"] and few.counts == [[2, 2, 2]]
    many = tracker_weeks(SLEEP, [(_at(d), 3.5 + d) for d in range(7)], local_day(_at(0)), local_day(_at(6)))
    assert len(many.parts) == 5 and many.days == 7 and many.parts[0] == "3.5 to 4.7 hours"


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6), min_size=1, max_size=30))
def test_every_noted_number_lands_in_a_part(values):
    points = [(_at(d), v) for d, v in enumerate(values)]
    weeks = tracker_weeks(SLEEP, points, local_day(_at(0)), local_day(_at(len(values))))
    assert weeks.days == len(values)


def test_better_days_compare_days_with_a_value_with_the_other_noted_days():
    moods = {local_day(_at(d)): (4.0 if d < 6 else 2.0) for d in range(12)}
    points = [(_at(d), 1.0 if d < 6 else 0.0) for d in range(12)]
    (finding,) = tracker_findings(MEDS, points, moods)
    assert finding.factor is Factor.TRACKER and finding.key == MEDS.id
    assert (finding.with_mood, finding.with_days, finding.without_mood, finding.without_days) == (4.0, 6, 2.0, 6)
    assert finding.sentence == ("On days you noted Took my medication: yes, your mood tended to be higher than on "
                                "other days: about 4.0 against 2.0 (6 days with, 6 days without).")
    same = {day: 3.0 + (0.1 if day in {local_day(_at(d)) for d in range(6)} else 0) for day in moods}
    assert tracker_findings(MEDS, points, same) == []  # 3.1 against 3.0: nothing to say
    assert tracker_findings(MEDS, points[:8], moods) == []  # too few days on one side
    sleep = tracker_findings(SLEEP, [(_at(d), 5.0 + d) for d in range(12)], moods)
    assert sleep[0].label == "Sleep: more than 11 hours"

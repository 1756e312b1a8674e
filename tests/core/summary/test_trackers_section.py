"""The summary's "My trackers" section: unticked by default; on how many days each value was
noted in the period; names of people in the tracker's words follow the naming choice."""

from __future__ import annotations

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.options import DEFAULT_SECTIONS, Naming, Section
from peerjournal.core.summary.model import SummaryData, SummaryOptions
from peerjournal.core.summary.report import build_report
from peerjournal.core.trackers import TrackedValue, Tracker, TrackerKind
from tests.core.summary.helpers import END, MADE, PEOPLE, START, at

MEDS = Tracker("Took my medication", TrackerKind.YES_NO, id=1)
CALLED = Tracker("Called Sam Jones", TrackerKind.CHOICE, choices=("Sam Jones", "nobody"), id=2)
QUIET = Tracker("Pain", TrackerKind.SCALE, low_word="none", high_word="a lot", id=3)  # nothing noted
DATA = SummaryData(
    moods=(MoodCheckIn(at(2), 3, tracked=(TrackedValue(1, 1.0), TrackedValue(2, "Sam Jones"))),
           MoodCheckIn(at(3), 4, tracked=(TrackedValue(1, 1.0),)),
           MoodCheckIn(at(4), 2, tracked=(TrackedValue(1, 0.0),)),
           MoodCheckIn(at(2, month=7), 2, tracked=(TrackedValue(1, 0.0),))),  # after the period
    people=PEOPLE, trackers=(MEDS, CALLED, QUIET))


def _section(naming: Naming = Naming.FULL):
    report = build_report(SummaryOptions(START, END, frozenset({Section.TRACKERS}), naming=naming), DATA, made=MADE)
    (section,) = report.sections
    return section, report.plain_text()


def test_the_section_is_not_ticked_by_default():
    assert Section.TRACKERS not in DEFAULT_SECTIONS
    report = build_report(SummaryOptions(START, END), DATA, made=MADE)
    assert "trackers" not in [s.key for s in report.sections]


def test_each_noted_tracker_says_on_how_many_days_each_value_was_noted():
    section, text = _section()
    assert section.heading == "My trackers"
    assert "Took my medication\nNoted on 3 days.\nValue | Days\nyes | 2\nno | 1" in text
    assert "Called Sam Jones\nNoted on 1 day.\nValue | Days\nSam Jones | 1" in text
    assert "Pain" not in text


def test_names_in_a_trackers_words_follow_the_naming():
    _section_, text = _section(Naming.PSEUDONYM)
    assert "Sam" not in text and "Jones" not in text

"""An activity whose kind the person didn't choose: "Kind not set" wherever kinds are read."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from peerjournal.core.insights.counts import activities_per_week
from peerjournal.core.insights.history import ActivityEvent, History
from peerjournal.core.records import Activity
from peerjournal.core.sharing.summary import summary
from peerjournal.core.timeline import activity_summary
from peerjournal.core.vocabulary import activity_kind_label

MONDAY = datetime(2026, 11, 30, 12, tzinfo=UTC)


def test_an_unset_kind_is_said_as_not_set_and_a_set_one_as_itself():
    assert activity_kind_label("") == "Kind not set"
    assert activity_kind_label("Outdoors") == "Outdoors"


def test_the_timeline_shows_only_the_title_when_no_kind_was_chosen():
    assert activity_summary("", "Walk to the shop") == "Walk to the shop"
    assert activity_summary("Outdoors", "Walk") == "Outdoors: Walk"


def test_weekly_counts_keep_unset_kinds_as_their_own_group():
    history = History(moods=(), contacts=(), people=(), activities=(
        ActivityEvent(MONDAY, "", None, ()), ActivityEvent(MONDAY + timedelta(hours=1), "", None, ()),
        ActivityEvent(MONDAY, "Outdoors", None, ())))
    (week,) = activities_per_week(history, date(2026, 11, 30), date(2026, 12, 6))
    assert week.counts == {"Kind not set": 2, "Outdoors": 1}


def test_a_share_summary_never_has_an_empty_kind():
    activities = [Activity(at=MONDAY, category="", title="Walk to the shop", id=1)]
    made = summary(date(2026, 11, 30), date(2026, 12, 6), [], [], activities)
    assert made["activities_by_category"] == {"Kind not set": 1}

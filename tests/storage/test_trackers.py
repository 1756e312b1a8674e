"""Trackers in the vault: kept with their check-in in one step; retiring keeps the history."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.trackers import TrackedValue, Tracker, TrackerKind
from peerjournal.errors import ValidationError
from peerjournal.storage.journal import Change, NotFound
from peerjournal.storage.vault.database import create_vault, open_vault
from peerjournal.storage.vault.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.storage.conftest import PASSPHRASE, ago


def _two(journal):
    sleep = journal.trackers.add_tracker(Tracker("Sleep", TrackerKind.NUMBER, unit="hours"))
    weather = journal.trackers.add_tracker(Tracker("Weather", TrackerKind.CHOICE, choices=("sun", "rain")))
    return sleep, weather


def test_trackers_are_added_in_order_and_a_name_is_used_once(journal):
    seen = []
    journal.add_listener(seen.append)
    sleep, weather = _two(journal)
    assert [t.name for t in journal.trackers.trackers()] == ["Sleep", "Weather"]
    assert journal.trackers.get_tracker(weather.id).choices == ("sun", "rain")
    assert seen == [frozenset({Change.TRACKERS})] * 2
    with pytest.raises(ValidationError, match="already have a tracker called SLEEP"):
        journal.trackers.add_tracker(Tracker("SLEEP", TrackerKind.YES_NO))


def test_values_are_kept_with_their_check_in_and_go_with_it(journal):
    sleep, weather = _two(journal)
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, tracked=(
        TrackedValue(sleep.id, 7.5), TrackedValue(weather.id, "rain"))))
    assert journal.get_mood(mood.id).tracked == (TrackedValue(sleep.id, 7.5), TrackedValue(weather.id, "rain"))
    assert journal.get_mood(mood.id) == mood
    updated = journal.update_mood(replace(mood, tracked=(TrackedValue(sleep.id, 6),)))
    assert journal.get_mood(mood.id).tracked == updated.tracked == (TrackedValue(sleep.id, 6.0),)
    journal.delete_mood(mood.id)
    assert journal.trackers.series(sleep.id) == []


def test_a_wrong_value_saves_nothing_of_the_check_in(journal):
    sleep, weather = _two(journal)
    with pytest.raises(ValidationError, match="Weather"):
        journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, tracked=(
            TrackedValue(sleep.id, 7), TrackedValue(weather.id, "fog"))))
    assert journal.moods_between(ago(days=1), ago(seconds=0)) == []


def test_retiring_keeps_the_history_and_bringing_back_shows_it_again(journal):
    sleep, _ = _two(journal)
    journal.add_mood(MoodCheckIn(at=ago(days=1), mood=3, tracked=(TrackedValue(sleep.id, 8),)))
    retired = journal.trackers.set_retired(sleep.id, True)
    assert retired.retired
    assert [t.name for t in journal.trackers.trackers()] == ["Weather"]
    assert [t.name for t in journal.trackers.trackers(include_retired=True)] == ["Sleep", "Weather"]
    assert journal.trackers.series(sleep.id) == [(ago(days=1), 8.0, 3)]
    with pytest.raises(ValidationError, match="retired but not deleted"):
        journal.trackers.delete_tracker(sleep.id)
    assert not journal.trackers.set_retired(sleep.id, False).retired


def test_a_tracker_without_values_can_be_deleted(journal):
    _, weather = _two(journal)
    journal.trackers.delete_tracker(weather.id)
    with pytest.raises(NotFound):
        journal.trackers.get_tracker(weather.id)


def test_values_by_mood_reads_many_check_ins_at_once(journal):
    sleep, _ = _two(journal)
    ids = [journal.add_mood(MoodCheckIn(at=ago(hours=h), mood=3, tracked=(TrackedValue(sleep.id, h),))).id
           for h in range(1, 4)]
    plain = journal.add_mood(MoodCheckIn(at=ago(hours=5), mood=3)).id
    assert journal.trackers.values_by_mood([*ids, plain]) == {
        i: (TrackedValue(sleep.id, float(h)),) for i, h in zip(ids, range(1, 4), strict=True)}


def test_the_trackers_migration_adds_its_tables_to_a_vault_made_before_it(vault_path):
    before = len(MIGRATIONS) - 1
    vault = create_vault(vault_path, PASSPHRASE, migrations=MIGRATIONS[:before])
    vault.conn.execute("INSERT INTO moods (at_utc, mood) VALUES ('2026-06-01T10:00:00Z', 3)")
    vault.close()
    vault = open_vault(vault_path, PASSPHRASE)
    try:
        assert vault.schema_version() == SCHEMA_VERSION
        tables = {n for (n,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"trackers", "tracker_values"} <= tables
    finally:
        vault.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.floats(allow_nan=False, min_value=-1e6, max_value=1e6), st.sampled_from(["sun", "rain"])))
def test_any_accepted_value_reads_back_as_written(journal, value):
    sleep, weather = _two(journal) if not journal.trackers.trackers() else journal.trackers.trackers()
    tracker = weather if isinstance(value, str) else sleep
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=3, tracked=(TrackedValue(tracker.id, value),)))
    assert journal.get_mood(mood.id).tracked == (TrackedValue(tracker.id, value),)


def test_the_timeline_shows_a_check_in_with_its_tracker_values(journal):
    sleep, weather = _two(journal)
    pain = journal.trackers.add_tracker(Tracker("Pain", TrackerKind.SCALE, low_word="none", high_word="a lot"))
    mood = journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, feelings=("calm",), tracked=(
        TrackedValue(sleep.id, 7.5), TrackedValue(weather.id, "rain"), TrackedValue(pain.id, 5))))
    journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=3))
    journal.trackers.set_retired(sleep.id, True)  # retired: its values are still shown
    expected = "Feeling calm · Sleep: 7.5 hours, Weather: rain, Pain: 5 (a lot)"
    assert [r.summary for r in journal.timeline_page()] == [expected, "Check-in"]
    assert journal.timeline()[0].summary == expected
    assert journal.timeline_page(None, 10, None, "calm")[0].id == mood.id


def test_a_summary_and_a_share_read_trackers_only_when_chosen(journal):
    from peerjournal.core.sharing.options import DEFAULT_SECTIONS, Section, ShareOptions
    from peerjournal.storage.summary import load_summary_data
    from tests.storage.conftest import TODAY

    sleep, _ = _two(journal)
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, tracked=(TrackedValue(sleep.id, 7),)))
    plain = load_summary_data(journal, TODAY, TODAY, sections=DEFAULT_SECTIONS)
    assert plain.trackers == () and plain.moods[0].tracked == ()
    chosen = load_summary_data(journal, TODAY, TODAY, sections=DEFAULT_SECTIONS | {Section.TRACKERS})
    assert [t.name for t in chosen.trackers] == ["Sleep", "Weather"]
    assert chosen.moods[0].tracked == (TrackedValue(sleep.id, 7.0),)
    options = ShareOptions(TODAY, TODAY, sections=frozenset({Section.TRACKERS}))
    snapshot = journal.sharing.snapshot(options, "age1recipient")
    assert [t.name for t in snapshot.trackers] == ["Sleep", "Weather"]

"""Importing a Daylio export: the dry run's counts, one transaction, duplicates skipped, refusals."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerjournal.core.imports.entries import NotAnExport
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import DiskFull, UserError
from peerjournal.ops.imports import ActivityChoice, ImportMapping, dry_run, import_entries
from tests.faults import failing_writes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "daylio"
NEW = FIXTURES / "new_layout_24h.csv"
POLISH = FIXTURES / "old_layout_polish_bom.csv"


def defaults(plan, **activities: ActivityChoice) -> ImportMapping:
    return ImportMapping(moods=plan.suggested_moods(), activities=activities, category="Other")


def everything(journal):
    return journal.moods_between(datetime(2000, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))


def test_the_dry_run_counts_and_changes_nothing(journal):
    plan = dry_run(NEW)
    assert plan.summary.count == 5
    assert len(plan.summary.activity_names) == 5 and len(plan.summary.mood_names) == 5
    assert plan.suggested_moods() == {"awful": 1, "bad": 2, "good": 4, "meh": 3, "rad": 5}
    assert journal.counts() == {EntryKind.MOOD: 0, EntryKind.CONTACT: 0, EntryKind.ACTIVITY: 0}


def test_import_adds_check_ins_activities_and_feelings(journal):
    plan = dry_run(NEW)
    result = import_entries(journal, plan, defaults(plan, **{"bad sleep": ActivityChoice.FEELING,
                                                            "work": ActivityChoice.LEAVE_OUT}))
    assert (len(result.moods), result.skipped) == (5, 0)
    # friends, walk, reading (row 2) + friends (row 5): the others are a feeling or left out
    assert sorted(a.title for a in result.activities) == ["friends", "friends", "reading", "walk"]
    assert all(a.category == "Other" for a in result.activities)
    stored = everything(journal)
    assert [m.mood for m in stored] == [1, 4, 2, 3, 5]  # oldest first
    assert stored[0].feelings == ("bad sleep",)
    assert stored[2].feelings == ("bad sleep",) and stored[2].note == "Tired all day."
    assert stored[-1].note == "A good day\n\nMet Sam by the river.\nLong talk."
    assert journal.counts()[EntryKind.ACTIVITY] == 4


def test_a_second_import_skips_every_entry_and_counts_them(journal):
    plan = dry_run(NEW)
    import_entries(journal, plan, defaults(plan))
    again = import_entries(journal, dry_run(NEW), defaults(plan))
    assert (again.moods, again.activities, again.skipped) == ((), (), 5)
    assert journal.counts()[EntryKind.MOOD] == 5


def test_only_the_same_time_and_mood_counts_as_already_there(journal):
    plan = dry_run(NEW)
    first = plan.export.entries[0]
    journal.add_mood(MoodCheckIn(at=first.at, mood=5))  # rad → 5 at the same time: there already
    journal.add_mood(MoodCheckIn(at=plan.export.entries[1].at, mood=1))  # meh is 3: not the same
    result = import_entries(journal, plan, defaults(plan))
    assert (len(result.moods), result.skipped) == (4, 1)


def test_custom_mood_names_must_be_mapped_and_nothing_changes_until_they_are(journal):
    plan = dry_run(POLISH)
    assert plan.suggested_moods() == {"Medium [-]": None, "Not so good": None, "super": None}
    with pytest.raises(UserError, match="Medium \\[-\\], Not so good, super"):
        import_entries(journal, plan, defaults(plan))
    assert journal.counts()[EntryKind.MOOD] == 0
    mapping = ImportMapping(moods={"Medium [-]": 3, "not so good": 2, "super": 5}, category="Other")
    result = import_entries(journal, plan, mapping)
    assert [m.mood for m in result.moods] == [2, 3, 5, 2]


def test_activities_need_a_kind_unless_none_become_activities(journal):
    plan = dry_run(NEW)
    with pytest.raises(UserError, match="kind of activity"):
        import_entries(journal, plan, ImportMapping(moods=plan.suggested_moods()))
    everything_a_feeling = {name: ActivityChoice.FEELING for name in plan.summary.activity_names}
    result = import_entries(journal, plan, ImportMapping(moods=plan.suggested_moods(),
                                                         activities=everything_a_feeling))
    assert result.activities == () and len(result.moods) == 5


def test_a_refused_entry_rolls_back_the_whole_import_and_names_its_row(journal, tmp_path):
    future = tmp_path / "future.csv"  # the test journal's today is 2026-06-15
    future.write_text(NEW.read_text() + "2027-01-01,x,x,10:00,good,walk,,\n", encoding="utf-8")
    plan = dry_run(future)
    with pytest.raises(UserError, match="Row 7 .*future"):
        import_entries(journal, plan, defaults(plan))
    assert journal.counts() == {EntryKind.MOOD: 0, EntryKind.CONTACT: 0, EntryKind.ACTIVITY: 0}


def test_a_file_that_is_not_a_daylio_export_is_refused(tmp_path):
    other = tmp_path / "contacts.csv"
    other.write_text("name,phone\nSam,123\n", encoding="utf-8")
    with pytest.raises(NotAnExport):
        dry_run(other)


def test_a_full_disk_part_way_through_adds_nothing_and_a_later_import_adds_it_once(journal):
    plan = dry_run(NEW)
    with failing_writes(journal.vault, at=6), pytest.raises(DiskFull):
        import_entries(journal, plan, defaults(plan))
    assert journal.counts() == {EntryKind.MOOD: 0, EntryKind.CONTACT: 0, EntryKind.ACTIVITY: 0}
    assert len(import_entries(journal, plan, defaults(plan)).moods) == 5  # room again


OTHER_APPS = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.mark.parametrize(("name", "count"), [("jrnl.json", 3), ("pixels.json", 3), ("pixels_old.json", 2),
                                             ("emoods.csv", 3), ("bearable.csv", 3), ("daily_you.json", 3)])
def test_each_app_s_export_imports_once_and_a_second_import_skips_it_all(journal, name, count):
    plan = dry_run(OTHER_APPS / name)
    assert plan.summary.count == count
    moods = {n: v if v is not None else 3 for n, v in plan.suggested_moods().items()}
    mapping = ImportMapping(moods=moods, category="Other")
    first = import_entries(journal, plan, mapping)
    assert (len(first.moods), first.skipped) == (count, 0)
    again = import_entries(journal, dry_run(OTHER_APPS / name), mapping)
    assert (again.moods, again.activities, again.skipped) == ((), (), count)
    assert journal.counts()[EntryKind.MOOD] == count


def test_pixels_scores_land_on_the_same_place_of_the_scale(journal):
    plan = dry_run(OTHER_APPS / "pixels.json")
    result = import_entries(journal, plan, ImportMapping(moods=plan.suggested_moods(), category="Other"))
    assert [m.mood for m in result.moods] == [4, 2, 5]
    assert result.moods[0].note == "Good talk with Mum."


def test_a_jrnl_export_waits_for_the_person_to_choose_its_mood(journal):
    plan = dry_run(OTHER_APPS / "jrnl.json")
    with pytest.raises(UserError, match="no mood recorded"):
        import_entries(journal, plan, ImportMapping(moods=plan.suggested_moods(), category="Other"))
    assert journal.counts()[EntryKind.MOOD] == 0


def test_progress_is_told_as_the_import_goes(journal):
    plan = dry_run(OTHER_APPS / "emoods.csv")
    told: list[tuple[int, int]] = []
    moods = {n: v if v is not None else 3 for n, v in plan.suggested_moods().items()}
    import_entries(journal, plan, ImportMapping(moods=moods, category="Other"),
                   lambda done, total: told.append((done, total)))
    assert told == [(0, 3)]  # every 50 entries, starting with the first

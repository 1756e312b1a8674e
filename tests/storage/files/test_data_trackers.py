"""Trackers in "Take all my data": in the JSON document and back (a round trip), and a column
per tracker in moods.csv."""

from __future__ import annotations

import csv
from pathlib import Path

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.trackers import TrackedValue, Tracker, TrackerKind
from peerjournal.storage.files.data_csv import export_csv
from peerjournal.storage.files.data_export import document_bytes, export_document
from peerjournal.storage.files.data_import import create_vault_from_data
from peerjournal.storage.journal import Journal
from tests.storage.conftest import NOW, ago


def _with_trackers(journal: Journal) -> tuple[Tracker, Tracker]:
    sleep = journal.trackers.add_tracker(Tracker("Sleep", TrackerKind.NUMBER, unit="hours"))
    weather = journal.trackers.add_tracker(Tracker("Weather", TrackerKind.CHOICE, choices=("sun", "rain, cold")))
    journal.add_mood(MoodCheckIn(at=ago(hours=3), mood=4, tracked=(
        TrackedValue(sleep.id, 7.5), TrackedValue(weather.id, "rain, cold"))))
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=2))
    journal.trackers.set_retired(sleep.id, True)
    return sleep, weather


def test_trackers_and_their_values_go_out_and_come_back(journal: Journal, tmp_path: Path) -> None:
    _with_trackers(journal)
    document = export_document(journal)
    assert len(document["tables"]["tracker_values"]["rows"]) == 2
    copy = create_vault_from_data(tmp_path / "copy.pjvault", "another passphrase here", document_bytes(document))
    try:
        again = Journal(copy, clock=lambda: NOW)
        assert again.trackers.trackers(include_retired=True) == journal.trackers.trackers(include_retired=True)
        assert again.timeline() == journal.timeline()
        first = journal.timeline()[-1].id
        assert again.get_mood(first).tracked == journal.get_mood(first).tracked
    finally:
        copy.close()


def test_moods_csv_has_a_column_per_tracker(journal: Journal, tmp_path: Path) -> None:
    _with_trackers(journal)
    folder = tmp_path / "out"
    export_csv(journal, folder)
    with (folder / "moods.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Sleep"], r["Weather"]) for r in rows] == [("7.5 hours", "rain, cold"), ("", "")]
    assert (folder / "trackers.csv").exists() and (folder / "tracker_values.csv").exists()


def test_a_changed_file_with_a_broken_tracker_makes_no_journal(journal: Journal, tmp_path: Path) -> None:
    import pytest

    from peerjournal.storage.files.data_import import DataFileError

    _with_trackers(journal)
    for table, column, value, words in (("tracker_values", "number", "seven", "number|damaged"),
                                        ("tracker_values", "number", True, "number|damaged"),
                                        ("trackers", "kind", "sometimes", "known choices"),
                                        ("trackers", "name", "  ", "name")):
        document = export_document(journal)
        document["tables"][table]["rows"][0][column] = value
        target = tmp_path / f"{table}-{column}-{value!s:.5}.pjvault"
        with pytest.raises(DataFileError, match=words):
            create_vault_from_data(target, "another passphrase here", document_bytes(document))
        assert not target.exists()

"""ops.take_data: the JSON file and the CSV folder hold the journal, are owner-only, and the
progress runs over both to its end."""

from __future__ import annotations

import json
import os
import stat
from datetime import timedelta

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DiskFull
from peerjournal.ops.take_data import read_data, take_data, write_data
from peerjournal.storage.files.data_csv import csv_file_count
from tests.faults import failing_file_writes
from tests.ops.conftest import NOW


def test_take_data_writes_json_then_csv_with_progress(journal, tmp_path):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=1), mood=4, note="MARKER"))
    steps: list[tuple[int, int]] = []
    folder, json_path = tmp_path / "csv", tmp_path / "data.json"
    taken = take_data(journal, folder, json_path, lambda i, n: steps.append((i, n)))
    assert taken.written == (json_path, folder)
    assert "MARKER" in json_path.read_text(encoding="utf-8")
    json.loads(json_path.read_text(encoding="utf-8"))
    assert stat.S_IMODE(json_path.stat().st_mode) == 0o600
    csv_files = sorted(p for p in folder.iterdir())
    assert csv_files and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in csv_files)
    total = 1 + csv_file_count(read_data(journal))
    assert steps[0] == (1, total) and steps[-1] == (total, total)


def test_only_what_was_chosen_is_written(journal, tmp_path):
    document, out = read_data(journal), tmp_path / "out"
    assert write_data(document, None, out / "only.json").written == (out / "only.json",)
    assert write_data(document, out / "only-csv", None).written == (out / "only-csv",)
    assert sorted(p.name for p in out.iterdir()) == ["only-csv", "only.json"]


def test_a_full_disk_for_the_json_file_takes_the_new_csv_folder_back(journal, tmp_path):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=1), mood=4, note="MARKER"))
    folder, json_path = tmp_path / "csv" / "PeerJournal data", tmp_path / "json" / "data.json"
    json_path.parent.mkdir()
    with failing_file_writes(under=json_path.parent), pytest.raises(DiskFull) as caught:
        take_data(journal, folder, json_path)
    assert str(caught.value) == "Could not save the data file: the disk is full. Nothing was changed."
    assert os.listdir(folder.parent) == [] and os.listdir(json_path.parent) == []


def test_a_full_disk_for_the_csv_files_writes_no_json_file(journal, tmp_path):
    folder, json_path = tmp_path / "csv" / "PeerJournal data", tmp_path / "json" / "data.json"
    folder.parent.mkdir()
    with failing_file_writes(at=3, under=folder.parent), pytest.raises(DiskFull):
        take_data(journal, folder, json_path)
    assert os.listdir(folder.parent) == [] and not json_path.exists()

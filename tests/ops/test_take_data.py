"""ops.take_data: the JSON file and the CSV folder hold the journal, are owner-only, and the
progress runs over both to its end."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from peerjournal.core.records import MoodCheckIn
from peerjournal.errors import DiskFull
from peerjournal.ops import take_data as take_data_module
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


# -- streaming: a row at a time from the vault's cursor, written as it is read (issue 20) -----
def test_the_streamed_json_file_holds_the_same_document(journal, tmp_path):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=1), mood=4, note="line one\nline two"))
    take_data(journal, None, tmp_path / "data.json")
    text = (tmp_path / "data.json").read_text(encoding="utf-8")
    assert json.loads(text) == read_data(journal)  # the same clock: the very same document
    assert '\n    {"id": 1, "at_utc": ' in text  # a row a line, indented like the rest


class _NoFetchAll:
    """A connection whose cursors refuse ``fetchall``/``fetchmany`` on the data tables."""

    def __init__(self, conn: Any, seen: list[str]) -> None:
        self._conn, self._seen = conn, seen

    def execute(self, sql: str, *args: Any) -> Any:
        cursor = self._conn.execute(sql, *args)
        if not sql.lstrip().upper().startswith("SELECT") or " FROM \"" not in sql:
            return cursor
        self._seen.append(sql)
        return _Iterated(cursor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


class _Iterated:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __iter__(self) -> Any:
        return iter(self._cursor)

    def fetchall(self) -> Any:
        raise AssertionError("a table read whole into memory")

    fetchmany = fetchall


def test_take_data_reads_every_table_through_its_cursor(journal, tmp_path, monkeypatch):
    journal.add_mood(MoodCheckIn(at=NOW - timedelta(hours=1), mood=4, note="MARKER"))
    seen: list[str] = []
    real = take_data_module.VaultTables
    monkeypatch.setattr(take_data_module, "VaultTables", lambda conn: real(_NoFetchAll(conn, seen)))
    take_data(journal, tmp_path / "csv", tmp_path / "data.json")
    assert any('FROM "moods"' in sql for sql in seen)
    assert "MARKER" in (tmp_path / "data.json").read_text(encoding="utf-8")
    assert "MARKER" in (tmp_path / "csv" / "moods.csv").read_text(encoding="utf-8-sig")


class _LongTable:
    """A source with one big table whose rows are made as they are asked for; when the
    writer asks for row ``check_at``, it looks at how much is already on the disk."""

    def __init__(self, out: Path, rows: int, check_at: int) -> None:
        self.out, self.count, self.check_at = out, rows, check_at
        self.on_disk_then: list[int] = []

    def tables(self) -> list[str]:
        return ["notes"]

    def columns(self, table: str) -> list[str]:
        return ["id", "text"]

    def rows(self, table: str, order: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
        if table != "notes":
            return
        for number in range(self.count):
            if number == self.check_at:
                self.on_disk_then.append(sum(
                    p.stat().st_size for p in self.out.rglob("*") if p.is_file()))
            yield {"id": number, "text": f"note {number} " + "x" * 80}


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_files_are_written_while_the_rows_are_still_being_read(tmp_path, kind):
    out = tmp_path / "out"
    out.mkdir()
    source = _LongTable(out, rows=40_000, check_at=30_000)
    head = {"format": "peerjournal-data", "exported_utc": "2026-06-15T12:00:00Z"}
    folder, json_path = (out / "csv", None) if kind == "csv" else (None, out / "data.json")
    write_data(source, folder, json_path, head=head)
    # 30,000 rows of ~90 characters were read: most of them already written, not held.
    assert source.on_disk_then and source.on_disk_then[0] > 1_000_000
    written = json_path if json_path is not None else out / "csv" / "notes.csv"
    assert written.stat().st_size > 3_000_000


class _Breaks(_LongTable):
    reads = 0

    def rows(self, table: str, order: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
        self.reads += table == "notes"
        for number, row in enumerate(super().rows(table, order)):
            if number == 20_000 and self.reads == 2:  # the JSON file's turn (the CSV's went by)
                raise RuntimeError("the vault could not be read")
            yield row


def test_a_failure_while_reading_leaves_no_file_behind(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    source = _Breaks(out, rows=25_000, check_at=10)
    head = {"format": "peerjournal-data", "exported_utc": "2026-06-15T12:00:00Z"}
    with pytest.raises(RuntimeError, match="could not be read"):
        write_data(source, out / "csv", out / "data.json", head=head)
    assert source.reads == 2  # the CSV folder was made, then the JSON file broke
    assert os.listdir(out) == []  # no JSON file, no half of one, and the new folder taken back

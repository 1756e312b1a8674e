"""The CSV folder of "Take all my data" appears whole or not at all: a full disk leaves nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.errors import DiskFull
from peerjournal.storage.files.data_csv import csv_file_count, export_csv, write_csv
from peerjournal.storage.files.data_export import export_document
from tests.faults import failing_file_writes
from tests.storage.conftest import ago


@pytest.fixture
def document(journal):
    journal.add_person(Person(name="Sam"))
    journal.add_mood(MoodCheckIn(at=ago(hours=1), mood=4, note="a quiet day"))
    return export_document(journal)


@pytest.mark.parametrize("at", [1, 2, 6, "last"])
def test_a_full_disk_leaves_no_folder_and_no_part_of_one(document, tmp_path: Path, at) -> None:
    parent = tmp_path / "chosen"
    parent.mkdir()
    count = csv_file_count(document)
    nth = count if at == "last" else at  # the README is the last file written
    with failing_file_writes(at=nth, under=parent) as disk, pytest.raises(DiskFull) as caught:
        write_csv(document, parent / "PeerJournal data")
    assert disk.failures == 1
    assert "the disk is full. Nothing was changed." in str(caught.value)
    assert os.listdir(parent) == []  # not the folder, not its hidden staging folder


def test_the_folder_appears_whole_and_owner_only(document, tmp_path: Path) -> None:
    parent = tmp_path / "chosen"
    written = write_csv(document, parent / "PeerJournal data")
    assert os.listdir(parent) == ["PeerJournal data"]
    folder = parent / "PeerJournal data"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in written) == sorted(os.listdir(folder))
    assert len(written) == csv_file_count(document) and "README.txt" in os.listdir(folder)


def test_an_existing_folder_gets_its_files_replaced_and_keeps_others(journal, document,
                                                                     tmp_path: Path) -> None:
    folder = tmp_path / "existing"
    folder.mkdir()
    (folder / "moods.csv").write_text("old")
    (folder / "mine.txt").write_text("not ours")
    export_csv(journal, folder)
    assert (folder / "mine.txt").read_text() == "not ours"
    assert "a quiet day" in (folder / "moods.csv").read_text(encoding="utf-8-sig")
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]  # no staging left


def test_a_note_naming_someone_reads_as_their_name_and_the_json_keeps_the_link(journal,
                                                                               tmp_path: Path) -> None:
    import csv

    from peerjournal.core.mentions import mention_token, mentions_in
    from peerjournal.core.records import Contact

    sam = journal.add_person(Person(name="Sam [work]"))
    journal.add_mood(MoodCheckIn(at=ago(hours=2), mood=4, note=f"Rang {mention_token(sam.name, sam.id)}"))
    journal.add_contact(Contact(at=ago(hours=1), person_ids=(sam.id,),
                                note=f"{mention_token(sam.name, sam.id)} laughed"))
    folder = tmp_path / "csv"
    export_csv(journal, folder)

    def notes(name: str) -> list[str]:
        with (folder / name).open(encoding="utf-8-sig", newline="") as f:
            return [row["note"] for row in csv.DictReader(f)]
    assert notes("moods.csv") == ["Rang Sam [work]"]
    assert notes("contacts.csv") == ["Sam [work] laughed"]
    stored = export_document(journal)["tables"]["moods"]["rows"][0]["note"]
    assert [(m.person_id, m.name) for m in mentions_in(stored)] == [(sam.id, "Sam [work]")]

"""Take all my data: read the whole journal at one moment, then write the CSV folder and/or
the JSON file (not encrypted; the dialog says so and asks first).

Reading needs the database (GUI thread); writing does not, so it may run in a worker and
report its progress as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peerjournal.storage.files.data_csv import csv_file_count, write_csv
from peerjournal.storage.files.data_export import Document, export_document, write_json
from peerjournal.storage.journal import Journal

Progress = Callable[[int, int], object]  # (step, total)


@dataclass(frozen=True)
class TakenData:
    """What was written, in order: the JSON file, then the CSV folder."""

    written: tuple[Path, ...]


def read_data(journal: Journal) -> Document:
    """Everything in the journal except its keys, drafts and reminder bookkeeping."""
    return export_document(journal)


def write_data(document: Document, folder: Path | None, json_path: Path | None,
               report: Progress = lambda _step, _total: None) -> TakenData:
    """The JSON file, then the CSV files in the new ``folder``; progress over both.

    Each file is written atomically and owner-only; ``None`` leaves that kind out.
    """
    written: list[Path] = []
    offset = 1 if json_path is not None else 0
    if json_path is not None:
        write_json(document, json_path)
        written.append(json_path)
        report(1, 1 + (csv_file_count(document) if folder is not None else 0))
    if folder is not None:
        def csv_step(step: int, total: int) -> None:  # the CSV files count after the JSON one
            report(offset + step, offset + total)

        write_csv(document, folder, csv_step)
        written.append(folder)
    return TakenData(tuple(written))


def take_data(journal: Journal, folder: Path | None, json_path: Path | None,
              report: Progress = lambda _step, _total: None) -> TakenData:
    """:func:`read_data` then :func:`write_data`, for callers with no worker thread."""
    return write_data(read_data(journal), folder, json_path, report)

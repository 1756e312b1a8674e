"""Take all my data: read the whole journal at one moment, then write the CSV folder and/or
the JSON file (not encrypted; the dialog says so and asks first).

Reading needs the database (GUI thread); writing does not, so it may run in a worker and
report its progress as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peerjournal.storage.files.data_csv import csv_file_count, stage_csv
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
    """The CSV files in the new ``folder`` and the JSON file; progress over both.

    All or nothing: the CSV files are written in full beside ``folder`` before it appears,
    and if the JSON file then fails (a full disk) the new folder goes again, so a failure
    changes nothing. Each file is owner-only; ``None`` leaves that kind out.
    """
    total = (1 if json_path is not None else 0) + (
        csv_file_count(document) if folder is not None else 0)

    def csv_step(step: int, _files: int) -> None:  # the JSON file, if any, is the last step
        report(step, total)

    staged = None
    if folder is not None:
        staged = stage_csv(document, folder, csv_step)
        staged.publish()
    try:
        if json_path is not None:
            write_json(document, json_path)
            report(total, total)
    except BaseException:
        if staged is not None:
            staged.unpublish()
        raise
    written = [p for p in (json_path, folder) if p is not None]
    return TakenData(tuple(written))


def take_data(journal: Journal, folder: Path | None, json_path: Path | None,
              report: Progress = lambda _step, _total: None) -> TakenData:
    """:func:`read_data` then :func:`write_data`, for callers with no worker thread."""
    return write_data(read_data(journal), folder, json_path, report)

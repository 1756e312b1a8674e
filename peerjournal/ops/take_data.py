"""Take all my data: write the whole journal, as one moment, to the CSV folder and/or the
JSON file (not encrypted; the dialog says so and asks first).

:func:`take_data` reads and writes in the same pass, a row at a time inside one read of the
vault, so memory stays flat however long the history; it runs in a worker (the vault's
connection is shared across threads under its lock) and reports its progress as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peerjournal.errors import BugError
from peerjournal.storage.files.data_csv import as_source, csv_file_count, stage_csv
from peerjournal.storage.files.data_export import (
    Document,
    TableSource,
    VaultTables,
    document_head,
    export_document,
    stream_json,
)
from peerjournal.storage.journal import Journal

Progress = Callable[[int, int], object]  # (step, total)


@dataclass(frozen=True)
class TakenData:
    """What was written, in order: the JSON file, then the CSV folder."""

    written: tuple[Path, ...]


def read_data(journal: Journal) -> Document:
    """Everything in the journal except its keys, drafts and reminder bookkeeping, in memory
    (for small journals and tests; :func:`take_data` streams)."""
    return export_document(journal)


def write_data(document: Document | TableSource, folder: Path | None, json_path: Path | None,
               report: Progress = lambda _step, _total: None, head: Document | None = None,
               ) -> TakenData:
    """The CSV files in the new ``folder`` and the JSON file; progress over both.

    ``document`` is a document in memory, or a source of tables read as the files are written
    (then ``head`` gives the document's other fields). All or nothing: the CSV files are
    written in full beside ``folder`` before it appears, and if the JSON file then fails (a
    full disk) the new folder goes again, so a failure changes nothing. Each file is
    owner-only; ``None`` leaves that kind out.
    """
    if isinstance(document, dict):
        head = {k: v for k, v in document.items() if k != "tables"}
    if head is None:
        raise BugError("A source of tables needs the document's head.")
    source = as_source(document)
    total = (1 if json_path is not None else 0) + (
        csv_file_count(source) if folder is not None else 0)

    def csv_step(step: int, _files: int) -> None:  # the JSON file, if any, is the last step
        report(step, total)

    staged = None
    if folder is not None:
        staged = stage_csv(source, folder, csv_step, exported_utc=head["exported_utc"])
        staged.publish()
    try:
        if json_path is not None:
            stream_json(head, source, json_path)
            report(total, total)
    except BaseException:
        if staged is not None:
            staged.unpublish()
        raise
    written = [p for p in (json_path, folder) if p is not None]
    return TakenData(tuple(written))


def take_data(journal: Journal, folder: Path | None, json_path: Path | None,
              report: Progress = lambda _step, _total: None) -> TakenData:
    """Write the files from one consistent moment of the journal (one transaction), reading
    each table's rows as they are written. Safe to call in a worker."""
    vault = journal.vault
    with vault.transaction() as conn:
        head = document_head(journal, vault.schema_version())
        return write_data(VaultTables(conn), folder, json_path, report, head=head)

"""Take all my data as CSV: one easy-to-read file per kind, one plain file per other table.

Check-ins, contacts, activities and people get files a spreadsheet shows well: names
instead of numbers, local dates and times, feelings and people joined in one cell, words
beside the 1-5 scales. Every other table is written as it is stored. A README.txt says
that none of it is encrypted. Read from a :class:`~.data_export.TableSource` (the vault's
cursor, a row at a time, in a worker; or a document in memory) and written as it is read;
every file is written owner-only (0600) in a folder made owner-only.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from peerjournal.core.clock import from_storage, to_local
from peerjournal.core.mentions import plain as plain_note
from peerjournal.core.trackers import Tracker, TrackerKind
from peerjournal.core.vocabulary import (
    ENERGY_LABELS,
    FELT_LABELS,
    MOOD_LABELS,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
    closeness_label,
    relationship_label,
)
from peerjournal.errors import DiskFull, UserError
from peerjournal.i18n import translate
from peerjournal.storage.files.data_export import (
    EXCLUDED_DESCRIPTION,
    Document,
    DocumentTables,
    Progress,
    TableSource,
    export_document,
)
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.atomic import FOLDER_MODE, _fsync_folder, write_atomic
from peerjournal.storage.vault.disk import is_disk_full

# Tables the four friendly files already cover (stay_in_touch is a column of people.csv).
COVERED = frozenset({
    "moods", "mood_feelings", "contacts", "contact_people", "activities", "activity_people",
    "people", "person_help", "stay_in_touch",
})
ENCODING = "utf-8-sig"  # with a byte-order mark, so spreadsheets see UTF-8 names



def new_export_folder(parent: Path, today: date) -> Path:
    """A folder name inside ``parent`` that doesn't exist yet: "PeerJournal data 2026-11-23"."""
    base = f"PeerJournal data {today.isoformat()}"
    candidate = Path(parent) / base
    number = 2
    while candidate.exists():
        candidate = Path(parent) / f"{base} ({number})"
        number += 1
    return candidate


def csv_file_count(data: Document | TableSource) -> int:
    """How many files :func:`write_csv` writes for ``data`` (README included)."""
    source = as_source(data)
    return 5 + sum(1 for name in source.tables() if _raw_file(source, name))


def _raw_file(source: TableSource, name: str) -> bool:
    return name not in COVERED and not (name == "meta" and next(source.rows(name), None) is None)


def as_source(data: Document | TableSource) -> TableSource:
    """A document in memory, or already a source of tables (the vault, streamed)."""
    return DocumentTables(data) if isinstance(data, dict) else data


def export_csv(journal: Journal, folder: Path) -> list[Path]:
    """Write the journal as CSV files in ``folder`` (see :func:`write_csv`)."""
    return write_csv(export_document(journal), folder)


def write_csv(document: Document | TableSource, folder: Path, progress: Progress | None = None) -> list[Path]:
    """Write every file into ``folder``, made owner-only (0700) if it is new; return the paths.

    All of it or nothing: the files are written into a hidden folder beside ``folder`` and
    put in place at the end (see :class:`StagedCsv`), so a failure (a full disk) leaves no
    folder, and no half of one, behind. Files of the same names already in an existing
    ``folder`` are replaced, one by one, each all at once.
    """
    return stage_csv(document, folder, progress).publish()


@dataclass
class StagedCsv:
    """CSV files written in full into ``staging`` (beside ``folder``), not yet in place."""

    staging: Path
    folder: Path
    names: list[str]
    created: bool = False  # publish made ``folder`` (so unpublish may remove it)

    def publish(self) -> list[Path]:
        """Put the files in place: the staging folder becomes ``folder`` (one rename) when
        ``folder`` is new, else each file is moved in. A failure removes the staging folder."""
        try:
            if not self.folder.exists():
                os.rename(self.staging, self.folder)  # the one step that makes it appear
                self.created = True
            else:
                for name in self.names:
                    os.replace(self.staging / name, self.folder / name)
                self.staging.rmdir()
        except OSError as exc:
            self.discard()
            raise _not_saved(self.folder, exc) from exc
        _fsync_folder(self.folder.parent)
        return [self.folder / name for name in self.names]

    def discard(self) -> None:
        """Remove the staging folder and what is in it (never following a link)."""
        shutil.rmtree(self.staging, ignore_errors=True)

    def unpublish(self) -> None:
        """Take back a ``folder`` that :meth:`publish` made (when a later step failed); a
        folder that was there before is left alone."""
        if self.created:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.created = False


def stage_csv(document: Document | TableSource, folder: Path, progress: Progress | None = None,
              exported_utc: str = "") -> StagedCsv:
    """Write every file into a new owner-only folder beside ``folder``; on failure remove it
    and raise :class:`UserError` (nothing was changed). Rows are written as they are read
    from a :class:`TableSource`; ``exported_utc`` is the moment the README names (a
    document carries its own)."""
    folder = Path(folder)
    staging = folder.parent / f".{folder.name}.{secrets.token_hex(8)}.partial"
    try:
        folder.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        staging.mkdir(mode=FOLDER_MODE)
        if sys.platform != "win32":
            os.chmod(staging, FOLDER_MODE)  # mkdir's mode is masked by the umask
    except OSError as exc:
        raise _not_saved(folder, exc) from exc
    staged = StagedCsv(staging, folder, [])
    try:
        if isinstance(document, dict):
            exported_utc = document["exported_utc"]
        _write_files(as_source(document), exported_utc, staged, progress)
    except BaseException:
        staged.discard()
        raise
    return staged


def _write_files(source: TableSource, exported_utc: str, staged: StagedCsv,
                 progress: Progress | None) -> None:
    files: list[tuple[str, Callable[[], tuple[list[str], Iterable[list[object]]]]]] = [
        ("moods.csv", lambda: _moods(source)),
        ("contacts.csv", lambda: _contacts(source)),
        ("activities.csv", lambda: _activities(source)),
        ("people.csv", lambda: _people(source)),
    ]
    for table in source.tables():
        if _raw_file(source, table):
            files.append((f"{table}.csv", functools.partial(_raw_table, source, table)))
    total = len(files) + 1
    for step, (name, read) in enumerate(files):
        write_atomic(staged.staging / name, _csv_chunks(*read()), what=name)
        staged.names.append(name)
        if progress is not None:
            progress(step + 1, total)
    write_atomic(staged.staging / "README.txt",
                 readme_text(exported_utc, list(staged.names)).encode("utf-8"), what="README.txt")
    staged.names.append("README.txt")
    if progress is not None:
        progress(total, total)


def _raw_table(source: TableSource, name: str) -> tuple[list[str], Iterable[list[object]]]:
    columns = source.columns(name)
    return columns, ([_plain(row.get(c)) for c in columns] for row in source.rows(name))


def _not_saved(folder: Path, exc: OSError) -> UserError:
    if is_disk_full(exc):
        return DiskFull(translate(
            "data_csv", "Could not make the folder {folder}: the disk is full. Nothing was "
            "changed.").format(folder=folder))
    return UserError(
        translate("data_csv", "Could not make the folder {folder}: the disk may be full or not writable.").format(
            folder=folder))


# A cell starting with one of these is run as a formula by spreadsheets ("CSV injection"):
# a note such as "=HYPERLINK(...)" in a file from someone else could do harm when opened.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, which makes it
    plain text (the JSON file keeps every value exactly as written)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_chunks(header: list[str], rows: Iterable[list[object]],
                size: int = 1 << 20) -> Iterator[bytes]:
    """The CSV text in chunks of about ``size`` characters, written as ``rows`` come."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_safe_cell(h) for h in header])
    first = True
    for row in rows:
        writer.writerow([_safe_cell(v) for v in row])
        if buffer.tell() >= size:
            yield _encoded(buffer.getvalue(), first)
            first = False
            buffer.seek(0)
            buffer.truncate()
    yield _encoded(buffer.getvalue(), first)


def _encoded(text: str, first: bool) -> bytes:
    """UTF-8 with the byte-order mark at the very start of the file only."""
    return text.encode(ENCODING if first else "utf-8")


def _plain(value: object) -> object:
    if isinstance(value, dict) and "base64" in value:
        return value["base64"]
    return "" if value is None else value


# -- the four friendly files ----------------------------------------------------------------
Row = dict[str, Any]


class _Groups:
    """The rows of a link table (sorted by ``key``) for entries asked for in ascending id
    order: one pass over both, so only one entry's group is ever in memory."""

    def __init__(self, rows: Iterator[Row], key: str) -> None:
        self._rows = rows
        self._key = key
        self._next = next(rows, None)

    def of(self, entry_id: Any) -> list[Row]:
        group = []
        while self._next is not None and self._next[self._key] <= entry_id:
            if self._next[self._key] == entry_id:
                group.append(self._next)
            self._next = next(self._rows, None)
        return group


def _when(at_utc: str) -> tuple[str, str]:
    local = to_local(from_storage(at_utc))
    return local.strftime("%Y-%m-%d"), local.strftime("%H:%M")


def _scale(value: int | None, labels: Any) -> tuple[object, str]:
    if value is None:
        return "", ""
    return value, labels.get(value, "")


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def _with_people(source: TableSource, link_table: str, key: str) -> Callable[[int], str]:
    """Who an entry was with, as one cell ("Ana; Sam"), people in the order they were chosen;
    asked for in ascending entry id order."""
    names = {p["id"]: p["name"] for p in source.rows("people")}  # as many as people, not entries
    links = _Groups(source.rows(link_table, (key, "position")), key)
    return lambda entry_id: "; ".join(names.get(link["person_id"], "") for link in links.of(entry_id))


# Columns every entry file starts with, and those contacts and activities end with.
def _when_header() -> list[str]:
    return [translate("DataCsv", "date"), translate("DataCsv", "time")]


def _felt_header() -> list[str]:
    return [
        translate("DataCsv", "how it felt (1-5)"),
        translate("DataCsv", "how it felt"),
        translate("DataCsv", "note"),
    ]


def _felt(entry: Row) -> list[object]:
    return [*_scale(entry["felt"], FELT_LABELS), plain_note(entry["note"])]


def _entry_rows(source: TableSource, name: str,
                cells: Callable[[Row], list[object]]) -> Iterator[list[object]]:
    """A row per entry of table ``name`` in id order: its local date and time, then
    ``cells(entry)``; read one at a time."""
    for entry in source.rows(name, ("id",)):
        yield [*_when(entry["at_utc"]), *cells(entry)]


def _moods(source: TableSource) -> tuple[list[str], Iterable[list[object]]]:
    feelings = _Groups(source.rows("mood_feelings", ("mood_id", "position")), "mood_id")
    header = [
        *_when_header(),
        translate("DataCsv", "mood (1-5)"),
        translate("DataCsv", "mood"),
        translate("DataCsv", "energy (1-5)"),
        translate("DataCsv", "energy"),
        translate("DataCsv", "feelings"),
        translate("DataCsv", "note"),
    ]
    trackers, tracked = _tracked(source)  # ids are set: read from the vault
    header += [t.name for t in trackers]  # a column per tracker, after the check-in's own

    def cells(m: Row) -> list[object]:
        values = tracked(m["id"])
        return [*_scale(m["mood"], MOOD_LABELS), *_scale(m["energy"], ENERGY_LABELS),
                ", ".join(f["feeling"] for f in feelings.of(m["id"])), plain_note(m["note"]),
                *(values.get(t.id, "") for t in trackers)]
    return header, _entry_rows(source, "moods", cells)


def _tracked(source: TableSource) -> tuple[list[Tracker], Callable[[int], dict[int | None, str]]]:
    """The person's trackers (retired ones too), and for a check-in id (ascending) its
    tracker id → the value as read."""
    trackers = [Tracker(r["name"], TrackerKind(r["kind"]), unit=r["unit"], low_word=r["low_word"],
                        high_word=r["high_word"], retired=bool(r["retired"]), id=r["id"])
                for r in sorted(source.rows("trackers"), key=lambda r: (r["position"], r["id"]))]
    by_id = {t.id: t for t in trackers}
    values = _Groups(source.rows("tracker_values", ("mood_id", "tracker_id")), "mood_id")

    def tracked(mood_id: int) -> dict[int | None, str]:
        return {v["tracker_id"]: by_id[v["tracker_id"]].value_text(
            v["choice"] if v["choice"] is not None else v["number"])
            for v in values.of(mood_id) if v["tracker_id"] in by_id}
    return trackers, tracked


def _contacts(source: TableSource) -> tuple[list[str], Iterable[list[object]]]:
    with_people = _with_people(source, "contact_people", "contact_id")
    header = [
        *_when_header(),
        translate("DataCsv", "with"),
        translate("DataCsv", "how"),
        translate("DataCsv", "minutes"),
        *_felt_header(),
    ]
    return header, _entry_rows(source, "contacts", lambda c: [
        with_people(c["id"]), _label(ContactMode, c["mode"]), _plain(c["duration_min"]), *_felt(c)])


def _activities(source: TableSource) -> tuple[list[str], Iterable[list[object]]]:
    with_people = _with_people(source, "activity_people", "activity_id")
    header = [
        *_when_header(),
        translate("DataCsv", "kind of activity"),
        translate("DataCsv", "what"),
        translate("DataCsv", "with"),
        *_felt_header(),
    ]
    return header, _entry_rows(source, "activities", lambda a: [
        a["category"], a["title"], with_people(a["id"]), *_felt(a)])


def _people(source: TableSource) -> tuple[list[str], Iterable[list[object]]]:
    help_kinds: dict[Any, list[str]] = {}  # as many as people, not entries
    for row in source.rows("person_help"):
        help_kinds.setdefault(row["person_id"], []).append(row["kind"])
    cadence = {r["person_id"]: r["every_days"] for r in source.rows("stay_in_touch")}
    header = [
        translate("DataCsv", "name"),
        translate("DataCsv", "relationship"),
        translate("DataCsv", "circle"),
        translate("DataCsv", "can help with"),
        translate("DataCsv", "stay in touch every (days)"),
        translate("DataCsv", "archived"),
        translate("DataCsv", "notes"),
    ]
    yes, no = translate("DataCsv", "yes"), translate("DataCsv", "no")
    rows = []
    for p in source.rows("people"):
        kinds = sorted(help_kinds.get(p["id"], []))
        rows.append([p["name"],
                     _label(Relationship, p["relationship"]) if p["relationship"] else relationship_label(None),
                     _label(Closeness, p["closeness"]) if p["closeness"] else closeness_label(None),
                     "; ".join(_label(HelpKind, k) for k in kinds),
                     cadence.get(p["id"], ""), yes if p["archived"] else no, p["notes"]])
    return header, rows


# -- README ---------------------------------------------------------------------------------
def readme_text(exported_utc: str, names: list[str]) -> str:
    """What the files are, and in plain words that they are not encrypted."""
    lines = [
        translate("DataCsv", "Your PeerJournal data"),
        "",
        translate("DataCsv",
                  "THESE FILES ARE NOT ENCRYPTED. Anyone who gets hold of them can read "
                  "everything in them: how you felt, the people in your life and your notes. "
                  "Keep them somewhere safe, and delete them when you no longer need them."),
        "",
        translate("DataCsv", "Taken from your journal on {when} (UTC).").format(
            when=exported_utc),
        translate("DataCsv", "Dates and times in the files are in this computer's local time."),
        translate("DataCsv",
                  "The files are CSV (comma-separated values) in UTF-8; a spreadsheet opens them."),
        translate("DataCsv",
                  "Text that starts with =, +, - or @ has an apostrophe put in front, so a "
                  "spreadsheet shows it as text instead of running it as a formula."),
        "",
        translate("DataCsv",
                  "moods.csv, contacts.csv, activities.csv and people.csv are made to be easy to "
                  "read. The other files are the rest of your journal as it is stored, one file "
                  "for each table."),
        "",
        translate("DataCsv", "Files:"),
        *[f"  {name}" for name in names],
        "",
        translate("DataCsv", "Not included:"),
        *["  - " + translate("DataCsv", text) for text in EXCLUDED_DESCRIPTION],
        "",
        translate("DataCsv",
                  "To start a new journal from your data, use the JSON file from \u201cTake all "
                  "my data\u201d (not these CSV files) with \u201cStart from a data file\u201d "
                  "when PeerJournal creates a new journal."),
        "",
    ]
    return "\n".join(lines)

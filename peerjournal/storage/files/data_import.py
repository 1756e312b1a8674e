"""Start a new journal from a "Take all my data" JSON file, so that it holds exactly the same.

:func:`read_document` checks the file (format, versions, shape) before anything is made.
:func:`create_vault_from_data` then creates the vault at the document's own schema version,
puts every row in, in one transaction, and migrates the vault up to this version's schema
like any journal of that age: an older file ends up as its journal would have. If anything
fails, the new vault's files are removed: no half-made journal is left behind.

Rows in ``meta`` that an export never carries (keys, drafts, reminder bookkeeping; see
:mod:`.data_export`) are not taken from a file either: the new journal keeps its own.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, cast

from peerjournal.core.chosen_file import (
    ChosenFileError,
    FileTooLarge,
    NotAFile,
    open_chosen_file,
    read_chosen_file,
)
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate
from peerjournal.storage.files.data_export import (
    FORMAT,
    FORMAT_VERSION,
    Document,
    data_tables,
    is_excluded_meta,
    table_columns,
)
from peerjournal.storage.files.data_rows import Schema, check_rows, schema_at
from peerjournal.storage.files.json_stream import JsonStream
from peerjournal.storage.vault.database import JOURNAL, DatabaseError, Vault, create_vault, migrate
from peerjournal.storage.vault.day_totals import rebuild_day_totals
from peerjournal.storage.vault.migrations import MIGRATIONS
from peerjournal.storage.vault.search_index import FULL_TEXT_INDEXES

MAX_BYTES = 512 * 1024 * 1024
# Tables whose rows mean the journal is in use: importing into it would mix two journals.
_IN_USE = ("moods", "people", "contacts", "activities")


class DataFileError(UserError):
    """A data file that can't be used; the message says why. Nothing was created."""

    default = QT_TRANSLATE_NOOP(
        "data_import",
        "This file is not a PeerJournal data file, or it is damaged, so no journal was made "
        "from it.",
    )

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("data_import", self.default))


class NewerDataFile(DataFileError):
    default = QT_TRANSLATE_NOOP(
        "data_import",
        "This data file was made by a newer version of PeerJournal. Please update PeerJournal "
        "to start a journal from it. Nothing was made.",
    )


def read_data_file(path: Path | str) -> bytes:
    """The bytes of the data file at ``path``: a regular file of at most :data:`MAX_BYTES`,
    else :class:`DataFileError` without waiting on a FIFO or reading a device."""
    with _said_as_data_file_errors():
        return read_chosen_file(path, MAX_BYTES)


@contextmanager
def _said_as_data_file_errors() -> Iterator[None]:
    """A chosen file's problem said as a :class:`DataFileError`: nothing was made."""
    try:
        yield
    except NotAFile:
        raise DataFileError(translate(
            "data_import", "That is not a file PeerJournal can open, so no journal was made.")) from None
    except FileTooLarge:
        raise DataFileError(_too_large()) from None
    except ChosenFileError:
        raise DataFileError(translate(
            "data_import", "The data file could not be read, so no journal was made.")) from None


def _too_large() -> str:
    return translate("data_import", "This file is too large to be a PeerJournal data file.")


def read_document(data: bytes) -> Document:
    """The document in ``data``, checked: a PeerJournal data file this version can read."""
    if len(data) > MAX_BYTES:
        raise DataFileError(_too_large())
    try:
        document = parse_json(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DataFileError() from None
    _check_head(document)
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise DataFileError()
    schema = schema_at(document["schema_version"])
    for name, table in tables.items():
        _check_table(name, table, schema)
    return document


def _check_head(document: object) -> None:
    """The document's fields other than its tables: a PeerJournal data file this version reads."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DataFileError()
    format_version = document.get("format_version")
    schema_version = document.get("schema_version")
    if not isinstance(format_version, int) or not isinstance(schema_version, int) \
            or isinstance(format_version, bool) or isinstance(schema_version, bool) \
            or format_version < 1 or schema_version < 1:
        raise DataFileError()
    if format_version > FORMAT_VERSION or schema_version > len(MIGRATIONS):
        raise NewerDataFile()
    if document.get("vault_kind", JOURNAL) != JOURNAL:
        raise DataFileError(translate("data_import", "This data file is not from a journal, so no journal was made."))


# -- parsing in small steps ----------------------------------------------------------------
# json.loads is one C call that holds the GIL for the whole file (a 30-year file: seconds of a
# frozen window while the worker parses). Walked here down to each table's rows, each row is
# its own short call, and the GUI thread gets its turns in between.
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_WALKED = 3  # the document, "tables", each table: below that, values are decoded whole


def parse_json(text: str) -> Any:
    """What ``json.loads(text)`` answers, or ``ValueError``; the document's outer objects and
    arrays are walked here, their items decoded one by one."""
    value, end = _value(text, _skip(text, 0), 0)
    if _skip(text, end) != len(text):
        raise ValueError("extra data after the document")
    return value


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _value(text: str, pos: int, depth: int) -> tuple[Any, int]:
    if depth < _WALKED and text.startswith("{", pos):
        return _object(text, pos, depth)
    if depth <= _WALKED and text.startswith("[", pos):
        return _array(text, pos)
    value, end = _DECODER.raw_decode(text, pos)
    return value, end


def _object(text: str, pos: int, depth: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    pos = _skip(text, pos + 1)
    if text.startswith("}", pos):
        return out, pos + 1
    while True:
        if not text.startswith('"', pos):
            raise ValueError("a name was expected")
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if not text.startswith(":", pos):
            raise ValueError("':' was expected")
        out[key], pos = _value(text, _skip(text, pos + 1), depth + 1)
        pos = _skip(text, pos)
        if text.startswith("}", pos):
            return out, pos + 1
        if not text.startswith(",", pos):
            raise ValueError("',' or '}' was expected")
        pos = _skip(text, pos + 1)


def _array(text: str, pos: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return out, pos + 1
    while True:
        item, pos = _DECODER.raw_decode(text, pos)
        out.append(item)
        pos = _skip(text, pos)
        if text.startswith("]", pos):
            return out, pos + 1
        if not text.startswith(",", pos):
            raise ValueError("',' or ']' was expected")
        pos = _skip(text, pos + 1)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_table(name: object, table: object, schema: Schema) -> None:
    if not isinstance(name, str) or not isinstance(table, dict) or name not in schema:
        raise DataFileError()
    columns, rows = table.get("columns"), table.get("rows")
    _check_columns(columns, schema[name])
    if not isinstance(rows, list):
        raise DataFileError()
    _check_rows(name, cast(list[str], columns), rows, schema)


def _check_rows(name: str, columns: list[str], rows: list[Any], schema: Schema, first: int = 1) -> None:
    """``rows`` of table ``name`` with ``columns`` (checked already), the first of them row
    number ``first`` of the table."""
    allowed = set(columns)
    for row in rows:
        if not isinstance(row, dict) or not set(row) <= allowed:
            raise DataFileError()
        for value in row.values():
            if type(value) not in _PLAIN:  # text, numbers and nulls are as stored
                decode_value(value)
    try:
        # The rules typed entries get, row by row, for the columns the file gives.
        check_rows(name, rows, {c: schema[name][c] for c in columns}, first=first)
    except UserError as problem:
        raise DataFileError(str(problem)) from None


def _check_columns(columns: object, known: Any) -> None:
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise DataFileError()
    if not set(columns) <= set(known):
        raise DataFileError()


_PLAIN = frozenset({str, int, float, type(None)})


def decode_value(value: object) -> object:
    """A value from the document as SQLite stores it (the reverse of ``encode_value``)."""
    if value is None or isinstance(value, str | float) or _is_int(value):
        return value
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"], validate=True)
        except (binascii.Error, ValueError):
            raise DataFileError() from None
    raise DataFileError()


# -- into a vault ----------------------------------------------------------------------------
def import_document(document: Document, vault: Vault) -> None:
    """Put the document's rows into ``vault``, a new journal at the document's schema version.

    One transaction: all of it goes in, or nothing does. Rows the vault's migrations made
    (the lists of feelings, the resource check's questions…) are replaced by the file's.
    """
    tables: dict[str, dict[str, Any]] = document["tables"]
    known = data_tables(vault.conn)
    if any(name not in known for name in tables):
        raise DataFileError()
    _import_tables(vault, document["schema_version"],
                   ((name, tables[name]["columns"], [tables[name]["rows"]]) for name in known if name in tables))


Tables = Iterable[tuple[str, list[str], Iterable[list[dict[str, Any]]]]]
"""Each table's name, its columns and its rows, a batch of them at a time (checked already)."""


def _import_tables(vault: Vault, schema_version: int, tables: Tables) -> None:
    """:func:`import_document`'s work, for tables in memory or read from a file as they go in."""
    if vault.kind != JOURNAL or vault.schema_version() != schema_version:
        raise DataFileError(translate("data_import", "A data file can only go into a new journal made for it."))
    conn = vault.conn
    try:
        with vault.transaction():
            known = data_tables(conn)
            for name in _IN_USE:
                if name in known and conn.execute(
                        f'SELECT EXISTS (SELECT 1 FROM "{name}")').fetchone()[0]:
                    raise DataFileError(
                        translate("data_import", "This journal already has entries, so a data file can't be added to it.")
                    )
            conn.execute("PRAGMA defer_foreign_keys = ON")  # rows go in table by table
            with _index_set_aside(conn, known):
                for name, columns, batches in tables:
                    if name not in known:
                        raise DataFileError()
                    _replace_rows(conn, name, columns, batches)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DataFileError()
    except DatabaseError:  # a CHECK, NOT NULL or UNIQUE rule broken by the file's rows
        raise DataFileError() from None


@contextmanager
def _index_set_aside(conn: Any, known: list[str]) -> Iterator[None]:
    """The full-text indexes' triggers are dropped while the rows go in, then made again as
    they were and each index filled once: kept row by row, each link row (a feeling, a person
    with) rewrote its entry's index rows, and a 10-year file took 40 s instead of 2."""
    # Insights' per-day figures (``day_zone`` is in each of their triggers) are made once too.
    indexes: dict[str, Any] = {**FULL_TEXT_INDEXES, "day_zone": rebuild_day_totals}
    names = sorted(indexes)
    present = {row[0] for row in conn.execute(
        f"SELECT name FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})", names)}
    rows = [row for index in sorted(present) for row in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE ?",
        (f"%{index}%",)).fetchall()]
    rows = list(dict.fromkeys(rows))  # a trigger naming both indexes once
    for name, _sql in rows:
        conn.execute(f"DROP TRIGGER {_quote(name)}")
    yield
    for _name, sql in rows:
        conn.execute(sql)
    for index in sorted(present):
        indexes[index](conn)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _replace_rows(conn: Any, name: str, wanted: list[str], batches: Iterable[list[dict[str, Any]]]) -> None:
    columns = table_columns(conn, name)
    if not set(wanted) <= set(columns):
        raise DataFileError()
    if name == "meta":  # the new journal's own keys stay; the rest comes from the file
        keys = [row[0] for row in conn.execute("SELECT key FROM meta")]
        conn.executemany("DELETE FROM meta WHERE key = ?",
                         [(k,) for k in keys if not is_excluded_meta(k)])
    else:
        conn.execute(f"DELETE FROM {_quote(name)}")
    sql = (f"INSERT INTO {_quote(name)} ({', '.join(_quote(c) for c in wanted)})"
           f" VALUES ({', '.join('?' for _ in wanted)})")
    for rows in batches:
        if name == "meta":
            rows = [r for r in rows if not is_excluded_meta(str(r.get("key", "")))]
        if rows and wanted:  # checked already: only base64 values need decoding
            conn.executemany(sql, [tuple(v if type(v) in _PLAIN else decode_value(v)
                                         for v in map(row.get, wanted)) for row in rows])


def create_vault_from_data(path: Path | str, passphrase: str, data: bytes) -> Vault:
    """A new journal at ``path`` holding everything in the data file ``data``; left open.

    The file is checked first; the journal is built under a temporary name and appears at
    ``path`` only when complete (``create_vault``), so a failure or a kill leaves none.
    """
    document = read_document(data)

    def fill(vault: Vault) -> None:
        import_document(document, vault)
        migrate(vault.conn, MIGRATIONS)  # the steps since the file was made, as for any journal

    return create_vault(Path(path), passphrase, MIGRATIONS[: document["schema_version"]], fill=fill)


# -- straight from the file, a batch of rows at a time (issue 20) ------------------------------
BATCH = 2_000  # rows checked and put in at a time: what is held of a table


def create_vault_from_file(path: Path | str, passphrase: str, data_path: Path | str) -> Vault:
    """:func:`create_vault_from_data` reading the data file at ``data_path`` as it goes: only a
    chunk of its text and :data:`BATCH` rows are held at once, never the whole file. Its head
    is checked before anything is made; a problem found later in its rows removes the new
    journal again (``create_vault``), so nothing is left behind either way. The file's head
    comes before its tables and each table's columns before its rows, as PeerJournal writes
    them."""
    with _opened(data_path) as handle:
        stream = JsonStream(handle, MAX_BYTES)
        with _plainly(stream):
            head = _read_head(stream)
        schema_version = head["schema_version"]
        schema = schema_at(schema_version)

        def fill(vault: Vault) -> None:
            with _plainly(stream):
                _import_tables(vault, schema_version, _streamed_tables(stream, schema))
            migrate(vault.conn, MIGRATIONS)

        return create_vault(Path(path), passphrase, MIGRATIONS[:schema_version], fill=fill)


def _opened(data_path: Path | str) -> BinaryIO:
    """The data file, checked as :func:`read_data_file` checks it, open for reading."""
    with _said_as_data_file_errors():
        return open_chosen_file(data_path, MAX_BYTES)


@contextmanager
def _plainly(stream: JsonStream) -> Iterator[None]:
    """Text that is not the JSON expected (or not UTF-8, or too long) is a damaged data file."""
    try:
        yield
    except (ValueError, RecursionError):
        raise DataFileError(_too_large() if stream.too_large else None) from None
    except OSError:
        raise DataFileError(translate(
            "data_import", "The data file could not be read, so no journal was made.")) from None


def _read_head(stream: JsonStream) -> Document:
    """The document's fields before ``"tables"``, checked; the stream is left at the tables."""
    head: Document = {}
    stream.take("{")
    first = True
    while stream.next_item("}", first):
        first = False
        key = stream.key()
        if key == "tables":
            _check_head(head)
            return head
        head[key] = stream.value()
    raise DataFileError()


def _streamed_tables(stream: JsonStream, schema: Schema) -> Tables:
    stream.take("{")
    first = True
    while stream.next_item("}", first):
        first = False
        name = stream.key()
        if name not in schema:
            raise DataFileError()
        yield from _streamed_table(stream, name, schema)
    while stream.next_item("}", False):  # the document's fields after its tables, if any
        stream.key()
        stream.value()
    if not stream.at_end():
        raise ValueError("extra data after the document")


def _streamed_table(stream: JsonStream, name: str, schema: Schema) -> Tables:
    columns: list[str] | None = None
    rows_read = False
    stream.take("{")
    first = True
    while stream.next_item("}", first):
        first = False
        key = stream.key()
        if key == "columns" and columns is None:
            columns = stream.value()
            _check_columns(columns, schema[name])
        elif key == "rows" and columns is not None and not rows_read:
            rows_read = True
            yield name, columns, _row_batches(stream, name, columns, schema)
        elif key in ("columns", "rows"):
            raise DataFileError()  # rows before their columns, or either twice
        else:
            stream.value()  # a field the format doesn't use: let be, as json.loads would
    if not rows_read:
        raise DataFileError()


def _row_batches(stream: JsonStream, name: str, columns: list[str], schema: Schema) -> Iterator[list[Any]]:
    stream.take("[")
    batch: list[Any] = []
    number = 1
    while stream.next_item("]", not batch and number == 1):
        batch.append(stream.value())
        if len(batch) >= BATCH:
            _check_rows(name, columns, batch, schema, first=number)
            yield batch
            number += len(batch)
            batch = []
    _check_rows(name, columns, batch, schema, first=number)
    yield batch

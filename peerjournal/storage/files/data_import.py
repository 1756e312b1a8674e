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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peerjournal.core.chosen_file import ChosenFileError, FileTooLarge, NotAFile, read_chosen_file
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
    try:
        return read_chosen_file(path, MAX_BYTES)
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
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise DataFileError()
    schema = schema_at(schema_version)
    for name, table in tables.items():
        _check_table(name, table, schema)
    return document


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
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise DataFileError()
    if not set(columns) <= set(schema[name]):
        raise DataFileError()
    if not isinstance(rows, list):
        raise DataFileError()
    allowed = set(columns)
    for row in rows:
        if not isinstance(row, dict) or not set(row) <= allowed:
            raise DataFileError()
        for value in row.values():
            decode_value(value)
    try:
        # The rules typed entries get, row by row, for the columns the file gives.
        check_rows(name, rows, {c: schema[name][c] for c in columns})
    except UserError as problem:
        raise DataFileError(str(problem)) from None


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
    if vault.kind != JOURNAL or vault.schema_version() != document["schema_version"]:
        raise DataFileError(translate("data_import", "A data file can only go into a new journal made for it."))
    tables: dict[str, dict[str, Any]] = document["tables"]
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
            for name in tables:
                if name not in known:
                    raise DataFileError()
            conn.execute("PRAGMA defer_foreign_keys = ON")  # rows go in table by table
            with _index_set_aside(conn, known):
                for name in known:
                    if name in tables:
                        _replace_rows(conn, name, tables[name])
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


def _replace_rows(conn: Any, name: str, table: dict[str, Any]) -> None:
    columns = table_columns(conn, name)
    wanted = list(table["columns"])
    if not set(wanted) <= set(columns):
        raise DataFileError()
    if name == "meta":  # the new journal's own keys stay; the rest comes from the file
        keys = [row[0] for row in conn.execute("SELECT key FROM meta")]
        conn.executemany("DELETE FROM meta WHERE key = ?",
                         [(k,) for k in keys if not is_excluded_meta(k)])
    else:
        conn.execute(f"DELETE FROM {_quote(name)}")
    rows = table["rows"]
    if name == "meta":
        rows = [r for r in rows if not is_excluded_meta(str(r.get("key", "")))]
    if not rows or not wanted:
        return
    sql = (f"INSERT INTO {_quote(name)} ({', '.join(_quote(c) for c in wanted)})"
           f" VALUES ({', '.join('?' for _ in wanted)})")
    conn.executemany(sql, [tuple(decode_value(row.get(c)) for c in wanted) for row in rows])


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

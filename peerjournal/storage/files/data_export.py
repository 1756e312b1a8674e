"""Take all my data: everything in a journal as one JSON document, for the person's own use.

The document is generic over the vault's tables: every table in ``sqlite_master`` (other
than SQLite's own and full-text indexes, which are rebuilt from their tables) is listed
with its columns and its rows as dicts, so tables added by later versions go in without a
change here. With its ``format``, ``format_version`` and the vault's ``schema_version``,
:mod:`peerjournal.storage.files.data_import` can start a new journal that holds exactly the same.

Left out, on purpose (also listed in the document's ``excluded`` and in the CSV README):

* the journal's secret keys in ``meta``: ``signing_key`` (signs what is shared),
  ``reply_identity`` (opens supporters' replies) and any other ``meta`` key whose name
  says key, identity, secret, passphrase, password or token; a new journal makes its own;
* ``kind`` in ``meta`` (which kind of vault this is; a new journal says it itself);
* drafts (``draft:…`` in ``meta``): half-typed text kept while the journal was locked;
* ``prompt_state`` in ``meta``: when each reminder was last shown, put off or dismissed.

The files written are NOT encrypted: they go through :func:`write_atomic` (owner-only,
0600, all at once), and say so in their README.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from peerjournal import __version__
from peerjournal.core.clock import to_storage
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.atomic import write_atomic
from peerjournal.storage.vault.database import JOURNAL
from peerjournal.storage.vault.day_totals import DERIVED_TABLES

FORMAT = "peerjournal-data"
FORMAT_VERSION = 1

EXCLUDED_META_KEYS = frozenset({"kind", "signing_key", "reply_identity", "prompt_state"})
EXCLUDED_META_PREFIXES = ("draft:",)
_KEY_LIKE = re.compile(r"key|identity|secret|passphrase|password|token", re.IGNORECASE)

EXCLUDED_DESCRIPTION = (
    QT_TRANSLATE_NOOP("DataCsv", "The journal's secret keys (for signing what you share and "
                      "opening replies): a new journal makes its own."),
    QT_TRANSLATE_NOOP("DataCsv", "Drafts: half-typed text kept while the journal was locked."),
    QT_TRANSLATE_NOOP("DataCsv", "Reminder bookkeeping: when each prompt was last shown, put "
                      "off or dismissed."),
    QT_TRANSLATE_NOOP("DataCsv", "Which kind of file the journal is (a new journal says it "
                      "itself)."),
)
"""In English in the document; translated (context ``DataCsv``) where a person reads them."""

Document = dict[str, Any]
Progress = Callable[[int, int], None]


def is_excluded_meta(key: str) -> bool:
    """True for ``meta`` rows that never leave the vault (see the module docstring)."""
    return (
        key in EXCLUDED_META_KEYS
        or key.startswith(EXCLUDED_META_PREFIXES)
        or bool(_KEY_LIKE.search(key))
    )


# -- reading the vault ---------------------------------------------------------------------
def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def data_tables(conn: Any) -> list[str]:
    """The vault's own tables, in creation order: not SQLite's, not virtual tables (full-text
    indexes) or their shadow tables, nor Insights' per-day figures, which are derived from the
    others."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
        " ESCAPE '\\' ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name for name, _sql in rows
        if name not in virtual and not any(name.startswith(v + "_") for v in virtual)
        and name not in DERIVED_TABLES
    ]


def table_columns(conn: Any, table: str) -> list[str]:
    """Stored columns in order (generated and hidden columns are left out: SQLite makes them)."""
    return [row[1] for row in conn.execute(f"PRAGMA table_xinfo({_quote(table)})") if row[6] == 0]


def _order_by(conn: Any, table: str) -> str:
    """Rowid order (the order rows were added) where there is one, else the primary key."""
    try:
        conn.execute(f"SELECT rowid FROM {_quote(table)} LIMIT 0")
        return "rowid"
    except Exception:  # noqa: BLE001 - a WITHOUT ROWID table: "no such column: rowid"
        pk = sorted((row[5], row[1]) for row in conn.execute(f"PRAGMA table_info({_quote(table)})")
                    if row[5] > 0)
        return ", ".join(_quote(name) for _n, name in pk) or "1"


def encode_value(value: object) -> object:
    """A stored value as JSON: text, numbers and nulls as they are, bytes as base64."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


class TableSource(Protocol):
    """The tables of one moment of a journal, read a row at a time: either the vault itself
    (:class:`VaultTables`, inside its transaction) or a document already in memory."""

    def tables(self) -> list[str]: ...

    def columns(self, table: str) -> list[str]: ...

    def rows(self, table: str, order: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
        """Rows as the document holds them (values encoded, secret ``meta`` rows left out),
        in stored order, or sorted by the columns ``order``."""
        ...


class VaultTables:
    """Rows straight from the vault's cursor, one at a time: nothing is gathered into lists,
    so memory stays flat however long the history. Use inside ``vault.transaction()``."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._tables = data_tables(conn)
        self._columns = {name: table_columns(conn, name) for name in self._tables}

    def tables(self) -> list[str]:
        return list(self._tables)

    def columns(self, table: str) -> list[str]:
        return list(self._columns.get(table, []))

    def rows(self, table: str, order: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
        if table not in self._columns:
            return
        columns = self._columns[table]
        order_by = ", ".join(_quote(c) for c in order if c in columns) or _order_by(self._conn, table)
        select = ", ".join(_quote(c) for c in columns)
        cursor = self._conn.execute(f"SELECT {select} FROM {_quote(table)} ORDER BY {order_by}")
        for row in cursor:  # a row at a time, never fetchall
            if bytes in map(type, row):  # rare: only then is each value looked at
                row = tuple(encode_value(v) for v in row)
            record = dict(zip(columns, row, strict=True))
            if table != "meta" or not is_excluded_meta(str(record.get("key", ""))):
                yield record


class DocumentTables:
    """A document already in memory, read like :class:`VaultTables`."""

    def __init__(self, document: Document) -> None:
        self._tables: dict[str, dict[str, Any]] = document["tables"]

    def tables(self) -> list[str]:
        return list(self._tables)

    def columns(self, table: str) -> list[str]:
        return list(self._tables.get(table, {}).get("columns", []))

    def rows(self, table: str, order: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
        rows = list(self._tables.get(table, {}).get("rows", []))
        if order:  # stable: rows without a position stay as listed
            rows.sort(key=lambda row: tuple(row.get(c, 0) for c in order))
        return iter(rows)


def document_head(journal: Journal, schema_version: int) -> Document:
    """The document's fields other than ``tables``."""
    if journal.vault.kind != JOURNAL:
        raise UserError(translate("data_export", "Only a journal can be taken out this way."))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "vault_kind": JOURNAL,
        "app_version": __version__,
        "exported_utc": to_storage(journal.clock()),
        "warning": "This file is NOT encrypted. Anyone who has it can read everything in it.",
        "excluded": list(EXCLUDED_DESCRIPTION),
    }


def export_document(journal: Journal, progress: Progress | None = None) -> Document:
    """Everything in the journal (less the exclusions above) as a JSON-able dict, in memory.

    Read in one transaction, so the document is one consistent moment of the journal. For
    small journals and tests; "Take all my data" streams instead (:func:`json_chunks`).
    """
    vault = journal.vault
    head = document_head(journal, 0)
    tables: dict[str, dict[str, Any]] = {}
    with vault.transaction() as conn:
        source = VaultTables(conn)
        names = source.tables()
        for step, table in enumerate(names):
            tables[table] = {"columns": source.columns(table), "rows": list(source.rows(table))}
            if progress is not None:
                progress(step + 1, len(names))
        head["schema_version"] = vault.schema_version()
    return {**head, "tables": tables}


def _dumps(value: object, depth: int) -> str:
    """``value`` as ``json.dumps(indent=1)`` writes it at nesting ``depth`` (JSON text never
    holds a raw line break inside a string, so indenting every line is safe)."""
    text = json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False)
    return text.replace("\n", "\n" + " " * depth)


# One row a line: the C encoder writes it in one call (indenting it would be Python's, and
# three times slower), and a person still reads the file a row at a time.
_ROW = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def json_text(head: Document, source: TableSource) -> Iterator[str]:
    """The document's JSON text in pieces, indented like :func:`document_bytes` but each row
    on one line, with the rows read one at a time from ``source``."""
    opening = _dumps(head, 0)
    yield (opening[:-2] + ",\n" if head else "{\n") + ' "tables": '
    names = source.tables()
    if not names:
        yield "{}\n}"
        return
    yield "{"
    for index, name in enumerate(names):
        yield ("," if index else "") + f"\n  {_dumps(name, 2)}: {{\n   \"columns\": "
        yield _dumps(source.columns(name), 3) + ',\n   "rows": ['
        count = 0
        for count, row in enumerate(source.rows(name), start=1):
            yield ("," if count > 1 else "") + "\n    " + _ROW.encode(row)
        yield ("\n   ]" if count else "]") + "\n  }"
    yield "\n }\n}"


def json_chunks(head: Document, source: TableSource, size: int = 1 << 20) -> Iterator[bytes]:
    """:func:`json_text` as UTF-8 bytes in chunks of about ``size`` characters."""
    pending: list[str] = []
    length = 0
    for piece in json_text(head, source):
        pending.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(pending).encode("utf-8")
            pending, length = [], 0
    if pending:
        yield "".join(pending).encode("utf-8")


def document_bytes(document: Document) -> bytes:
    """The document as UTF-8 JSON text, indented so a person can read it."""
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def export_json(journal: Journal) -> Document:
    """Everything in the journal as a dict (see :func:`export_document`)."""
    return export_document(journal)


def write_json(document: Document, path: Any) -> None:
    """Save the document at ``path``, owner-only (0600), all at once."""
    write_atomic(path, document_bytes(document), what="the data file")


def stream_json(head: Document, source: TableSource, path: Any) -> None:
    """Save the document made of ``head`` and ``source``'s tables at ``path`` (owner-only,
    all at once), writing it as the rows are read."""
    write_atomic(path, json_chunks(head, source), what="the data file")

"""Reading a CSV export row by row, with its header's names made comparable."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from peerjournal.core.imports.entries import ImportFormat, bad_entry, refusal, text_of
from peerjournal.i18n import translate

_NOT_A_WORD = re.compile(r"[^0-9a-z]+")


def column_key(name: str) -> str:
    """"Rating/Amount" → ``rating_amount``, "DEPRESSED_MOOD" → ``depressed_mood``."""
    return _NOT_A_WORD.sub("_", name.strip().lower()).strip("_")


def csv_rows(fmt: ImportFormat, data: bytes) -> tuple[tuple[str, ...], list[tuple[int, dict[str, str]]]]:
    """The header's keys and each non-blank row as {key: cell} with its row number (header is 1).

    Strict: a file cut off inside a quoted cell, or a row of the wrong width, is refused."""
    reader = csv.reader(io.StringIO(text_of(fmt, data), newline=""), strict=True)
    try:
        header = tuple(column_key(h) for h in next(reader, []))
        rows = list(_rows(fmt, reader, header))
    except csv.Error:
        raise refusal(fmt, translate(
            "imports", "It could not be read as a CSV file (it may be cut off or damaged).")) from None
    return header, rows


def _rows(fmt: ImportFormat, reader: Iterator[list[str]],
          header: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise bad_entry(fmt, number, translate("imports", "it has {found} columns, not {expected}").format(
                found=len(cells), expected=len(header)))
        yield number, dict(zip(header, cells, strict=True))


def first_column(header: tuple[str, ...], *choices: str) -> str | None:
    """The first of ``choices`` that is a column of ``header``."""
    return next((c for c in choices if c in header), None)

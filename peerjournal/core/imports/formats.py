"""Which app an export came from (by its content, never its name), and reading it as that."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

from peerjournal.core.chosen_file import read_chosen_file
from peerjournal.core.imports.bearable import parse_bearable
from peerjournal.core.imports.csv_rows import column_key
from peerjournal.core.imports.daily_you import parse_daily_you
from peerjournal.core.imports.daylio import NEW_COLUMNS, OLD_COLUMNS, parse_daylio
from peerjournal.core.imports.emoods import parse_emoods
from peerjournal.core.imports.entries import FILE_LIMIT, ImportedFile, ImportFormat, NotAnExport
from peerjournal.core.imports.jrnl import parse_jrnl
from peerjournal.core.imports.pixels import parse_pixels
from peerjournal.i18n import translate

PARSERS: Mapping[ImportFormat, Callable[[bytes], ImportedFile]] = {
    ImportFormat.DAYLIO: parse_daylio,
    ImportFormat.JRNL: parse_jrnl,
    ImportFormat.PIXELS: parse_pixels,
    ImportFormat.EMOODS: parse_emoods,
    ImportFormat.BEARABLE: parse_bearable,
    ImportFormat.DAILY_YOU: parse_daily_you,
}


def read_export(path: Path | str, fmt: ImportFormat | None = None) -> ImportedFile:
    """Read the export at ``path`` (refusing FIFOs, devices, huge files) as ``fmt``, or as the
    app it looks like when ``fmt`` is None."""
    data = read_chosen_file(path, FILE_LIMIT)
    return PARSERS[fmt or detect(data)](data)


def parse_export(data: bytes, fmt: ImportFormat | None = None) -> ImportedFile:
    """Parse bytes already read (tests, and callers holding the file) like :func:`read_export`."""
    return PARSERS[fmt or detect(data)](data)


def detect(data: bytes) -> ImportFormat:
    """The app whose export ``data`` looks like; :class:`NotAnExport` when it looks like none."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _unknown() from None
    start = text.lstrip()[:1]
    found = _json_format(text) if start in ("{", "[") else _csv_format(text)
    if found is None:
        raise _unknown()
    return found


def _json_format(text: str) -> ImportFormat | None:
    try:
        found = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(found, dict):
        return ImportFormat.JRNL if isinstance(found.get("entries"), list) else None
    first = next((item for item in found if isinstance(item, dict)), None) if isinstance(found, list) else None
    if first is None:
        return None
    if "timeCreated" in first or "text" in first:
        return ImportFormat.DAILY_YOU
    if "scores" in first or ("date" in first and "entries" in first):
        return ImportFormat.PIXELS
    return None


def _csv_format(text: str) -> ImportFormat | None:
    first_line = text.split("\n", 1)[0]
    raw = tuple(h.strip().strip('"').strip().lower() for h in first_line.split(","))
    if raw in (NEW_COLUMNS, OLD_COLUMNS):
        return ImportFormat.DAYLIO
    keys = {column_key(h) for h in raw}
    if {"category", "rating_amount"} <= keys:
        return ImportFormat.BEARABLE
    if keys & {"depressed", "depressed_mood", "depression"} and keys & {"elevated", "elevated_mood", "elevation"}:
        return ImportFormat.EMOODS
    return None


def _unknown() -> NotAnExport:
    return NotAnExport(translate(
        "imports", "PeerJournal can't tell which app this file came from. It reads exports from "
        "Daylio, jrnl, Pixels, eMoods, Bearable and Daily You; if it is one of those, choose the app "
        "and try again. Nothing was imported."))

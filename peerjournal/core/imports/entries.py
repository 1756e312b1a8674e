"""What every importer gives back: entries with a mood *name*, activity names and a note.

A mood name is the other app's word or number ("rad", "4", "-1"); the person places each
on the 1–5 scale before anything is written, so no importer decides what a mood means.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from peerjournal.core.records import NOTE_MAX
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

# An export of many years from any of these apps is a few MB; far more is not one.
FILE_LIMIT = 64 * 1024 * 1024


class ImportFormat(StrEnum):
    """The apps whose exports can be read."""

    DAYLIO = "daylio"
    JRNL = "jrnl"
    PIXELS = "pixels"
    EMOODS = "emoods"
    BEARABLE = "bearable"
    DAILY_YOU = "daily_you"


# The apps' own names (not translated: they are names), in the order the dialog offers them.
FORMAT_NAMES: Mapping[ImportFormat, str] = {
    ImportFormat.DAYLIO: "Daylio",
    ImportFormat.JRNL: "jrnl",
    ImportFormat.PIXELS: "Pixels",
    ImportFormat.EMOODS: "eMoods",
    ImportFormat.BEARABLE: "Bearable",
    ImportFormat.DAILY_YOU: "Daily You",
}

CSV_FORMATS = frozenset({ImportFormat.DAYLIO, ImportFormat.EMOODS, ImportFormat.BEARABLE})


class NotAnExport(UserError):
    """The file is not the export it should be, or part of it can't be read; nothing was imported."""


@dataclass(frozen=True)
class ImportedEntry:
    """One entry: ``at`` is aware local time; ``row`` is its row (CSV) or place (JSON, from 1)."""

    at: datetime
    mood: str
    activities: tuple[str, ...]
    title: str
    note: str
    row: int

    @property
    def journal_note(self) -> str:
        """The check-in's note: the title, a blank line, then the note (either may be empty)."""
        return "\n\n".join(part for part in (self.title, self.note) if part)


@dataclass(frozen=True)
class ImportSummary:
    """What a dry run says: how many entries, from when to when, which names."""

    count: int
    first: date
    last: date
    activity_names: tuple[str, ...]
    mood_names: tuple[str, ...]


@dataclass(frozen=True)
class ImportedFile:
    """A whole export: its entries, which app it came from, and the moods its scale implies
    (a name → 1–5 the person sees pre-chosen and may change; a name missing here they choose)."""

    entries: tuple[ImportedEntry, ...]
    format: ImportFormat = ImportFormat.DAYLIO
    suggested: Mapping[str, int] = field(default_factory=dict)

    def summary(self) -> ImportSummary:
        days = [e.at.date() for e in self.entries]
        return ImportSummary(
            count=len(self.entries), first=min(days), last=max(days),
            activity_names=names(a for e in self.entries for a in e.activities),
            mood_names=names(e.mood for e in self.entries),
        )


def names(found: Iterable[str]) -> tuple[str, ...]:
    """Each name once (the first spelling seen), in alphabetical order ignoring case."""
    seen: dict[str, str] = {}
    for name in found:
        seen.setdefault(name.casefold(), name)
    return tuple(sorted(seen.values(), key=str.casefold))


def clean_name(text: str) -> str:
    """A mood or activity name with its spaces tidied ("  walk \n" → "walk")."""
    return " ".join(text.split())


_APP_NOUNS = {
    ImportFormat.DAYLIO: QT_TRANSLATE_NOOP("imports", "This file is not a Daylio export."),
    ImportFormat.JRNL: QT_TRANSLATE_NOOP("imports", "This file is not a jrnl JSON export."),
    ImportFormat.PIXELS: QT_TRANSLATE_NOOP("imports", "This file is not a Pixels backup."),
    ImportFormat.EMOODS: QT_TRANSLATE_NOOP("imports", "This file is not an eMoods CSV export."),
    ImportFormat.BEARABLE: QT_TRANSLATE_NOOP("imports", "This file is not a Bearable CSV export."),
    ImportFormat.DAILY_YOU: QT_TRANSLATE_NOOP("imports", "This file is not a Daily You JSON export."),
}


def refusal(fmt: ImportFormat, why: str) -> NotAnExport:
    """"This file is not a Pixels backup. <why> Nothing was imported." in the person's language."""
    return NotAnExport(translate("imports", "{what} {why} Nothing was imported.").format(
        what=translate("imports", _APP_NOUNS[fmt]), why=why))


def bad_entry(fmt: ImportFormat, row: int, why: str) -> NotAnExport:
    """Entry ``row`` (a row of a CSV file) can't be read: said with the app and the reason."""
    if fmt in CSV_FORMATS:
        text = translate("imports", "Row {row} of this {app} file can't be read: {why}. Nothing was imported.")
    else:
        text = translate("imports", "Entry {row} of this {app} file can't be read: {why}. Nothing was imported.")
    return NotAnExport(text.format(row=row, app=FORMAT_NAMES[fmt], why=why))


def text_of(fmt: ImportFormat, data: bytes) -> str:
    """The file as text (UTF-8, a byte order mark allowed); refused when it is not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise refusal(fmt, translate("imports", "It is not UTF-8 text as the app writes it.")) from None


def json_of(fmt: ImportFormat, data: bytes) -> Any:
    """The file's JSON; refused when it is cut off or not JSON at all."""
    text = text_of(fmt, data)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise refusal(fmt, translate(
            "imports", "It could not be read as JSON (it may be cut off or damaged).")) from None


def checked(fmt: ImportFormat, entries: list[ImportedEntry],
            suggested: Mapping[str, int] | None = None) -> ImportedFile:
    """The export, once it is known to hold entries whose notes fit the journal."""
    if not entries:
        raise refusal(fmt, translate("imports", "It has no entries in it."))
    for entry in entries:
        if len(entry.journal_note) > NOTE_MAX:
            raise bad_entry(fmt, entry.row, translate(
                "imports", "its note is longer than {limit} characters").format(limit=f"{NOTE_MAX:,}"))
    return ImportedFile(tuple(entries), fmt, dict(suggested or {}))

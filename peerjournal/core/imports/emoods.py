"""Reading an eMoods CSV export (eMoods Bipolar Mood Tracker: Export ▸ CSV): one row per day.

eMoods rates four things each day as none, mild, moderate or severe (0–3): depressed mood,
elevated mood, irritability and anxiety, with hours of sleep and a note (its help pages,
emoodtracker.com/help, and users' descriptions of the app). No export sample was in the
reference library, so the header is read by meaning: a date column, the two mood ratings
(``DEPRESSED`` / ``Depressed Mood`` / ``depressed_mood``, likewise elevated), and, when there,
irritability, anxiety, sleep and notes; medication columns are not read. Dates are ISO
(``2024-03-01``) or US month/day/year (``3/1/2024``); a day has no time: noon.

The two mood ratings together become the mood name ("depressed: mild, elevated: none"); the
person places each pair on the 1–5 scale (pairs without elevated mood are pre-placed: none 3,
mild or moderate 2, severe 1). Irritability and anxiety above none become activity names (the
person may make them feelings); sleep goes into the note.
"""

from __future__ import annotations

from datetime import date, datetime, time

from peerjournal.core.imports.csv_rows import csv_rows, first_column
from peerjournal.core.imports.entries import (
    ImportedEntry,
    ImportedFile,
    ImportFormat,
    bad_entry,
    checked,
    refusal,
)
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = ImportFormat.EMOODS
LEVELS = (QT_TRANSLATE_NOOP("imports", "none"), QT_TRANSLATE_NOOP("imports", "mild"),
          QT_TRANSLATE_NOOP("imports", "moderate"), QT_TRANSLATE_NOOP("imports", "severe"))
_SUGGESTED_BY_DEPRESSION = (3, 2, 2, 1)  # when elevated mood is none; the person may change it


def parse_emoods(data: bytes) -> ImportedFile:
    """The days of an eMoods CSV export; :class:`NotAnExport` for anything else."""
    header, rows = csv_rows(FORMAT, data)
    columns = {
        "date": first_column(header, "date", "day"),
        "depressed": first_column(header, "depressed", "depressed_mood", "depression"),
        "elevated": first_column(header, "elevated", "elevated_mood", "elevation"),
        "irritability": first_column(header, "irritability", "irritable"),
        "anxiety": first_column(header, "anxiety", "anxious"),
        "sleep": first_column(header, "sleep", "hours_slept", "sleep_hours"),
        "notes": first_column(header, "notes", "note", "daily_notes"),
    }
    if not (columns["date"] and columns["depressed"] and columns["elevated"]):
        raise refusal(FORMAT, translate(
            "imports", "Its first line should name the columns eMoods writes (date, depressed, elevated)."))
    entries = [_entry(cells, columns, row) for row, cells in rows]
    suggested = {_mood_name(d, 0): value for d, value in enumerate(_SUGGESTED_BY_DEPRESSION)}
    return checked(FORMAT, entries, suggested)


def _entry(cells: dict[str, str], columns: dict[str, str | None], row: int) -> ImportedEntry:
    def cell(key: str) -> str:
        column = columns[key]
        return cells[column].strip() if column else ""

    at = _noon(cell("date"), row)
    depressed, elevated = _level(cell("depressed"), row), _level(cell("elevated"), row)
    activities = tuple(
        translate("imports", "{what}: {level}").format(what=translate("imports", what), level=_word(level))
        for what, level in ((QT_TRANSLATE_NOOP("imports", "irritability"), _level(cell("irritability"), row)),
                            (QT_TRANSLATE_NOOP("imports", "anxiety"), _level(cell("anxiety"), row)))
        if level)
    sleep = cell("sleep")
    lines = [translate("imports", "Slept {hours} hours.").format(hours=sleep)] if _is_hours(sleep) else []
    note = "\n".join([*lines, cell("notes").replace("\r\n", "\n")]).strip()
    return ImportedEntry(at=at, mood=_mood_name(depressed, elevated), activities=activities,
                         title="", note=note, row=row)


def _mood_name(depressed: int, elevated: int) -> str:
    return translate("imports", "depressed: {depressed}, elevated: {elevated}").format(
        depressed=_word(depressed), elevated=_word(elevated))


def _word(level: int) -> str:
    return translate("imports", LEVELS[level])


def _level(text: str, row: int) -> int:
    """0–3 from a number or eMoods' word for it; an empty cell is none."""
    words = {"": 0, "none": 0, "mild": 1, "moderate": 2, "severe": 3}
    folded = text.strip().casefold()
    if folded in words:
        return words[folded]
    if folded.isdigit() and int(folded) <= 3:
        return int(folded)
    raise bad_entry(FORMAT, row, translate("imports", "a rating is not none, mild, moderate or severe (0–3)"))


def _noon(text: str, row: int) -> datetime:
    """Noon, local time, of the day in ``text`` (a day has no time in eMoods)."""
    try:
        if "/" in text:
            month, day, year = (int(p) for p in text.split(" ")[0].split("/"))
            found = date(year if year > 99 else 2000 + year, month, day)
        else:
            found = date.fromisoformat(text[:10])
        return datetime.combine(found, time(12, 0)).astimezone()
    except (ValueError, OverflowError):
        raise bad_entry(FORMAT, row, translate("imports", "its date could not be read")) from None


def _is_hours(text: str) -> bool:
    try:
        return 0 < float(text) <= 24
    except ValueError:
        return False

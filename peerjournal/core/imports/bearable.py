"""Reading a Bearable CSV export (Bearable: Settings ▸ Export data ▸ CSV).

Bearable writes one row per thing logged, with the columns ``date formatted, weekday, time of
day, date, category, rating/amount, detail, notes`` (as users' exports show it; Bearable's
support pages describe Mood, Emotions, Factors, Symptoms, Sleep and Energy). No export sample
was in the reference library, so the header is read by meaning: ``category`` and
``rating/amount`` must be there, with ``date`` (an ISO time, UTC with ``Z``) or ``date
formatted`` (``2024-03-01``) plus ``time of day`` (am, mid, pm, eve → 9:00, 13:00, 17:00, 21:00).

Each Mood row becomes a check-in with its rating as the mood name (pre-placed when every rating
is 1–5; otherwise the person places each); Emotions and Factors of the same day (``detail``,
several joined by ``|``) become that day's first check-in's activity names. Other rows are left.
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
    clean_name,
    refusal,
)
from peerjournal.i18n import translate

FORMAT = ImportFormat.BEARABLE
_TIMES_OF_DAY = {"am": time(9), "morning": time(9), "mid": time(13), "midday": time(13),
                 "pm": time(17), "afternoon": time(17), "eve": time(21), "evening": time(21)}
_NAMED = {"emotions", "emotion", "factors", "factor"}


def parse_bearable(data: bytes) -> ImportedFile:
    """The mood rows of a Bearable CSV export; :class:`NotAnExport` for anything else."""
    header, rows = csv_rows(FORMAT, data)
    if not ({"category", "rating_amount"} <= set(header) and first_column(header, "date", "date_formatted")):
        raise refusal(FORMAT, translate(
            "imports", "Its first line should name the columns Bearable writes (date, category, "
            "rating/amount)."))
    moods: list[ImportedEntry] = []
    names_by_day: dict[date, list[str]] = {}
    for row, cells in rows:
        category = cells["category"].strip().casefold()
        if category == "mood":
            moods.append(_mood(cells, row))
        elif category in _NAMED:
            found = (clean_name(n) for n in cells.get("detail", "").split("|"))
            names_by_day.setdefault(_at(cells, row).date(), []).extend(n for n in found if n)
    moods.sort(key=lambda e: e.at)
    entries, seen_days = [], set()
    for entry in moods:
        day = entry.at.date()
        extra = names_by_day.get(day, []) if day not in seen_days else []
        seen_days.add(day)
        entries.append(ImportedEntry(at=entry.at, mood=entry.mood,
                                     activities=tuple(dict.fromkeys(extra)), title="", note=entry.note,
                                     row=entry.row))
    ratings = {e.mood for e in entries}
    on_scale = all(r.isdigit() and 1 <= int(r) <= 5 for r in ratings)
    return checked(FORMAT, entries, {r: int(r) for r in ratings} if on_scale else {})


def _mood(cells: dict[str, str], row: int) -> ImportedEntry:
    rating = cells["rating_amount"].strip()
    try:
        value = float(rating)
    except ValueError:
        raise bad_entry(FORMAT, row, translate("imports", "its mood rating is not a number")) from None
    name = str(int(value)) if value.is_integer() else rating
    return ImportedEntry(at=_at(cells, row), mood=name, activities=(), title="",
                         note=cells.get("notes", "").replace("\r\n", "\n").strip(), row=row)


def _at(cells: dict[str, str], row: int) -> datetime:
    try:
        stamp = cells.get("date", "").strip()
        if "T" in stamp:
            return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
        day = date.fromisoformat((cells.get("date_formatted") or stamp).strip()[:10])
        at = _TIMES_OF_DAY.get(cells.get("time_of_day", "").strip().casefold(), time(12))
        return datetime.combine(day, at).astimezone()
    except (ValueError, OverflowError):
        raise bad_entry(FORMAT, row, translate("imports", "its date could not be read")) from None

"""Reading a Daylio CSV export ("Export entries"): one row per entry, newest first.

The format, as Daylio writes it and as open-source readers of it show (checked with the code
search: MichaelCurrin/daylio-csv-parser docs/usage.md and docs/csv-format.md, the older
``year,date,weekday,time,mood,activities,note`` layout with rows like
``2018,18 May,Friday,11:54 pm,happy,"clean | cook | music","Went to a party"`` and activities
"separated by a pipe symbol"; Daily You's Daylio import, Demizo/Daily_You#67 and PR #211, which
notes that mood names can be renamed in Daylio so "rad" can't be trusted to mean the best):

- newer exports: ``full_date,date,weekday,time,mood,activities,note_title,note`` with
  ``full_date`` in ISO form (``2026-12-06``); ``date`` and ``weekday`` are in the phone's
  language, so they are never read when ``full_date`` is there;
- older exports: ``year,date,weekday,time,mood,activities,note`` with a UTF-8 byte order mark
  and ``date`` like "18 May", "December 6" or Polish "6 grudnia": the day and month are read
  from it with a small table of month names in a few languages;
- ``time`` in 24-hour ("17:01") or 12-hour ("5:01 PM", "11:54 pm") form, local time;
- ``activities`` joined by ``" | "``; mood names are whatever the person called them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from peerjournal.core.chosen_file import read_chosen_file
from peerjournal.core.imports.entries import (
    FILE_LIMIT,
    ImportedEntry,
    ImportedFile,
    ImportFormat,
    ImportSummary,
    NotAnExport,
)
from peerjournal.core.records import NOTE_MAX
from peerjournal.i18n import translate

NEW_COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
OLD_COLUMNS = ("year", "date", "weekday", "time", "mood", "activities", "note")

# Month names as Daylio writes them in the old layout's ``date`` column (lower case, no dot):
# English, German, Polish (nominative and genitive), French, Spanish, Italian, Portuguese, Dutch.
_MONTH_WORDS = (
    ("january jan januar januari stycznia styczeń styczen janvier janv enero ene gennaio gen"
     " janeiro"),
    ("february feb februar februari lutego luty février fevrier févr fevr febrero febbraio"
     " fevereiro fev"),
    "march mar märz maerz mrz maart marca marzec mars marzo março marco",
    "april apr kwietnia kwiecień kwiecien avril avr abril abr aprile",
    "may mai mei maja maj mayo maggio mag maio",
    "june jun juni juin junio giugno giu junho czerwca czerwiec",
    "july jul juli juillet juil julio luglio lug julho lipca lipiec",
    "august aug augustus sierpnia sierpień sierpien août aout agosto ago",
    ("september sep sept septembre septiembre settembre set setembro września wrzesnia"
     " wrzesień wrzesien"),
    ("october oct okt oktober octobre octubre ottobre ott outubro out października"
     " pazdziernika październik pazdziernik"),
    "november nov listopada listopad novembre noviembre novembro",
    ("december dec dez dezember december décembre decembre déc diciembre dic dicembre"
     " dezembro grudnia grudzień grudzien"),
)
MONTHS: dict[str, int] = {word: number for number, words in enumerate(_MONTH_WORDS, start=1)
                          for word in words.split()}

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$", re.IGNORECASE)
_DAY = re.compile(r"\b(\d{1,2})\b")
_WORD = re.compile(r"[^\W\d_]+")
# Daylio keeps a little formatting in notes (<b>, <br>, lists); the journal keeps plain text.
_BREAK = re.compile(r"<br\s*/?>|</p>|</li>|</div>", re.IGNORECASE)
_TAG = re.compile(r"</?(?:b|i|u|s|em|strong|p|div|span|ul|ol|li|font)\b[^>]*>", re.IGNORECASE)


class NotADaylioExport(NotAnExport):
    """The file is not a Daylio CSV export, or a row of it can't be read; nothing was imported."""


# Daylio's own five mood names, best first (a person may have renamed them: then they choose).
DEFAULT_MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}

# The names the rest of the app knew before there were other importers.
DaylioEntry = ImportedEntry
DaylioSummary = ImportSummary
DaylioExport = ImportedFile


def read_daylio_file(path: Path | str) -> DaylioExport:
    """Read and parse the Daylio export at ``path`` (refusing FIFOs, devices, huge files)."""
    return parse_daylio(read_chosen_file(path, FILE_LIMIT))


def parse_daylio(data: bytes) -> DaylioExport:
    """The entries of a Daylio CSV export; :class:`NotADaylioExport` for anything else."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotADaylioExport(translate(
            "daylio", "This file is not a Daylio export: it is not UTF-8 text as Daylio writes it. "
            "Nothing was imported.")) from None
    # strict: a file cut off inside a quoted note is refused, not read as a shorter note.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or tuple(h.strip().lower() for h in header) not in (NEW_COLUMNS, OLD_COLUMNS):
            raise NotADaylioExport(translate(
                "daylio", "This file is not a Daylio export: its first line should name the columns "
                "Daylio writes (date, time, mood, activities, note). Nothing was imported."))
        columns = tuple(h.strip().lower() for h in header)
        entries = [_entry(dict(zip(columns, cells, strict=True)), number)
                   for number, cells in enumerate(_rows(reader, len(columns)), start=2) if cells]
    except csv.Error:
        raise NotADaylioExport(translate(
            "daylio", "This file could not be read as a Daylio export (it is damaged or not a CSV "
            "file). Nothing was imported.")) from None
    if not entries:
        raise NotADaylioExport(translate(
            "daylio", "This Daylio export has no entries in it. Nothing was imported."))
    found = {e.mood.casefold(): e.mood for e in entries}
    suggested = {found[name]: value for name, value in DEFAULT_MOODS.items() if name in found}
    return ImportedFile(tuple(entries), ImportFormat.DAYLIO, suggested)


def _rows(reader: Iterator[list[str]], width: int) -> Iterator[list[str]]:
    """Each row's cells (an empty list for a blank line); a row of the wrong width is refused."""
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            yield []
            continue
        if len(cells) != width:
            raise _bad_row(number, translate(
                "daylio", "it has {found} columns, not {expected}").format(found=len(cells), expected=width))
        yield cells


def _bad_row(row: int, why: str) -> NotADaylioExport:
    return NotADaylioExport(translate(
        "daylio", "Row {row} of this Daylio export can't be read: {why}. Nothing was imported.").format(
            row=row, why=why))


def _entry(cells: dict[str, str], row: int) -> DaylioEntry:
    day = _day(cells, row)
    at = datetime.combine(day, _time(cells["time"], row)).astimezone()
    mood = " ".join(cells["mood"].split())
    if not mood:
        raise _bad_row(row, translate("daylio", "it has no mood"))
    activities = tuple(dict.fromkeys(
        name for name in (" ".join(a.split()) for a in cells["activities"].split("|")) if name))
    entry = DaylioEntry(at=at, mood=mood, activities=activities, title=_plain(cells.get("note_title", "")),
                        note=_plain(cells["note"]), row=row)
    if len(entry.journal_note) > NOTE_MAX:
        raise _bad_row(row, translate("daylio", "its note is longer than {limit} characters").format(
            limit=f"{NOTE_MAX:,}"))
    return entry


def _day(cells: dict[str, str], row: int) -> date:
    try:
        if "full_date" in cells:
            return date.fromisoformat(cells["full_date"].strip())
        year = int(cells["year"].strip())
        day_match = _DAY.search(cells["date"])
        months = [MONTHS[w] for w in _WORD.findall(cells["date"].lower()) if w in MONTHS]
        if day_match is None or len(set(months)) != 1:
            raise ValueError
        return date(year, months[0], int(day_match.group(1)))
    except ValueError:
        raise _bad_row(row, translate("daylio", "its date could not be read")) from None


def _time(text: str, row: int) -> time:
    match = _TIME.match(text.strip())
    try:
        if match is None:
            raise ValueError
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if match[4]:  # 12-hour: 12 AM is midnight, 12 PM is noon
            if not 1 <= hour <= 12:
                raise ValueError
            hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
        return time(hour, minute, second)
    except ValueError:
        raise _bad_row(row, translate("daylio", "its time could not be read")) from None


def _plain(text: str) -> str:
    """A note as plain text: Daylio's line breaks kept, its formatting tags left out."""
    return _TAG.sub("", _BREAK.sub("\n", text)).replace("\r\n", "\n").strip()

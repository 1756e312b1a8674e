"""Reading a Daily You JSON export (Settings ▸ Export ▸ JSON).

The format, from Daily You's own reader of it (Demizo/Daily_You ``lib/import_utils.dart``,
``importFromJson``): a list of ``{"text": "…", "mood": 1, "timeCreated":
"2024-03-01T09:15:00.000", "timeModified": "…", "images": […]}``, times as Dart's
``toIso8601String`` (local, no offset). ``mood`` is -2 (worst) to 2 (best) or null; the
same importer maps other apps' 1–5 to it by subtracting 3, so -2…2 are pre-mapped to 1–5 here.
An entry without a mood gets the mood name "no mood", which the person places.
"""

from __future__ import annotations

from typing import Any

from peerjournal.core.imports.entries import (
    ImportedEntry,
    ImportedFile,
    ImportFormat,
    bad_entry,
    checked,
    json_of,
    refusal,
)
from peerjournal.core.imports.jrnl import NO_MOOD
from peerjournal.core.imports.json_fields import entry_dict, field_text, iso_time
from peerjournal.i18n import translate

FORMAT = ImportFormat.DAILY_YOU
SCALE = {str(n): n + 3 for n in range(-2, 3)}


def parse_daily_you(data: bytes) -> ImportedFile:
    """The entries of a Daily You JSON export; :class:`NotAnExport` for anything else."""
    found = json_of(FORMAT, data)
    if not isinstance(found, list):
        raise refusal(FORMAT, translate("imports", "It should hold a list of entries, as Daily You writes."))
    no_mood = translate("imports", NO_MOOD)
    return checked(FORMAT, [_entry(entry_dict(FORMAT, item, row), row, no_mood)
                            for row, item in enumerate(found, start=1)], SCALE)


def _entry(item: dict[str, Any], row: int, no_mood: str) -> ImportedEntry:
    mood = item.get("mood")
    if mood is not None and (isinstance(mood, bool) or not isinstance(mood, int) or str(mood) not in SCALE):
        raise bad_entry(FORMAT, row, translate("imports", "its mood is not a number from -2 to 2"))
    stamp = field_text(FORMAT, item, "time", row) or field_text(FORMAT, item, "timeCreated", row, required=True)
    return ImportedEntry(at=iso_time(FORMAT, stamp, row), mood=no_mood if mood is None else str(mood),
                         activities=(), title="", note=field_text(FORMAT, item, "text", row), row=row)

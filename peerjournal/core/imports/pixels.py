"""Reading a Pixels backup (Pixels – Mood tracker, "Export data" as JSON): one item per day.

Two layouts are in the wild, as two open-source readers show:
- newer, as Daily You's Pixels import reads it (Demizo/Daily_You ``lib/import_utils.dart``,
  ``importFromPixels``): a list of ``{"type": "Mood", "date": "2021-1-5", "scores": [4],
  "notes": "…", "tags": [{"type": "Emotions", "entries": ["happy"]}]}``; items of another
  ``type`` are not days and are skipped;
- older, as Skyball2000/pixels-viewer ``src/pixels/entry/Day.java`` reads it: ``{"date":
  "2021-01-05", "entries": [{"type": "Mood", "value": 4, "notes": "…", "isHighlighted": false,
  "tags": [{"type": …, "entries": […]}]}]}``.
Scores are 1–5 (5 best), the journal's own scale, so they are pre-mapped; several scores on
one day become their rounded mean. A day has no time: noon. Tags become activity names.
"""

from __future__ import annotations

from typing import Any

from peerjournal.core.imports.entries import (
    ImportedEntry,
    ImportedFile,
    ImportFormat,
    bad_entry,
    checked,
    clean_name,
    json_of,
    refusal,
)
from peerjournal.core.imports.json_fields import entry_dict, field_list, field_text, local_time
from peerjournal.i18n import translate

FORMAT = ImportFormat.PIXELS
SCALE = {str(n): n for n in range(1, 6)}


def parse_pixels(data: bytes) -> ImportedFile:
    """The days of a Pixels backup; :class:`NotAnExport` for anything else."""
    found = json_of(FORMAT, data)
    if not isinstance(found, list):
        raise refusal(FORMAT, translate("imports", "It should hold a list of days, as Pixels writes."))
    entries = [_day(entry_dict(FORMAT, item, row), row) for row, item in enumerate(found, start=1)]
    return checked(FORMAT, [e for e in entries if e is not None], SCALE)


def _day(item: dict[str, Any], row: int) -> ImportedEntry | None:
    if "entries" in item and "scores" not in item:  # the older layout: the day's first entry
        parts = field_list(FORMAT, item, "entries", row)
        if not parts:
            return None
        inner = entry_dict(FORMAT, parts[0], row)
        scores: list[Any] = [inner.get("value")]
        rest = inner
    else:
        scores, rest = field_list(FORMAT, item, "scores", row), item
    if rest.get("type", "Mood") != "Mood":
        return None
    if not scores or not all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 5 for s in scores):
        raise bad_entry(FORMAT, row, translate("imports", "its mood is not a score from 1 to 5"))
    at = local_time(FORMAT, field_text(FORMAT, item, "date", row, required=True), "", row)
    return ImportedEntry(at=at, mood=str(round(sum(scores) / len(scores))), activities=_tags(rest, row),
                         title="", note=field_text(FORMAT, rest, "notes", row), row=row)


def _tags(item: dict[str, Any], row: int) -> tuple[str, ...]:
    found: list[str] = []
    for group in field_list(FORMAT, item, "tags", row):
        if isinstance(group, dict):
            found.extend(clean_name(str(t)) for t in field_list(FORMAT, group, "entries", row))
        elif isinstance(group, str):
            found.append(clean_name(group))
    return tuple(dict.fromkeys(t for t in found if t))

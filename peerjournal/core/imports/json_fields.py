"""Reading one field of an entry in a JSON export: the right type, or a clear refusal."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from peerjournal.core.imports.entries import ImportFormat, NotAnExport, bad_entry
from peerjournal.i18n import translate


def field_text(fmt: ImportFormat, item: dict[str, Any], key: str, row: int, required: bool = False) -> str:
    """``item[key]`` as text ("" when missing or null, unless ``required``)."""
    value = item.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise _bad_field(fmt, row, key)
    return value.replace("\r\n", "\n").strip()


def field_list(fmt: ImportFormat, item: dict[str, Any], key: str, row: int) -> list[Any]:
    """``item[key]`` as a list (empty when missing or null)."""
    value = item.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad_field(fmt, row, key)
    return value


def entry_dict(fmt: ImportFormat, item: Any, row: int) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise bad_entry(fmt, row, translate("imports", "it is not an entry"))
    return item


def local_time(fmt: ImportFormat, day: str, at: str, row: int) -> datetime:
    """``2024-03-01`` and ``09:15`` (or an empty time: noon) as aware local time."""
    try:
        parsed_day = date.fromisoformat(_padded_day(day))
        parsed_time = time.fromisoformat(at.strip()) if at.strip() else time(12, 0)
        return datetime.combine(parsed_day, parsed_time.replace(tzinfo=None)).astimezone()
    except (ValueError, OverflowError):
        raise bad_entry(fmt, row, translate("imports", "its date or time could not be read")) from None


def iso_time(fmt: ImportFormat, text: str, row: int) -> datetime:
    """An ISO date-time (Dart's ``toIso8601String``: local without an offset, UTC with ``Z``)."""
    try:
        at = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        return at.astimezone()
    except (ValueError, OverflowError):
        raise bad_entry(fmt, row, translate("imports", "its date or time could not be read")) from None


def _padded_day(text: str) -> str:
    """``2021-1-5`` (Pixels writes months and days without a leading zero) → ``2021-01-05``."""
    parts = text.strip().split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[0]:0>4}-{parts[1]:0>2}-{parts[2]:0>2}"
    return text.strip()


def _bad_field(fmt: ImportFormat, row: int, key: str) -> NotAnExport:
    return bad_entry(fmt, row, translate("imports", "its “{field}” is not what the app writes").format(field=key))

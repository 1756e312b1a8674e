"""Reading a jrnl JSON export (``jrnl --export json``, or ``--format json`` in newer versions).

The format, from jrnl's own exporter (jrnl-org/jrnl ``jrnl/plugins/json_exporter.py``,
``entry_to_dict``) and its docs (``docs/export.rst``): ``{"tags": {"@work": 2, …}, "entries":
[{"title": …, "body": …, "date": "2013-06-03", "time": "09:00", "tags": ["@work"],
"starred": false}, …]}``, times local. jrnl has no moods: every entry gets the one mood name
"no mood", which the person places on the scale (or they don't import). Tags become activity
names without their ``@``.
"""

from __future__ import annotations

from typing import Any

from peerjournal.core.imports.entries import (
    ImportedEntry,
    ImportedFile,
    ImportFormat,
    checked,
    clean_name,
    json_of,
    refusal,
)
from peerjournal.core.imports.json_fields import entry_dict, field_list, field_text, local_time
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

FORMAT = ImportFormat.JRNL
NO_MOOD = QT_TRANSLATE_NOOP("imports", "no mood recorded")


def parse_jrnl(data: bytes) -> ImportedFile:
    """The entries of a jrnl JSON export; :class:`NotAnExport` for anything else."""
    found = json_of(FORMAT, data)
    if not isinstance(found, dict) or not isinstance(found.get("entries"), list):
        raise refusal(FORMAT, translate("imports", "It should hold a list of “entries”, as jrnl writes."))
    no_mood = translate("imports", NO_MOOD)
    return checked(FORMAT, [_entry(item, row, no_mood)
                            for row, item in enumerate(found["entries"], start=1)])


def _entry(found: Any, row: int, no_mood: str) -> ImportedEntry:
    item = entry_dict(FORMAT, found, row)
    at = local_time(FORMAT, field_text(FORMAT, item, "date", row, required=True),
                    field_text(FORMAT, item, "time", row), row)
    tags = [clean_name(str(t)).lstrip("@#") for t in field_list(FORMAT, item, "tags", row)]
    return ImportedEntry(at=at, mood=no_mood, activities=tuple(dict.fromkeys(t for t in tags if t)),
                         title=field_text(FORMAT, item, "title", row),
                         note=field_text(FORMAT, item, "body", row), row=row)

"""Importing another app's export (Daylio, jrnl, Pixels, eMoods, Bearable, Daily You): a dry
run first, then one transaction.

:func:`dry_run` reads the file and says what is in it; the person then confirms a
:class:`ImportMapping` (each mood name to 1–5, each activity name to an activity entry, a
feeling or nothing), and :func:`import_entries` adds it all in one ``journal.batch()`` or
nothing. An entry whose time and mood are already in the journal is skipped and counted, so
importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from peerjournal.core.clock import to_storage
from peerjournal.core.imports.entries import (
    ImportedEntry,
    ImportedFile,
    ImportFormat,
    ImportSummary,
)
from peerjournal.core.imports.formats import read_export
from peerjournal.core.records import Activity, MoodCheckIn
from peerjournal.core.vocabulary import MOOD_MAX, MOOD_MIN
from peerjournal.errors import UserError, ValidationError
from peerjournal.i18n import translate
from peerjournal.storage.journal import Journal

R = TypeVar("R", MoodCheckIn, Activity)


class ActivityChoice(StrEnum):
    """What an imported activity name becomes in the journal."""

    ACTIVITY = "activity"
    FEELING = "feeling"
    LEAVE_OUT = "leave_out"


@dataclass(frozen=True)
class ImportPlan:
    """What the dry run found: the entries and their summary; nothing is written yet."""

    export: ImportedFile
    summary: ImportSummary

    @property
    def format(self) -> ImportFormat:
        return self.export.format

    def suggested_moods(self) -> dict[str, int | None]:
        """Each mood name with the meaning its app's scale implies, or None where the person
        must choose."""
        folded = {k.casefold(): v for k, v in self.export.suggested.items()}
        return {name: folded.get(name.casefold()) for name in self.summary.mood_names}


@dataclass(frozen=True)
class ImportMapping:
    """The person's choices: mood name → 1–5, activity name → choice, and the kind of activity."""

    moods: Mapping[str, int | None]
    activities: Mapping[str, ActivityChoice] = field(default_factory=dict)
    category: str = ""


@dataclass(frozen=True)
class ImportResult:
    """What was added (stored, with ids), and how many entries were already in the journal."""

    moods: tuple[MoodCheckIn, ...]
    activities: tuple[Activity, ...]
    skipped: int

    @property
    def entries(self) -> list[MoodCheckIn | Activity]:
        return [*self.moods, *self.activities]


def dry_run(path: Path | str, fmt: ImportFormat | None = None) -> ImportPlan:
    """Read the export at ``path`` (as ``fmt``, or whichever app it looks like) and say what is
    in it; ``UserError`` if it isn't one."""
    export = read_export(path, fmt)
    return ImportPlan(export=export, summary=export.summary())


def preview(plan: ImportPlan, mapping: ImportMapping) -> tuple[int, int]:
    """How many check-ins and activity entries the mapping makes of the plan (before skipping
    those already in the journal): what the dialog says before anything is written."""
    activities = sum(1 for entry in plan.export.entries for name in entry.activities
                     if _choice(mapping, name) is ActivityChoice.ACTIVITY)
    return len(plan.export.entries), activities


def check_mapping(plan: ImportPlan, mapping: ImportMapping) -> None:
    """``UserError`` naming the mood names still without a place on the scale, or a missing kind
    of activity when some activity names become activities."""
    unmapped = [name for name in plan.summary.mood_names if not _on_scale(_mood_of(mapping, name))]
    if unmapped:
        raise UserError(translate(
            "imports", "Please choose where each mood name goes on the 1–5 scale first: {names}. "
            "Nothing was imported.").format(names=", ".join(unmapped)))
    needs_category = any(_choice(mapping, name) is ActivityChoice.ACTIVITY
                         for name in plan.summary.activity_names)
    if needs_category and not mapping.category.strip():
        raise UserError(translate(
            "imports", "Please choose a kind of activity for the imported activities first. "
            "Nothing was imported."))


PROGRESS_EVERY = 50  # entries between two progress reports


def import_entries(journal: Journal, plan: ImportPlan, mapping: ImportMapping,
                   progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Add the plan's entries in one transaction (all or none), skipping those already there.
    ``progress(done, total)`` is told every few entries (from the thread the import runs on)."""
    check_mapping(plan, mapping)
    taken = _existing(journal, plan.export)
    moods: list[MoodCheckIn] = []
    activities: list[Activity] = []
    skipped = 0
    with journal.batch():
        for number, entry in enumerate(plan.export.entries):
            if progress is not None and number % PROGRESS_EVERY == 0:
                progress(number, len(plan.export.entries))
            mood = _check_in(entry, mapping)
            key = (to_storage(entry.at), mood.mood)
            if key in taken:
                skipped += 1
                continue
            taken.add(key)
            moods.append(_stored(journal.add_mood, mood, entry))
            activities.extend(_stored(journal.add_activity, a, entry) for a in _activities(entry, mapping))
    return ImportResult(moods=tuple(moods), activities=tuple(activities), skipped=skipped)


def _stored(add: Callable[[R], R], record: R, entry: ImportedEntry) -> R:
    """``add(record)``, with a refused record's reason said together with its row."""
    try:
        return add(record)
    except ValidationError as exc:
        raise UserError(translate(
            "imports", "Row {row} of the file can't be imported: {why} Nothing was imported.").format(
                row=entry.row, why=str(exc))) from None


def _existing(journal: Journal, export: ImportedFile) -> set[tuple[str, int]]:
    """(time, mood) of the journal's check-ins over the export's span: what counts as there."""
    start = min(e.at for e in export.entries)
    end = max(e.at for e in export.entries) + timedelta(seconds=1)
    return {(to_storage(m.at), m.mood) for m in journal.moods_between(start, end)}


def _check_in(entry: ImportedEntry, mapping: ImportMapping) -> MoodCheckIn:
    feelings = tuple(name for name in entry.activities
                     if _choice(mapping, name) is ActivityChoice.FEELING)
    mood = _mood_of(mapping, entry.mood)
    assert mood is not None  # check_mapping ran
    return MoodCheckIn(at=_whole_second(entry.at), mood=mood, feelings=feelings, note=entry.journal_note)


def _activities(entry: ImportedEntry, mapping: ImportMapping) -> list[Activity]:
    return [Activity(at=_whole_second(entry.at), category=mapping.category, title=name)
            for name in entry.activities if _choice(mapping, name) is ActivityChoice.ACTIVITY]


def _whole_second(at: datetime) -> datetime:
    return at.replace(microsecond=0)


def _mood_of(mapping: ImportMapping, name: str) -> int | None:
    folded = {k.casefold(): v for k, v in mapping.moods.items()}
    return mapping.moods.get(name, folded.get(name.casefold()))


def _choice(mapping: ImportMapping, name: str) -> ActivityChoice:
    folded = {k.casefold(): v for k, v in mapping.activities.items()}
    return mapping.activities.get(name, folded.get(name.casefold(), ActivityChoice.ACTIVITY))


def _on_scale(value: int | None) -> bool:
    return isinstance(value, int) and MOOD_MIN <= value <= MOOD_MAX

"""The supporter's directory, file in and out: export it for colleagues (places only, never a
note about a person), read a colleague's file, and merge it as the worker chose.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from peerjournal.core.chosen_file import read_chosen_file
from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.exchange import (
    DIRECTORY_SUFFIX,
    MAX_DIRECTORY_BYTES,
    MergePlan,
    directory_json,
    mentioned_people,
    plan_merge,
    read_directory,
)
from peerjournal.errors import UserError
from peerjournal.i18n import translate
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.atomic import write_atomic


class NamesSomeone(UserError):
    """An entry's text names someone the worker supports: it isn't exported."""

    def __init__(self, entry: str, person: str) -> None:
        super().__init__(translate(
            "Directory", "The entry “{entry}” mentions {person}, someone you support. A directory "
            "you share must hold no notes about people: please take that out of the entry first. "
            "Nothing was saved.").format(entry=entry, person=person))


def directory_path(path: Path) -> Path:
    """``path`` with the directory file ending added when it was left out."""
    return path if path.name.endswith(DIRECTORY_SUFFIX) else path.with_name(path.name + DIRECTORY_SUFFIX)


def export_directory(store: SupporterStore, path: Path) -> int:
    """Write every entry to ``path`` (atomically); refuse, writing nothing, when an entry
    names someone in the caseload. Returns how many entries were written."""
    entries = store.directory.entries()
    named = mentioned_people(entries, [p.name for p in store.people()])
    if named:
        entry, person = named[0]
        raise NamesSomeone(entry.name, person)
    write_atomic(path, directory_json(entries), what=translate("Directory", "the directory file"))
    return len(entries)


@dataclass(frozen=True)
class DirectoryImport:
    """A colleague's directory, read and sorted against the worker's own."""

    entries: tuple[DirectoryEntry, ...]
    plan: MergePlan


def read_directory_file(store: SupporterStore, path: Path) -> DirectoryImport:
    """Read and check the file at ``path`` (a regular file, not too large); stores nothing."""
    entries = read_directory(read_chosen_file(path, MAX_DIRECTORY_BYTES))
    return DirectoryImport(tuple(entries), plan_merge(store.directory.entries(), entries))


def apply_import(store: SupporterStore, found: DirectoryImport, use_theirs: Collection[int]) -> int:
    """Add the new entries, and for each conflict whose index is in ``use_theirs`` replace the
    worker's entry with the colleague's (every other conflict keeps the worker's). One
    transaction; returns how many entries changed."""
    replacing = {}
    for index, conflict in enumerate(found.plan.conflicts):
        if index in use_theirs and conflict.mine.id is not None:
            replacing[conflict.mine.id] = conflict.theirs
    return store.directory.merge(found.plan.new, replacing)

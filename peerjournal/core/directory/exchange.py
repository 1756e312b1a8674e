"""A directory as a plain file colleagues can share (JSON, versioned), and merging one in.

The file holds places, never people: its entries have a fixed set of fields, none about
anyone supported; reading refuses any other field. Merging spots duplicates (same name and
place, normalised) and never replaces the worker's own entry without their say.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import TEXT_FIELDS, Access, DirectoryEntry
from peerjournal.errors import UserError, ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

DIRECTORY_FORMAT = "peerjournal-directory"
DIRECTORY_FORMAT_VERSION = 1
DIRECTORY_SUFFIX = ".pjdirectory.json"
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024
ENTRIES_MAX = 2_000
NO_PERSONAL_DATA = QT_TRANSLATE_NOOP(
    "Directory", "A directory of local groups, services and places. It holds no personal data: "
    "nothing about the people supported.")
_TOP = ("format", "format_version", "about", "entries")
_ENTRY = ("name", *TEXT_FIELDS, "access", "needs", "tags")


class DirectoryFileError(UserError):
    """A directory file that can't be read; nothing was changed."""


def entry_json(entry: DirectoryEntry) -> dict[str, Any]:
    item: dict[str, Any] = {"name": entry.name}
    item.update({key: getattr(entry, key) for key in TEXT_FIELDS})
    item["access"] = sorted(a.value for a in entry.access)
    item["needs"] = [d.value for d in Domain if d in entry.domains]
    item["tags"] = list(entry.tags)
    return item


def directory_json(entries: Iterable[DirectoryEntry]) -> bytes:
    """The file's bytes: only the fields of places (see :data:`_ENTRY`), nothing else."""
    document = {
        "format": DIRECTORY_FORMAT, "format_version": DIRECTORY_FORMAT_VERSION,
        "about": NO_PERSONAL_DATA,
        "entries": [entry_json(e) for e in sorted(entries, key=lambda e: e.key)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def mentioned_people(entries: Iterable[DirectoryEntry], names: Iterable[str]) -> list[tuple[DirectoryEntry, str]]:
    """Entries whose text names someone the worker supports (a whole-word match of their
    name), with the name: such an entry holds a note about a person and must not leave."""
    wanted = [(n, f" {_words(n)} ") for n in names if _words(n)]
    found = []
    for entry in entries:
        text = " " + _words(" ".join((entry.name, *(getattr(entry, k) for k in TEXT_FIELDS),
                                     *entry.tags))) + " "
        for name, needle in wanted:
            if needle in text:
                found.append((entry, name))
                break
    return found


def _words(text: str) -> str:
    """``text`` folded (case, accents) with every other character a space: "Priya's" holds "priya"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded if not unicodedata.combining(ch)).split())


def _refuse(text: str) -> DirectoryFileError:
    return DirectoryFileError(text)


def _bad_file() -> DirectoryFileError:
    return _refuse(translate(
        "Directory", "That file is not a PeerJournal directory, or it is damaged or cut short. "
        "Nothing was changed."))


def read_directory(data: bytes) -> list[DirectoryEntry]:
    """The entries of a directory file, checked; :class:`DirectoryFileError` says why not."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad_file() from None
    if not isinstance(document, dict) or document.get("format") != DIRECTORY_FORMAT:
        raise _bad_file()
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad_file()
    if version > DIRECTORY_FORMAT_VERSION:
        raise _refuse(translate(
            "Directory", "That directory was made by a newer PeerJournal. Please update PeerJournal "
            "to read it. Nothing was changed."))
    raw = document.get("entries")
    if set(document) - set(_TOP) or not isinstance(raw, list) or len(raw) > ENTRIES_MAX:
        raise _bad_file()
    return [entry_from_json(item) for item in raw]


def entry_from_json(item: Any) -> DirectoryEntry:
    """An entry as :func:`entry_json` wrote it, checked; :class:`DirectoryFileError` if not."""
    if not isinstance(item, dict) or set(item) != set(_ENTRY):
        raise _bad_file()
    texts = [item[key] for key in ("name", *TEXT_FIELDS)]
    lists = [item[key] for key in ("access", "needs", "tags")]
    if not all(isinstance(t, str) for t in texts) or not all(
            isinstance(x, list) and all(isinstance(v, str) for v in x) for x in lists):
        raise _bad_file()
    try:
        return DirectoryEntry(
            name=item["name"], **{key: item[key] for key in TEXT_FIELDS},
            access=frozenset(Access(a) for a in item["access"]),
            domains=frozenset(Domain(d) for d in item["needs"]), tags=tuple(item["tags"]),
        ).validate()
    except (ValueError, ValidationError):
        raise _bad_file() from None


@dataclass(frozen=True)
class Conflict:
    """The worker's entry and a colleague's for the same place, different in some way."""

    mine: DirectoryEntry
    theirs: DirectoryEntry


@dataclass(frozen=True)
class MergePlan:
    """What importing would do: add ``new``, skip ``same``, ask about each of ``conflicts``."""

    new: tuple[DirectoryEntry, ...]
    same: tuple[DirectoryEntry, ...]
    conflicts: tuple[Conflict, ...]


def plan_merge(mine: Sequence[DirectoryEntry], theirs: Sequence[DirectoryEntry]) -> MergePlan:
    """Sort a colleague's entries against the worker's own by :attr:`DirectoryEntry.key`.

    A place listed twice in their file counts once (the first). Never changes ``mine``.
    """
    own: dict[tuple[str, str], DirectoryEntry] = {}
    for entry in mine:
        own.setdefault(entry.key, entry)
    new: list[DirectoryEntry] = []
    same: list[DirectoryEntry] = []
    conflicts: list[Conflict] = []
    seen: set[tuple[str, str]] = set()
    for entry in theirs:
        if entry.key in seen:
            continue
        seen.add(entry.key)
        match = own.get(entry.key)
        if match is None:
            new.append(entry)
        elif match == entry:
            same.append(entry)
        else:
            conflicts.append(Conflict(match, entry))
    return MergePlan(tuple(new), tuple(same), tuple(conflicts))

"""Ideas to talk through: the person's gaps, as they shared them, met by directory entries.

A gap is a resource-check question answered "no" (nobody yet) or resting on one person, or
a goal not started yet (active, with no review that says it happened, even partly). An
entry meets a check gap when it is tagged with that part of the check; it meets a goal when
one of its tags or words of its name shares a word with the goal's title. Pure: no Qt, no SQL;
the worker decides what to bring up, and nothing is ever sent on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import DirectoryEntry, normalised


class GapKind(StrEnum):
    NOBODY = "nobody"  # a check question answered "no"
    ONE_PERSON = "one_person"  # a "yes" naming one person only
    GOAL = "goal"  # a goal not started yet


class Mark(StrEnum):
    """What the worker noted about an idea for one person (private, in the supporter vault)."""

    TALKED = "talked"
    NOT_FOR_THEM = "not_for_them"


@dataclass(frozen=True)
class Gap:
    kind: GapKind
    text: str  # the question or the goal's title, in the person's words
    domain: Domain | None = None  # None for a goal


@dataclass(frozen=True)
class Idea:
    entry: DirectoryEntry
    gaps: tuple[Gap, ...]  # the gaps it may meet, in the order of ``gaps_in``
    mark: Mark | None = None


# Words too common in goals and places to say one meets the other.
_COMMON = frozenset({
    "a", "an", "and", "the", "to", "of", "in", "on", "at", "for", "with", "my", "me", "i",
    "it", "is", "be", "go", "get", "more", "some", "new", "this", "that", "find", "start",
    "try", "make", "join", "help", "group", "groups", "place", "places", "club", "week",
    "weekly", "once", "again", "out", "up", "about", "going", "every", "day", "days", "time",
})


def _words(text: str) -> set[str]:
    """Meaningful words of ``text``, normalised, a plural's ``s`` dropped."""
    words = set()
    for word in normalised(text).split():
        if len(word) > 3 and word.endswith("s"):
            word = word[:-1]
        if len(word) > 2 and word not in _COMMON:
            words.add(word)
    return words


def gaps_in(document: Mapping[str, Any]) -> list[Gap]:
    """The gaps in a shared file's content (check items in their order, then goals)."""
    content = document.get("content") or {}
    gaps = []
    check = content.get("resource_check") or {}
    for item in check.get("items") or ():
        try:
            domain = Domain(item["domain"])
        except (KeyError, TypeError, ValueError):
            continue
        people = item.get("people") or []
        if item.get("reply") == "no":
            gaps.append(Gap(GapKind.NOBODY, str(item.get("text", "")), domain))
        elif item.get("reply") == "yes" and len(people) == 1:
            gaps.append(Gap(GapKind.ONE_PERSON, str(item.get("text", "")), domain))
    for goal in content.get("goals") or ():
        started = any(r.get("happened") in ("yes", "partly") for r in goal.get("reviews") or ())
        if goal.get("status") == "active" and not started:
            gaps.append(Gap(GapKind.GOAL, str(goal.get("title", ""))))
    return gaps


def meets(entry: DirectoryEntry, gap: Gap) -> bool:
    if gap.domain is not None:
        return gap.domain in entry.domains
    entry_words = _words(" ".join((entry.name, *entry.tags)))
    return bool(entry_words & _words(gap.text))


def ideas_for(gaps: Sequence[Gap], entries: Iterable[DirectoryEntry],
              marks: Mapping[int, Mark] | None = None) -> list[Idea]:
    """The entries meeting at least one gap, those meeting more first, then by name;
    ``marks`` (by entry id) are carried along, "not for them" last."""
    marks = marks or {}
    ideas = []
    for entry in entries:
        met = tuple(gap for gap in gaps if meets(entry, gap))
        if met:
            mark = marks.get(entry.id) if entry.id is not None else None
            ideas.append(Idea(entry, met, mark))
    return sorted(ideas, key=lambda i: (i.mark is Mark.NOT_FOR_THEM, -len(i.gaps),
                                        normalised(i.entry.name), i.entry.name))

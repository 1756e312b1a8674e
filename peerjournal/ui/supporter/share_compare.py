"""A few figures from a shared document, and this file next to the one before it, in words.

Pure Python (no Qt), so the wording is easy to test. The comparison is of what was shared
(mood words, feelings, people, activities, goals), never of how often the app was used; the
words only describe, never "better" or "worse": what a change means is for the supporter and
the person to talk about.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from peerjournal.core.connecting.goals import GoalStatus
from peerjournal.core.vocabulary import MOOD_LABELS
from peerjournal.i18n import translate

FEELINGS_SHOWN = 5


def period_text(start: date, end: date) -> str:
    """``1–9 Jun 2026``, ``28 May – 3 Jun 2026`` or ``29 Dec 2025 – 4 Jan 2026``."""
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if start.year != end.year:
        return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day}–{end.day} {end:%b %Y}"


def doc_period_text(doc: dict[str, Any]) -> str:
    period = doc.get("period", {})
    return period_text(date.fromisoformat(period["start"]), date.fromisoformat(period["end"]))


def mood_words_of(moods: list[dict[str, Any]]) -> list[str]:
    """The mood words a file's check-ins used, the most used first (no counts: words, not scores)."""
    used = Counter(int(m["mood"]) for m in moods if isinstance(m.get("mood"), int))
    return [MOOD_LABELS[level] for level, _ in sorted(used.items(), key=lambda kv: (-kv[1], -kv[0]))]


def _feelings(moods: list[dict[str, Any]]) -> list[str]:
    used = Counter(f for m in moods for f in m.get("feelings", []))
    return [f for f, _ in sorted(used.items(), key=lambda kv: (-kv[1], kv[0].casefold()))][:FEELINGS_SHOWN]


def _people(content: dict[str, Any]) -> list[str] | None:
    entries = [*(content.get("contacts") or []), *(content.get("activities") or [])]
    if "contacts" not in content and "activities" not in content:
        return None
    return sorted({label for e in entries for label in e.get("people", [])}, key=str.casefold)


def _activities(content: dict[str, Any]) -> list[str] | None:
    if "activities" not in content:
        return None
    return sorted({a["title"] for a in content["activities"]}, key=str.casefold)


def _goals(content: dict[str, Any]) -> dict[str, str] | None:
    if "goals" not in content:
        return None
    return {g["title"]: g["status"] for g in content["goals"]}


def _words(items: list[str]) -> str:
    return ", ".join(items) if items else translate("SupporterCompare", "none")


def _this_and_last(what: str, now: list[str], then: list[str]) -> str:
    return translate("SupporterCompare", "{what}: {now} (last time: {then})").format(
        what=what, now=_words(now), then=_words(then))


def _new_and_gone(what: str, now: list[str], then: list[str]) -> str:
    """"people named: new this time Sam; not this time Mary", or that they are the same."""
    new = [x for x in now if x not in then]
    gone = [x for x in then if x not in now]
    if not new and not gone:
        return translate("SupporterCompare", "{what}: the same as last time").format(what=what)
    bits = []
    if new:
        bits.append(translate("SupporterCompare", "new this time {items}").format(items=", ".join(new)))
    if gone:
        bits.append(translate("SupporterCompare", "not this time {items}").format(items=", ".join(gone)))
    return translate("SupporterCompare", "{what}: {items}").format(what=what, items="; ".join(bits))


def _status(value: str) -> str:
    try:
        return str(GoalStatus(value).label).lower()
    except ValueError:
        return value


def _goal_changes(now: dict[str, str], then: dict[str, str]) -> str:
    lines = [translate("SupporterCompare", "{title} (new)").format(title=t) for t in now if t not in then]
    lines += [translate("SupporterCompare", "{title}: {now}, was {then}").format(
        title=t, now=_status(s), then=_status(then[t]))
        for t, s in now.items() if t in then and then[t] != s]
    what = translate("SupporterCompare", "goals")
    if not lines:
        return translate("SupporterCompare", "{what}: the same as last time").format(what=what)
    return translate("SupporterCompare", "{what}: {items}").format(what=what, items="; ".join(lines))


def since_last(current: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """One plain sentence comparing what ``current`` shares with the file shared before it:
    mood words, feelings, people, activities and goals. Never counts of check-ins or
    entries: how often someone used the app is not for watching."""
    if previous is None:
        return translate("SupporterCompare",
                         "This is the first file from them, so there is nothing earlier to compare with.")
    now, then = current.get("content", {}), previous.get("content", {})
    parts: list[str] = []
    if now.get("moods") is not None and then.get("moods") is not None:
        parts.append(_this_and_last(translate("SupporterCompare", "mood words"),
                                    mood_words_of(now["moods"]), mood_words_of(then["moods"])))
        if _feelings(now["moods"]) or _feelings(then["moods"]):
            parts.append(_this_and_last(translate("SupporterCompare", "feelings"),
                                        _feelings(now["moods"]), _feelings(then["moods"])))
    for what, read in ((translate("SupporterCompare", "people named"), _people),
                       (translate("SupporterCompare", "activities"), _activities)):
        mine, theirs = read(now), read(then)
        if mine is not None and theirs is not None:
            parts.append(_new_and_gone(what, mine, theirs))
    goals_now, goals_then = _goals(now), _goals(then)
    if goals_now is not None and goals_then is not None:
        parts.append(_goal_changes(goals_now, goals_then))
    intro = translate("SupporterCompare", "Since the last file ({period}):").format(period=doc_period_text(previous))
    if not parts:
        return intro + " " + translate(
            "SupporterCompare", "it shared different parts of the journal, so there is nothing to set side by side.")
    return intro + " " + "; ".join(parts) + "."

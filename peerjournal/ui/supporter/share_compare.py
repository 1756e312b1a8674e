"""A few figures from a shared document, and this file next to the one before it, in words.

Pure Python (no Qt), so the wording is easy to test. The words only describe: "7 check-ins
(last time 5)", never "better" or "worse"; what a change means is for the supporter and
the person to talk about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peerjournal.core.vocabulary import MOOD_LABELS
from peerjournal.i18n import translate


@dataclass(frozen=True)
class Figures:
    """What can be counted in one document; None where that part was not shared."""

    days: int
    check_ins: int | None
    average_mood: float | None
    contacts: int | None
    distinct_people: int | None


def period_days(doc: dict[str, Any]) -> int:
    period = doc.get("period", {})
    return (date.fromisoformat(period["end"]) - date.fromisoformat(period["start"])).days + 1


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


def mood_word(average: float) -> str:
    """The mood word nearest to an average (halves round up)."""
    return MOOD_LABELS[min(5, max(1, int(average + 0.5)))]


def mood_words(average: float) -> str:
    """``3.4 (Okay)``: the number and the nearest mood word."""
    return f"{average:.1f} ({mood_word(average)})"


def figures(doc: dict[str, Any]) -> Figures:
    """Counts from the summary when it was shared, otherwise from the shared lists."""
    content = doc.get("content", {})
    summary = content.get("summary")
    if summary is not None:
        return Figures(
            days=period_days(doc), check_ins=summary.get("check_ins"),
            average_mood=summary.get("average_mood"), contacts=summary.get("contacts"),
            distinct_people=summary.get("distinct_people"),
        )
    moods = content.get("moods")
    contacts = content.get("contacts")
    activities = content.get("activities")
    average = None
    if moods:
        average = round(sum(m["mood"] for m in moods) / len(moods), 2)
    people = None
    if contacts is not None or activities is not None:
        people = len({label for e in (contacts or []) + (activities or []) for label in e.get("people", [])})
    return Figures(
        days=period_days(doc), check_ins=len(moods) if moods is not None else None,
        average_mood=average, contacts=len(contacts) if contacts is not None else None,
        distinct_people=people,
    )


def _count(n: int, one: str, many: str) -> str:
    """``one`` (already translated) for 1, else ``many`` with {n} filled in."""
    return one if n == 1 else many.format(n=n)


def since_last(current: dict[str, Any], previous: dict[str, Any] | None) -> str:
    """One plain sentence or two comparing ``current`` with the file shared before it."""
    if previous is None:
        return translate("SupporterCompare",
                         "This is the first file from them, so there is nothing earlier to compare with.")
    now, then = figures(current), figures(previous)
    parts: list[str] = []
    last_time = translate("SupporterCompare", "{now} (last time {then})")
    if now.check_ins is not None and then.check_ins is not None:
        parts.append(last_time.format(now=_count(now.check_ins, translate("SupporterCompare", "1 check-in"),
                                                 translate("SupporterCompare", "{n} check-ins")),
                                      then=then.check_ins))
    if now.average_mood is not None and then.average_mood is not None:
        parts.append(translate("SupporterCompare", "average mood {now} (last time {then})").format(
            now=f"{now.average_mood:.1f}, {mood_word(now.average_mood)}",
            then=f"{then.average_mood:.1f}, {mood_word(then.average_mood)}"))
    if now.contacts is not None and then.contacts is not None:
        parts.append(last_time.format(now=_count(now.contacts, translate("SupporterCompare", "1 contact"),
                                                 translate("SupporterCompare", "{n} contacts")),
                                      then=then.contacts))
    if now.distinct_people is not None and then.distinct_people is not None:
        parts.append(last_time.format(
            now=_count(now.distinct_people, translate("SupporterCompare", "1 different person"),
                       translate("SupporterCompare", "{n} different people")),
            then=then.distinct_people))
    intro = translate("SupporterCompare", "Since the last file ({period}):").format(period=doc_period_text(previous))
    if not parts:
        return intro + " " + translate(
            "SupporterCompare", "it shared different parts of the journal, so there is nothing to set side by side.")
    text = intro + " " + "; ".join(parts) + "."
    if now.days != then.days:
        # Counts over 14 days and over 7 days aren't alike; say so rather than let it mislead.
        text += " " + translate("SupporterCompare", "This file covers {days}, the last one {then}.").format(
            days=_count(now.days, translate("SupporterCompare", "1 day"), translate("SupporterCompare", "{n} days")),
            then=then.days)
    return text

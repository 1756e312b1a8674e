"""The "My trackers" section of a share (opt-in, unticked by default): each tracker with a
value in the period, its own words, and its values with their times. The reader checks it.

The tracker's name, unit, words and choices are the person's free text: like notes, names of
people in them are hidden under the chosen naming (``map_free_text``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from peerjournal.core.clock import to_storage
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing import checks as c
from peerjournal.core.sharing.checks import Problem
from peerjournal.core.trackers import CHOICES_MAX, NUMBER_MAX, Tracker, TrackerKind

_FIELDS = ("name", "kind", "unit", "low_word", "high_word", "choices", "values")


def trackers_content(trackers: Iterable[Tracker], moods: Iterable[MoodCheckIn]) -> list[dict[str, Any]]:
    """Each tracker noted in ``moods`` (already those of the period), oldest value first."""
    values: dict[int, list[dict[str, Any]]] = {}
    for mood in sorted(moods, key=lambda m: m.at):
        for item in mood.tracked:
            values.setdefault(item.tracker_id, []).append({"at": to_storage(mood.at), "value": item.value})
    return [
        {"name": t.name, "kind": str(t.kind), "unit": t.unit, "low_word": t.low_word, "high_word": t.high_word,
         "choices": list(t.choices), "values": values[t.id]}
        for t in trackers if t.id in values
    ]


def check_trackers(value: Any, path: str, earliest: datetime, latest: datetime) -> None:
    """Raise :class:`Problem` unless ``value`` is a list of trackers as written above."""
    for i, item in enumerate(c.items(value, path)):
        here = f"{path}[{i}]"
        tracker = c.fields(item, here, _FIELDS)
        c.text(tracker["name"], f"{here}.name", empty=False)
        kind = TrackerKind(c.choice(tracker["kind"], f"{here}.kind", {k.value for k in TrackerKind}))
        for key in ("unit", "low_word", "high_word"):
            c.text(tracker[key], f"{here}.{key}")
        choices = c.texts(tracker["choices"], f"{here}.choices")
        if len(choices) > CHOICES_MAX:
            raise Problem(f"{here}.choices", "has too many choices")
        for j, entry in enumerate(c.items(tracker["values"], f"{here}.values")):
            _check_value(c.fields(entry, f"{here}.values[{j}]", ("at", "value")), f"{here}.values[{j}]",
                         kind, choices, earliest, latest)


def _check_value(entry: dict[str, Any], path: str, kind: TrackerKind, choices: list[str],
                 earliest: datetime, latest: datetime) -> None:
    at = c.moment(entry["at"], f"{path}.at")
    if not earliest <= at < latest:
        raise Problem(f"{path}.at", "is outside the period")
    value = entry["value"]
    if kind is TrackerKind.CHOICE:
        c.choice(value, f"{path}.value", choices)
    elif kind is TrackerKind.YES_NO:
        c.choice(str(c.number(value, f"{path}.value", 0, 1)), f"{path}.value", {"0.0", "1.0"})
    elif kind is TrackerKind.SCALE:
        c.choice(str(c.number(value, f"{path}.value", 1, 5)), f"{path}.value", {"1.0", "2.0", "3.0", "4.0", "5.0"})
    else:
        c.number(value, f"{path}.value", -NUMBER_MAX, NUMBER_MAX)


def tracker_lines(content: list[dict[str, Any]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """For showing a checked section: (tracker name, [(stored time, value as read)]) each."""
    shown = []
    for item in content:
        tracker = Tracker(item["name"], TrackerKind(item["kind"]), unit=item["unit"], low_word=item["low_word"],
                          high_word=item["high_word"], choices=tuple(item["choices"]))
        shown.append((item["name"], [(v["at"], tracker.value_text(v["value"])) for v in item["values"]]))
    return shown

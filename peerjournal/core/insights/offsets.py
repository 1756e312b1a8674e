"""Stretches of UTC time with one local offset each, so SQL can give every entry its local day.

An instant's local day is the date of the instant moved by the UTC offset in force then (what
``datetime.astimezone()`` does, from the C library). Between two changes of offset (daylight
saving, a new rule for the zone) that offset is fixed, so a stretch of UTC time and one offset
give each entry in it its local day by arithmetic: no fixed offset for the whole span (wrong
across a DST change), and nothing stored that a move to another zone would make wrong.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime

# Offsets are looked at a week apart and each change found to the second between two looks.
# Changes are months apart in every zone's rules; two that cancel out within a week would be missed.
STEP_SECONDS = 7 * 86_400
ORDINAL_1970 = date(1970, 1, 1).toordinal()  # unix day 0 as a proleptic ordinal


@dataclass(frozen=True, slots=True)
class OffsetStretch:
    """UTC seconds ``start`` (included) to ``end`` (excluded), all at ``offset`` seconds east."""

    start: int
    end: int
    offset: int

    def storage_bounds(self) -> tuple[str, str]:
        """The stretch as the vault's sortable UTC text (second precision)."""
        return _text(self.start), _text(self.end)

    @property
    def day_shift(self) -> int:
        """Seconds to add to a unix time so that ``// 86400`` is the local day's ordinal."""
        return self.offset + ORDINAL_1970 * 86_400


def _text(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset_at(seconds: int) -> int:
    """The local offset (seconds east of UTC) in force at a unix time, as astimezone() finds it."""
    return time.localtime(seconds).tm_gmtoff


def _change_after(low: int, high: int, before: int) -> int:
    """The first second in (low, high] whose offset is not ``before`` (one change in between)."""
    while high - low > 1:
        middle = (low + high) // 2
        if offset_at(middle) == before:
            low = middle
        else:
            high = middle
    return high


# The last stretches worked out, with the span and the zone they were worked out for: one
# read of Insights asks for the whole history, then for its weeks (a sub-span), and probing
# thirty years a week at a time cost ~5 ms a time (issue 20).
_last: tuple[tuple[object, ...], int, int, list[OffsetStretch]] | None = None


def _zone() -> tuple[object, ...]:
    """What tells one local zone from another here (``TZ`` and what ``tzset()`` made of it)."""
    return os.environ.get("TZ"), time.tzname, time.timezone, time.altzone


def offset_stretches(start: datetime, end: datetime) -> list[OffsetStretch]:
    """The stretches covering ``start`` (floored to the second) up to ``end``, oldest first."""
    global _last
    first, last = int(start.timestamp() // 1), -int(-end.timestamp() // 1)
    if last <= first:
        return []
    zone = _zone()
    if _last is not None and _last[0] == zone and _last[1] <= first and last <= _last[2]:
        return _clipped(_last[3], first, last)
    stretches = _worked_out(first, last)
    _last = (zone, first, last, stretches)
    return list(stretches)


def _clipped(stretches: list[OffsetStretch], first: int, last: int) -> list[OffsetStretch]:
    """The stretches of a wider span cut to ``first``..``last`` (what working them out for
    that span gives: each change is found to the second whatever the span)."""
    inside = [s for s in stretches if s.start <= last and s.end > first]
    head, tail = inside[0], inside[-1]
    inside[0] = OffsetStretch(max(head.start, first), head.end, head.offset)
    inside[-1] = OffsetStretch(inside[-1].start, last + 1, tail.offset)
    return inside


def _worked_out(first: int, last: int) -> list[OffsetStretch]:
    stretches: list[OffsetStretch] = []
    begin, offset = first, offset_at(first)
    probe = first
    while probe < last:
        following = min(probe + STEP_SECONDS, last)
        now = offset_at(following)
        while now != offset:  # one or more changes in (probe, following]
            change = _change_after(probe, following, offset)
            stretches.append(OffsetStretch(begin, change, offset))
            begin, probe, offset = change, change, offset_at(change)
        probe = following
    stretches.append(OffsetStretch(begin, last + 1, offset))  # + 1: ``end`` itself is inside
    return stretches


def local_ordinal(seconds: int, stretches: list[OffsetStretch]) -> int:
    """The local day's ordinal of a unix time inside the stretches (for tests and checks)."""
    for stretch in stretches:
        if stretch.start <= seconds < stretch.end:
            return (seconds + stretch.day_shift) // 86_400
    raise ValueError("outside the stretches")

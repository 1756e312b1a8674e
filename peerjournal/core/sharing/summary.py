"""Summary figures for a share: counts and an average over the entries in the period."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.core.vocabulary import activity_kind_label


def summary(
    start: date,
    end: date,
    moods: Sequence[MoodCheckIn],
    contacts: Sequence[Contact],
    activities: Sequence[Activity],
) -> dict[str, Any]:
    """The ``summary`` section from the entries already kept for the period.

    ``days`` is the number of calendar days in the period (start and end included);
    ``average_mood`` is rounded to two decimals, or None without check-ins;
    ``distinct_people`` counts the people named by contacts and activities.
    """
    average = round(sum(m.mood for m in moods) / len(moods), 2) if moods else None
    people = {pid for c in contacts for pid in c.person_ids}
    people.update(pid for a in activities for pid in a.person_ids)
    return {
        "days": (end - start).days + 1,
        "check_ins": len(moods),
        "average_mood": float(average) if average is not None else None,
        "contacts": len(contacts),
        "contacts_by_mode": dict(Counter(str(c.mode) for c in contacts)),
        "distinct_people": len(people),
        "activities": len(activities),
        "activities_by_category": dict(Counter(activity_kind_label(a.category) for a in activities)),
    }

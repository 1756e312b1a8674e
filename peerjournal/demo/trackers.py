"""The sample journal's two trackers (hours of sleep, medication taken) and their values."""

from __future__ import annotations

import random
from dataclasses import replace

from peerjournal.core.clock import to_local
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.trackers import TrackedValue, Tracker, TrackerKind
from peerjournal.errors import BugError
from peerjournal.i18n import translate
from peerjournal.storage.journal import Journal


def add_demo_trackers(journal: Journal) -> tuple[int, int]:
    """Add the two sample trackers; their ids (sleep, medication)."""
    sleep = journal.trackers.add_tracker(Tracker(
        translate("trackers", "Sleep"), TrackerKind.NUMBER, unit=translate("trackers", "hours")))
    meds = journal.trackers.add_tracker(Tracker(translate("trackers", "Took my medication"), TrackerKind.YES_NO))
    if sleep.id is None or meds.id is None:
        raise BugError("A stored tracker has no id.")
    return sleep.id, meds.id


def with_demo_values(mood: MoodCheckIn, sleep_id: int, meds_id: int) -> MoodCheckIn:
    """A morning check-in notes last night's sleep (shorter before a low day) and the
    medication (now and then forgotten on a hard day); evening ones note nothing."""
    local = to_local(mood.at)  # a morning on the person's own clock, in any time zone
    if local.hour >= 12:
        return mood
    rng = random.Random(int(mood.at.timestamp()))  # the same values every time for the same check-in
    hours = round(min(10.0, max(3.0, 4.5 + mood.mood * 0.8 + rng.gauss(0, 0.8))) * 2) / 2
    # Forgotten on every other low morning (by date, not chance): the demo always shows both.
    took = 0.0 if mood.mood <= 2 and local.toordinal() % 2 == 0 else 1.0
    return replace(mood, tracked=(TrackedValue(sleep_id, hours), TrackedValue(meds_id, took)))

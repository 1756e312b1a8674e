"""The person's own trackers in the journal, and the values kept with each check-in.

Every method that changes a tracker is one transaction and tells listeners ``Change.TRACKERS``.
Values are written by the journal with their check-in (``Journal.add_mood``), so a check-in
and its values are one step, for saving and for undo.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from peerjournal.core.clock import from_storage, to_storage
from peerjournal.core.records import MoodCheckIn
from peerjournal.core.trackers import TrackedValue, Tracker, TrackerKind, check_values
from peerjournal.errors import ValidationError
from peerjournal.i18n import translate
from peerjournal.storage.journal import Change, NotFound
from peerjournal.storage.journal_store import JournalStore

_COLUMNS = "id, name, kind, unit, low_word, high_word, choices, retired"
_SEPARATOR = "\x1f"  # between choices: a character no one types


def _tracker(row: tuple) -> Tracker:
    return Tracker(id=row[0], name=row[1], kind=TrackerKind(row[2]), unit=row[3], low_word=row[4],
                   high_word=row[5], choices=tuple(row[6].split(_SEPARATOR)) if row[6] else (),
                   retired=bool(row[7]))


class TrackerStore(JournalStore):
    """The trackers of ``journal`` (opt-in) and their values."""

    journal_only = "Trackers live in a journal, not in a supporter's vault."

    def trackers(self, include_retired: bool = False) -> list[Tracker]:
        where = "" if include_retired else " WHERE retired = 0"
        return [_tracker(r) for r in self._all(f"SELECT {_COLUMNS} FROM trackers{where} ORDER BY position, id")]

    def get_tracker(self, tracker_id: int) -> Tracker:
        row = self._one(f"SELECT {_COLUMNS} FROM trackers WHERE id = ?", (tracker_id,))
        if row is None:
            raise NotFound("tracker")
        return _tracker(row)

    def _check_name_free(self, tracker: Tracker) -> None:
        row = self._one("SELECT 1 FROM trackers WHERE name = ? AND id IS NOT ?", (tracker.name, tracker.id))
        if row is not None:
            raise ValidationError(translate("trackers", "You already have a tracker called {name}.").format(
                name=tracker.name))

    def add_tracker(self, tracker: Tracker) -> Tracker:
        tracker = tracker.validate()
        with self.journal.batch():
            self._check_name_free(tracker)
            cur = self._conn.execute(
                "INSERT INTO trackers (id, name, kind, unit, low_word, high_word, choices, position, retired)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM trackers), ?)",
                (tracker.id, tracker.name, tracker.kind.value, tracker.unit, tracker.low_word,
                 tracker.high_word, _SEPARATOR.join(tracker.choices), int(tracker.retired)),
            )
            self.journal._changed(Change.TRACKERS)
        return tracker.with_id(cur.lastrowid)

    def set_retired(self, tracker_id: int, retired: bool) -> Tracker:
        """Retire a tracker (it leaves Today; its values stay) or bring it back."""
        with self.journal.batch():
            self.journal._update_row("UPDATE trackers SET retired = ? WHERE id = ?",
                                     (int(retired), tracker_id), "tracker")
            self.journal._changed(Change.TRACKERS)
        return self.get_tracker(tracker_id)

    def delete_tracker(self, tracker_id: int) -> Tracker:
        """Only a tracker with no values (one just added by mistake); others are retired."""
        with self.journal.batch():
            tracker = self.get_tracker(tracker_id)
            if self._one("SELECT 1 FROM tracker_values WHERE tracker_id = ? LIMIT 1", (tracker_id,)):
                raise ValidationError(translate(
                    "trackers", "{name} has values in your journal, so it can be retired but not deleted."
                ).format(name=tracker.name))
            self._conn.execute("DELETE FROM trackers WHERE id = ?", (tracker_id,))
            self.journal._changed(Change.TRACKERS)
        return tracker

    # -- values -------------------------------------------------------------------
    def write_values(self, mood: MoodCheckIn, replacing: bool = False) -> MoodCheckIn:
        """Keep ``mood.tracked`` with the stored check-in ``mood`` (inside the caller's batch);
        the values checked against their trackers are returned on the check-in."""
        if replacing:
            self._conn.execute("DELETE FROM tracker_values WHERE mood_id = ?", (mood.id,))
        if not mood.tracked:
            return mood
        trackers = {t.id: t for t in self.trackers(include_retired=True) if t.id is not None}
        values = check_values(mood.tracked, trackers)
        self._conn.executemany(
            "INSERT INTO tracker_values (mood_id, tracker_id, number, choice) VALUES (?, ?, ?, ?)",
            [(mood.id, v.tracker_id, None if isinstance(v.value, str) else v.value,
              v.value if isinstance(v.value, str) else None) for v in values],
        )
        return replace(mood, tracked=values)

    def values_of(self, mood_id: int) -> tuple[TrackedValue, ...]:
        rows = self._all(
            "SELECT v.tracker_id, v.number, v.choice FROM tracker_values v"
            " JOIN trackers t ON t.id = v.tracker_id WHERE v.mood_id = ? ORDER BY t.position, t.id",
            (mood_id,))
        return tuple(TrackedValue(tid, choice if choice is not None else number) for tid, number, choice in rows)

    def values_by_mood(self, mood_ids: list[int]) -> dict[int, tuple[TrackedValue, ...]]:
        """Check-in id → its values, for the check-ins in ``mood_ids`` that have any."""
        found: dict[int, list[TrackedValue]] = {}
        for start in range(0, len(mood_ids), 500):  # SQLite's limit on parameters
            chunk = mood_ids[start:start + 500]
            rows = self._all(
                "SELECT v.mood_id, v.tracker_id, v.number, v.choice FROM tracker_values v"
                " JOIN trackers t ON t.id = v.tracker_id"
                f" WHERE v.mood_id IN ({', '.join('?' * len(chunk))}) ORDER BY t.position, t.id",
                tuple(chunk))
            for mid, tid, number, choice in rows:
                found.setdefault(mid, []).append(TrackedValue(tid, choice if choice is not None else number))
        return {mid: tuple(values) for mid, values in found.items()}

    def series(self, tracker_id: int, since: datetime | None = None) -> list[tuple[datetime, float | str, int]]:
        """(when, value, that check-in's mood) for one tracker, oldest first."""
        rows = self._all(
            "SELECT m.at_utc, v.number, v.choice, m.mood FROM tracker_values v JOIN moods m ON m.id = v.mood_id"
            " WHERE v.tracker_id = ? AND m.at_utc >= ? ORDER BY m.at_utc",
            (tracker_id, to_storage(since) if since is not None else ""))
        return [(from_storage(at), choice if choice is not None else number, mood)
                for at, number, choice, mood in rows]

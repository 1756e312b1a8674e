""""On this day": entries from the same date in earlier years that were good, or marked "remember this".

A good entry is one rated 4 or 5 (a check-in's mood, a contact's or activity's "felt"). A low
one (1 or 2) is never offered unless the person asked for those too, even when marked.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from peerjournal.core.clock import to_storage
from peerjournal.core.timeline import TimelineRow
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import Change
from peerjournal.storage.journal_store import JournalStore
from peerjournal.storage.timeline_pages import build_row

GOOD = 4  # this score or higher is a good day
LOW = 2  # this score or lower is a low one
_CHANGES = {EntryKind.MOOD: Change.MOODS, EntryKind.CONTACT: Change.CONTACTS, EntryKind.ACTIVITY: Change.ACTIVITIES}

# One day's entries of every kind, with whether each is marked; :start/:end are stored times.
_DAY = """
SELECT * FROM (
    SELECT 'mood' AS kind, m.id AS id, m.at_utc AS at_utc, m.mood AS score, m.note AS note,
           (SELECT group_concat(feeling, ', ') FROM
              (SELECT feeling FROM mood_feelings WHERE mood_id = m.id ORDER BY position)) AS names,
           NULL AS extra
      FROM moods m WHERE m.at_utc >= :start AND m.at_utc < :end
    UNION ALL
    SELECT 'contact', c.id, c.at_utc, c.felt, c.note,
           (SELECT group_concat(name, ', ') FROM
              (SELECT p.name FROM contact_people cp JOIN people p ON p.id = cp.person_id
                WHERE cp.contact_id = c.id ORDER BY cp.position)),
           c.mode
      FROM contacts c WHERE c.at_utc >= :start AND c.at_utc < :end
    UNION ALL
    SELECT 'activity', a.id, a.at_utc, a.felt, a.note,
           (SELECT group_concat(name, ', ') FROM
              (SELECT p.name FROM activity_people ap JOIN people p ON p.id = ap.person_id
                WHERE ap.activity_id = a.id ORDER BY ap.position)),
           a.category || char(31) || a.title
      FROM activities a WHERE a.at_utc >= :start AND a.at_utc < :end
) AS e
WHERE (e.score >= :good OR EXISTS (SELECT 1 FROM remembered r WHERE r.kind = e.kind AND r.entry_id = e.id))
  AND (:low OR e.score IS NULL OR e.score > :low_score)
ORDER BY e.at_utc
"""
_OLDEST = "SELECT min(at) FROM (SELECT min(at_utc) AS at FROM moods UNION ALL SELECT min(at_utc) FROM contacts" \
          " UNION ALL SELECT min(at_utc) FROM activities)"


class OnThisDay(JournalStore):
    """The "remember this" marks of ``journal``'s entries, and the memories of a date."""

    journal_only = "Only a journal has entries to remember."

    def remember(self, kind: EntryKind, entry_id: int, on: bool = True) -> None:
        """Mark (or unmark) one entry "remember this"; its kind's change is announced."""
        with self.journal.batch():
            if on:
                self._conn.execute("INSERT OR IGNORE INTO remembered (kind, entry_id) VALUES (?, ?)",
                                   (kind.value, entry_id))
            else:
                self._conn.execute("DELETE FROM remembered WHERE kind = ? AND entry_id = ?", (kind.value, entry_id))
            self.journal._changed(_CHANGES[kind])

    def is_remembered(self, kind: EntryKind, entry_id: int) -> bool:
        return self._one("SELECT 1 FROM remembered WHERE kind = ? AND entry_id = ?", (kind.value, entry_id)) is not None

    def memories(self, today: date, *, include_low: bool = False) -> list[TimelineRow]:
        """Good or marked entries of ``today``'s month and day in earlier years, newest year first."""
        oldest = self._one(_OLDEST)
        if not oldest or oldest[0] is None:
            return []
        first_year = int(str(oldest[0])[:4]) - 1  # stored UTC: the local date may be a day earlier
        found: list[TimelineRow] = []
        for year in range(today.year - 1, max(first_year, 0), -1):
            try:
                day = today.replace(year=year)
            except ValueError:  # 29 February in a year without one
                continue
            start = datetime.combine(day, time()).astimezone()
            end = datetime.combine(day + timedelta(days=1), time()).astimezone()
            rows = self._all(_DAY, {"start": to_storage(start), "end": to_storage(end), "good": GOOD,  # type: ignore[arg-type]
                                    "low": include_low, "low_score": LOW})
            found += [build_row(*row) for row in rows]
        return found

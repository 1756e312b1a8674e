"""Places and groups in the journal, and which activity happened where.

Every method that changes something is one transaction and tells listeners
``Change.PLACES`` (deleting a place also ``Change.GOALS``: goals there lose their place).
An activity's place lives in the link table ``activity_places``, never in ``activities``.
"""

from __future__ import annotations

from datetime import datetime

from peerjournal.core.clock import from_storage
from peerjournal.core.connecting.places import Place
from peerjournal.core.records import Activity
from peerjournal.storage.journal import Change, NotFound
from peerjournal.storage.journal_store import JournalStore

_COLUMNS = "id, name, what, when_text, how_to_get_there, contact, notes"


def _place(row: tuple) -> Place:
    return Place(id=row[0], name=row[1], what=row[2], when=row[3], how_to_get_there=row[4],
                 contact=row[5], notes=row[6])


class PlaceStore(JournalStore):
    """The places and groups of ``journal``, and their links to activities."""

    # -- places -----------------------------------------------------------------
    def places(self) -> list[Place]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM places ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        return [_place(r) for r in rows]

    def get_place(self, place_id: int) -> Place:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM places WHERE id = ?", (place_id,)).fetchone()
        if row is None:
            raise NotFound("place")
        return _place(row)

    def add_place(self, place: Place) -> Place:
        place = place.validate()
        with self.journal.batch():
            cur = self._conn.execute(
                "INSERT INTO places (id, name, what, when_text, how_to_get_there, contact, notes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (place.id, place.name, place.what, place.when, place.how_to_get_there,
                 place.contact, place.notes),
            )
            self.journal._changed(Change.PLACES)
        return self.get_place(cur.lastrowid)

    def update_place(self, place: Place) -> Place:
        place = place.validate()
        with self.journal.batch():
            self.journal._update_row(
                "UPDATE places SET name = ?, what = ?, when_text = ?, how_to_get_there = ?,"
                " contact = ?, notes = ? WHERE id = ?",
                (place.name, place.what, place.when, place.how_to_get_there, place.contact,
                 place.notes, place.id), "place",
            )
            # Goals show their place's name.
            self.journal._changed(Change.PLACES, Change.GOALS)
        return place

    def delete_place(self, place_id: int) -> Place:
        """The place goes with its links to activities; goals there keep going without it."""
        return self.journal._delete_entry(self.get_place, "places", place_id, Change.PLACES, Change.GOALS)

    # -- activities there ---------------------------------------------------------
    def link_activity(self, activity_id: int, place_id: int | None) -> None:
        """Say where an activity happened (``None``: nowhere in particular)."""
        with self.journal.batch():
            self.journal.get_activity(activity_id)
            if place_id is not None:
                self.get_place(place_id)
            before = self.place_of_activity(activity_id)
            if before == place_id:
                return
            self._conn.execute("DELETE FROM activity_places WHERE activity_id = ?", (activity_id,))
            if place_id is not None:
                self._conn.execute(
                    "INSERT INTO activity_places (activity_id, place_id) VALUES (?, ?)",
                    (activity_id, place_id),
                )
            self.journal._changed(Change.PLACES)

    def link_activities_titled(self, title: str, place_id: int) -> None:
        """Say every activity called exactly ``title`` happened at ``place_id`` (sample journal)."""
        with self.journal.batch():
            rows = self._conn.execute(
                "SELECT id FROM activities WHERE title = ?", (title,)).fetchall()
            for (activity_id,) in rows:
                self.link_activity(activity_id, place_id)

    def place_of_activity(self, activity_id: int) -> int | None:
        row = self._conn.execute(
            "SELECT place_id FROM activity_places WHERE activity_id = ?", (activity_id,)
        ).fetchone()
        return row[0] if row else None

    def activities_at(self, place_id: int) -> list[Activity]:
        """Activities logged at a place, newest first."""
        rows = self._conn.execute(
            "SELECT a.id FROM activity_places ap JOIN activities a ON a.id = ap.activity_id"
            " WHERE ap.place_id = ? ORDER BY a.at_utc DESC, a.id DESC",
            (place_id,),
        ).fetchall()
        return [self.journal.get_activity(i) for (i,) in rows]

    def last_visits(self) -> dict[int, datetime]:
        """Each place's most recent activity there, for the list of places."""
        rows = self._conn.execute(
            "SELECT ap.place_id, max(a.at_utc) FROM activity_places ap"
            " JOIN activities a ON a.id = ap.activity_id GROUP BY ap.place_id"
        ).fetchall()
        return {pid: from_storage(at) for pid, at in rows}

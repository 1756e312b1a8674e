"""When the person was last *in touch*: the one definition every page and prompt reads.

Being in touch with someone means a contact with them, or an activity they were part of
(a walk with Sam counts as much as a call with Sam); an activity done alone does not count.
``core.insights.history.days_in_touch`` counts the same entries in memory for Insights and
summaries. Both reads below walk indexes only (``*_people_person``, ``*_at`` and the
primary keys), checked in ``tests/storage/test_in_touch.py`` with ``EXPLAIN QUERY PLAN``;
no new index is needed. On ten years (30,000 contacts, 10,000 activities, 200 people) the
per-person read takes about as long as the old contacts-only one did (50-80 ms on a small
machine); "last with anyone" well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

import sqlcipher3

from peerjournal.core.clock import from_storage, to_storage

RECENT_DAYS = 366  # a year: the longest stay-in-touch wish, and most people one sees
# Every stored time sorts before this: "no bound" without a second form of each query.
_NEVER = "9999"

# Per person: the newest contact naming them and the newest activity naming them. Each part
# walks its people links in person order (the ``*_people_person`` index, so its GROUP BY needs
# no sorting) and finds each entry by its key; the outer GROUP BY sees two rows a person at
# most. The unary ``+`` keeps the planner off the time index, which would visit every entry
# in time order and then sort all of them by person: about twice as slow for ten years.
BY_PERSON_SQL = """
SELECT person_id, max(at_utc) FROM (
    SELECT cp.person_id AS person_id, max(c.at_utc) AS at_utc
      FROM contact_people cp JOIN contacts c ON c.id = cp.contact_id
     WHERE +c.at_utc < ? GROUP BY cp.person_id
    UNION ALL
    SELECT ap.person_id, max(a.at_utc)
      FROM activity_people ap JOIN activities a ON a.id = ap.activity_id
     WHERE +a.at_utc < ? GROUP BY ap.person_id
) GROUP BY person_id
"""

# With anyone: newest first down each time index, stopping at the first entry that names
# someone (every contact does; many activities are done alone). The activities are walked
# only down to the newest contact: one done alone long ago never makes a save read all of
# them (issue 20).
LATEST_SQL = """
WITH contact AS (
    SELECT c.at_utc AS at FROM contacts c WHERE c.at_utc < ?
       AND EXISTS (SELECT 1 FROM contact_people cp WHERE cp.contact_id = c.id)
     ORDER BY c.at_utc DESC LIMIT 1
)
SELECT max(at) FROM (
    SELECT at FROM contact
    UNION ALL
    SELECT (SELECT a.at_utc FROM activities a
             WHERE a.at_utc < ? AND a.at_utc > coalesce((SELECT at FROM contact), '')
               AND EXISTS (SELECT 1 FROM activity_people ap WHERE ap.activity_id = a.id)
             ORDER BY a.at_utc DESC LIMIT 1)
)
"""


# Since a moment: down each time index from that moment on (CROSS JOIN keeps it the outer
# loop), each entry's people found by its key; what it reads grows with the span, not with
# the journal's history.
SINCE_SQL = """
SELECT person_id, max(at_utc) FROM (
    SELECT cp.person_id AS person_id, max(c.at_utc) AS at_utc
      FROM contacts c CROSS JOIN contact_people cp ON cp.contact_id = c.id
     WHERE c.at_utc >= ? GROUP BY cp.person_id
    UNION ALL
    SELECT ap.person_id, max(a.at_utc)
      FROM activities a CROSS JOIN activity_people ap ON ap.activity_id = a.id
     WHERE a.at_utc >= ? GROUP BY ap.person_id
) GROUP BY person_id
"""


def _bound(before: datetime | None) -> str:
    return to_storage(before) if before is not None else _NEVER


def last_in_touch_times(conn: sqlcipher3.Connection, before: datetime | None = None) -> dict[int, datetime]:
    """Person id → when they were last in touch: the newest contact with them or activity
    they were part of (made before ``before``, when given). People never in touch are absent."""
    bound = _bound(before)
    return {pid: from_storage(at) for pid, at in conn.execute(BY_PERSON_SQL, (bound, bound)).fetchall()}


def last_in_touch_since(conn: sqlcipher3.Connection, since: datetime) -> dict[int, datetime]:
    """As :func:`last_in_touch_times`, for the people in touch at or after ``since`` only:
    the entries of that span alone are read (the ``*_at`` indexes)."""
    bound = to_storage(since)
    return {pid: from_storage(at) for pid, at in conn.execute(SINCE_SQL, (bound, bound)).fetchall()}


def last_in_touch_of(conn: sqlcipher3.Connection, people: Collection[int]) -> dict[int, datetime]:
    """As :func:`last_in_touch_times`, for ``people`` only: their links alone are read (the
    ``*_people_person`` indexes), not every contact, so asking about the few people prompts
    name costs what their own history costs, not the whole journal's (issue 20)."""
    ids = sorted(set(people))
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    sql = BY_PERSON_SQL.replace("WHERE +c.at_utc < ?", f"WHERE cp.person_id IN ({marks}) AND +c.at_utc < ?") \
        .replace("WHERE +a.at_utc < ?", f"WHERE ap.person_id IN ({marks}) AND +a.at_utc < ?")
    rows = conn.execute(sql, (*ids, _NEVER, *ids, _NEVER)).fetchall()
    return {pid: from_storage(at) for pid, at in rows}


def last_in_touch_for(conn: sqlcipher3.Connection, people: Collection[int], now: datetime,
                      recent_days: int = RECENT_DAYS) -> dict[int, datetime]:
    """The same answer as :func:`last_in_touch_times` for ``people``, read in two bounded
    steps (issue 20): the last ``recent_days`` of entries down the time indexes (the newest
    time of everyone in touch since then is their newest of all), then the own links of those
    not in touch in that span. Neither step walks the whole journal for a few people seen
    lately."""
    wanted = set(people)
    recent = {pid: at for pid, at in last_in_touch_since(conn, now - timedelta(days=recent_days)).items()
              if pid in wanted}
    return recent | last_in_touch_of(conn, wanted - recent.keys())


def last_in_touch(conn: sqlcipher3.Connection, before: datetime | None = None) -> datetime | None:
    """When the person was last in touch with anyone (a contact, or an activity with someone),
    before ``before`` when given; None if never."""
    bound = _bound(before)
    row = conn.execute(LATEST_SQL, (bound, bound)).fetchone()
    return from_storage(row[0]) if row and row[0] else None

"""Per-local-day figures for Insights (migration 18), kept by triggers in the same transaction
as each write, so "All" reads a row a day (or a row a person a day) instead of every entry.

Each entry's local day is the one ``storage/insights_days`` works out: ``(unixepoch(at_utc) +
shift) / 86400`` with the shift of the stretch of UTC time it falls in
(``core.insights.offsets``). The stretches the figures were made with are kept in ``day_zone``
(the process's time zone when they were last built); a read first checks that they are the
stretches in force now over the days it reads, and builds everything again when they are not
(after a move to another time zone) or when they do not reach that far back or ahead. An entry
outside the kept stretches is counted on day -1 until then: no query asks for that day.

The kept stretches reach back to 1970 (and to any older entry) and twenty years ahead, so
entries written or imported with old dates are counted on their day as they are written: a
journal brought in from another app must not leave "All" to rebuild everything on the window's
thread (1.2 s at thirty years, issue 20).
The tables are derived: "Take all my data" leaves them out (``DERIVED_TABLES``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from peerjournal.core.insights.offsets import ORDINAL_1970, OffsetStretch, offset_stretches

DERIVED_TABLES = ("day_zone", "day_moods", "day_contacts", "day_activities", "day_people",
                  "week_contacts", "week_activities")
"""Tables made from the entries (and the time zone), never exported or imported."""

EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)  # kept stretches reach back this far at least
AHEAD = timedelta(days=20 * 366)  # … and this far past now
AROUND_ENTRIES = timedelta(days=40)  # … and this far around the oldest and newest entry


def day_of(at: str) -> str:
    """SQL for the local day's ordinal of the UTC text ``at`` (-1: outside the kept stretches)."""
    return (f"coalesce((SELECT CASE WHEN {at} < z.hi THEN (unixepoch({at}) + z.shift) / 86400 END"
            f" FROM day_zone z WHERE z.lo <= {at} ORDER BY z.lo DESC LIMIT 1), -1)")


def week_of(at: str) -> str:
    """SQL for the ordinal of the Monday of ``at``'s local week (day -1 falls in week 1)."""
    return f"(SELECT d - (d - 1) % 7 FROM (SELECT {day_of(at)} AS d))"


# Days kept by way of contact or kind first: "in person" and each kind's days are read in order.
_TABLES = """
CREATE TABLE day_zone (
    lo TEXT PRIMARY KEY,
    hi TEXT NOT NULL,
    shift INTEGER NOT NULL,
    start_s INTEGER NOT NULL,
    end_s INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE day_moods (
    day INTEGER PRIMARY KEY,
    total INTEGER NOT NULL,
    n INTEGER NOT NULL
);
CREATE TABLE day_contacts (
    day INTEGER NOT NULL,
    mode TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (mode, day)
) WITHOUT ROWID;
CREATE TABLE day_activities (
    day INTEGER NOT NULL,
    category TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (category, day)
) WITHOUT ROWID;
CREATE TABLE week_contacts (
    week INTEGER NOT NULL,
    mode TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (mode, week)
) WITHOUT ROWID;
CREATE TABLE week_activities (
    week INTEGER NOT NULL,
    category TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (category, week)
) WITHOUT ROWID;
CREATE TABLE day_people (
    person_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (person_id, day)
) WITHOUT ROWID
"""


def _mood_triggers() -> list[str]:
    def add(row: str) -> str:
        return (f"INSERT INTO day_moods (day, total, n) VALUES ({day_of(row + '.at_utc')},"
                f" {row}.mood, 1) ON CONFLICT (day) DO UPDATE SET total = total + excluded.total,"
                " n = n + 1;")

    gone = (f"UPDATE day_moods SET total = total - old.mood, n = n - 1"
            f" WHERE day = {day_of('old.at_utc')};"
            f" DELETE FROM day_moods WHERE day = {day_of('old.at_utc')} AND n <= 0;")
    return [
        f"CREATE TRIGGER day_moods_add AFTER INSERT ON moods BEGIN {add('new')} END",
        f"CREATE TRIGGER day_moods_gone AFTER DELETE ON moods BEGIN {gone} END",
        f"CREATE TRIGGER day_moods_moved AFTER UPDATE OF at_utc, mood ON moods"
        f" BEGIN {gone} {add('new')} END",
    ]


def _people_step(sign: str, row: str, link: str, column: str, entry: str) -> str:
    """SQL adding (``+``) or taking (``-``) one day in touch for each person of entry ``row``."""
    if sign == "+":
        return (f"INSERT INTO day_people (person_id, day, n) SELECT person_id,"
                f" {day_of(row + '.at_utc')}, 1 FROM {link} WHERE {column} = {entry}"
                " ON CONFLICT (person_id, day) DO UPDATE SET n = n + 1;")
    day = day_of(row + ".at_utc")
    return (f"UPDATE day_people SET n = n - 1 WHERE day = {day} AND person_id IN"
            f" (SELECT person_id FROM {link} WHERE {column} = {entry});"
            f" DELETE FROM day_people WHERE day = {day} AND n <= 0;")


def _entry_triggers(table: str, key: str, link: str, column: str) -> list[str]:
    """Contacts (by way of contact) or activities (by category), and their people's days."""
    totals = f"day_{table}"

    def add(row: str) -> str:
        return "".join(
            f"INSERT INTO {kept}_{table} ({unit}, {key}, n) VALUES ({of(row + '.at_utc')},"
            f" {row}.{key}, 1) ON CONFLICT ({key}, {unit}) DO UPDATE SET n = n + 1;"
            for kept, unit, of in (("day", "day", day_of), ("week", "week", week_of)))

    gone = "".join(
        f"UPDATE {kept}_{table} SET n = n - 1 WHERE {unit} = {of('old.at_utc')} AND {key} = old.{key};"
        f" DELETE FROM {kept}_{table} WHERE {unit} = {of('old.at_utc')} AND {key} = old.{key}"
        " AND n <= 0;" for kept, unit, of in (("day", "day", day_of), ("week", "week", week_of)))
    parent = f"(SELECT e.at_utc FROM {table} e WHERE e.id = {{row}}.{column})"

    def link_add(row: str) -> str:
        return (f"INSERT INTO day_people (person_id, day, n) SELECT {row}.person_id,"
                f" {day_of('e.at_utc')}, 1 FROM {table} e WHERE e.id = {row}.{column}"
                " ON CONFLICT (person_id, day) DO UPDATE SET n = n + 1;")

    def link_gone(row: str) -> str:  # a link whose entry is gone was taken off before it went
        day = day_of(parent.format(row=row))
        return (f"UPDATE day_people SET n = n - 1 WHERE person_id = {row}.person_id AND day = {day};"
                f" DELETE FROM day_people WHERE person_id = {row}.person_id AND day = {day}"
                " AND n <= 0;")

    return [
        f"CREATE TRIGGER {totals}_add AFTER INSERT ON {table} BEGIN {add('new')} END",
        f"CREATE TRIGGER {totals}_gone AFTER DELETE ON {table} BEGIN {gone} END",
        f"CREATE TRIGGER {totals}_moved AFTER UPDATE OF at_utc, {key} ON {table}"
        f" BEGIN {gone} {add('new')} END",
        # Before the entry goes: its links (deleted by cascade after it) still say who it was with.
        f"CREATE TRIGGER {totals}_people_gone BEFORE DELETE ON {table}"
        f" BEGIN {_people_step('-', 'old', link, column, 'old.id')} END",
        f"CREATE TRIGGER {totals}_people_moved AFTER UPDATE OF at_utc ON {table}"
        f" WHEN old.at_utc IS NOT new.at_utc BEGIN {_people_step('-', 'old', link, column, 'new.id')}"
        f" {_people_step('+', 'new', link, column, 'new.id')} END",
        f"CREATE TRIGGER day_{link}_add AFTER INSERT ON {link} BEGIN {link_add('new')} END",
        f"CREATE TRIGGER day_{link}_gone AFTER DELETE ON {link} BEGIN {link_gone('old')} END",
        f"CREATE TRIGGER day_{link}_moved AFTER UPDATE ON {link}"
        f" BEGIN {link_gone('old')} {link_add('new')} END",
    ]


def _triggers() -> list[str]:
    return [*_mood_triggers(),
            *_entry_triggers("contacts", "mode", "contact_people", "contact_id"),
            *_entry_triggers("activities", "category", "activity_people", "activity_id")]


def create_day_totals(conn: Any, now: datetime | None = None) -> None:
    """Make the tables and their triggers, and fill them from what the vault holds."""
    for statement in _TABLES.split(";"):
        conn.execute(statement)
    for statement in _triggers():  # one by one: a trigger holds ";" inside BEGIN … END
        conn.execute(statement)
    rebuild_day_totals(conn, now)


def _span(conn: Any, now: datetime) -> tuple[datetime, datetime]:
    """UTC instants the kept stretches cover: the entries and a margin around them and now."""
    row = conn.execute(
        "SELECT min(lo), max(hi) FROM (SELECT min(at_utc) AS lo, max(at_utc) AS hi FROM moods"
        " UNION ALL SELECT min(at_utc), max(at_utc) FROM contacts"
        " UNION ALL SELECT min(at_utc), max(at_utc) FROM activities)").fetchone()
    low, high = min(EARLIEST, now), now + AHEAD
    if row and row[0]:
        low = min(low, _parse(row[0]) - AROUND_ENTRIES)
        high = max(high, _parse(row[1]) + AROUND_ENTRIES)
    return low, high


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def rebuild_day_totals(conn: Any, now: datetime | None = None,
                       reach: tuple[datetime, datetime] | None = None) -> None:
    """Every figure again from the entries, with the stretches of the process's time zone
    (over ``reach`` too, if given: the days a read asks for)."""
    now = now if now is not None else datetime.now(UTC)
    low, high = _span(conn, now)
    if reach is not None:
        low, high = min(low, reach[0]), max(high, reach[1])
    stretches = offset_stretches(low, high)
    conn.execute("DELETE FROM day_zone")
    conn.executemany("INSERT INTO day_zone (lo, hi, shift, start_s, end_s) VALUES (?, ?, ?, ?, ?)",
                     [(*s.storage_bounds(), s.day_shift, s.start, s.end) for s in stretches])
    for table in DERIVED_TABLES[1:]:
        conn.execute(f"DELETE FROM {table}")
    conn.execute(f"INSERT INTO day_moods (day, total, n) SELECT day, SUM(mood), COUNT(*) FROM"
                 f" (SELECT {day_of('e.at_utc')} AS day, e.mood FROM moods e) GROUP BY day")
    for table, key in (("contacts", "mode"), ("activities", "category")):
        conn.execute(f"INSERT INTO day_{table} (day, {key}, n) SELECT day, {key}, COUNT(*) FROM"
                     f" (SELECT {day_of('e.at_utc')} AS day, e.{key} FROM {table} e)"
                     f" GROUP BY day, {key}")
        conn.execute(f"INSERT INTO week_{table} (week, {key}, n) SELECT day - (day - 1) % 7 AS week,"
                     f" {key}, SUM(n) FROM day_{table} GROUP BY week, {key}")
    conn.execute(
        f"INSERT INTO day_people (person_id, day, n) SELECT pid, day, COUNT(*) FROM"
        f" (SELECT l.person_id AS pid, {day_of('e.at_utc')} AS day FROM contacts e"
        " JOIN contact_people l ON l.contact_id = e.id"
        f" UNION ALL SELECT l.person_id, {day_of('e.at_utc')} FROM activities e"
        " JOIN activity_people l ON l.activity_id = e.id) GROUP BY pid, day")


def has_day_totals(conn: Any) -> bool:
    return conn.execute(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'day_zone')").fetchone()[0] == 1


def _merged(stretches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for start, end, offset in stretches:
        if end <= start:
            continue
        if out and out[-1][2] == offset and out[-1][1] == start:
            out[-1] = (out[-1][0], end, offset)
        else:
            out.append((start, end, offset))
    return out


def kept_stretches_match(conn: Any, wanted: list[OffsetStretch]) -> bool:
    """Whether the kept stretches cover ``wanted`` (the stretches in force now over the days a
    read asks for, oldest first) and agree with them to the second."""
    if not wanted:
        return True
    low, high = wanted[0].start, wanted[-1].end
    kept = conn.execute("SELECT start_s, end_s, shift FROM day_zone WHERE end_s > ? AND start_s < ?"
                        " ORDER BY start_s", (low, high)).fetchall()
    if not kept or kept[0][0] > low or kept[-1][1] < high:
        return False
    base = ORDINAL_1970 * 86_400
    clipped = [(max(s, low), min(e, high), shift - base) for s, e, shift in kept]
    return _merged(clipped) == _merged([(s.start, s.end, s.offset) for s in wanted])

"""Opening the window and showing the Timeline reads O(visible rows), not O(history).

A journal of 6,000 entries (made quickly with executemany) is opened; every row any query
hands to Python is counted. The Timeline's own SQL work is counted too, in SQLite's virtual
machine steps (a progress handler), so a scan inside SQL would show even if it returned few rows.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peerjournal.core.clock import to_storage
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault
from tests.ui.journal.helpers import make_window
from tests.vm_steps import counting_steps

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.journal.timeline_page import TimelinePage

HISTORY = 6_000


class CountingCursor:
    """A cursor that counts the rows it hands out."""

    def __init__(self, cursor, counter: list[int]) -> None:  # type: ignore[no-untyped-def]
        self._cursor, self._counter = cursor, counter

    def fetchall(self):  # type: ignore[no-untyped-def]
        rows = self._cursor.fetchall()
        self._counter[0] += len(rows)
        return rows

    def fetchone(self):  # type: ignore[no-untyped-def]
        row = self._cursor.fetchone()
        self._counter[0] += row is not None
        return row

    def fetchmany(self, *args):  # type: ignore[no-untyped-def]
        rows = self._cursor.fetchmany(*args)
        self._counter[0] += len(rows)
        return rows

    def __iter__(self):  # type: ignore[no-untyped-def]
        for row in self._cursor:
            self._counter[0] += 1
            yield row

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self._cursor, name)


class CountingConnection:
    """The vault's connection, counting the rows its queries return."""

    def __init__(self, conn) -> None:  # type: ignore[no-untyped-def]
        self._conn, self.rows = conn, [0]

    def execute(self, *args):  # type: ignore[no-untyped-def]
        return CountingCursor(self._conn.execute(*args), self.rows)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self._conn, name)


def generate(journal: Journal, entries: int, start_days_ago: int = 60) -> None:
    """``entries`` check-ins, contacts and activities, every hour back from two months ago
    (so nothing is "today" or "this month"), a few people linked: fast, with executemany."""
    conn = journal.vault.conn
    first = datetime.now(UTC) - timedelta(days=start_days_ago)
    times = [to_storage(first - timedelta(hours=i)) for i in range(entries)]
    with journal.vault.transaction():
        conn.executemany("INSERT INTO people (id, name, relationship, closeness) VALUES (?, ?, 'friend', 'close')",
                         [(i, f"Person {i}") for i in range(1, 6)])
        conn.executemany("INSERT INTO moods (at_utc, mood, note) VALUES (?, ?, 'a note')",
                         [(t, i % 5 + 1) for i, t in enumerate(times[0::3])])
        conn.executemany("INSERT INTO contacts (id, at_utc, mode, felt) VALUES (?, ?, 'phone', 3)",
                         list(enumerate(times[1::3], start=1)))
        conn.executemany("INSERT INTO contact_people (contact_id, person_id, position) VALUES (?, ?, 0)",
                         [(i, i % 5 + 1) for i in range(1, len(times[1::3]) + 1)])
        conn.executemany("INSERT INTO activities (at_utc, category, title) VALUES (?, 'Outdoors', 'Walk')",
                         [(t,) for t in times[2::3]])


def open_on_timeline(qtbot, journal: Journal) -> int:  # type: ignore[no-untyped-def]
    """Rows handed to Python, from building the main window to the Timeline shown."""
    counting = CountingConnection(journal.vault.conn)
    journal.vault._conn = counting  # type: ignore[assignment]
    try:
        window = make_window(qtbot, journal)
        window.go_to(PAGES.index("Timeline"))
        qtbot.waitUntil(lambda: window.timeline.view.isVisible())
        assert window.timeline.model.total() == journal_size(counting._conn)
    finally:
        journal.vault._conn = counting._conn
    return counting.rows[0]


def journal_size(conn) -> int:  # type: ignore[no-untyped-def]
    return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
               for t in ("moods", "contacts", "activities"))


def test_opening_the_window_reads_a_page_not_the_history(qtbot, journal):
    generate(journal, HISTORY)
    rows = open_on_timeline(qtbot, journal)
    # A page of the Timeline (and each table's look-ahead for it) plus what other pages
    # read at start: far below the history, whatever its length.
    assert rows < HISTORY / 4, rows


def timeline_steps(qtbot, journal: Journal) -> int:  # type: ignore[no-untyped-def]
    """SQLite VM steps for building the Timeline page and showing it (the rest of the window
    reads other things; the People page's "last contact" is not the Timeline's to keep)."""
    with counting_steps(journal.vault.conn) as steps:
        page = TimelinePage(journal, JournalEvents(journal))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.view.isVisible())
        page.view.scrollTo(page.proxy.index(10, 0))  # a look around the first page
    return steps[0] * 100


def test_timeline_work_does_not_grow_with_history(qtbot, journal, tmp_path):
    generate(journal, HISTORY)
    steps = timeline_steps(qtbot, journal)
    small_vault = create_vault(tmp_path / "small" / "journal.pjvault", "a small journal passphrase")
    try:
        small = Journal(small_vault)
        generate(small, HISTORY // 10)
        small_steps = timeline_steps(qtbot, small)
    finally:
        small_vault.close()
    # Ten times the history, about the same work: O(page), not O(history).
    assert steps <= small_steps * 1.3 + 2_000, (steps, small_steps)

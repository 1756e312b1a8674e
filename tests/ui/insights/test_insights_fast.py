"""Years of entries stay quick on Insights without losing meaning: the mood chart thinned to
its pixel columns still shows a single very low day and still leaves missing days as a gap;
its lines are worked out once per size and data; each tab reads only what it shows."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest

from peerjournal.core.clock import end_of_local_day, to_local
from peerjournal.core.insights import (
    MoodOverTime,
    Span,
    contacts_per_week,
    local_day,
    local_day_bounds,
    mood_over_time,
    people_per_month,
    span_dates,
    year_in_colour,
)
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import ContactMode
from peerjournal.storage.insights import load_history
from tests.ui.insights.shown_page import insights_page_on

from peerjournal.ui.insights.insights_page import (
    COUNTS,
    MOOD,
    NETWORK,
    PATTERNS,
    YEAR,
)
from peerjournal.ui.widgets.charts import MoodLineChart, average_line_colour

DAYS = 3650
LOW_DAY = 1234  # the one very bad day in years of good ones
GAP = range(2000, 2060)  # two months with nothing noted
START = date(2016, 1, 1)


def ten_years() -> MoodOverTime:
    daily: list[tuple[date, float | None]] = []
    average: list[tuple[date, float | None]] = []
    for n in range(DAYS):
        day = START + timedelta(days=n)
        missing = n in GAP
        daily.append((day, None if missing else 1.0 if n == LOW_DAY else 5.0 if n % 2 else 4.5))
        average.append((day, None if missing else 4.75))
    return MoodOverTime(daily[0][0], daily[-1][0], daily, average)


@pytest.fixture
def chart(qtbot):
    widget = MoodLineChart()
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    widget.set_data(ten_years())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _near(colour: QColor, other: QColor, tolerance: int = 70) -> bool:
    return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)) <= tolerance


def _pixel(image: QImage, x: float, y: float) -> QColor:
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(int(x * ratio), int(y * ratio)))


def _x_of(chart: MoodLineChart, day: int) -> float:
    left, _top, width, _height, _columns = chart.drawn.key
    return left + day / (DAYS - 1) * width


def _colour_near(chart: MoodLineChart, image: QImage, colour: QColor, x: float, y: float, reach: int = 2) -> bool:
    return any(_near(_pixel(image, x + dx, y + dy), colour)
               for dx in range(-reach, reach + 1) for dy in range(-reach, reach + 1))


def test_a_single_very_low_day_stays_visible_on_ten_years(chart):
    image = chart.grab().toImage()
    lines = chart.drawn
    assert lines is not None
    _left, top, _width, height, columns = lines.key
    assert len(lines.daily_lines) < DAYS and columns < DAYS  # really thinned to the columns
    # Ten years are drawn by week (issue 15): the bad day is its week's lowest, the band's edge.
    assert lines.weekly and any(value == 1.0 for stretch in lines.lows for _, value in stretch)
    accent = chart.palette().color(QPalette.ColorRole.Highlight)
    bottom = top + height  # "Very low"
    assert _colour_near(chart, image, accent, _x_of(chart, LOW_DAY), bottom - 1)
    # Elsewhere nothing reaches down there: the mark is the bad day's, not the axis's.
    assert not _colour_near(chart, image, accent, _x_of(chart, 600), bottom - 1)
    assert not _colour_near(chart, image, accent, _x_of(chart, 3300), bottom - 1)


def test_missing_days_stay_a_gap_on_ten_years(chart):
    image = chart.grab().toImage()
    _left, top, _width, height, _columns = chart.drawn.key
    accent = chart.palette().color(QPalette.ColorRole.Highlight)
    average = average_line_colour(chart)
    first, last = int(_x_of(chart, GAP.start)) + 3, int(_x_of(chart, GAP.stop - 1)) - 3
    assert last - first >= 6
    for x in range(first, last + 1):
        for y in range(int(top) - 2, int(top + height) + 2):
            colour = _pixel(image, x, y)
            assert not _near(colour, accent) and not _near(colour, average), (x, y, colour.name())
    # Beside the gap the line is drawn (so the check above could fail).
    beside = int(_x_of(chart, GAP.start - 40))
    assert any(_near(_pixel(image, beside, y), accent) for y in range(int(top), int(top + height)))


def test_lines_are_worked_out_once_per_size_and_data_and_recoloured_on_a_palette_change(chart, qtbot):
    chart.grab()
    lines = chart.drawn
    chart.repaint()
    assert chart.drawn is lines  # a plain repaint reuses them
    pal = chart.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#d00000"))
    chart.setPalette(pal)  # as a theme switch does
    image = chart.grab().toImage()
    assert chart.drawn is lines
    _left, top, _width, height, _columns = lines.key
    assert _colour_near(chart, image, QColor("#d00000"), _x_of(chart, LOW_DAY), top + height - 1)
    chart.resize(640, 300)
    chart.grab()
    assert chart.drawn is not lines and chart.drawn.key[2] < lines.key[2]
    resized = chart.drawn
    chart.set_data(ten_years())
    assert chart.drawn is None  # new numbers, new lines at the next paint
    chart.grab()
    assert chart.drawn is not resized and chart.drawn.key == resized.key


def test_a_short_range_still_draws_every_day_as_before(qtbot):
    widget = MoodLineChart()
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    data = ten_years()
    widget.set_data(MoodOverTime(data.daily[1990][0], data.daily[2019][0], data.daily[1990:2020],
                                 data.average[1990:2020]))
    widget.grab()
    stretches = widget.drawn.daily
    assert [len(s) for s in stretches] == [10]  # ten days, then the gap: nothing at zero
    assert len(widget.drawn.dots) == 10 and len(widget.drawn.daily_lines) == 9


# -- the page reads only what the tab on show needs -----------------------------------
@pytest.fixture
def busy(journal):
    """Five hundred days: contacts with people from the first day, check-ins from day 30."""
    rng = random.Random(11)
    now = journal.clock()
    with journal.batch():
        people = [journal.add_person(Person(name=f"Person {n}")).id for n in range(6)]
        for n in range(500, 0, -1):
            at = now - timedelta(days=n, hours=2)
            journal.add_contact(Contact(at=at, person_ids=tuple(rng.sample(people, 2)),
                                        mode=rng.choice(list(ContactMode))))
            if n % 3 == 0:
                journal.add_activity(Activity(at=at, category="Walk", title="Park",
                                              person_ids=(rng.choice(people),)))
            if n <= 470 and n % 4:
                journal.add_mood(MoodCheckIn(at=at, mood=rng.randint(1, 5)))
    return journal


@pytest.fixture
def page(qtbot, busy):
    return insights_page_on(qtbot, busy, shown=False)


def _whole(journal):
    return load_history(journal, None, end_of_local_day(journal.clock()))


def test_the_mood_tab_reads_only_check_ins_and_all_starts_at_the_first_entry(page, busy, qtbot):
    statements: list[str] = []
    busy.vault.conn.set_trace_callback(statements.append)
    try:
        page.show()
        qtbot.waitExposed(page)
        page.tabs.setCurrentIndex(MOOD)
        page.span_combo.setFocus()
        qtbot.waitUntil(page.span_combo.hasFocus)
        QTest.keyClick(page.span_combo, Qt.Key.Key_End)  # "All", the last choice
        # "All" is read a year a step between turns of the event loop (issue 20).
        qtbot.waitUntil(lambda: page._mood_reading is None, timeout=20000)
    finally:
        busy.vault.conn.set_trace_callback(None)
    assert Span(page.span_combo.currentData()) is Span.ALL
    assert not [s for s in statements if "contact_people" in s or "FROM people" in s]
    whole = _whole(busy)
    today = to_local(busy.clock()).date()
    expected = mood_over_time(whole, Span.ALL, today)
    first_contact = local_day(whole.contacts[0].at)
    assert page.mood_chart.daily[0][0] == first_contact < local_day(whole.moods[0].at)
    assert (page.mood_chart.daily, page.mood_chart.average) == (expected.daily, expected.average)
    for span in Span:
        data = page.mood_data(span)
        assert (data.daily, data.average) == (mood_over_time(whole, span, today).daily,
                                              mood_over_time(whole, span, today).average)


def test_year_and_counts_tabs_show_what_the_whole_history_shows(page, busy, qtbot):
    page.show()
    qtbot.waitExposed(page)
    whole = _whole(busy)
    today = to_local(busy.clock()).date()
    page.tabs.setCurrentIndex(YEAR)
    for year in (today.year, today.year - 1):
        page.year_spin.setValue(year)
        assert page.year_grid.cells == year_in_colour(whole, year)
    page.tabs.setCurrentIndex(COUNTS)
    for index in range(page.counts_span.count()):
        page.counts_span.setCurrentIndex(index)
        start, end = span_dates(Span(page.counts_span.currentData()), today, whole)
        weeks = contacts_per_week(whole, start, end)
        assert page.contacts_chart.values == [[t.counts.get(m, 0) for m in ContactMode] for t in weeks]
        assert page.people_chart.values == [[n] for _, n in people_per_month(whole, start, end)]
    assert page._year is not None and page._year[0] == today.year - 1  # only the year on show is kept


def test_a_new_check_in_shows_after_the_journal_changes(page, busy, qtbot):
    page.show()
    qtbot.waitExposed(page)
    page.span_combo.setCurrentIndex(page.span_combo.findData(Span.WEEK))
    assert page.mood_chart.daily[-1][1] is None
    now = busy.clock()
    today_starts = local_day_bounds(to_local(now).date())[0]
    busy.add_mood(MoodCheckIn(at=max(now - timedelta(minutes=1), today_starts), mood=5))
    qtbot.waitUntil(lambda: page.mood_chart.daily[-1][1] == 5.0)


class _CountingCursor:
    def __init__(self, cursor, counter: list[int]) -> None:
        self._cursor, self._counter = cursor, counter

    def fetchall(self):
        rows = self._cursor.fetchall()
        self._counter[0] += len(rows)
        return rows

    def fetchone(self):
        row = self._cursor.fetchone()
        self._counter[0] += row is not None
        return row

    def __iter__(self):
        for row in self._cursor:
            self._counter[0] += 1
            yield row

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class _CountingConnection:
    """The vault's connection, counting every row a query hands to Python."""

    def __init__(self, conn) -> None:
        self._conn, self.rows = conn, [0]

    def execute(self, *args):
        return _CountingCursor(self._conn.execute(*args), self.rows)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_all_patterns_and_the_network_read_grouped_rows_not_every_entry(qtbot, journal):
    """Sixty days of twenty entries: Mood "All", Contacts and activities, Patterns and the
    network map read fewer rows than half the entries (the whole history was read before)."""
    now = journal.clock()
    entries = 0
    with journal.batch():
        people = [journal.add_person(Person(name=f"Person {n}")).id for n in range(4)]
        for day in range(60, 0, -1):
            for hour in range(20):
                at = now - timedelta(days=day, hours=hour)
                if hour < 4:
                    journal.add_mood(MoodCheckIn(at=at, mood=1 + (day + hour) % 5))
                elif hour < 16:
                    journal.add_contact(Contact(at=at, person_ids=(people[hour % 4],),
                                                mode=list(ContactMode)[hour % 3]))
                else:
                    journal.add_activity(Activity(at=at, category=("Walk", "Art")[hour % 2],
                                                  title="t", person_ids=(people[day % 4],)))
                entries += 1
    page = insights_page_on(qtbot, journal, shown=False)
    counting = _CountingConnection(journal.vault._conn)
    journal.vault._conn = counting
    try:
        page.show()
        qtbot.waitExposed(page)
        page.span_combo.setCurrentIndex(page.span_combo.findData(Span.ALL))
        for tab in (COUNTS, PATTERNS, NETWORK):
            page.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: page._groups is not None, timeout=20000)  # Patterns' read, in steps
        qtbot.waitUntil(lambda: page._mood_reading is None, timeout=20000)  # and All's
        page.tabs.setCurrentIndex(PATTERNS)
    finally:
        journal.vault._conn = counting._conn
    assert page.mood_chart.daily[0][0] == local_day(now - timedelta(days=60, hours=19))
    assert page.findings_label.text() or page.patterns_note.text()
    assert len(page.network.nodes) == 4
    assert 0 < counting.rows[0] < entries / 2, (counting.rows[0], entries)


def test_patterns_read_the_grouped_days_once_until_the_journal_changes(page, busy, qtbot):
    # The network map reads its own last 90 days since issue 20 (not the whole history).
    statements: list[str] = []
    page.show()
    qtbot.waitExposed(page)
    busy.vault.conn.set_trace_callback(statements.append)
    try:
        page.tabs.setCurrentIndex(PATTERNS)
        qtbot.waitUntil(lambda: page._groups is not None, timeout=20000)
        grouped = [s for s in statements if "group_" in s]  # group_concat or json_group_array
        assert grouped  # Patterns read the days grouped in SQL...
        page.tabs.setCurrentIndex(NETWORK)
        statements.clear()
        page.tabs.setCurrentIndex(PATTERNS)
        assert not [s for s in statements if "group_" in s]  # ...once
        busy.add_mood(MoodCheckIn(at=busy.clock() - timedelta(minutes=5), mood=5))
        qtbot.waitUntil(lambda: any("group_" in s for s in statements), timeout=5000)
    finally:
        busy.vault.conn.set_trace_callback(None)

"""Painted Insights charts: they paint with no, one and many points, keep a low day and gaps visible, say what they
show, and the year grid answers clicks and arrow keys."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette

from peerjournal.core.insights import DayCell, MoodOverTime

from peerjournal.ui.widgets import charts
from peerjournal.ui.widgets.charts import MoodLineChart, MoodSwatch, StackedBarChart, YearGrid

START = date(2026, 3, 2)  # a Monday


@pytest.fixture(autouse=True)
def english():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def _series(values: list[float | None], average: list[float | None] | None = None) -> MoodOverTime:
    days = [START + timedelta(days=n) for n in range(len(values))]
    average = average if average is not None else [None] * len(values)
    return MoodOverTime(days[0], days[-1], list(zip(days, values, strict=True)), list(zip(days, average, strict=True)))


def _shown(qtbot, widget, width: int = 600, height: int = 280):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _near(colour: QColor, other: QColor, tolerance: int = 70) -> bool:
    return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)) <= tolerance


def _colour_near(image: QImage, colour: QColor, x: float, y: float, reach: int = 2) -> bool:
    ratio = image.devicePixelRatio()
    return any(_near(QColor(image.pixel(int((x + dx) * ratio), int((y + dy) * ratio))), colour)
               for dx in range(-reach, reach + 1) for dy in range(-reach, reach + 1))


# -- mood over time -------------------------------------------------------------------
def test_an_empty_chart_paints_its_words_and_no_lines(qtbot):
    chart = _shown(qtbot, MoodLineChart())
    assert chart.accessibleDescription() == "No mood check-ins yet."
    chart.grab()
    assert chart.point_count() == 0 and chart.drawn is None  # nothing to draw: no lines worked out
    chart.set_data(_series([None, None, None]))
    chart.grab()
    assert chart.accessibleDescription() == "No mood check-ins in these 3 days." and chart.drawn is None


def test_one_point_sits_in_the_middle(qtbot):
    chart = _shown(qtbot, MoodLineChart())
    chart.set_data(_series([4.0]))
    image = chart.grab().toImage()
    left, top, width, height, _columns = chart.drawn.key
    assert chart.drawn.dots == [QPointF(left + width / 2, top + height * 0.25)]
    assert chart.drawn.daily_lines == []  # one day: a dot, no line
    accent = chart.palette().color(QPalette.ColorRole.Highlight)
    assert _colour_near(image, accent, left + width / 2, top + height * 0.25)
    assert chart.accessibleDescription().startswith(
        "Mood from 2 March 2026 to 2 March 2026: check-ins on 1 of 1 days, on average Good.")


def test_many_points_keep_a_low_day_visible_and_leave_gaps(qtbot):
    values: list[float | None] = [5.0] * 30
    values[10] = 1.0  # one very low day
    values[20:23] = [None, None, None]  # three days without a check-in
    chart = _shown(qtbot, MoodLineChart())
    chart.set_data(_series(values, [4.5] * 30))
    image = chart.grab().toImage()
    left, top, width, height, _columns = chart.drawn.key
    bottom = top + height
    accent = chart.palette().color(QPalette.ColorRole.Highlight)

    def x_of(day: int) -> float:
        return left + day / 29 * width

    assert len(chart.drawn.dots) == 27  # one per logged day
    assert _colour_near(image, accent, x_of(10), bottom)  # the low day's dot, at "Very low"
    assert not _colour_near(image, accent, x_of(5), bottom)
    assert len(chart.drawn.daily) == 2  # the gap breaks the line in two
    assert not _colour_near(image, accent, x_of(21), top, reach=1)  # nothing drawn across the gap
    text = chart.accessibleDescription()
    assert "check-ins on 27 of 30 days" in text and "It ranged from Very low to Very good." in text
    assert "The most recent 7-day average is" in text and text.endswith("Days without a check-in are left as gaps.")


def test_a_long_chart_is_worked_out_between_turns_and_a_paint_only_copies_its_picture(qtbot, monkeypatch):
    """Issue 20: thirty years of weeks worked out and drawn inside one paint froze the window
    ~170 ms; now each piece has its turn of the event loop and a paint copies the picture."""
    chart = _shown(qtbot, MoodLineChart())
    qtbot.waitUntil(chart.ready)
    chart.repaint()  # its first paint (nothing to show yet) done
    calls: list[str] = []
    weeks, lines, paint = charts.week_stretches, MoodLineChart.lines_for, MoodLineChart._paint_chart
    monkeypatch.setattr(charts, "week_stretches", lambda daily: calls.append("weeks") or weeks(daily))

    def lines_for(self: MoodLineChart, plot):  # type: ignore[no-untyped-def]
        if self.drawn is None or self.drawn.key != self._lines_key(plot):  # worked out, not kept
            calls.append("lines")
        return lines(self, plot)

    monkeypatch.setattr(MoodLineChart, "lines_for", lines_for)
    monkeypatch.setattr(MoodLineChart, "_paint_chart", lambda self, painter: calls.append("picture") or paint(self, painter))
    chart.set_data(_series([float(1 + n % 5) for n in range(charts.WEEKLY_FROM * 3)]))
    assert calls == []  # nothing worked out while the numbers are handed over
    chart.resize(620, 300)  # as the page's layout does when the summary above gets longer
    chart.repaint()
    assert calls == []  # meanwhile a paint shows the picture from before, stretched
    qtbot.waitUntil(lambda: "picture" in calls and chart.ready(), timeout=10000)
    assert calls == ["weeks", "lines", "picture"]  # each once, in its own step
    assert chart.drawn is not None and chart.drawn.weekly
    calls.clear()
    chart.repaint()
    chart.repaint()
    assert calls == []  # the paints only copied the picture
    pal = chart.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#d00000"))
    chart.setPalette(pal)  # a theme switch: painted again in its colours, from the same lines
    chart.repaint()
    assert calls == ["picture"]
    calls.clear()
    chart.resize(500, 280)  # a new size: new lines
    chart.repaint()
    assert sorted(calls) == ["lines", "picture"]  # in the paint: no step could come before it


def test_a_hidden_chart_works_out_nothing_until_painted(qtbot, monkeypatch):
    chart = MoodLineChart()
    qtbot.addWidget(chart)
    chart.resize(600, 280)
    monkeypatch.setattr(charts, "week_stretches", lambda daily: pytest.fail("worked out while hidden"))
    chart.set_data(_series([3.0] * charts.WEEKLY_FROM))
    qtbot.waitUntil(chart.ready, timeout=10000)


def test_new_numbers_draw_new_lines(qtbot):
    chart = _shown(qtbot, MoodLineChart())
    chart.set_data(_series([3.0, 4.0]))
    chart.grab()
    assert len(chart.drawn.daily_lines) == 1
    chart.set_data(_series([3.0, 4.0, 2.0]))
    assert chart.drawn is None
    chart.grab()
    assert len(chart.drawn.daily_lines) == 2 and chart.point_count() == 3


# -- stacked bars ---------------------------------------------------------------------
def test_bar_chart_without_numbers_says_so(qtbot):
    chart = _shown(qtbot, StackedBarChart("Contacts chart"))
    chart.set_data([], [], [])
    chart.grab()
    assert chart.accessibleDescription() == "Nothing yet."
    chart.set_data(["W1", "W2"], ["Calls"], [[0], [0]])
    chart.grab()
    assert chart.accessibleDescription() == "Nothing noted in these 2 periods."


def test_one_bar_is_painted_in_its_series_colour(qtbot):
    chart = _shown(qtbot, StackedBarChart("Contacts chart"))
    chart.set_data(["W1"], ["Calls"], [[4]], unit="contacts")
    image = chart.grab().toImage()
    assert chart.accessibleDescription() == (
        "1 bars from W1 to W1, 4 contacts in all, most in one bar 4. The same numbers are in the table below.")
    centre = (chart.width() / 2, chart.height() / 2)
    assert _colour_near(image, charts.series_colour(0), *centre, reach=3)


def test_many_bars_name_each_colour(qtbot):
    chart = _shown(qtbot, StackedBarChart("Contacts chart"))
    labels = [f"W{n}" for n in range(1, 41)]
    chart.set_data(labels, ["Calls", "Visits"], [[n % 3, 1] for n in range(40)])
    image = chart.grab().toImage()
    text = chart.accessibleDescription()
    assert text.startswith("40 bars from W1 to W40, 79 entries in all, most in one bar 3.")
    assert "By colour: Calls 39, Visits 40." in text
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    for index in (0, 1):
        assert any(_near(QColor(c), charts.series_colour(index), 10) for c in colours)


# -- year in colour -------------------------------------------------------------------
def _year(qtbot) -> YearGrid:
    grid = YearGrid()
    qtbot.addWidget(grid)
    cells = [DayCell(date(2026, 1, 1) + timedelta(days=n), None, 0, 0, 0) for n in range(365)]
    cells[0] = DayCell(date(2026, 1, 1), 1.0, 1, 2, 1)
    cells[1] = DayCell(date(2026, 1, 2), 5.0, 1, 0, 0)
    grid.set_cells(2026, cells)
    grid.resize(grid.sizeHint())
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def test_year_grid_says_what_it_shows_and_paints_each_mood(qtbot):
    grid = _year(qtbot)
    assert grid.accessibleDescription().startswith("2026: check-ins on 2 of 365 days, on average Okay.")
    image = grid.grab().toImage()
    colours = charts.colours_for(grid)
    low = grid.cell_rect(date(2026, 1, 1)).center()
    high = grid.cell_rect(date(2026, 1, 2)).center()
    assert _colour_near(image, QColor(colours["mood_low"]), low.x(), low.y(), reach=0)
    assert _colour_near(image, QColor(colours["mood_high"]), high.x(), high.y(), reach=0)
    grid.set_cells(2025, [])
    assert grid.accessibleDescription() == "2025: no check-ins this year."


def test_year_grid_weeks_are_columns_with_monday_on_top(qtbot):
    grid = _year(qtbot)
    thursday, monday = grid.cell_rect(date(2026, 1, 1)), grid.cell_rect(date(2026, 1, 5))
    pitch = YearGrid.CELL + YearGrid.GAP
    assert thursday.top() - grid.cell_rect(date(2025, 12, 29)).top() == 3 * pitch
    assert (monday.left() - thursday.left(), monday.top() - thursday.top()) == (pitch, -3 * pitch)


def test_year_grid_choose_by_click_and_arrows(qtbot):
    grid = _year(qtbot)
    chosen: list[date] = []
    grid.dayChosen.connect(chosen.append)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(date(2026, 1, 2)).center().toPoint())
    assert chosen == [date(2026, 1, 2)] and grid.chosen == date(2026, 1, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert chosen[1:] == [date(2026, 1, 3), date(2026, 1, 10)]
    grid.choose(date(2026, 1, 1))
    qtbot.keyClick(grid, Qt.Key.Key_Up)  # not into last year
    assert grid.chosen == date(2026, 1, 1)


def test_year_grid_tooltip_names_the_day_in_words():
    cell = DayCell(date(2026, 1, 1), 1.0, 1, 2, 1)
    assert YearGrid.tooltip_for(cell) == "Thursday 01 January 2026: mood Very low, 2 contacts, 1 activity"
    empty = DayCell(date(2026, 1, 2), None, 0, 0, 0)
    assert YearGrid.tooltip_for(empty) == "Friday 02 January 2026: no check-in"


# -- colours and words ----------------------------------------------------------------
def test_mood_colour_runs_from_low_through_middle_to_high(qtbot):
    swatch = MoodSwatch(None)
    qtbot.addWidget(swatch)
    colours = charts.colours_for(swatch)
    assert charts.mood_colour(1, colours).name() == QColor(colours["mood_low"]).name()
    assert charts.mood_colour(3, colours).name() == QColor(colours["mood_mid"]).name()
    assert charts.mood_colour(5, colours).name() == QColor(colours["mood_high"]).name()
    assert charts.mood_colour(9, colours).name() == QColor(colours["mood_high"]).name()  # clamped
    assert swatch.colour().name() == QColor(colours["alt"]).name()
    good = MoodSwatch(4.6)
    qtbot.addWidget(good)
    assert swatch.accessibleName() == "No check-in" and good.accessibleName() == "Very good"
    assert good.colour().name() == charts.mood_colour(4.6, colours).name() != swatch.colour().name()


def test_mood_word_rounds_and_clamps():
    assert [charts.mood_word(v) for v in (0.2, 1.4, 2.6, 3.0, 7.0)] == ["Very low", "Very low", "Okay", "Okay",
                                                                          "Very good"]
    assert charts.series_colour(0) == charts.series_colour(len(charts.SERIES_COLOURS))


def test_year_grid_shrinks_its_squares_on_a_narrow_window_and_keeps_every_day_inside(qtbot):
    """Issue 15: the grid no longer holds the window at 1217 px; on a narrow page the squares
    get smaller (never below SMALLEST_CELL) and the whole year still shows."""
    grid = _year(qtbot)
    full = grid.sizeHint()
    assert grid.minimumSizeHint().width() < full.width() * 0.7
    grid.resize(grid.minimumSizeHint().width(), full.height())
    last = grid.cell_rect(date(2026, 12, 31))
    assert grid.rect().contains(last.toAlignedRect())
    assert YearGrid.SMALLEST_CELL <= last.width() < YearGrid.CELL
    grid.resize(full)
    assert grid.cell_rect(date(2026, 12, 31)).width() == YearGrid.CELL

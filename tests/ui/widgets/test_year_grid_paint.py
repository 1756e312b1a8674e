"""The Year grid measures its day names once, not for every square (issue 20: the Year tab's
first show froze the window up to 200 ms, most of it ~4,500 font measurements a paint); every
square stays where it was and in its mood's colour, and a new font is measured again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont

from peerjournal.ui.widgets import charts
from peerjournal.ui.widgets.charts import DayCell, YearGrid, _weekday, colours_for


def _year(year: int) -> list[DayCell]:
    first = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - first).days
    return [DayCell(first + timedelta(days=n), None if n % 7 == 3 else 1 + n % 5, 1, 0, 0)
            for n in range(days)]


def _grid(qtbot, year: int = 2026) -> YearGrid:  # type: ignore[no-untyped-def]
    grid = YearGrid()
    qtbot.addWidget(grid)
    grid.set_cells(year, _year(year))
    grid.resize(grid.sizeHint())
    return grid


def _measuring(grid: YearGrid) -> list[int]:
    """Counts the grid's font measurements (each ``fontMetrics()`` asked from Python)."""
    asked = [0]
    metrics = grid.fontMetrics

    def counted():  # type: ignore[no-untyped-def]
        asked[0] += 1
        return metrics()

    grid.fontMetrics = counted  # type: ignore[method-assign]
    return asked


def test_a_paint_measures_the_day_names_once_not_for_every_square(qtbot):
    grid = _grid(qtbot)
    asked = _measuring(grid)
    grid.grab()
    first = asked[0]
    grid.grab()
    assert first <= 3, first  # was about 6,100: three day names for each square, twice over
    assert asked[0] - first <= 1  # the next paint measures the row height alone
    before = grid.cell_rect(date(2026, 1, 5))
    grid.setFont(QFont(grid.font().family(), grid.font().pointSize() + 6))
    grid.grab()
    assert asked[0] - first > 1  # a new font is measured again: the squares move right
    assert grid.cell_rect(date(2026, 1, 5)).left() > before.left()


def test_each_square_is_where_it_was_and_in_its_moods_colour(qtbot):
    for year in (2024, 2026):  # a leap year starting on a Monday, and one starting on a Thursday
        grid = _grid(qtbot, year)
        metrics = grid.fontMetrics()
        widest = max(metrics.horizontalAdvance(_weekday(d)) for d in (1, 3, 5))
        origin = QPointF(widest + 14, metrics.height() + 10)
        side = max(float(grid.SMALLEST_CELL),
                   min(float(grid.CELL), (grid.width() - origin.x() - 10) / 54 - grid.GAP))
        pitch = side + grid.GAP
        first = date(year, 1, 1)
        image = grid.grab().toImage()
        ratio = image.devicePixelRatio()
        colours = colours_for(grid)
        for cell in grid.cells:  # as the grid placed them before
            column = ((cell.day - first).days + first.weekday()) // 7
            expected = QRectF(origin.x() + column * pitch, origin.y() + cell.day.weekday() * pitch,
                              side, side)
            assert grid.cell_rect(cell.day) == expected, cell.day
            if cell.mood is not None:
                centre = expected.center()
                pixel = image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))
                assert pixel.name() == charts.mood_colour(cell.mood, colours).name(), cell.day
        # A click finds the square under it.
        chosen = grid.cells[200]
        assert grid.cell_at(grid.cell_rect(chosen.day).center()) == chosen

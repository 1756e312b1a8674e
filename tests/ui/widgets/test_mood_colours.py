"""The one mood colour scale (charts.py, colours in style.py): lighter with each step in every theme,
still told apart with red-green colour blindness (simulated), "no check-in" unlike any mood, the
7-day average never in the "low" colour, and the Timeline and share preview on the same scale."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette

from peerjournal.core.settings import Theme

from peerjournal.ui.app import style
from peerjournal.ui.app.style import THEME_COLOURS, palette_for
from peerjournal.ui.widgets import charts
from peerjournal.ui.widgets.charts import MoodSwatch, YearGrid

# Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))
PROTANOPIA = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998))
IDENTITY = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
MIN_LIGHTNESS_STEP = 7.0  # CIE L* between neighbouring moods
MIN_SIMULATED_DISTANCE = 12.0  # CIE76 ΔE between neighbouring moods as a colour-blind eye sees them


@pytest.fixture
def themed(qapp):
    """The app's look managed as in the real app; put back afterwards for the other tests."""
    manager = style.install(qapp)
    yield manager
    manager.uninstall()


def _linear(colour: QColor) -> tuple[float, float, float]:
    def one(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return one(colour.redF()), one(colour.greenF()), one(colour.blueF())


def _lab(colour: QColor, matrix=IDENTITY) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    rgb = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, _linear(colour), strict=True)))) for row in matrix]
    xyz = ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505))
    white = (0.95047, 1.0, 1.08883)
    x, y, z = (sum(m * c for m, c in zip(row, rgb, strict=True)) / w for row, w in zip(xyz, white, strict=True))

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _distance(a: QColor, b: QColor, matrix=IDENTITY) -> float:  # type: ignore[no-untyped-def]
    return sum((p - q) ** 2 for p, q in zip(_lab(a, matrix), _lab(b, matrix), strict=True)) ** 0.5


def test_the_simulation_is_a_real_one():
    # Red and green look alike to a deuteranope: the check below could fail.
    red, green = QColor("#d62728"), QColor("#2ca02c")
    assert _distance(red, green) > 60
    assert _distance(red, green, DEUTERANOPIA) < _distance(red, green) / 2


@pytest.mark.parametrize("theme", list(THEME_COLOURS))
def test_each_mood_is_lighter_than_the_one_below_in_every_theme(theme):
    colours = THEME_COLOURS[theme]
    lightness = [_lab(charts.mood_colour(mood, colours))[0] for mood in range(1, 6)]
    steps = [b - a for a, b in pairwise(lightness)]
    assert min(steps) >= MIN_LIGHTNESS_STEP, (theme, [round(v) for v in lightness])


@pytest.mark.parametrize("theme", list(THEME_COLOURS))
@pytest.mark.parametrize("matrix", [DEUTERANOPIA, PROTANOPIA], ids=["deuteranopia", "protanopia"])
def test_neighbouring_moods_stay_apart_for_colour_blind_eyes(theme, matrix):
    colours = THEME_COLOURS[theme]
    scale = [charts.mood_colour(mood, colours) for mood in range(1, 6)]
    distances = [_distance(a, b, matrix) for a, b in pairwise(scale)]
    assert min(distances) >= MIN_SIMULATED_DISTANCE, (theme, [round(d) for d in distances])
    # The darkest mood still stands off the chart's background.
    assert _distance(scale[0], QColor(colours["base"]), matrix) >= MIN_SIMULATED_DISTANCE


@pytest.mark.parametrize("theme", list(THEME_COLOURS))
def test_no_check_in_is_hatched_and_unlike_okay(theme):
    colours = THEME_COLOURS[theme]
    none = charts.mood_colour(None, colours)
    for mood in range(1, 6):
        assert _distance(none, charts.mood_colour(mood, colours), DEUTERANOPIA) >= 20, (theme, mood)

    def painted(value: float | None) -> set[int]:
        image = QImage(40, 40, QImage.Format.Format_RGB32)
        image.fill(QColor(colours["base"]))
        painter = QPainter(image)
        charts.paint_mood_cell(painter, QRectF(0, 0, 40, 40), value, colours)
        painter.end()
        return {image.pixel(x, y) for x in range(6, 34) for y in range(6, 34)}

    okay, empty = painted(3), painted(None)
    assert len(okay) == 1  # a mood is one flat colour...
    assert len(empty) >= 2 and not empty & okay  # ...no check-in is a pattern, sharing none of it


def test_the_seven_day_average_is_not_drawn_in_the_low_colour(qtbot):
    for theme, colours in THEME_COLOURS.items():
        chart = charts.MoodLineChart()
        qtbot.addWidget(chart)
        chart.setPalette(palette_for(colours))
        average = charts.average_line_colour(chart)
        for low in (QColor(colours["low"]), charts.mood_colour(1, colours)):
            assert _distance(average, low) >= 30, theme


def test_swatches_and_the_year_grid_use_the_scale(qtbot):
    swatch = MoodSwatch(None)
    qtbot.addWidget(swatch)
    swatch.resize(20, 20)
    image = swatch.grab().toImage()
    assert len({image.pixel(x, y) for x in range(3, 17) for y in range(3, 17)}) >= 2  # hatched
    grid = YearGrid()
    qtbot.addWidget(grid)
    grid.set_cells(2026, [charts.DayCell(date(2026, 1, 1), None, 0, 0, 0)])
    grid.resize(grid.sizeHint())
    image = grid.grab().toImage()
    rect = grid.cell_rect(date(2026, 1, 1)).adjusted(2, 2, -2, -2)
    ratio = image.devicePixelRatio()
    pixels = {image.pixel(int(x * ratio), int(y * ratio))
              for x in range(int(rect.left()), int(rect.right())) for y in range(int(rect.top()), int(rect.bottom()))}
    assert len(pixels) >= 2


def test_timeline_and_share_preview_follow_the_app_theme(qapp, themed):
    from peerjournal.ui.sharing.share_view import _bar

    for theme in (Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST):
        style.use_theme(theme)
        colours = THEME_COLOURS[theme]
        assert style.colours_for_palette(QGuiApplication.palette())["mood_low"] == colours["mood_low"]
        for mood in range(1, 6):
            expected = charts.mood_colour(mood, colours)
            assert charts.app_mood_colour(mood).name() == expected.name()
            assert f'bgcolor="{expected.name()}"' in _bar(mood)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).name() == THEME_COLOURS[Theme.HIGH_CONTRAST]["base"]

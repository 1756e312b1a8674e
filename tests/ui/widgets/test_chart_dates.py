"""Date labels under the mood chart: days for a week or a month, weeks for a quarter, months for a
year or more, and never two that overlap, even at 400 px."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QLocale

from peerjournal.core.insights import MoodOverTime

from peerjournal.ui.widgets.chart_dates import unit_for
from peerjournal.ui.widgets.charts import MoodLineChart

END = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def english():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def _chart(qtbot, days: int, width: int) -> MoodLineChart:
    start = END - timedelta(days=days - 1)
    daily = [(start + timedelta(days=n), 1 + (n * 7 % 5)) for n in range(days)]
    chart = MoodLineChart()
    qtbot.addWidget(chart)
    chart.resize(width, 260)
    chart.set_data(MoodOverTime(start, END, daily, [(d, None) for d, _ in daily]))  # type: ignore[misc]
    chart.grab()
    return chart


@pytest.mark.parametrize(("days", "unit"), [(7, "day"), (30, "day"), (91, "week"), (365, "month"),
                                            (3650, "month")])
def test_the_span_picks_its_unit(days, unit):
    assert unit_for(days) == unit


@pytest.mark.parametrize("width", [400, 560, 900])
@pytest.mark.parametrize("days", [1, 7, 30, 91, 365, 730, 3650])
def test_labels_never_overlap_and_stay_inside(qtbot, days, width):
    chart = _chart(qtbot, days, width)
    labels = chart.date_labels
    assert labels, (days, width)
    for a, b in pairwise(labels):
        assert a.rect.right() < b.rect.left(), (days, width, a.text, b.text)
        assert a.day < b.day
    assert all(label.rect.left() >= 0 and label.rect.right() <= width for label in labels)


def test_a_week_is_labelled_by_days(qtbot):
    labels = _chart(qtbot, 7, 560).date_labels
    assert len(labels) >= 3 and labels[0].day == END - timedelta(days=6)
    assert labels[0].text == "30 Nov"


def test_a_quarter_is_labelled_by_mondays(qtbot):
    labels = _chart(qtbot, 91, 400).date_labels
    assert len(labels) >= 3 and all(label.day.weekday() == 0 for label in labels)


def test_a_year_is_labelled_by_months_and_ten_years_by_years(qtbot):
    year = _chart(qtbot, 365, 400).date_labels
    assert [label.text for label in year] == ["Jan 2026", "Apr", "Jul", "Oct"]  # quarters at 400 px
    assert all(label.day.day == 1 for label in year)
    wide = _chart(qtbot, 365, 900).date_labels
    assert len(wide) == 12 and [label.text for label in wide][:3] == ["Jan 2026", "Feb", "Mar"]
    decade = _chart(qtbot, 3650, 400).date_labels
    assert len(decade) >= 3 and all(label.day.day == 1 and label.day.month == 1 for label in decade)
    assert all(label.text.isdigit() for label in decade)


def test_a_year_is_drawn_by_week_with_the_spread_and_a_quarter_by_day(qtbot):
    year = _chart(qtbot, 365, 800)  # zig-zags every day between 1 and 5
    lines = year.drawn
    assert lines is not None and lines.weekly
    assert 52 <= len(lines.dots) <= 53 and len(lines.daily_lines) == len(lines.dots) - 1  # not 364
    means = [mood for stretch in lines.daily for _, mood in stretch]
    lows = [mood for stretch in lines.lows for _, mood in stretch]
    full = means[1:-1]  # the first and last weeks are cut by the span
    assert max(full) - min(full) < 1.5 and min(lows) == 1  # calm means, the spread kept in the band
    assert len(lines.band) == 1 and lines.band[0].size() == 2 * len(lines.dots)
    assert "each week's average" in year.accessibleDescription()
    quarter = _chart(qtbot, 91, 800)
    assert quarter.drawn is not None and not quarter.drawn.weekly and len(quarter.drawn.dots) == 91


@pytest.mark.parametrize(("days", "width"), [(30, 560), (365, 560), (365, 400), (365, 300)])
def test_the_legend_fits_above_the_lines(qtbot, days, width):
    chart = _chart(qtbot, days, width)
    assert chart.drawn is not None
    rects = [rect for rect, _text, _colour in chart.legend]
    metrics = chart.fontMetrics()
    for rect, text, _colour in chart.legend:
        assert rect.left() - 22 >= 0 and rect.right() <= width, (days, width, text)
        assert metrics.horizontalAdvance(text) <= rect.width()  # the whole text, not cut
        assert rect.bottom() < chart.drawn.key[1]  # above the plot's top
    assert not any(a.intersects(b) for a, b in pairwise(rects))


def _marks_day_by_day(first: date, last: date, unit: str, step: int) -> list[date]:
    """The marks as first written: every day of the span looked at (seconds for 30 years)."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if unit == "day":
        return days[::step]
    if unit == "week":
        return [d for d in days if d.weekday() == 0][::step]
    firsts = [d for d in days if d.day == 1]
    if step < 12:
        return [d for d in firsts if (d.month - 1) % step == 0]
    return [d for d in firsts if d.month == 1 and d.year % (step // 12) == 0]


@pytest.mark.parametrize("unit", ["day", "week", "month"])
def test_marks_counted_by_the_unit_are_the_days_a_day_by_day_walk_finds(unit):
    """Issue 20: the PDF summary's chart of 30 years walked 11,000 days once a step (0.3 s)."""
    from peerjournal.ui.widgets import chart_dates

    for first in (date(2024, 1, 1), date(2024, 2, 29), date(2025, 3, 2), date(2026, 12, 31)):
        for days in (0, 1, 6, 7, 30, 31, 95, 400, 3700):
            last = first + timedelta(days=days)
            for step in (1, 2, 3, 4, 7, 12, 24, 60, 120):
                assert chart_dates._marks(first, last, unit, step) == _marks_day_by_day(first, last, unit, step)


def test_steps_too_many_to_fit_are_not_measured():
    """Issue 20: 30 years have 361 month marks; at 560 px only every 5th year's fit, and the
    steps before it can't fit whatever the texts' widths, so their texts are never measured."""
    from PySide6.QtGui import QFontMetricsF, QGuiApplication

    from peerjournal.ui.widgets.chart_dates import date_labels

    measured: list[str] = []

    class Counting(QFontMetricsF):
        def horizontalAdvance(self, text):  # type: ignore[no-untyped-def, override]  # noqa: N802
            measured.append(text)
            return super().horizontalAdvance(text)

    first, last = date(1996, 12, 7), date(2026, 12, 6)
    labels = date_labels(first, last, lambda d: 20 + (d - first).days / (last - first).days * 540, 0, 560,
                         Counting(QGuiApplication.font()), 0)
    assert [label.text for label in labels] == ["2000", "2005", "2010", "2015", "2020", "2025"]
    # Every 1, 2, 3 and 6 months (361 + 181 + 121 + 61 marks) can't fit: never measured; the
    # steps of years stop measuring at their first collision.
    assert measured and all(text.isdigit() for text in measured) and len(measured) <= 30 + 15 + 6

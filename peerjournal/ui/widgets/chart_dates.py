"""Date labels under a chart's time axis, sized to the span: days for a week or a month, weeks for
a quarter, months for a year or more; thinned until no two labels touch."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from peerjournal.ui.widgets.dates import day_text

DAYS_UP_TO = 45  # a span this long or shorter is labelled by days...
WEEKS_UP_TO = 150  # ...up to this long by weeks (Mondays), longer by months (the 1st)
GAP = 10.0  # least room between two labels, in pixels
DAY_STEPS = (1, 2, 3, 7, 14)
WEEK_STEPS = (1, 2, 4, 8)
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


@dataclass(frozen=True)
class DateLabel:
    day: date
    text: str
    rect: QRectF


def unit_for(days: int) -> str:
    """"day", "week" or "month": what a span of this many days is labelled by."""
    return "day" if days <= DAYS_UP_TO else "week" if days <= WEEKS_UP_TO else "month"


def _marks(first: date, last: date, unit: str, step: int) -> list[date]:
    """The days a label may stand on, every ``step``-th of the unit, on round numbers."""
    if unit == "day":
        return [first + timedelta(days=n) for n in range(0, (last - first).days + 1, step)]
    if unit == "week":
        monday = first + timedelta(days=-first.weekday() % 7)
        return [monday + timedelta(weeks=n) for n in range(0, (last - monday).days // 7 + 1, step)]
    # Months: on months that divide evenly (every 3rd: Jan, Apr, Jul, Oct), years likewise.
    # Made month by month, not day by day: thirty years are 360 firsts, not 11,000 days.
    month = first.year * 12 + first.month - 1 + (first.day != 1)
    firsts = [date(m // 12, m % 12 + 1, 1) for m in range(month, last.year * 12 + last.month)]
    if step < 12:
        return [d for d in firsts if (d.month - 1) % step == 0]
    return [d for d in firsts if d.month == 1 and d.year % (step // 12) == 0]


def _text(day: date, unit: str, step: int, first_label: bool) -> str:
    if unit != "month":
        return day_text(day, "d MMM")
    if step >= 12:
        return day_text(day, "yyyy")
    return day_text(day, "MMM yyyy" if first_label or day.month == 1 else "MMM")


def date_labels(first: date, last: date, x_of: Callable[[date], float], left: float, right: float,
                metrics: QFontMetricsF, top: float) -> list[DateLabel]:
    """Labels for the days from ``first`` to ``last``, each centred under its day (``x_of``) and
    kept between ``left`` and ``right``: the finest step of the span's unit whose labels fit."""
    unit = unit_for((last - first).days + 1)
    steps = {"day": DAY_STEPS, "week": WEEK_STEPS, "month": MONTH_STEPS}[unit]
    height = metrics.height()
    labels: list[DateLabel] = []
    for step in steps:
        marks = _marks(first, last, unit, step)
        if len(marks) > 2 and (len(marks) - 1) * GAP > right - left and step != steps[-1]:
            continue  # they can't fit, whatever their widths: not measured (30 years: 361 months)
        labels = []
        fits = True
        for n, day in enumerate(marks):
            text = _text(day, unit, step, n == 0)
            width = metrics.horizontalAdvance(text) + 4
            x = min(max(x_of(day) - width / 2, left), right - width)
            labels.append(DateLabel(day, text, QRectF(x, top, width, height)))
            if len(labels) > 1 and labels[-1].rect.left() - labels[-2].rect.right() < GAP:
                fits = False  # touching already: no need to measure the rest of this step
                break
        if fits and (len(labels) >= 2 or step == steps[0]):
            return labels
    return labels[:1]  # nothing fits evenly (a very narrow chart): the first alone

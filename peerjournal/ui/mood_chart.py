"""A small chart of daily mood over a shared period, with the same story told in words.

Each day with check-ins gets a point at that day's average mood (1-5, labelled with the
mood words); a line joins neighbouring days and breaks where nothing was logged, so a
gap looks like a gap rather than a trend. Colours come from the palette, so it reads in
light and dark themes; the accessible description says it all in words for screen readers.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerjournal.core.clock import to_local
from peerjournal.core.vocabulary import MOOD_LABELS

from peerjournal.ui.supporter_compare import mood_words

NOT_SHARED = "Mood check-ins were not shared in this file."


def daily_moods(start: date, end: date, moods: list[dict[str, Any]]) -> dict[date, float]:
    """Local day → average mood that day. A check-in whose day falls just outside the
    period in this computer's time zone is kept on the nearest end, not lost."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for mood in moods:
        day = to_local(datetime.fromisoformat(mood["at"])).date()
        by_day[min(max(day, start), end)].append(int(mood["mood"]))
    return {day: sum(values) / len(values) for day, values in sorted(by_day.items())}


def describe(start: date, end: date, moods: list[dict[str, Any]] | None) -> str:
    """The chart in words: "12 check-ins on 9 of 14 days, average 3.4 (Okay)…"."""
    if moods is None:
        return NOT_SHARED
    if not moods:
        return "No mood check-ins in this period."
    days = (end - start).days + 1
    logged = len(daily_moods(start, end, moods))
    values = [int(m["mood"]) for m in moods]
    average = sum(values) / len(values)
    count = f"{len(values)} check-in{'' if len(values) == 1 else 's'}"
    text = f"{count} on {logged} of {days} day{'' if days == 1 else 's'}, average {mood_words(average)}."
    if min(values) != max(values):
        text += f" Lowest {MOOD_LABELS[min(values)]}, highest {MOOD_LABELS[max(values)]}."
    return text


class MoodChart(QWidget):
    """Daily mood points for one period. Call :meth:`set_moods`; no signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodChart")
        self.setAccessibleName("Mood chart")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._start = self._end = date.today()
        self._moods: list[dict[str, Any]] | None = None
        self._daily: dict[date, float] = {}
        self.set_moods(self._start, self._end, None)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 160)

    def set_moods(self, start: date, end: date, moods: list[dict[str, Any]] | None) -> None:
        """``moods`` as in the document's content, or None when moods were not shared."""
        self._start, self._end, self._moods = start, end, moods
        self._daily = daily_moods(start, end, moods) if moods else {}
        text = describe(start, end, moods)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def description(self) -> str:
        return self.accessibleDescription()

    # -- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        faint = QColor(text)
        faint.setAlpha(45)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(faint, 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 8, 8)

        if not self._daily:
            painter.setPen(muted)
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, self.accessibleDescription())
            return

        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(w) for w in MOOD_LABELS.values())
        line_height = metrics.height()
        plot = frame.adjusted(label_width + 20, line_height / 2 + 10, -18, -(line_height + 14))

        def y_of(mood: float) -> float:
            return plot.bottom() - (mood - 1) / 4 * plot.height()

        # Grid lines with the mood words beside them.
        for level, word in MOOD_LABELS.items():
            y = y_of(level)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(frame.left() + 8, y - line_height / 2, label_width + 4, line_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, word,
            )

        days = (self._end - self._start).days + 1

        def x_of(day: date) -> float:
            if days == 1:
                return plot.center().x()
            return plot.left() + (day - self._start).days / (days - 1) * plot.width()

        self._draw_dates(painter, plot, x_of, muted)

        accent = pal.color(QPalette.ColorRole.Highlight)
        path = QPainterPath()
        previous: date | None = None
        for day, mood in self._daily.items():
            point = QPointF(x_of(day), y_of(mood))
            # A day with nothing logged breaks the line: no invented trend across it.
            if previous is not None and day - previous == timedelta(days=1):
                path.lineTo(point)
            else:
                path.moveTo(point)
            previous = day
        painter.setPen(QPen(accent, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.5))
        painter.setBrush(accent)
        radius = 4.5 if days <= 60 else 3.0
        for day, mood in self._daily.items():
            painter.drawEllipse(QPointF(x_of(day), y_of(mood)), radius, radius)

    def _draw_dates(self, painter: QPainter, plot: QRectF, x_of, colour: QColor) -> None:  # type: ignore[no-untyped-def]
        """First and last day under the plot, and a middle one when there is room."""
        marks = [self._start, self._end] if self._end != self._start else [self._start]
        days = (self._end - self._start).days
        if days >= 6 and plot.width() > 300:
            marks.insert(1, self._start + timedelta(days=days // 2))
        metrics = self.fontMetrics()
        painter.setPen(colour)
        for day in marks:
            label = f"{day.day} {day:%b}"
            width = metrics.horizontalAdvance(label) + 4
            x = min(max(x_of(day) - width / 2, plot.left() - 10), plot.right() + 10 - width)
            painter.drawText(QRectF(x, plot.bottom() + 6, width, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, label)

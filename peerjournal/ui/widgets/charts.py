"""Painted charts for the Insights page: mood over time, stacked weekly bars, a year of days.

Each chart keeps the numbers it draws as plain attributes (so tests and the table views
beside it can read them) and says what it shows in its accessible description. Days with
nothing logged are gaps (None), never drawn as zero. Colours follow the palette.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLineF,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QPaintEngine,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from peerjournal.core.insights import DayCell, MoodOverTime, SeriesPoint, weekly_spread
from peerjournal.core.insights.columns import Stretch, merge_columns, thin_series
from peerjournal.core.vocabulary import MOOD_LABELS
from peerjournal.i18n import QT_TRANSLATE_NOOP

from peerjournal.ui.app.style import colours_for_palette
from peerjournal.ui.widgets.accessible import give_role
from peerjournal.ui.widgets.chart_dates import DateLabel, date_labels
from peerjournal.ui.widgets.dates import day_text

# Okabe-Ito: told apart by people with the common kinds of colour blindness.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                  "#F0E442", "#999999")


def series_colour(index: int) -> QColor:
    return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])


# A theme switch changes palettes; charts read colours while painting, so they only repaint.
THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)


def colours_for(widget: QWidget) -> dict[str, str]:
    """The style's colour set matching the widget's palette (light, dark or high contrast)."""
    return colours_for_palette(widget.palette())


class _FollowsTheme:
    """Mixin for painted widgets: repaint when the palette or style changes (a theme switch)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in THEME_EVENTS:
            self.update()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


# Units a bar chart counts in, marked for translation; other units are shown as given.
UNITS = (QT_TRANSLATE_NOOP("StackedBarChart", "entries"), QT_TRANSLATE_NOOP("StackedBarChart", "contacts"),
         QT_TRANSLATE_NOOP("StackedBarChart", "activities"), QT_TRANSLATE_NOOP("StackedBarChart", "people-months"))


def _weekday(day: int) -> str:
    """A short day name (1 = Monday) in the language in use."""
    return QLocale().dayName(day, QLocale.FormatType.ShortFormat)


def mood_word(value: float) -> str:
    return MOOD_LABELS[min(5, max(1, round(value)))]


def mood_colour(value: float | None, colours: dict[str, str]) -> QColor:
    """From the theme's "low" mood colour (1) through its middle (3) to "high" (5), one scale
    rising in lightness (see style.py); None is the plain background (draw it with
    :func:`paint_mood_cell`, which hatches it). Colour never says it alone: every place
    showing these also names the mood in words.
    """
    if value is None:
        return QColor(colours["alt"])
    t = (min(5.0, max(1.0, value)) - 1) / 4
    low, high = QColor(colours["mood_low"]), QColor(colours["mood_high"])
    mid = QColor(colours["mood_mid"])
    a, b, t = (low, mid, t * 2) if t < 0.5 else (mid, high, (t - 0.5) * 2)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def app_mood_colour(value: float) -> QColor:
    """The mood colour in the theme the application shows now (for models and HTML, which have
    no widget of their own to ask)."""
    return mood_colour(value, colours_for_palette(QGuiApplication.palette()))


def paint_mood_cell(painter: QPainter, rect: QRectF, value: float | None, colours: dict[str, str],
                    radius: float = 3) -> None:
    """A square of the mood scale; "no check-in" is plain, hatched and bordered, so it never
    passes for a mood (not even "Okay", or in greyscale)."""
    painter.save()
    if value is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mood_colour(value, colours))
        painter.drawRoundedRect(rect, radius, radius)
    else:
        border = QColor(colours["border"])
        painter.setPen(QPen(border, 1))
        painter.setBrush(mood_colour(None, colours))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        hatch = QColor(colours["muted"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
    painter.restore()


def _frame(painter: QPainter, widget: QWidget) -> QRectF:
    pal = widget.palette()
    faint = _faint(widget)
    frame = QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.setPen(QPen(faint, 1))
    painter.setBrush(pal.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(frame, 8, 8)
    return frame


def _faint(widget: QWidget) -> QColor:
    """Grid lines and frames: text colour, see-through (much less so in high contrast)."""
    faint = QColor(widget.palette().color(QPalette.ColorRole.Text))
    faint.setAlpha(int(colours_for(widget)["grid_alpha"]))
    return faint


@dataclass
class MoodLines:
    """What the mood chart draws for one plot area: its lines as (x from 0 to 1, mood) stretches,
    thinned to the pixel columns (:func:`thin_series`), and the same as segments ready to paint.

    Kept until the numbers or the plot area (size, font) change; colours are not in here, so a
    theme switch repaints the same lines in new colours.
    """

    key: tuple[float, float, float, float, int]
    daily: list[Stretch]
    average: list[Stretch]
    daily_lines: list[QLineF] = field(default_factory=list)
    average_lines: list[QLineF] = field(default_factory=list)
    dots: list[QPointF] = field(default_factory=list)
    # By week (a year or more): ``daily`` holds the weekly means; each week's lowest and
    # highest day make the band (its outline, and the edges of it as lines).
    weekly: bool = False
    lows: list[Stretch] = field(default_factory=list)
    band: list[QPolygonF] = field(default_factory=list)
    band_lines: list[QLineF] = field(default_factory=list)


WEEKLY_FROM = 120  # from this many days on, the chart shows weeks (mean and spread), not days


WeekStretches = tuple[list[Stretch], list[Stretch], list[Stretch]]


def week_stretches(daily: list[SeriesPoint]) -> WeekStretches:
    """Weekly means, lows and highs as (x from 0 to 1, mood) stretches, broken at empty weeks."""
    first, last = daily[0][0], len(daily) - 1
    means: list[Stretch] = []
    lows: list[Stretch] = []
    highs: list[Stretch] = []
    previous_logged = False
    for week in weekly_spread(daily):
        if week.mean is None or week.low is None or week.high is None:
            previous_logged = False
            continue
        if not previous_logged:
            means.append([])
            lows.append([])
            highs.append([])
        x = ((week.start - first).days + (week.end - week.start).days / 2) / max(1, last)
        means[-1].append((x, week.mean))
        lows[-1].append((x, week.low))
        highs[-1].append((x, week.high))
        previous_logged = True
    return means, lows, highs


def average_line_colour(widget: QWidget) -> QColor:
    """The 7-day average: the text colour, thick, so it never reads as "low" (nor as a mood)."""
    return widget.palette().color(QPalette.ColorRole.Text)


class MoodLineChart(_FollowsTheme, QWidget):
    """Daily mood points and the 7-day average, with breaks where nothing was logged.

    With more days than pixel columns (years on "All") each column draws the lowest and the
    highest of its days, so no extreme day disappears and the chart paints quickly.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodLineChart")
        self.setAccessibleName(self.tr("Mood over time chart"))
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.daily: list[SeriesPoint] = []
        self.average: list[SeriesPoint] = []
        self.drawn: MoodLines | None = None  # the lines of the last paint (see lines_for)
        self.date_labels: list[DateLabel] = []  # the dates under the axis at the last paint
        self.legend: list[tuple[QRectF, str, QColor]] = []  # ...and the legend's texts
        self._picture: tuple[tuple[int, int, float, int, str], QPixmap] | None = None
        self._shown: QPixmap | None = None  # the picture the last paint drew
        self._prepare_timer = QTimer(self, singleShot=True, interval=0)
        self._prepare_timer.timeout.connect(self._prepare_step)
        self.set_data(None)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 280)

    def point_count(self) -> int:
        return len(self.daily)

    def set_data(self, data: MoodOverTime | None, weeks: WeekStretches | None = None) -> None:
        """``weeks``: :func:`week_stretches` of ``data.daily`` when worked out already (off the
        GUI thread: 30 years of days take 0.2 s), else it is worked out in the first step (see
        :meth:`_prepare_step`) or by a paint that comes first."""
        self.weeks = weeks
        self.daily = list(data.daily) if data else []
        self.average = list(data.average) if data else []
        self._has_values = any(v is not None for _, v in self.daily)
        self.drawn = None  # new numbers: the lines are worked out again at the next paint
        self._picture = None
        self.setAccessibleDescription(self.describe())
        # Worked out in steps between turns of the event loop, then painted (see _prepare_step);
        # a paint before that (a grab, an expose) works out what it needs itself.
        self._prepare_timer.start()

    def describe(self) -> str:
        days = len(self.daily)
        values = [v for _, v in self.daily if v is not None]
        if not values:
            return (self.tr("No mood check-ins in these {days} days.").format(days=days) if days
                    else self.tr("No mood check-ins yet."))
        start, end = self.daily[0][0], self.daily[-1][0]
        text = self.tr("Mood from {start} to {end}: check-ins on {logged} of {days} days, on average {average}.").format(
            start=day_text(start, "d MMMM yyyy"), end=day_text(end, "d MMMM yyyy"), logged=len(values), days=days,
            average=mood_word(sum(values) / len(values)))
        if min(values) != max(values):
            text += " " + self.tr("It ranged from {low} to {high}.").format(
                low=mood_word(min(values)), high=mood_word(max(values)))
        latest = [v for _, v in self.average if v is not None]
        if latest:
            text += " " + self.tr("The most recent 7-day average is {average}.").format(average=mood_word(latest[-1]))
        if days >= WEEKLY_FROM:
            text += " " + self.tr("The chart shows each week's average, with a band from its lowest to its "
                                  "highest day.")
        return text + " " + self.tr("Days without a check-in are left as gaps.")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (*THEME_EVENTS, QEvent.Type.FontChange):
            self._picture = None  # new colours (or letters): the same lines painted again
        super().changeEvent(event)

    def ready(self) -> bool:
        """Whether the next paint only draws the picture worked out beforehand (no step left)."""
        return not self._prepare_timer.isActive()

    def _prepare_step(self) -> None:
        """Work out what the next paint needs, one piece a turn of the event loop: the weeks,
        the lines for this size, then the picture; then paint it. Thirty years of weeks worked
        out and drawn in one paint froze the window about 170 ms (issue 20)."""
        if not self._has_values or not self.isVisible():
            self.update()  # hidden (or a picture recorded for the PDF): the first paint works it out
            return
        if len(self.daily) >= WEEKLY_FROM and self.weeks is None:
            self.weeks = week_stretches(self.daily)
        elif self.drawn is None or self.drawn.key != self._lines_key(self._plot_area(self._frame_rect())):
            self.lines_for(self._plot_area(self._frame_rect()))
        elif not self._picture_ready():
            self._picture_now()
        else:
            self.update()
            return
        self._prepare_timer.start()

    def _frame_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)

    def _picture_key(self) -> tuple[int, int, float, int, str]:
        return (self.width(), self.height(), self.devicePixelRatioF(), self.palette().cacheKey(), self.font().key())

    def _picture_now(self) -> QPixmap:
        """The whole chart as painted at this size, in these colours: painted once, then only
        copied to the screen by each paint (a repaint drew 30 years of weeks again, ~50 ms)."""
        key = self._picture_key()
        if self._picture is None or self._picture[0] != key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            try:
                self._paint_chart(painter)
            finally:
                painter.end()
            self._picture = (key, pixmap)
        return self._picture[1]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        engine = painter.paintEngine()
        if engine is not None and engine.type() != QPaintEngine.Type.Raster:
            self._paint_chart(painter)  # recorded as lines (the PDF summary's picture), not pixels
            return
        if self._prepare_timer.isActive() and self._shown is not None and not self._picture_ready():
            # Steps still under way (the page's layout resized it meanwhile, say): the picture on
            # show, stretched to the new size, until the last step paints the new one.
            painter.drawPixmap(QRectF(self.rect()), self._shown, QRectF(self._shown.rect()))
            return
        self._shown = self._picture_now()
        painter.drawPixmap(0, 0, self._shown)

    def grab(self, *args: Any) -> QPixmap:
        """The chart as it is now (its steps finished at once): what a paint would show after them."""
        if self._prepare_timer.isActive():
            self._prepare_timer.stop()
            self.update()  # the screen may still show the picture from before
        return super().grab(*args)

    def _picture_ready(self) -> bool:
        return self._picture is not None and self._picture[0] == self._picture_key()

    def _plot_area(self, frame: QRectF) -> QRectF:
        """Where the lines go inside ``frame``: right of the mood words, under the legend (whose
        places are kept in :attr:`legend`), above the dates."""
        pal = self.palette()
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(w) for w in MOOD_LABELS.values())
        accent = pal.color(QPalette.ColorRole.Highlight)
        average_colour = average_line_colour(self)
        weekly = len(self.daily) >= WEEKLY_FROM
        legend = ([(self.tr("Lowest to highest day of the week"), accent), (self.tr("Weekly average"), average_colour)]
                  if weekly else [(self.tr("Each day"), accent), (self.tr("7-day average"), average_colour)])
        self.legend = self._legend_places(legend, frame)
        legend_bottom = max(place[0].bottom() for place in self.legend)
        plot = frame.adjusted(label_width + 20, 0, -18, -(metrics.height() + 14))
        plot.setTop(legend_bottom + 10)
        return plot

    def _paint_chart(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        faint = _faint(self)
        frame = _frame(painter, self)
        if not self._has_values:
            painter.setPen(muted)
            painter.drawText(frame.adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.accessibleDescription())
            return
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(w) for w in MOOD_LABELS.values())
        line_height = metrics.height()
        accent = pal.color(QPalette.ColorRole.Highlight)
        average_colour = average_line_colour(self)
        plot = self._plot_area(frame)

        def y_of(mood: float) -> float:
            return plot.bottom() - (mood - 1) / 4 * plot.height()

        for level, word in MOOD_LABELS.items():
            y = y_of(level)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(frame.left() + 8, y - line_height / 2, label_width + 4, line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, word)
        count = len(self.daily)

        def x_of(index: int) -> float:
            return plot.center().x() if count == 1 else plot.left() + index / (count - 1) * plot.width()

        # Dates under the axis, in the span's unit (days, weeks or months), never overlapping.
        first = self.daily[0][0]
        self.date_labels = date_labels(
            first, self.daily[-1][0], lambda day: x_of((day - first).days), frame.left() + 4,
            frame.right() - 4, QFontMetricsF(self.font()), plot.bottom() + 6)
        painter.setPen(muted)
        for label in self.date_labels:
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)

        lines = self.lines_for(plot)
        if lines.weekly:
            self._paint_weeks(painter, lines, accent, average_colour)
        else:
            self._paint_days(painter, lines, accent, average_colour)
        for rect, text, colour in self.legend:
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
            painter.setPen(QPen(colour, 3))
            y = rect.center().y()
            painter.drawLine(QPointF(rect.left() - 22, y), QPointF(rect.left() - 6, y))

    def _legend_places(self, items: list[tuple[str, QColor]], frame: QRectF) -> list[tuple[QRectF, str, QColor]]:
        """Where each legend entry's text goes, top right: on one line if they fit, else one a line
        (long words or a narrow chart); the colour's line sits left of its text."""
        metrics = self.fontMetrics()
        height = metrics.height()
        widths = [metrics.horizontalAdvance(text) + 2 for text, _ in items]
        right, room = frame.right() - 18, frame.width() - 36
        places: list[tuple[QRectF, str, QColor]] = []
        if sum(widths) + 40 * len(items) <= room:
            x = right
            for (text, colour), width in reversed(list(zip(items, widths, strict=True))):
                places.insert(0, (QRectF(x - width, frame.top() + 6, width, height), text, colour))
                x -= width + 40
            return places
        for row, ((text, colour), width) in enumerate(zip(items, widths, strict=True)):
            left = max(frame.left() + 36, right - width)
            places.append((QRectF(left, frame.top() + 6 + row * (height + 2), right - left, height), text, colour))
        return places

    def _paint_days(self, painter: QPainter, lines: MoodLines, accent: QColor, average: QColor) -> None:
        count = len(self.daily)
        # Separate segments, not one path: Qt outlines a path (or polyline) as a whole, which
        # for years of days crossing over each other took over a second. Round caps make the
        # joins look as before; where days share pixel columns nobody sees a join, and square
        # caps cost a third as much.
        cap = Qt.PenCapStyle.RoundCap if count <= lines.key[-1] else Qt.PenCapStyle.SquareCap
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(average, 2.4, Qt.PenStyle.SolidLine, cap))
        painter.drawLines(lines.average_lines)
        painter.setPen(QPen(accent, 1.4, Qt.PenStyle.SolidLine, cap))
        painter.drawLines(lines.daily_lines)
        radius = 4.0 if count <= 60 else 2.5 if count <= 400 else 1.5
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        painter.setBrush(accent)
        for point in lines.dots:
            painter.drawEllipse(point, radius, radius)

    def _paint_weeks(self, painter: QPainter, lines: MoodLines, accent: QColor, average: QColor) -> None:
        """The band of each week's days in see-through accent with solid edges (so a single bad
        day still reaches the bottom), the weekly mean over it in the average's colour."""
        fill = QColor(accent)
        fill.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        # Filled without smoothing: the band's solid edges drawn next cover its steps, and a
        # smoothed fill of thirty years' zigzag took 40 ms (9 ms without).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for polygon in lines.band:
            painter.drawPolygon(polygon)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(accent, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLines(lines.band_lines)
        painter.setPen(QPen(average, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLines(lines.daily_lines)
        if len(lines.dots) <= 60:
            painter.setBrush(average)
            for point in lines.dots:
                painter.drawEllipse(point, 2.5, 2.5)

    def _lines_key(self, plot: QRectF) -> tuple[float, float, float, float, int]:
        # Device pixels: a sharper screen keeps more of the days.
        columns = max(1, int(plot.width() * self.devicePixelRatioF()))
        return (plot.left(), plot.top(), plot.width(), plot.height(), columns)

    def lines_for(self, plot: QRectF) -> MoodLines:
        """The lines for this plot area: the ones drawn last time if nothing changed since."""
        key = self._lines_key(plot)
        if self.drawn is not None and self.drawn.key == key:
            return self.drawn
        left, width, bottom, step = plot.left(), plot.width(), plot.bottom(), plot.height() / 4
        if len(self.daily) >= WEEKLY_FROM:
            self.drawn = self._weekly_lines(key, plot)
            return self.drawn
        lines = MoodLines(key, thin_series([v for _, v in self.daily], key[4]),
                          thin_series([v for _, v in self.average], key[4]))
        for stretches, segments in ((lines.daily, lines.daily_lines),
                                    (lines.average, lines.average_lines)):
            for stretch in stretches:  # a gap breaks the line; nothing is drawn at zero
                points = [QPointF(left + x * width, bottom - (mood - 1) * step) for x, mood in stretch]
                segments.extend(map(QLineF, points, points[1:]))
                if stretches is lines.daily:
                    lines.dots.extend(points)
        self.drawn = lines
        return lines

    def _weekly_lines(self, key: tuple[float, float, float, float, int], plot: QRectF) -> MoodLines:
        """A year or more: each week's mean as the line, its lowest to highest day as a band."""
        # At most one week every two pixel columns: more only zigzags over itself, slowly.
        weeks = self.weeks if self.weeks is not None else week_stretches(self.daily)
        means, lows, highs = merge_columns(*weeks, max(1, key[4] // 2))
        lines = MoodLines(key, means, [], weekly=True, lows=lows)
        left, width, bottom, step = plot.left(), plot.width(), plot.bottom(), plot.height() / 4

        def points(stretch: Stretch) -> list[QPointF]:
            return [QPointF(left + x * width, bottom - (mood - 1) * step) for x, mood in stretch]

        for mean, low, high in zip(means, lows, highs, strict=True):
            middle, under, over = points(mean), points(low), points(high)
            lines.daily_lines.extend(map(QLineF, middle, middle[1:]))
            lines.dots.extend(middle)
            lines.band.append(QPolygonF(over + under[::-1]))
            lines.band_lines.extend(map(QLineF, under, under[1:]))
            lines.band_lines.extend(map(QLineF, over, over[1:]))
            if len(mean) == 1:  # a week alone between gaps: its spread as an upright line
                lines.band_lines.append(QLineF(under[0], over[0]))
        return lines


class StackedBarChart(_FollowsTheme, QWidget):
    """Bars (one per week or month) split into coloured parts, with a legend naming each colour."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.labels: list[str] = []
        self.series: list[str] = []
        self.values: list[list[int]] = []  # values[bar][series]
        self.unit = "entries"

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 240)

    def set_data(self, labels: list[str], series: list[str], values: list[list[int]],
                 unit: str = "entries") -> None:
        self.labels, self.series, self.values, self.unit = labels, series, values, unit
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        totals = [sum(v) for v in self.values]
        if not any(totals):
            return (self.tr("Nothing noted in these {n} periods.").format(n=len(self.labels)) if self.labels
                    else self.tr("Nothing yet."))
        text = self.tr("{bars} bars from {first} to {last}, {total} {unit} in all, most in one bar {most}.").format(
            bars=len(self.labels), first=self.labels[0], last=self.labels[-1], total=sum(totals),
            unit=QCoreApplication.translate("StackedBarChart", self.unit), most=max(totals))
        if len(self.series) > 1:
            sums = [sum(v[i] for v in self.values) for i in range(len(self.series))]
            parts = [f"{name} {n}" for name, n in zip(self.series, sums, strict=True) if n]
            text += " " + self.tr("By colour: {parts}.").format(parts=", ".join(parts))
        return text + " " + self.tr("The same numbers are in the table below.")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        faint = _faint(self)
        frame = _frame(painter, self)
        totals = [sum(v) for v in self.values]
        if not any(totals):
            painter.setPen(muted)
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, self.accessibleDescription())
            return
        metrics = self.fontMetrics()
        lh = metrics.height()
        # Legend rows along the top, wrapping as needed.
        x, y = frame.left() + 12, frame.top() + 8
        if len(self.series) > 1:
            for i, name in enumerate(self.series):
                width = metrics.horizontalAdvance(name) + 28
                if x + width > frame.right() - 8:
                    x, y = frame.left() + 12, y + lh + 4
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(series_colour(i))
                painter.drawRoundedRect(QRectF(x, y + lh / 2 - 5, 10, 10), 2, 2)
                painter.setPen(muted)
                painter.drawText(QRectF(x + 14, y, width, lh), Qt.AlignmentFlag.AlignVCenter, name)
                x += width
            y += lh + 8
        top_value = max(totals)
        axis_width = metrics.horizontalAdvance(str(top_value)) + 12
        plot = QRectF(frame.left() + axis_width + 8, y + 4, 0, 0)
        plot.setRight(frame.right() - 12)
        plot.setBottom(frame.bottom() - lh - 12)
        for level in sorted({0, top_value // 2, top_value}):
            ly = plot.bottom() - level / top_value * plot.height()
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), ly), QPointF(plot.right(), ly))
            painter.setPen(muted)
            painter.drawText(QRectF(frame.left() + 4, ly - lh / 2, axis_width, lh),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
        slot = plot.width() / len(self.values)
        bar = max(1.0, slot * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        for b, parts in enumerate(self.values):
            bottom = plot.bottom()
            left = plot.left() + b * slot + (slot - bar) / 2
            for s, n in enumerate(parts):
                if not n:
                    continue
                height = n / top_value * plot.height()
                painter.setBrush(series_colour(s))
                painter.drawRect(QRectF(left, bottom - height, bar, height))
                bottom -= height
        painter.setPen(muted)
        step = max(1, int(len(self.labels) / max(1, plot.width() / 80)) + 1)
        for b in range(0, len(self.labels), step):
            cx = plot.left() + (b + 0.5) * slot
            painter.drawText(QRectF(cx - 40, plot.bottom() + 4, 80, lh),
                             Qt.AlignmentFlag.AlignCenter, self.labels[b])



class YearGridCounts(QObject):
    """A day's counts in the Year grid's tooltip, as plural (numerus) forms: lupdate reads
    them only from ``self.tr(text, "", n)`` in a class (the tooltip is a static method)."""

    def counts(self, contacts: int, activities: int) -> str:
        return self.tr(", {contacts}, {activities}").format(
            contacts=self.tr("%n contact(s)", "", contacts), activities=self.tr("%n activity(ies)", "", activities))


_YEAR_WORDS = YearGridCounts()

class YearGrid(_FollowsTheme, QWidget):
    """One square per day of a year, weeks as columns (Monday at the top), coloured by mood.

    Signals: ``dayChosen(object)`` with the clicked :class:`date`.
    """

    dayChosen = Signal(object)
    CELL = 14
    GAP = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearGrid")
        self.setAccessibleName(self.tr("Year in colour"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cells: list[DayCell] = []
        self.chosen: date | None = None
        self.year = date.today().year
        # The grid's top left, after the widest day name: measured once per font and language
        # (a paint measured three day names for each of the 366 squares, twice: 4,500 calls).
        self._origin_for: tuple[tuple[str, str], QPointF] | None = None

    def set_cells(self, year: int, cells: list[DayCell]) -> None:
        self.year, self.cells = year, cells
        if self.chosen is not None and self.chosen.year != year:
            self.chosen = None
        logged = [c for c in cells if c.mood is not None]
        if logged:
            average = sum(c.mood for c in logged if c.mood is not None) / len(logged)
            text = self.tr("{year}: check-ins on {logged} of {days} days, on average {average}. "
                           "Days without a check-in are hatched. Choose a day to see its entries.").format(
                year=year, logged=len(logged), days=len(cells), average=mood_word(average))
        else:
            text = self.tr("{year}: no check-ins this year.").format(year=year)
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    def _origin(self) -> QPointF:
        key = (self.font().key(), QLocale().name())
        if self._origin_for is None or self._origin_for[0] != key:
            metrics = self.fontMetrics()
            widest = max(metrics.horizontalAdvance(_weekday(d)) for d in (1, 3, 5))
            self._origin_for = (key, QPointF(widest + 14, metrics.height() + 10))
        return QPointF(self._origin_for[1])

    SMALLEST_CELL = 7  # on a narrow window the squares shrink to this, so the page still fits

    def _size_for(self, cell: int) -> QSize:
        o = self._origin()
        pitch = cell + self.GAP
        return QSize(int(o.x() + 54 * pitch + 10), int(o.y() + 7 * pitch + 10))

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._size_for(self.CELL)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._size_for(self.SMALLEST_CELL).width(), self.sizeHint().height())

    def _cell(self) -> float:
        """The side of a day's square: full size when the width allows, smaller on a narrow window."""
        room = (self.width() - self._origin().x() - 10) / 54 - self.GAP
        return max(float(self.SMALLEST_CELL), min(float(self.CELL), room))

    def cell_rect(self, day: date) -> QRectF:
        return self._rects()(day)

    def _rects(self) -> Callable[[date], QRectF]:
        """Each day's square, the grid's measures taken once (a paint asks for 366 of them)."""
        first = date(self.year, 1, 1)
        shift = first.weekday() - first.toordinal()
        cell = self._cell()
        pitch = cell + self.GAP
        o = self._origin()
        x, y = o.x(), o.y()

        def rect(day: date) -> QRectF:
            return QRectF(x + (day.toordinal() + shift) // 7 * pitch, y + day.weekday() * pitch,
                          cell, cell)

        return rect

    def cell_at(self, point: QPointF) -> DayCell | None:
        rect = self._rects()
        for cell in self.cells:
            if rect(cell.day).contains(point):
                return cell
        return None

    def choose(self, day: date) -> None:
        self.chosen = day
        self.update()
        self.dayChosen.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.choose(cell.day)
        else:
            super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Weeks are columns: up and down move a day, left and right a week.
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7}
        if event.key() in steps and self.cells:
            day = (self.chosen or self.cells[0].day) + timedelta(days=steps[event.key()])
            if day.year == self.year:
                self.choose(day)
            return
        super().keyPressEvent(event)

    @staticmethod
    def tooltip_for(cell: DayCell) -> str:
        translate = QCoreApplication.translate
        text = f"{day_text(cell.day, 'dddd dd MMMM yyyy')}: "
        text += (translate("YearGrid", "mood {mood}").format(mood=mood_word(cell.mood)) if cell.mood is not None
                 else translate("YearGrid", "no check-in"))
        if cell.contacts or cell.activities:
            text += _YEAR_WORDS.counts(cell.contacts, cell.activities)
        return text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(QPointF(event.pos()))
            if cell is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(cell), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = colours_for(self)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        o = self._origin()
        lh = self.fontMetrics().height()
        side = self._cell()
        cell_rect = self._rects()
        painter.setPen(muted)
        for row, name in ((0, _weekday(1)), (2, _weekday(3)), (4, _weekday(5))):
            y = o.y() + row * (side + self.GAP)
            painter.drawText(QRectF(0, y - 2, o.x() - 6, side + 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        for month in range(1, 13):
            rect = cell_rect(date(self.year, month, 1))
            painter.drawText(QRectF(rect.left(), 2, 40, lh), Qt.AlignmentFlag.AlignLeft,
                             day_text(date(self.year, month, 1), "MMM"))
        for cell in self.cells:
            paint_mood_cell(painter, cell_rect(cell.day), cell.mood, colours)
        if self.chosen is not None and self.chosen.year == self.year:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell_rect(self.chosen).adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3)
        if self.hasFocus():  # where the arrow keys act
            colours = colours_for(self)
            painter.setPen(QPen(QColor(colours["focus"]), float(colours["focus_width"].removesuffix("px"))))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self.update()


give_role(YearGrid, QAccessible.Role.Grouping)  # a named group of days, not a "filler"

class MoodSwatch(_FollowsTheme, QWidget):
    """A small square in the colour of one mood (or of "no check-in"), for colour keys.

    Painted, not a fixed pixmap, so it follows a theme switch; sized from the font.
    Always shown next to the mood's name: the colour never speaks alone.
    """

    def __init__(self, level: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setAccessibleName(mood_word(level) if level is not None else self.tr("No check-in"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        side = max(12, self.fontMetrics().height() - 2)
        return QSize(side, side)

    def colour(self) -> QColor:
        return mood_colour(self.level, colours_for(self))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        paint_mood_cell(painter, QRectF(self.rect()), self.level, colours_for(self), radius=2)

"""Insights ▸ My trackers: a chart per tracker (days of each value, each week, for twelve
weeks), its numbers in words and in a table. Retired trackers show too: their history stays.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from peerjournal.core.insights.history import week_start
from peerjournal.core.insights.trackers import tracker_weeks
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Journal

from peerjournal.ui.widgets.charts import StackedBarChart
from peerjournal.ui.widgets.dates import day_text
from peerjournal.ui.widgets.make import hint_label, label, named, plain_label
from peerjournal.ui.widgets.tables import fill_figures, read_only

WEEKS = 12
DAYS_UNIT = QT_TRANSLATE_NOOP("StackedBarChart", "days")  # the charts' unit, said in their description


class TrackersTab(QWidget):
    """The charts, rebuilt by :meth:`show_trackers` (the page calls it when the tab is shown)."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackersTab")
        self.journal = journal
        self.intro = hint_label()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.intro)
        self._parts: list[QWidget] = []
        self.charts: dict[int, StackedBarChart] = {}

    def show_trackers(self, today: date) -> None:
        for part in self._parts:
            self._layout.removeWidget(part)
            part.deleteLater()
        self._parts, self.charts = [], {}
        trackers = self.journal.trackers.trackers(include_retired=True)
        if not trackers:
            self.intro.setText(self.tr("You have no trackers yet. You can add some, such as sleep or "
                                       "medication, from Journal ▸ My trackers…"))
            return
        self.intro.setText(self.tr("How many days of each week you noted each value, over the last "
                                   "{weeks} weeks.").format(weeks=WEEKS))
        start = week_start(today) - timedelta(weeks=WEEKS - 1)  # whole weeks, this one the last
        for tracker in trackers:
            points = [(at, value) for at, value, _mood in self.journal.trackers.series(tracker.id)]  # type: ignore[arg-type]
            weeks = tracker_weeks(tracker, points, start, today)
            title = tracker.name if not tracker.retired else self.tr("{tracker} (retired)").format(tracker=tracker.name)
            heading = plain_label(title, "sectionTitle")
            chart = named(StackedBarChart(self.tr("{tracker}, days each week").format(tracker=tracker.name)),
                          f"trackerChart{tracker.id}")
            labels = [day_text(week, "d MMM") for week in weeks.weeks]
            chart.set_data(labels, weeks.parts, weeks.counts, DAYS_UNIT)
            words = label(chart.describe(), wrap=True)
            table = read_only(named(QTableWidget(), "", self.tr("{tracker}, days each week").format(
                tracker=tracker.name), QCoreApplication.translate(
                    "InsightsPage", "The same numbers as the chart. The arrow keys move between the cells.")),
                QCoreApplication.translate("InsightsPage", "Columns"),
                rows=QCoreApplication.translate("InsightsPage", "Rows"))
            fill_figures(table, [self.tr("Week of"), *weeks.parts],
                         [[w, *map(str, counts)] for w, counts in zip(labels, weeks.counts, strict=True)])
            table.setMinimumHeight(120)
            for part in (heading, chart, words, table):
                self._layout.addWidget(part)
                self._parts.append(part)
            self.charts[tracker.id] = chart  # type: ignore[index]

    def heading_texts(self) -> list[str]:
        return [p.text() for p in self._parts if isinstance(p, QLabel) and p.objectName() == "sectionTitle"]

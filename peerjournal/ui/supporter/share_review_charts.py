"""The supporter's review draws a shared file with the Insights page's own charts.

A shared document's entries become an insights :class:`History`, so mood over time (with
gaps where nothing was noted) and the weekly counts are computed and painted exactly as
the person sees them on their Insights page. The chart is also told in words
(:func:`describe`) for the caption and screen readers.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTabWidget, QWidget

from peerjournal.core.clock import to_local
from peerjournal.core.insights import (
    ActivityEvent,
    ContactEvent,
    History,
    MoodPoint,
    activities_per_week,
    contacts_per_week,
    mood_series,
)
from peerjournal.core.vocabulary import ContactMode
from peerjournal.i18n import QT_TRANSLATE_NOOP

from peerjournal.ui.supporter.share_compare import mood_words_of
from peerjournal.ui.widgets.accessible import describe_tabs, give_role
from peerjournal.ui.widgets.charts import MoodLineChart, StackedBarChart
from peerjournal.ui.widgets.dates import day_text

NOT_SHARED = QT_TRANSLATE_NOOP("ReviewCharts", "Mood check-ins were not shared in this file.")


def _period(doc: dict[str, Any]) -> tuple[date, date]:
    period = doc["period"]
    return date.fromisoformat(period["start"]), date.fromisoformat(period["end"])


def _within(at: datetime, start: date, end: date) -> datetime:
    """A moment whose day, in this computer's time zone, falls just outside the period (the
    person lives elsewhere) is kept on the nearest end of it rather than lost."""
    day = to_local(at).date()
    if start <= day <= end:
        return at
    return datetime.combine(start if day < start else end, time(12)).astimezone()


def shared_history(doc: dict[str, Any]) -> History:
    """The shared entries as insights events (people are labels in a share, so none here)."""
    start, end = _period(doc)
    content = doc.get("content", {})
    known_modes = {m.value for m in ContactMode}
    return History(
        moods=tuple(MoodPoint(_within(datetime.fromisoformat(m["at"]), start, end), int(m["mood"]))
                    for m in content.get("moods") or ()),
        contacts=tuple(ContactEvent(_within(datetime.fromisoformat(c["at"]), start, end),
                                    ContactMode(c["mode"]))
                       for c in content.get("contacts") or () if c.get("mode") in known_modes),
        activities=tuple(ActivityEvent(_within(datetime.fromisoformat(a["at"]), start, end),
                                       str(a["category"]), a.get("felt"))
                         for a in content.get("activities") or ()),
    )


def daily_moods(start: date, end: date, moods: list[dict[str, Any]]) -> dict[date, float]:
    """Local day → average mood that day, days outside the period kept on its nearest end."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for mood in moods:
        day = to_local(datetime.fromisoformat(mood["at"])).date()
        by_day[min(max(day, start), end)].append(int(mood["mood"]))
    return {day: sum(values) / len(values) for day, values in sorted(by_day.items())}


def describe(start: date, end: date, moods: list[dict[str, Any]] | None) -> str:
    """The mood chart in words, the person's own: "Moods in this period, in their words: Good,
    Okay (the most used first)." No counts: how often someone checked in is not for watching."""
    translate = QCoreApplication.translate
    if moods is None:
        return translate("ReviewCharts", NOT_SHARED)
    if not moods:
        return translate("ReviewCharts", "No mood check-ins in this period.")
    return translate("ReviewCharts", "Moods in this period, in their words: {words} (the most used "
                     "first).").format(words=", ".join(mood_words_of(moods)))


def _week(day: date) -> str:
    return day_text(day, "d MMM")


class ReviewCharts(QTabWidget):
    """Mood over time and the weekly counts of one shared file, one tab each; a tab shows only
    when that part was shared and has something in it. Call :meth:`show_document`; no signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCharts")
        self.setAccessibleName(self.tr("Charts of the shared file"))
        self.tabBar().setAccessibleName(self.tr("Kinds of chart"))
        self.mood = MoodLineChart()
        self.mood.setMinimumHeight(170)
        self.contacts = StackedBarChart(self.tr("Contacts each week, by way of contact"))
        self.contacts.setObjectName("reviewContactsChart")
        self.activities = StackedBarChart(self.tr("Activities each week, by kind"))
        self.activities.setObjectName("reviewActivitiesChart")
        for chart in (self.contacts, self.activities):
            chart.setMinimumHeight(170)
        self.addTab(self.mood, self.tr("Mood"))
        self.addTab(self.contacts, self.tr("Contacts each week"))
        self.addTab(self.activities, self.tr("Activities each week"))
        describe_tabs(self, [
            self.tr("Mood over time, with gaps where nothing was noted."),
            self.tr("How many contacts each week, by way of contact."),
            self.tr("How many activities each week, by kind."),
        ])

    def show_document(self, doc: dict[str, Any]) -> bool:
        """Draw ``doc``; False when there is nothing to chart (the tabs are then all hidden)."""
        start, end = _period(doc)
        content = doc.get("content", {})
        history = shared_history(doc)
        self.mood.set_data(mood_series(history, start, end))

        modes = list(ContactMode)
        weeks = contacts_per_week(history, start, end)
        self.contacts.set_data([_week(t.start) for t in weeks], [m.label for m in modes],
                               [[t.counts.get(m, 0) for m in modes] for t in weeks], "contacts")
        tallies = activities_per_week(history, start, end)
        kinds = list(tallies[0].counts) if tallies else []
        self.activities.set_data([_week(t.start) for t in tallies], kinds,
                                 [[t.counts.get(k, 0) for k in kinds] for t in tallies],
                                 "activities")
        shown = (bool(content.get("moods")), bool(content.get("contacts")),
                 bool(content.get("activities")))
        for index, on in enumerate(shown):
            self.setTabVisible(index, on)
        if any(shown) and not shown[self.currentIndex()]:
            self.setCurrentIndex(shown.index(True))
        return any(shown)


# A named group of chart tabs to a screen reader (Qt leaves a tab widget a focusable "filler").
give_role(ReviewCharts, QAccessible.Role.Grouping)

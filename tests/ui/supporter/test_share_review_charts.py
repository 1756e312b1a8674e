"""The review's mood chart and its description in words."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from peerjournal.core.clock import to_storage

from peerjournal.ui.supporter.share_review_charts import ReviewCharts, daily_moods, describe
from peerjournal.ui.widgets.charts import MoodLineChart


def noon(day: int) -> str:
    """Noon on a June day on this computer's clock, as a share writes it (UTC text): a
    share's times carry no zone, so the chart shows them in the supporter's own days."""
    return to_storage(datetime(2026, 6, day, 12).astimezone())


# -- the chart and the comparison, in words ---------------------------------------------
def test_mood_chart_says_it_in_words_and_leaves_gaps(qtbot):
    start, end = date(2026, 6, 1), date(2026, 6, 14)
    moods = [{"at": noon(d), "mood": m}
             for d, m in ((1, 2), (2, 3), (2, 5), (5, 4), (6, 3))]
    days = daily_moods(start, end, moods)
    assert days[date(2026, 6, 2)] == 4.0 and date(2026, 6, 3) not in days
    # The person's mood words, the most used first; never how often they checked in.
    assert describe(start, end, moods) == (
        "Moods in this period, in their words: Okay, Very good, Good, Low (the most used first).")
    assert describe(start, end, []) == "No mood check-ins in this period."
    assert "not shared" in describe(start, end, None)
    # Drawn with the Insights page's own charts: a point per day, gaps where nothing was noted.
    doc = {"period": {"start": "2026-06-01", "end": "2026-06-14"},
           "content": {"moods": moods, "contacts": [
               {"at": noon(2), "mode": "phone"},
               {"at": noon(9), "mode": "phone"},
               {"at": noon(10), "mode": "in_person"}]}}
    charts = ReviewCharts()
    qtbot.addWidget(charts)
    assert charts.show_document(doc)
    assert isinstance(charts.mood, MoodLineChart)
    values = dict(charts.mood.daily)
    assert len(values) == 14 and values[date(2026, 6, 3)] is None
    assert values[date(2026, 6, 2)] == 4.0
    assert "check-ins on 4 of 14 days" in charts.mood.accessibleDescription()
    assert charts.contacts.labels == ["1 Jun", "8 Jun"]
    assert [sum(week) for week in charts.contacts.values] == [1, 2]
    assert [charts.isTabVisible(i) for i in range(3)] == [True, True, False]  # no activities shared
    for dark in (False, True):  # paints in both palettes without trouble
        pal = QPalette(QApplication.palette())
        if dark:
            pal.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
            pal.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.white)
        charts.setPalette(pal)
        charts.resize(420, 240)
        for index in range(2):
            charts.setCurrentIndex(index)
            assert not charts.grab().isNull()
    assert not charts.show_document({"period": doc["period"], "content": {"summary": {}}})

"""Insights on the demo journal's trackers: a chart per tracker, its table, and a place in
"what goes with better days"; a retired tracker keeps its chart."""

from __future__ import annotations

from PySide6.QtTest import QTest

from tests.ui.helpers import unnamed_controls
from tests.ui.insights.test_insights_page import page  # noqa: F401 - the fixture

from peerjournal.ui.insights.insights_page import PATTERNS, TRACKERS


def _open(page, index):  # noqa: F811
    page.tabs.setCurrentIndex(index)
    QTest.qWait(10)


def test_each_tracker_has_a_chart_with_its_numbers_in_words(qtbot, page, journal):  # noqa: F811
    _open(page, TRACKERS)
    assert TRACKERS not in page._stale
    sleep, meds = journal.trackers.trackers()
    tab = page.trackers_tab
    assert tab.heading_texts() == ["Sleep", "Took my medication"]
    chart = tab.charts[meds.id]
    assert chart.series == ["yes", "no"] and len(chart.labels) == 12
    assert sum(map(sum, chart.values)) > 0
    assert "days in all" in chart.accessibleDescription()
    assert unnamed_controls(page) == []

    journal.trackers.set_retired(sleep.id, True)
    qtbot.waitUntil(lambda: tab.heading_texts() == ["Sleep (retired)", "Took my medication"], timeout=10_000)
    assert sum(map(sum, tab.charts[sleep.id].values)) > 0  # its history stays


def test_better_days_include_the_trackers(qtbot, page):  # noqa: F811
    _open(page, PATTERNS)
    # Read in steps, then drawn (issue 20).
    qtbot.waitUntil(lambda: page._groups is not None
                    and page.patterns_note.text() != "Working it out…", timeout=20_000)
    assert "On days you noted Sleep: more than" in page.findings_label.text()

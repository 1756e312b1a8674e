"""Insights page on the demo journal: each tab, gaps, the year grid, dragging on the map."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from peerjournal.core.insights import Span
from peerjournal.core.vocabulary import Closeness, HelpKind
from peerjournal.demo.seed import seed_demo
from tests.ui.helpers import unnamed_controls
from tests.ui.insights.shown_page import insights_page_on

from peerjournal.ui.insights.insights_page import (
    COUNTS,
    MOOD,
    NETWORK,
    PATTERNS,
    YEAR,
)
from peerjournal.ui.insights.network_view import RADII


@pytest.fixture
def page(qtbot, journal):
    seed_demo(journal)
    return insights_page_on(qtbot, journal)


def _open(page, index):
    page.tabs.setCurrentIndex(index)
    QTest.qWait(10)
    for _ in range(2000):  # the map is read and drawn a turn at a time (issue 20)
        if page._network_step is None:
            break
        QTest.qWait(10)


@pytest.mark.parametrize("index", [MOOD, YEAR, COUNTS, PATTERNS, NETWORK])
def test_each_tab_opens_and_every_control_is_named(page, index):
    _open(page, index)
    assert index not in page._stale
    assert unnamed_controls(page) == []
    page.grab().save(f"/tmp/insights_{index + 1}.png")


def test_range_changes_the_number_of_points_and_gaps_are_none(page, journal):
    _open(page, MOOD)
    page.span_combo.setCurrentIndex(page.span_combo.findData(Span.WEEK))
    week = page.mood_chart.point_count()
    page.span_combo.setCurrentIndex(page.span_combo.findData(Span.MONTH))
    month = page.mood_chart.point_count()
    assert (week, month) == (7, 30)
    # Add a check-in free stretch: the chart holds None there, never zero.
    values = [v for _, v in page.mood_chart.daily]
    assert 0 not in values and 0.0 not in values
    page.span_combo.setCurrentIndex(page.span_combo.findData(Span.YEAR))
    values = [v for _, v in page.mood_chart.daily]
    assert None in values  # the demo covers 90 days, so most of the year is a gap
    assert all(v is None or 1 <= v <= 5 for v in values)
    assert "gaps" in page.mood_chart.accessibleDescription()


def test_mood_table_shows_the_same_numbers(page):
    _open(page, MOOD)
    page.mood_table_button.setChecked(True)
    assert page.mood_table.isVisible()
    assert page.mood_table.rowCount() == page.mood_chart.point_count()
    assert unnamed_controls(page) == []


def test_clicking_a_day_lists_its_entries(page, qtbot):
    _open(page, YEAR)
    grid = page.year_grid
    day = max(c.day for c in grid.cells if c.entries)
    cell = next(c for c in grid.cells if c.day == day)
    with qtbot.waitSignal(page.dayChosen) as blocker:
        QTest.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(day).center().toPoint())
    assert blocker.args == [day]
    assert page.day_list.count() == cell.entries
    assert f"{day:%d %B %Y}" in page.day_title.text()


def test_dragging_a_person_to_the_outer_circle_saves_it(page, journal, qtbot):
    _open(page, NETWORK)
    dot = next(d for d in page.network.dots.values() if d.node.closeness is Closeness.CLOSE)
    person_id = dot.node.person_id
    dot.setPos(QPointF(0, RADII[Closeness.OUTER] + 5))
    page.network.dropped(dot)
    assert journal.get_person(person_id).closeness is Closeness.OUTER
    qtbot.waitUntil(lambda: page.network.dots[person_id].node.closeness is Closeness.OUTER)


def test_dragging_with_the_mouse(page, journal, qtbot):
    _open(page, NETWORK)
    view = page.network
    dot = next(d for d in view.dots.values() if d.node.closeness is Closeness.CLOSE)
    person_id = dot.node.person_id
    start = view.mapFromScene(dot.scenePos())
    end = view.mapFromScene(QPointF(0, -RADII[Closeness.OUTER]))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 10)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: journal.get_person(person_id).closeness is Closeness.OUTER)


def test_help_grid_suggests_something_for_a_kind_with_nobody(page, journal, qtbot):
    for person in journal.people():
        if HelpKind.CRISIS in person.help_kinds:
            journal.update_person(replace(person, help_kinds=person.help_kinds - {HelpKind.CRISIS}))
    _open(page, NETWORK)
    page.refresh(NETWORK)
    qtbot.waitUntil(lambda: page._network_step is None)  # drawn the turn after the read (issue 20)
    # The help table is a model now (issue 20): its cells are read through it.
    model = page.help_table.model()
    row = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    crisis = row.index(HelpKind.CRISIS.label)
    assert all(model.index(crisis, c).data() == "" for c in range(model.columnCount()))
    assert HelpKind.CRISIS.label in page.help_suggestions.text()
    assert "✓" in [model.index(r, c).data() for r in range(model.rowCount())
                   for c in range(model.columnCount())]


def test_patterns_are_plain_sentences(page, qtbot):
    _open(page, PATTERNS)
    # Read in steps, then drawn (issue 20).
    qtbot.waitUntil(lambda: page._groups is not None
                    and page.patterns_note.text() != "Working it out…", timeout=20_000)
    assert page.patterns_note.text()
    assert page.signals_label.text()


def test_a_day_lists_notes_with_people_named_by_name(page, journal, qtbot):
    from peerjournal.core.clock import to_local
    from peerjournal.core.mentions import mentions_in

    moods = journal.moods_between(journal.clock().replace(year=journal.clock().year - 1), journal.clock())
    named = next(m for m in reversed(moods) if mentions_in(m.note))  # the demo names people with @
    _open(page, YEAR)
    page._show_day(to_local(named.at).date())
    texts = [page.day_list.item(i).text() for i in range(page.day_list.count())]
    assert any(mentions_in(named.note)[0].name in t for t in texts)
    assert not any("](p" in t for t in texts)

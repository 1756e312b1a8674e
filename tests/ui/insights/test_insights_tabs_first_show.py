"""Each Insights tab's first show does its work once (issue 20: "no action freezes the window for
more than 100 ms"). My network fills its help table before the map is drawn, so the page's
layout settles first and the map is fitted and its dots painted once, not again after the table
moved it; what the tab shows is what the journal says."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.clock import end_of_local_day, to_local
from peerjournal.core.insights import help_grid, network_map
from peerjournal.core.records import Contact, Person
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship
from peerjournal.storage.insights import load_history

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.insights import network_view
from peerjournal.ui.insights.insights_page import MOOD, NETWORK, InsightsPage

PEOPLE = 40


@pytest.fixture
def page(qtbot, journal):
    kinds = list(HelpKind)
    ids = [journal.add_person(Person(
        name=f"Person {n:02}", closeness=list(Closeness)[n % 3],
        relationship=Relationship.PROFESSIONAL if n % 5 == 0 else Relationship.FRIEND,
        help_kinds=frozenset(kinds[n % (len(kinds) - 1):n % (len(kinds) - 1) + 1]))).id
        for n in range(PEOPLE)]
    now = journal.clock()
    with journal.batch():
        for n in range(120):
            journal.add_contact(Contact(at=now - timedelta(days=n, hours=1), person_ids=(ids[n % PEOPLE],)))
    events = JournalEvents(journal)
    widget = InsightsPage(journal, events)
    widget._events = events
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.tabs.setCurrentIndex(MOOD)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _counting(monkeypatch, owner, name):  # type: ignore[no-untyped-def]
    calls = [0]
    original = getattr(owner, name)

    def counted(self, *args):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return original(self, *args)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_my_network_fills_its_table_and_makes_its_dots_before_drawing_the_map(
        page, qtbot, monkeypatch):
    """Filled after the map, the table moved the page's layout under a drawn map: in the
    benchmark's window the map was fitted twice more and each of its 177 dots painted three
    times (531 paints). Now the map is drawn into a layout that has settled, its dots made the
    turn before."""
    class Dot(network_view.PersonDot):
        made = 0

        def __init__(self, *args) -> None:  # type: ignore[no-untyped-def]
            type(self).made += 1
            super().__init__(*args)

    monkeypatch.setattr(network_view, "PersonDot", Dot)
    painted = _counting(monkeypatch, network_view.PersonDot, "paint")
    columns_then: list[int] = []
    made_while_drawing: list[int] = []
    set_nodes = network_view.NetworkView.set_nodes

    def drawing(view, nodes, *args):  # type: ignore[no-untyped-def]
        columns_then.append(page.help_model.columnCount())
        before = Dot.made
        try:
            return set_nodes(view, nodes, *args)
        finally:
            made_while_drawing.append(Dot.made - before)

    monkeypatch.setattr(network_view.NetworkView, "set_nodes", drawing)
    page.tabs.setCurrentIndex(NETWORK)
    qtbot.waitUntil(lambda: not page.busy())
    qtbot.wait(100)  # the paints and any layout the drawing set off
    assert columns_then == [PEOPLE]  # the table was full when the map was drawn (was 0)
    # Its dots were made the turn before, with the read (making 200 was half the drawing's turn).
    assert made_while_drawing == [0] and Dot.made == PEOPLE
    assert len(page.network.dots) == PEOPLE
    assert painted[0] <= PEOPLE, painted[0]


def test_my_network_shows_the_people_their_days_and_who_can_help(page, qtbot, journal):
    page.tabs.setCurrentIndex(NETWORK)
    qtbot.waitUntil(lambda: not page.busy())
    today = to_local(journal.clock()).date()
    whole = load_history(journal, None, end_of_local_day(journal.clock()))
    assert page.network.nodes == network_map(whole, today)
    grid = help_grid(journal.people(include_archived=True))
    model = page.help_table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        p.name for p in grid.people]
    for r, row in enumerate(grid.rows):
        helpers = {p.name for p in row.people}
        assert {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
                if model.index(r, c).data() == "✓"} == helpers
    suggestions = [row.suggestion for row in grid.rows if row.suggestion]
    assert suggestions and all(s in page.help_suggestions.text() for s in suggestions)
    assert page.network_search.completer().model().stringList() == [n.name for n in page.network.nodes]

"""The Insights page and its network map as the tests here show them: a page on a journal with
its events bridge kept, the map's tab read and drawn (in turns since issue 20), and counters
of what a redraw makes and reads."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from peerjournal.core.insights import NetworkNode
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.insights import insights_page
from peerjournal.ui.insights.insights_page import NETWORK, InsightsPage
from peerjournal.ui.insights.network_view import NetworkView, PersonDot


def insights_page_on(qtbot, journal: Journal, *, shown: bool = True,  # type: ignore[no-untyped-def]
                     size: tuple[int, int] = (1000, 760)) -> InsightsPage:
    """The page at a window's size, shown and exposed unless ``shown`` is false."""
    events = JournalEvents(journal)
    page = InsightsPage(journal, events)
    page._events = events  # keep the bridge alive as long as the page
    qtbot.addWidget(page)
    page.resize(*size)
    if shown:
        page.show()
        qtbot.waitExposed(page)
    return page


def network_page(qtbot, journal: Journal) -> InsightsPage:  # type: ignore[no-untyped-def]
    """The page shown on My network, once the map is read and drawn."""
    page = insights_page_on(qtbot, journal)
    page.tabs.setCurrentIndex(NETWORK)
    qtbot.waitUntil(lambda: page._network_step is None and bool(page.network.dots), timeout=20000)
    return page


def map_view(qtbot, nodes: Iterable[NetworkNode], *, editable: bool = True,  # type: ignore[no-untyped-def]
             size: tuple[int, int] = (700, 700)) -> NetworkView:
    """A network map on its own, shown with ``nodes`` drawn."""
    view = NetworkView(editable=editable)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_nodes(list(nodes))
    return view


def dots_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, the person of each dot the map makes, in turn."""
    made: list[int] = []
    original = PersonDot.__init__

    def counting(self, node, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(node.person_id)
        original(self, node, *args, **kwargs)

    monkeypatch.setattr(PersonDot, "__init__", counting)
    return made


def map_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, one item for each time the page reads the map's days in touch (issue 20)."""
    reads: list[int] = []
    real = insights_page.touch_days
    monkeypatch.setattr(insights_page, "touch_days", lambda *a, **k: reads.append(1) or real(*a, **k))
    return reads

"""People fixtures: a shown People page on the test journal."""

from __future__ import annotations

import pytest

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.people.people_page import PeoplePage


@pytest.fixture
def page(qtbot, journal):
    events = JournalEvents(journal)
    widget = PeoplePage(journal, events)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    events.detach()

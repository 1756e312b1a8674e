"""Timeline model: a well-behaved Qt model."""

from __future__ import annotations

from tests.ui.journal.helpers import fill

from peerjournal.ui.journal.timeline_model import TimelineModel


def test_timeline_model_passes_qt_model_tester(qtmodeltester, journal):
    fill(journal)
    model = TimelineModel()
    model.set_rows(journal.timeline())
    qtmodeltester.check(model)

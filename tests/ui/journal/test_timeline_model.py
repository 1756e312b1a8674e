"""Timeline model: a well-behaved Qt model, also while it fetches pages and changes in place."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from peerjournal.core.records import MoodCheckIn
from tests.ui.journal.helpers import fill

from peerjournal.ui.journal.timeline_model import FELT, ROW_ROLE, TimelineModel
from peerjournal.ui.widgets.charts import app_mood_colour


def test_timeline_model_passes_qt_model_tester(qtmodeltester, journal):
    fill(journal)
    model = TimelineModel(journal)
    model.reload()
    qtmodeltester.check(model)


def test_paged_model_passes_qt_model_tester_while_fetching_and_changing(qtmodeltester, journal):
    now = datetime.now(UTC)
    with journal.batch():
        for i in range(25):
            journal.add_mood(MoodCheckIn(at=now - timedelta(hours=i + 1), mood=i % 5 + 1))
    model = TimelineModel(journal)
    model.PAGE = 10
    model.reload()
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    journal.add_mood(MoodCheckIn(at=now - timedelta(minutes=1), mood=3))
    model.refresh()
    assert model.rowCount() == 21
    model.fetch_all()
    assert model.rowCount() == 26 and not model.canFetchMore()
    qtmodeltester.check(model)



def test_the_mood_column_shows_the_apps_one_mood_scale(journal):
    now = datetime.now(UTC)
    with journal.batch():
        for mood in range(1, 6):
            journal.add_mood(MoodCheckIn(at=now - timedelta(hours=mood), mood=mood))
    model = TimelineModel(journal)
    model.reload()
    for row in range(model.rowCount()):
        index = model.index(row, FELT)
        score = model.data(index, ROW_ROLE).score
        assert model.data(index, Qt.ItemDataRole.DecorationRole).name() == app_mood_colour(score).name()
    assert model.rowCount() == 5

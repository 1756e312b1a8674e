"""The review of one shared file: a long file is shown a part at a time (issue 20: laying out
240 check-ins with notes at once froze the supporter's window for 0.8 s)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from peerjournal.storage.supporter.store import StoredExport
from tests.ui.sharing.test_share_view_filler import lines, long_doc, plain

from peerjournal.ui.sharing.share_view import document_html
from peerjournal.ui.supporter.share_review import ReviewPanel


def stored(doc: dict) -> StoredExport:
    return StoredExport(
        export_id=doc["export_id"], created=datetime(2026, 11, 30, 18, tzinfo=UTC),
        imported=datetime(2026, 11, 30, 19, tzinfo=UTC),
        period_start=date.fromisoformat(doc["period"]["start"]),
        period_end=date.fromisoformat(doc["period"]["end"]), document=doc)


def test_a_long_file_is_read_at_once_from_its_first_screen_and_then_whole(qtbot):
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    doc = long_doc()
    panel.show_export(stored(doc), None)
    first = panel.browser.toPlainText()
    assert "note 0 " in first  # the start of the file is there to read straight away
    assert "note 119 " not in first  # the rest is added after the window has drawn
    qtbot.waitUntil(lambda: not panel.filler.pending(), timeout=20_000)
    assert lines(panel.browser.toPlainText()) == lines(plain(document_html(doc)))


def test_choosing_nothing_while_a_file_is_added_stops_it(qtbot):
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_export(stored(long_doc()), None)
    panel.show_export(None, None)
    qtbot.wait(100)
    assert panel.browser.toPlainText() == "Choose a file to read it here."

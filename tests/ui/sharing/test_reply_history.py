"""The replies history on the Sharing page is read when shown, as summaries (issue 20): a hidden
page reads nothing of it, and the list never reads a reply's notes or content."""

from __future__ import annotations

from datetime import UTC, datetime

from peerjournal.storage.sharing.replies import ReplySummary

from peerjournal.ui.sharing.sharing_page import SharingPage

SUMMARY = ReplySummary("r1", datetime(2026, 11, 3, 10, 0, tzinfo=UTC), "Dev", ("Call my brother",), ())


def test_the_replies_are_listed_from_summaries_once_the_page_is_shown(qtbot, journal, monkeypatch):
    reads: list[str] = []
    monkeypatch.setattr(journal.replies, "summaries", lambda: reads.append("summaries") or [SUMMARY])
    monkeypatch.setattr(journal.replies, "history", lambda: reads.append("history") or [])
    page = SharingPage(journal)
    qtbot.addWidget(page)
    assert reads == []  # made, not shown: nothing of the replies read
    page.show()
    qtbot.waitExposed(page)
    assert reads == ["summaries"]
    table = page.replies_box.table
    assert table.isVisibleTo(page) and table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3)] == ["Dev", "Call my brother", "—"]
    page.hide()
    page.show()
    assert reads == ["summaries"]  # read once; a finished reply reloads it

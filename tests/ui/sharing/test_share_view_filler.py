"""A long shared file is shown a part at a time: the first screen at once, the rest one part
per turn of the event loop, never all laid out in one go (issue 20: 0.8 s frozen)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from tests.ui.sharing.test_share_view import DOC

from peerjournal.ui.sharing import share_view
from peerjournal.ui.sharing.name_warning import highlight
from peerjournal.ui.sharing.share_view import PART_BUDGET, document_html, document_parts, page_html
from peerjournal.ui.sharing.share_view_filler import FIRST_SCREEN, DocumentFiller


def long_doc(days: int = 60) -> dict[str, Any]:
    """Two check-ins a day with long notes, and a contact a day, over ``days`` days in November."""
    doc = copy.deepcopy(DOC)
    moods, contacts = [], []
    for n in range(days * 2):
        at = f"2026-11-{1 + n // 8:02}T{8 + n % 8:02}:00:00Z"
        moods.append({"at": at, "mood": 1 + n % 5, "energy": 3, "feelings": ["tired"],
                      "note": f"note {n} " + "walked and talked " * 20})
        if n % 2 == 0:
            contacts.append({"at": at, "mode": "phone", "people": ["Person A"], "duration_min": 5,
                             "felt": 4, "note": f"call {n}"})
    doc["content"]["moods"], doc["content"]["contacts"] = moods, contacts
    doc["period"] = {"start": "2026-11-01", "end": "2026-11-30"}
    return doc


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_parts_are_the_whole_document_cut_into_small_tables(qapp):
    doc = long_doc()
    parts = list(document_parts(doc))
    assert page_html("".join(parts)) == document_html(doc)
    assert len(parts) > 10
    # Each part is about a budget's worth: a long section is cut between its rows.
    assert all(len(part) < 2 * PART_BUDGET for part in parts)
    assert all(part.count("<table") == part.count("</table>") for part in parts)
    text = plain(document_html(doc))
    assert "note 0 " in text and "note 119 " in text and "call 118" in text


def test_a_part_is_made_only_when_asked_for(qapp, monkeypatch):
    made: list[str] = []
    when = share_view._when
    monkeypatch.setattr(share_view, "_when", lambda text: made.append(text) or when(text))
    parts = document_parts(long_doc())
    for _ in range(3):  # the heading, the summary, the first table of check-ins
        next(parts)
    assert 0 < len(made) < 40  # the first rows only, not the 180 entries


def test_a_long_file_shows_its_first_screen_at_once_and_the_rest_part_by_part(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    filler = DocumentFiller(browser)
    doc = long_doc()
    filler.show_parts(document_parts(doc))
    first = browser.toPlainText()
    assert "note 0 " in first and "note 119 " not in first
    assert filler.pending()
    assert len(browser.toHtml()) < 4 * FIRST_SCREEN  # not the whole file yet
    qtbot.waitUntil(lambda: not filler.pending(), timeout=20_000)
    assert lines(browser.toPlainText()) == lines(plain(document_html(doc)))


def test_a_new_file_replaces_one_still_being_added(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    filler = DocumentFiller(browser)
    filler.show_parts(document_parts(long_doc()))
    assert filler.pending()
    filler.show_parts(document_parts(DOC))  # a short file: all of it at once
    assert not filler.pending()
    qtbot.wait(50)
    assert lines(browser.toPlainText()) == lines(plain(document_html(DOC)))
    filler.show_parts(document_parts(long_doc()))
    filler.show_plain("Choose a file to read it here.")
    qtbot.wait(50)
    assert browser.toPlainText() == "Choose a file to read it here."


def test_finish_adds_every_part_now(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    filler = DocumentFiller(browser)
    doc = long_doc()
    filler.show_parts(document_parts(doc))
    filler.finish()
    assert not filler.pending()
    assert lines(browser.toPlainText()) == lines(plain(document_html(doc)))


def test_marking_words_part_by_part_marks_what_marking_the_whole_did(qapp):
    doc = long_doc()
    doc["content"]["moods"][130 % len(doc["content"]["moods"])]["note"] = "saw Tariq and Kit"
    words = ["Tariq", "Kit", "walked"]
    parts = document_parts(doc)
    assert page_html("".join(highlight(part, words) for part in parts)) == highlight(document_html(doc), words)

"""One person in supporter mode: private notes saved as typed and shown again."""

from __future__ import annotations

from dataclasses import dataclass

from tests.ui.supporter.helpers import (
    FIRST,
    SECOND,
    accept_as_is,
    make_window,
    open_share,
    review_text,
)

from peerjournal.ui.supporter.share_compare import since_last


# -- notes and deleting ----------------------------------------------------------------
def test_private_notes_are_saved_and_come_back(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    open_share(qtbot, window, sam.share(inbox, public), answer=accept_as_is)
    panel = window.person_panel
    assert panel.isVisible()
    person_id = window.current_person().id
    with qtbot.waitActive(window):  # the name dialog had the focus
        window.activateWindow()
    panel.notes_edit.setFocus()
    assert panel.notes_edit.hasFocus()
    qtbot.keyClicks(panel.notes_edit, "Ask about the walking group")
    qtbot.waitUntil(lambda: store.note(person_id) == "Ask about the walking group", timeout=5_000)
    assert panel.notes_status.text() == "Notes saved."

    panel.notes_edit.appendPlainText("and the new job.")
    window.open_button.setFocus()  # leaving the field saves at once
    qtbot.waitUntil(lambda: "new job" in store.note(person_id), timeout=1_000)

    again = make_window(qtbot, store)
    again.show_person(person_id)
    assert again.person_panel.notes_edit.toPlainText() == store.note(person_id)


# -- reading only the files shown (issue 20) -------------------------------------------
@dataclass(frozen=True)
class StraightShare:
    """A share stored straight through the store (already opened and checked)."""

    document: dict
    signer: str
    export_id: str


def store_files(store, sam, public, count: int) -> list[str]:
    """``count`` files from Sam stored a day apart; their ids, newest first."""
    ids = []
    for i in range(count):
        doc = sam.document(public, FIRST, made_days_ago=count + 1 - i, message=f"File {i}")
        store.import_share(StraightShare(doc, doc["signer"], doc["export_id"]), new_person_name="Sam")
        ids.append(doc["export_id"])
    return ids[::-1]


def documents_read(statements: list[str]) -> list[str]:
    """The statements that read a stored document; each must be of one file."""
    reads = [s for s in statements if "document" in s and "FROM exports" in s]
    assert all("WHERE export_id =" in s or "LIMIT 1" in s for s in reads), reads
    return reads


def comparison_of(store, newer: str, older: str) -> str:
    return since_last(store.load_export(newer).document, store.load_export(older).document)


def test_importing_the_nth_file_reads_it_and_the_one_before_only(qtbot, store, public, sam, inbox):
    ids = store_files(store, sam, public, 8)
    window = make_window(qtbot, store)
    statements: list[str] = []
    store.vault.conn.set_trace_callback(statements.append)
    try:
        open_share(qtbot, window, sam.share(inbox, public, SECOND))
    finally:
        store.vault.conn.set_trace_callback(None)
    panel = window.person_panel
    assert panel.exports.rowCount() == 9 and panel.current_row() == 0
    assert len(documents_read(statements)) <= 2  # the new file and the one before it, not all 9
    newest = panel.current_export()
    assert newest is not None
    assert panel.review.comparison.text() == comparison_of(store, newest.export_id, ids[0])
    assert "Thank you for Tuesday." in panel.review.message.text()


def test_the_review_reads_a_file_when_it_is_chosen(qtbot, store, public, sam):
    ids = store_files(store, sam, public, 8)
    window = make_window(qtbot, store)
    panel = window.person_panel
    statements: list[str] = []
    store.vault.conn.set_trace_callback(statements.append)
    try:
        window.show_person(store.people()[0].id)  # opening their review
        assert len(documents_read(statements)) == 2  # the newest and the one before it
        assert panel.review.message.text() == "File 7"
        assert panel.review.comparison.text() == comparison_of(store, ids[0], ids[1])
        statements.clear()
        panel.select_export_row(5)  # an earlier file, read only now
        assert len(documents_read(statements)) == 2
        assert panel.review.message.text() == "File 2"
        statements.clear()
        panel.select_export_row(6)  # its file before was read already
        assert len(documents_read(statements)) == 1
        statements.clear()
        panel.select_export_row(7)  # the first file: nothing before it
        assert len(documents_read(statements)) == 0
    finally:
        store.vault.conn.set_trace_callback(None)
    assert panel.review.message.text() == "File 0"
    assert panel.review.comparison.text() == since_last({}, None)
    assert "File 0" in review_text(window)


def test_a_person_and_a_chosen_file_are_shown_once(qtbot, store, public, sam, monkeypatch):
    store_files(store, sam, public, 3)
    window = make_window(qtbot, store)
    panel = window.person_panel
    shown: list[str | None] = []
    original = panel.review.show_export
    monkeypatch.setattr(panel.review, "show_export", lambda export, previous: (
        shown.append(export.export_id if export else None), original(export, previous)))
    window.show_person(store.people()[0].id)
    assert len(shown) == 1  # a large file takes a while to show: never twice for one choice
    panel.select_export_row(2)
    assert len(shown) == 2 and panel.review.message.text() == "File 0"
    panel.exports_view.selectRow(1)  # by keyboard or mouse, through the selection
    assert len(shown) == 3 and panel.review.message.text() == "File 1"

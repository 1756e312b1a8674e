"""Choosing a person in the list shows their name and files at once and their file on the next
turn of the event loop (issue 20: no long freeze in one turn); never another person's file under
their name meanwhile."""

from __future__ import annotations

from tests.ui.supporter.helpers import two_people


def test_a_person_chosen_in_the_list_gets_their_file_on_the_next_turn(
        qtbot, store, public, sam, inbox, tmp_path, monkeypatch):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    panel = window.person_panel
    sams_text = panel.review.browser.toPlainText()
    assert sams_text.strip()
    read: list[str] = []
    real = store.load_export
    monkeypatch.setattr(store, "load_export", lambda export_id: read.append(export_id) or real(export_id))
    jo = next(p for p in store.people() if p.name == "Jo")
    window.people_view.selectRow(window.caseload.row_of(jo.id))
    # This turn: the name and the list of files; no file read, Sam's file no longer shown.
    assert window.current_person().name == "Jo"
    assert panel.exports.rowCount() == 1 and panel.current_row() == 0
    assert read == []
    assert panel.review.browser.toPlainText() != sams_text
    assert not panel.delete_export_button.isEnabled()
    # The next turn: Jo's file, read once.
    qtbot.waitUntil(lambda: len(read) == 1 and panel.delete_export_button.isEnabled(), timeout=10_000)
    assert read == [panel.current_export().export_id]
    assert "Jo" in panel.review.browser.toPlainText()


def test_a_lock_before_the_next_turn_reads_nothing(qtbot, store, public, sam, inbox, tmp_path, monkeypatch):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    read: list[str] = []
    real = store.load_export
    monkeypatch.setattr(store, "load_export", lambda export_id: read.append(export_id) or real(export_id))
    jo = next(p for p in store.people() if p.name == "Jo")
    window.people_view.selectRow(window.caseload.row_of(jo.id))
    window.close_for_lock()
    store.vault.close()
    qtbot.wait(50)
    assert read == []

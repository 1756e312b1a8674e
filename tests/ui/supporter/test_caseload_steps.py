"""The caseload walk: agree a next step with a day and sort by it, archive and bring back,
remove a person with everything about them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from tests.ui.helpers import unnamed_controls
from tests.ui.supporter.helpers import two_people

from peerjournal.ui.supporter.supporter_models import CaseloadModel
from peerjournal.ui.widgets import messages


def names(window) -> list[str]:
    model = window.caseload
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def agree(qtbot, window, step: str, day: date | None) -> None:
    box = window.person_panel.next_step
    box.step_edit.setText(step)
    box.has_day.setChecked(day is not None)
    if day is not None:
        box.day_edit.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)


def test_agree_a_next_step_with_a_day_and_sort_by_it(qtbot, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    assert names(window) == ["Jo", "Sam"]
    sam_id = window.current_person().id
    soon = date.today() + timedelta(days=3)
    agree(qtbot, window, "Find the choir's times together", soon)
    person = store.get_person(sam_id)
    assert (person.next_step, person.next_due) == ("Find the choir's times together", soon)
    model = window.caseload
    row = model.row_of(sam_id)
    shown = model.data(model.index(row, CaseloadModel.NEXT_COLUMN))
    assert "Find the choir's times together" in shown and str(soon.year) in shown
    assert not window.people_view.isColumnHidden(CaseloadModel.NEXT_COLUMN)

    # By name Jo comes first; by the next agreed date Sam (who has a day) does.
    combo = window.caseload_pane.sort_combo
    combo.setCurrentIndex(combo.findData(CaseloadModel.NEXT_COLUMN))
    assert names(window) == ["Sam", "Jo"]
    assert window.current_person().id == sam_id  # still the one chosen
    assert window.caseload_pane.selected_row() == 0
    window.reload()  # a reload keeps the chosen order
    assert names(window) == ["Sam", "Jo"]
    combo.setCurrentIndex(combo.findData(CaseloadModel.NAME_COLUMN))
    assert names(window) == ["Jo", "Sam"]
    assert window.caseload_pane.selected_row() == 1

    agree(qtbot, window, "", None)  # nothing agreed: removed
    assert store.get_person(sam_id).next_step == ""
    assert unnamed_controls(window) == []


def test_archive_and_bring_back(qtbot, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    sam_id = window.current_person().id
    store.set_note(sam_id, "kept while archived")
    messages.shown.clear()
    messages.next_answers[:] = [False]
    window.archive_action.trigger()
    assert store.get_person(sam_id).archived is None

    messages.next_answers[:] = [True]
    qtbot.mouseClick(window.person_panel.archive_button, Qt.MouseButton.LeftButton)
    assert "stay in your supporter journal" in messages.shown[-1][1]
    assert store.get_person(sam_id).archived is not None
    assert names(window) == ["Jo"]
    assert window.current_person() is None

    window.caseload_pane.show_archived.setChecked(True)
    assert "Sam (archived)" in names(window)
    window.show_person(sam_id)
    assert "Archived on" in window.person_panel.details.text()
    assert window.person_panel.notes_edit.toPlainText() == "kept while archived"
    assert window.person_panel.exports.rowCount() == 2
    qtbot.mouseClick(window.person_panel.archive_button, Qt.MouseButton.LeftButton)  # "Bring back": no question
    assert store.get_person(sam_id).archived is None
    window.caseload_pane.show_archived.setChecked(False)
    assert names(window) == ["Jo", "Sam"]


def test_remove_a_person_with_everything_about_them(qtbot, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    sam_id = window.current_person().id
    agree(qtbot, window, "Ring Sam", None)
    store.set_note(sam_id, "about Sam")
    messages.shown.clear()
    messages.next_answers[:] = [True]
    window.delete_person_action.trigger()
    confirm = messages.shown[-1][1]
    for what in ("2 files", "replies you wrote", "your notes", "next step", "can't be undone"):
        assert what in confirm, what
    conn = store.vault.conn
    for table in ("exports", "notes", "agreed_steps", "replies_sent", "reply_keys"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE person_id = ?", (sam_id,)).fetchone() == (0,)
    assert names(window) == ["Jo"]


def test_a_step_typed_but_not_saved_is_kept_when_choosing_someone_else(qtbot, store, public, sam, inbox, tmp_path):
    window = two_people(qtbot, store, public, sam, inbox, tmp_path)
    sam_id = window.current_person().id
    window.person_panel.next_step.step_edit.setText("Send Sam the leaflet")
    window.people_view.selectRow(window.caseload.row_of(next(p.id for p in store.people() if p.name == "Jo")))
    assert window.current_person().name == "Jo"
    assert store.get_person(sam_id).next_step == "Send Sam the leaflet"
    model = window.caseload
    assert "Send Sam the leaflet" in model.data(model.index(model.row_of(sam_id), CaseloadModel.NEXT_COLUMN))
    assert window.person_panel.next_step.step_edit.text() == ""  # Jo's own (none yet)
    window.person_panel.next_step.step_edit.setText("Ask Jo about Fridays")
    window.close()
    assert store.get_person(window.current_person().id).next_step == "Ask Jo about Fridays"

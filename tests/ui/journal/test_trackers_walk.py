"""Your own trackers, as the person uses them: switch on, add from a suggestion, note on Today
with the check-in (one undo step), see it kept, retire it and keep its history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.core.trackers import TrackedValue
from tests.ui.helpers import unnamed_controls
from tests.ui.journal.helpers import shown_texts
from tests.ui.prompts.helpers import make_window

from peerjournal.ui.app.main_window import PAGES


def _open_dialog(qtbot, window):
    dialog = window.edit_trackers()
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    return dialog


def test_trackers_are_off_by_default_and_no_suggestion_is_ticked(qtbot, journal, settings_file, clock):
    window, _ = make_window(qtbot, journal, settings_file, clock)
    assert not settings_file.load().show_trackers
    assert window.today.trackers_box.isHidden()
    dialog = _open_dialog(qtbot, window)
    assert not dialog.switch.isChecked()
    assert not any(c.isChecked() for c in dialog.suggestion_checks)
    assert [c.accessibleName() for c in dialog.suggestion_checks] == [
        "Sleep", "Took my medication", "Medication changed", "Appetite", "Pain", "Money worries"]
    assert unnamed_controls(dialog) == []
    dialog.close()


def test_add_a_suggestion_note_it_on_today_undo_and_retire(qtbot, journal, settings_file, clock):
    window, _ = make_window(qtbot, journal, settings_file, clock)
    dialog = _open_dialog(qtbot, window)
    dialog.suggestion_checks[1].setChecked(True)  # took my medication
    dialog.add_suggestions_button.click()
    assert dialog.switch.isChecked() and settings_file.load().show_trackers  # adding switches them on
    (meds,) = journal.trackers.trackers()
    assert meds.name == "Took my medication"
    assert not dialog.suggestion_checks[1].isEnabled()  # already added
    dialog.close()

    today = window.today
    assert not today.trackers_box.isHidden()
    field = today.tracker_form.fields[meds.id]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)  # keyboard: "not noted" → "yes"
    assert field.currentText() == "yes"
    today.save()
    assert "mood too" in today.status.text()  # trackers go with a check-in: nothing lost
    assert field.currentText() == "yes"
    qtbot.keyClick(today.mood_form.mood, Qt.Key.Key_3)
    today.save()
    assert "Saved at" in today.status.text()
    assert field.currentText() == "not noted"
    (row,) = journal.timeline()
    assert journal.get_mood(row.id).tracked == (TrackedValue(meds.id, 1.0),)

    window.go_to(PAGES.index("Timeline"))
    qtbot.waitUntil(lambda: shown_texts(window.timeline) == ["Check-in · Took my medication: yes"], timeout=10_000)
    window.go_to(0)

    window.undo_stack.undo()  # one step: the check-in and its value together
    assert journal.timeline() == []
    window.undo_stack.redo()
    (row,) = journal.timeline()
    assert journal.get_mood(row.id).tracked == (TrackedValue(meds.id, 1.0),)

    dialog = _open_dialog(qtbot, window)
    dialog.list.setCurrentRow(0)
    dialog.retire_button.click()
    assert "(retired)" in dialog.list.item(0).text()
    assert today.trackers_box.isHidden()  # no active trackers left: nothing shown
    assert journal.trackers.series(meds.id)[0][1] == 1.0  # history kept
    assert journal.get_mood(row.id).tracked == (TrackedValue(meds.id, 1.0),)
    dialog.list.setCurrentRow(0)
    dialog.back_button.click()
    assert not today.trackers_box.isHidden()
    dialog.close()


def test_own_tracker_a_bad_number_is_said_kindly_and_kept(qtbot, journal, settings_file, clock):
    window, _ = make_window(qtbot, journal, settings_file, clock)
    dialog = _open_dialog(qtbot, window)
    dialog.add_button.click()
    assert "name" in dialog.error.text()
    dialog.name.setText("Hours outside")
    dialog.kind.setCurrentIndex(dialog.kind.findText("A number"))
    assert dialog.unit.isVisibleTo(dialog) and not dialog.choices.isVisibleTo(dialog)
    dialog.unit.setText("hours")
    dialog.add_button.click()
    assert dialog.error.isHidden()
    (outside,) = journal.trackers.trackers()
    dialog.close()

    today = window.today
    field = today.tracker_form.fields[outside.id]
    qtbot.keyClicks(field, "two")
    qtbot.keyClick(today.mood_form.mood, Qt.Key.Key_4)
    today.save()
    assert "please type a number" in today.status.text()
    assert field.text() == "two" and journal.timeline() == []
    field.setText("2,5")
    today.save()
    (row,) = journal.timeline()
    assert journal.get_mood(row.id).tracked == (TrackedValue(outside.id, 2.5),)


def test_a_tracker_value_is_kept_as_a_draft(qtbot, journal, settings_file, clock):
    window, _ = make_window(qtbot, journal, settings_file, clock)
    dialog = _open_dialog(qtbot, window)
    dialog.suggestion_checks[0].setChecked(True)  # sleep
    dialog.add_suggestions_button.click()
    dialog.close()
    (sleep,) = journal.trackers.trackers()
    today = window.today
    today.tracker_form.fields[sleep.id].setText("7.5")
    draft = today.draft()
    assert draft is not None and draft["trackers"] == {str(sleep.id): "7.5"}
    today.clear_forms()
    assert today.draft() is None
    today.restore_draft(draft)
    assert today.tracker_form.fields[sleep.id].text() == "7.5"


def test_today_with_all_six_suggestions_still_fits_1024_by_600(qtbot, journal, settings_file, clock):
    window, _ = make_window(qtbot, journal, settings_file, clock)
    dialog = _open_dialog(qtbot, window)
    for check in dialog.suggestion_checks:
        check.setChecked(True)
    dialog.add_suggestions_button.click()
    dialog.close()
    assert not window.today.trackers_box.isHidden() and len(window.today.tracker_form.fields) == 6
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1024 and hint.height() <= 600
    window.resize(1024, 600)
    for field in window.today.tracker_form.fields.values():  # each reachable: it scrolls into view
        field.setFocus()
        assert field.hasFocus()


def test_changing_a_check_in_in_the_timeline_keeps_its_tracker_values(qtbot, journal):
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QDialogButtonBox

    from peerjournal.core.records import MoodCheckIn
    from peerjournal.core.trackers import Tracker, TrackerKind
    from peerjournal.core.vocabulary import EntryKind
    from tests.ui.journal.helpers import make_window as make_timeline_window

    sleep = journal.trackers.add_tracker(Tracker("Sleep", TrackerKind.NUMBER, unit="hours"))
    mood = journal.add_mood(MoodCheckIn(at=datetime.now(UTC) - timedelta(hours=1), mood=2,
                                        tracked=(TrackedValue(sleep.id, 6.0),)))
    window = make_timeline_window(qtbot, journal)
    page = window.timeline
    assert page.select(EntryKind.MOOD, mood.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.entry_dialog
    dialog.form.note.setPlainText("slept badly")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    stored = journal.get_mood(mood.id)
    assert stored.note == "slept badly" and stored.tracked == (TrackedValue(sleep.id, 6.0),)

"""The entry, person and goal dialogs on a full disk: a plain message, and the typing is still there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.vocabulary import EntryKind
from tests.faults import failing_writes
from tests.ui.journal.helpers import fill, make_window

from peerjournal.ui.widgets import messages

FULL = "The disk is full, so this wasn't saved. Free some space on the disk, then try again."


def test_a_new_entry_refused_by_a_full_disk_comes_back_with_its_typing(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = window.log_activity()
    dialog.form.title.setText("Art group")
    dialog.form.note.setPlainText("the blue painting")
    with failing_writes(journal.vault) as disk:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert disk.failures >= 1
    assert messages.shown[-1] == ("Not saved", FULL)
    again = window.entry_dialog
    assert again is not None and again is not dialog and again.isVisible()
    assert again.form.title.text() == "Art group"
    assert again.form.note.toPlainText() == "the blue painting"
    assert journal.timeline() == [] and window.undo_stack.count() == 0
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # room again: saved
    assert [row.kind for row in journal.timeline()] == [EntryKind.ACTIVITY]


def test_a_change_refused_by_a_full_disk_comes_back_with_the_change(qtbot, journal):
    entries = fill(journal)
    window = make_window(qtbot, journal)
    window.timeline.select(EntryKind.MOOD, entries["mood"].id)
    window.timeline.edit_button.click()
    dialog = window.entry_dialog
    dialog.form.note.setPlainText("rainy, then better")
    with failing_writes(journal.vault):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert messages.shown[-1] == ("Not saved", FULL)
    again = window.entry_dialog
    assert again.isVisible() and again.original == dialog.original
    assert again.form.note.toPlainText() == "rainy, then better"
    assert journal.get_mood(entries["mood"].id).note == "rainy and slow"

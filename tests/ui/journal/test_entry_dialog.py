"""Entry dialog: editing an entry from the timeline, refusing what is not valid (the window opens on the timeline)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from peerjournal.core.vocabulary import EntryKind
from tests.ui.journal.helpers import fill, make_window


def edit_from_the_timeline(qtbot, journal, kind: EntryKind = EntryKind.MOOD):  # type: ignore[no-untyped-def]
    """The window on the filled journal, and the entry of ``kind`` opened with Edit."""
    entries = fill(journal)
    window = make_window(qtbot, journal)
    page = window.timeline
    assert page.select(kind, entries[kind.value].id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    return entries, window, window.entry_dialog


def test_edit_through_the_dialog(qtbot, journal):
    entries, window, dialog = edit_from_the_timeline(qtbot, journal)
    page = window.timeline
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.mood.value() == 2
    qtbot.mouseClick(dialog.form.mood.buttons[4], Qt.MouseButton.LeftButton)
    dialog.form.note.setPlainText("rainy, then better")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    stored = journal.get_mood(entries["mood"].id)
    assert stored.mood == 4 and stored.note == "rainy, then better"
    assert stored.at == entries["mood"].at.replace(microsecond=0)
    row = page.current_row()
    assert row is not None and row.id == entries["mood"].id  # selection kept after refresh
    window.undo_stack.undo()
    assert journal.get_mood(entries["mood"].id).mood == 2


def test_edit_refuses_invalid_and_keeps_typing(qtbot, journal):
    entries = fill(journal)
    window = make_window(qtbot, journal)
    window.timeline.select(EntryKind.ACTIVITY, entries["activity"].id)
    window.timeline.edit_button.click()
    dialog = window.entry_dialog
    dialog.form.title.clear()
    dialog.form.note.setPlainText("keep me")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "what you did" in dialog.error.text()
    assert dialog.form.note.toPlainText() == "keep me"
    assert journal.get_activity(entries["activity"].id).title == "Walk by the river"


def test_a_contact_needs_someone(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = window.log_contact_with(None)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "who the contact was with" in dialog.error.text()


def test_the_when_field_starts_at_its_first_part_from_either_side(qtbot, journal):
    """Shift+Tab into "When" puts the cursor on its first part, as Tab does (Qt alone: the minutes)."""
    from PySide6.QtWidgets import QDateTimeEdit

    entries, window, dialog = edit_from_the_timeline(qtbot, journal)
    assert dialog is not None
    qtbot.waitActive(dialog)
    for reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
        dialog.form.note.setFocus()
        qtbot.waitUntil(lambda: not dialog.when.hasFocus(), timeout=5000)
        dialog.when.setFocus(reason)
        qtbot.waitUntil(dialog.when.hasFocus, timeout=5000)
        assert dialog.when.currentSectionIndex() == 0, reason
        assert dialog.when.currentSection() != QDateTimeEdit.Section.MinuteSection
    dialog.reject()

"""Word lists dialog: feelings and activity categories, and the Today page following them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import make_window, unnamed_controls


def test_edit_the_feelings_list_and_the_today_page_follows(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = window.edit_lists()
    editor = dialog.feelings
    qtbot.keyClicks(editor.field, "  Peaceful ")
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    assert "peaceful" in journal.feelings()
    assert "peaceful" in editor.words()
    assert editor.list.currentItem().text() == "peaceful"
    assert "peaceful" in window.today.mood_form.feelings._chips  # offered on Today at once
    editor.list.setCurrentRow(editor.words().index("numb"))
    editor.remove_button.click()
    assert "numb" not in journal.feelings()
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)  # nothing typed
    assert "Please give a word" in editor.error.text()
    categories = dialog.categories
    categories.field.setText("Cooking")
    categories.add_button.click()
    assert "Cooking" in journal.activity_categories()
    assert window.today.activity_form.category.findText("Cooking") >= 0
    assert unnamed_controls(dialog) == []
    dialog.reject()

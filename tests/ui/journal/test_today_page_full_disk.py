"""Today on a full disk: a plain message, nothing typed lost, the same step saves once there is space."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.faults import SQLITE_IOERR, failing_writes
from tests.ui.journal.helpers import make_page


def _fill(qtbot, page) -> None:
    qtbot.mouseClick(page.mood_form.mood.buttons[3], Qt.MouseButton.LeftButton)
    page.mood_form.note.setPlainText("a walk I want to remember")
    page.activity_form.title.setText("Art group")


def test_saving_on_a_full_disk_says_so_and_keeps_the_typing(qtbot, journal):
    page, stack = make_page(qtbot, journal)
    _fill(qtbot, page)
    with failing_writes(journal.vault) as disk:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert disk.failures >= 1
        assert page.status.text() == (
            "The disk is full, so this wasn't saved. Your typing is still here: free some "
            "space, then press Save again.")
        assert page.status.property("error") is True
        assert page.mood_form.note.toPlainText() == "a walk I want to remember"
        assert page.mood_form.mood.value() == 3
        assert page.activity_form.title.text() == "Art group"
        assert journal.timeline() == []
        assert stack.count() == 0  # a refused step never lands on the undo stack
        disk.free()
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Saved at" in page.status.text()
    assert len(journal.timeline()) == 2 and stack.count() == 1


def test_a_failing_disk_is_said_too(qtbot, journal):
    page, _ = make_page(qtbot, journal)
    _fill(qtbot, page)
    with failing_writes(journal.vault, code=SQLITE_IOERR, statements=("COMMIT",)):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("The disk could not be written to, so this wasn't saved.")
    assert page.mood_form.note.toPlainText() == "a walk I want to remember"
    assert journal.timeline() == []

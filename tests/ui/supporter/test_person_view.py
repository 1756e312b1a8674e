"""One person in supporter mode: private notes saved as typed and shown again."""

from __future__ import annotations

from tests.ui.supporter.helpers import (
    accept_as_is,
    make_window,
    open_share,
)


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

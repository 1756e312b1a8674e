"""Replies you can find again: after Finish, each reply can be read again from the history on the
Sharing page (its note, each suggestion in full, what was accepted and declined), read only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.helpers import unnamed_controls
from tests.ui.sharing.helpers import card, dump, pair_and_share, sharing_page, write_reply
from tests.ui.supporter.helpers import accept_as_is, open_share
from tests.ui.supporter.helpers import make_window as make_supporter_window

from peerjournal.ui.sharing.reply_read import ReplyReadDialog
from peerjournal.ui.widgets import files


def finished_reply(qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    saved = write_reply(qtbot, window, tmp_path / "reply.pjreply").saved_path
    files.next_paths.append(saved)
    dialog = page.open_reply()
    qtbot.mouseClick(card(dialog, "Call my brother once a week").accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card(dialog, "Riverside Walkers").decline_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted):
        dialog.finish_button.click()
    return page


def test_each_finished_reply_can_be_read_again_from_the_history(qtbot, journal, store, tmp_path):
    page = finished_reply(qtbot, journal, store, tmp_path)
    box = page.replies_box
    assert box.read_button.isVisibleTo(page) and not box.read_button.isEnabled()
    box.table.selectRow(0)
    assert box.read_button.isEnabled()
    before = dump(journal)
    qtbot.mouseClick(box.read_button, Qt.MouseButton.LeftButton)
    dialog = box.dialog
    assert isinstance(dialog, ReplyReadDialog) and dialog.isVisible()
    assert unnamed_controls(dialog) == []
    assert dialog.notes.text() == "Lovely to see you. Here is what we talked about."
    place = card(dialog, "Riverside Walkers")
    goal = card(dialog, "Call my brother once a week")
    assert "Sundays at 10" in place.details.text() and "Bus 12 to the bridge" in place.details.text()
    assert "Sunday evening after tea" in goal.details.text()
    assert place.status.text() == "You declined it: nothing was added."
    assert goal.status.text() == "You accepted it: added to your goals."
    assert not goal.accept_button.isVisible() and not place.decline_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing to do: Enter changes nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and box.dialog is None
    assert dump(journal) == before

    box.table.selectRow(0)
    index = box.table.model().index(0, 1)
    box.table.doubleClicked.emit(index)
    assert isinstance(box.dialog, ReplyReadDialog)


def test_a_reply_finished_before_its_content_was_kept_shows_titles_and_decisions(qtbot, journal, store, tmp_path):
    page = finished_reply(qtbot, journal, store, tmp_path)
    journal.vault.conn.execute("UPDATE replies_opened SET document = NULL")  # as an older version left it
    page.replies_box.reload()
    page.replies_box.table.selectRow(0)
    dialog = page.replies_box.read_again()
    assert dialog is not None and dialog.cards == []
    assert [line.text() for line in dialog.lines] == [
        "A place or group: Riverside Walkers. You declined it: nothing was added.",
        "A goal or next step: Call my brother once a week. You accepted it: added to your goals."]

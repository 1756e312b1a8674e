"""Writing a reply never drops what the supporter typed: a goal or place typed but not added
goes in on Save, and Cancel or Esc with something written asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.core.sharing.reply import open_reply
from tests.ui.sharing.helpers import pair_and_share, sharing_page
from tests.ui.supporter.helpers import accept_as_is, open_share
from tests.ui.supporter.helpers import make_window as make_supporter_window

from peerjournal.ui.widgets import files, messages


def compose(qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    window.reply_action.trigger()
    return window.reply_dialog


def read_back(journal, path):
    return open_reply(path.read_bytes(), identity=journal.replies.reply_identity(),
                      known_signers=set(journal.replies.signers().values()))


def test_a_goal_and_a_place_typed_but_not_added_go_in_on_save(qtbot, journal, store, tmp_path):
    dialog = compose(qtbot, journal, store, tmp_path)
    qtbot.keyClicks(dialog.notes_edit, "See you next week.")
    qtbot.keyClicks(dialog.place_name, "Riverside Walkers")
    qtbot.keyClicks(dialog.place_when, "Sundays at 10")
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.goal_title, "Call my brother")
    out = tmp_path / "reply.pjreply"
    files.next_paths.append(out)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Place: Riverside Walkers", "Goal: Call my brother"]
    opened = read_back(journal, out)
    assert [(i.kind.value, i.title) for i in opened.items] == [("place", "Riverside Walkers"),
                                                               ("goal", "Call my brother")]
    assert opened.items[0].when == "Sundays at 10"


def test_a_half_typed_place_without_a_name_stops_the_save_and_says_why(qtbot, journal, store, tmp_path):
    dialog = compose(qtbot, journal, store, tmp_path)
    qtbot.keyClicks(dialog.notes_edit, "See you next week.")
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.place_when, "Sundays at 10")  # the place tab: a time, no name
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.saved_path is None
    assert dialog.error.isVisible() and dialog.tabs.currentIndex() == 0
    assert dialog.place_when.text() == "Sundays at 10"  # nothing lost


def test_cancel_with_something_written_asks_first(qtbot, journal, store, tmp_path):
    dialog = compose(qtbot, journal, store, tmp_path)
    qtbot.keyClicks(dialog.goal_title, "Call my brother")
    messages.next_answers.append(False)  # "Keep writing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert messages.shown[-1][0] == "Close without saving?"
    assert dialog.isVisible() and dialog.goal_title.text() == "Call my brother"
    messages.next_answers.append(True)
    dialog.findChild(type(dialog.save_button), "cancelReplyButton").click()
    assert not dialog.isVisible()


def test_cancel_with_nothing_written_closes_at_once(qtbot, journal, store, tmp_path):
    dialog = compose(qtbot, journal, store, tmp_path)
    shown = len(messages.shown)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(messages.shown) == shown

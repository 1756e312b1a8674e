"""Writing a reply in supporter mode: refused before a file says where, and never empty."""

from __future__ import annotations

from tests.ui.helpers import unnamed_controls
from tests.ui.sharing.helpers import pair_and_share, sharing_page
from tests.ui.supporter.helpers import accept_as_is, open_share
from tests.ui.supporter.helpers import make_window as make_supporter_window

from peerjournal.ui.widgets import messages


def test_the_supporter_cant_reply_before_a_file_says_where(qtbot, store, tmp_path):
    """A file from an older PeerJournal has no reply_to: the supporter is told, nothing opens."""
    from tests.ui.supporter.helpers import SharingJournal

    sam = SharingJournal(tmp_path / "sam.pjvault", "Sam")
    try:
        window = make_supporter_window(qtbot, store)
        path = sam.share(tmp_path, store.identity()[1])  # built without reply_to
        open_share(qtbot, window, path, answer=accept_as_is)
        assert window.write_reply() is None
        title, text = messages.shown[-1]
        assert title == "Can't reply yet" and "Sam" in text
        assert window.reply_dialog is None
    finally:
        sam.close()


def test_a_reply_needs_something_in_it(qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    window.reply_action.trigger()
    dialog = window.reply_dialog
    assert unnamed_controls(dialog) == []
    dialog.add_goal_button.click()  # an empty goal
    assert dialog.error.isVisible() and "few words" in dialog.error.text()
    dialog.save_button.click()
    assert "write a note or add a suggestion" in dialog.error.text()
    assert dialog.isVisible() and dialog.saved_path is None

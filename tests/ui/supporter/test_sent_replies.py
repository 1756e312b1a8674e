"""The supporter sees the replies they sent to a person (when, and what), not only a count."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from tests.ui.helpers import unnamed_controls
from tests.ui.sharing.helpers import pair_and_share, sharing_page, write_reply
from tests.ui.supporter.helpers import accept_as_is, open_share
from tests.ui.supporter.helpers import make_window as make_supporter_window

from peerjournal.ui.supporter.sent_replies import SentReplyDialog


def test_the_replies_sent_are_listed_and_read_again(qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    sent = window.person_panel.sent
    assert sent.empty.isVisibleTo(window) and not sent.list.isVisibleTo(window)

    write_reply(qtbot, window, tmp_path / "reply.pjreply")
    assert sent.list.count() == 1 and sent.list.isVisibleTo(window)
    line = sent.list.item(0).text()
    assert "Lovely to see you." in line and "Riverside Walkers" in line and "Call my brother once a week" in line
    # One reply needs no sideways scroll bar in the narrow side: the line wraps.
    assert sent.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.waitUntil(lambda: sent.list.visualItemRect(sent.list.item(0)).right()
                    <= sent.list.viewport().width(), timeout=10_000)
    assert not sent.read_button.isEnabled()
    sent.list.setCurrentRow(0)
    qtbot.mouseClick(sent.read_button, Qt.MouseButton.LeftButton)
    dialog = sent.dialog
    assert isinstance(dialog, SentReplyDialog) and dialog.isVisible()
    assert unnamed_controls(dialog) == []
    (person,) = store.people()
    text = dialog.text.toPlainText()
    assert f"Your reply to {person.name}" in text
    for words in ("Lovely to see you. Here is what we talked about.", "Riverside Walkers", "Sundays at 10",
                  "Bus 12 to the bridge", "Call my brother once a week", "Sunday evening after tea",
                  "Signed as: Dev"):
        assert words in text, words
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert sent.dialog is None


def test_a_reply_sent_before_content_was_kept_says_so(qtbot, store, journal, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    (person,) = store.people()
    store.replies.record_sent(person.id, "r-old", datetime(2026, 6, 1, 12, tzinfo=UTC), None, 3)  # no content
    window.person_panel.reload_sent()
    sent = window.person_panel.sent
    assert "3 suggestions" in sent.list.item(0).text()
    sent.list.setCurrentRow(0)
    dialog = sent.read()
    assert "before PeerJournal kept what replies said. It held 3 suggestions." in dialog.text.toPlainText()


def test_the_count_of_suggestions_is_a_plural_form_lupdate_reads(qapp):
    from pathlib import Path
    from xml.etree import ElementTree

    from peerjournal import i18n as core_i18n

    from peerjournal.ui.app import translations as i18n
    from peerjournal.ui.supporter.sent_replies import SentReplies

    folder = Path(__file__).resolve().parents[3] / "resources" / "translations"
    for language in ("de", "en"):
        messages = {m.findtext("source"): m for m in ElementTree.parse(folder / f"peerjournal_{language}.ts").iter("message")}
        message = messages["%n suggestion(s)"]
        forms = [f.text for f in message.iter("numerusform")]
        assert message.get("numerus") == "yes" and len(forms) == 2 and all(forms), language
    assert SentReplies().suggestions(1) == "1 suggestion" and SentReplies().suggestions(3) == "3 suggestions"
    try:
        i18n.install_translators("de")
        assert SentReplies().suggestions(1) == "1 Vorschlag" and SentReplies().suggestions(3) == "3 Vorschläge"
    finally:
        i18n.install_translators("en")
        core_i18n.set_translator(None)

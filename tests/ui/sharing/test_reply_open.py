"""A supporter's reply, end to end with real vaults and real files: the person adds the
supporter's key and shares; the supporter writes a reply with a goal and a place; the person
opens it, accepts one and declines the other. Refusals are explained and change nothing."""

from __future__ import annotations

import stat
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.sharing.keys import new_identity, new_signing_key, signer_public
from peerjournal.core.sharing.reply import ProposedGoal, ReplyDraft, build_reply, seal_reply
from peerjournal.core.sharing.supporter_key import SupporterKey, pairing_fingerprint
from tests.ui.helpers import unnamed_controls
from tests.ui.sharing.helpers import card, dump, pair_and_share, sharing_page, write_reply
from tests.ui.supporter.helpers import accept_as_is, open_share
from tests.ui.supporter.helpers import make_window as make_supporter_window

from peerjournal.ui.sharing.reply_open import ReplyDialog
from peerjournal.ui.sharing.reply_read import ReplyReadDialog
from peerjournal.ui.widgets import files, messages


def test_supporter_replies_and_the_person_accepts_one_and_declines_the_other(
        qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    share = pair_and_share(qtbot, journal, page, window, tmp_path)
    assert open_share(qtbot, window, share, answer=accept_as_is).outcome == "imported"

    reply_file = tmp_path / "out" / "to-alex"  # the suffix is added
    written = write_reply(qtbot, window, reply_file)
    saved = written.saved_path
    assert saved == reply_file.with_name("to-alex.pjreply") and saved.exists()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert b"Riverside" not in saved.read_bytes()  # encrypted
    (person,) = store.people()
    assert [r.suggestions for r in store.replies.sent_to(person.id)] == [2]

    # The person opens it from the Sharing page: notes, then each suggestion to decide on.
    before = dump(journal)
    files.next_paths.append(saved)
    page.open_reply_button.click()
    dialog = page.replies_box.dialog
    assert isinstance(dialog, ReplyDialog) and dialog.isVisible()
    assert dump(journal) == before  # nothing stored just by opening
    assert "Dev" in dialog.windowTitle()
    assert dialog.notes.text() == "Lovely to see you. Here is what we talked about."
    assert unnamed_controls(dialog) == []
    goal, place = card(dialog, "Call my brother once a week"), card(dialog, "Riverside Walkers")
    assert "Bus 12 to the bridge" in place.details.text()
    assert not dialog.finish_button.isEnabled()

    qtbot.mouseClick(goal.accept_button, Qt.MouseButton.LeftButton)
    assert "goals" in goal.status.text() and not dialog.finish_button.isEnabled()
    qtbot.mouseClick(place.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(place.decline_button, Qt.MouseButton.LeftButton)  # changed their mind
    assert place.status.text().startswith("Declined") and dialog.finish_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)

    (stored,) = journal.goals.goals()
    assert (stored.title, stored.first_step) == ("Call my brother once a week", "Sunday evening after tea")
    assert journal.places.places() == []
    title, text = messages.shown[-1]
    assert "Call my brother once a week" in text and "Not added: Riverside Walkers" in text
    table = page.replies_box.table
    assert table.isVisibleTo(page) and table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3)] == [
        "Dev", "Call my brother once a week", "Riverside Walkers"]

    # The same file again: shown read only as it was finished (issue 14), nothing added twice.
    before = dump(journal)
    shown = len(messages.shown)
    files.next_paths.append(saved)
    again = page.open_reply()
    assert isinstance(again, ReplyReadDialog) and again.isVisible()
    assert len(messages.shown) == shown  # no "can't be opened"
    assert [(c.item.title, c.status.text()) for c in again.cards] == [
        ("Riverside Walkers", "You declined it: nothing was added."),
        ("Call my brother once a week", "You accepted it: added to your goals.")]
    assert not any(c.accept_button.isVisible() or c.decline_button.isVisible() for c in again.cards)
    assert dump(journal) == before


def test_deciding_later_adds_nothing_and_the_file_opens_again(qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    saved = write_reply(qtbot, window, tmp_path / "reply.pjreply").saved_path
    before = dump(journal)

    files.next_paths.append(saved)
    dialog = page.open_reply()
    qtbot.mouseClick(dialog.cards[0].accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dump(journal) == before

    files.next_paths.append(saved)
    again = page.open_reply()
    assert isinstance(again, ReplyDialog) and all(c.decision is None for c in again.cards)
    for c in again.cards:
        c.decline_button.click()
    again.finish_button.click()
    assert journal.goals.goals() == [] and journal.places.places() == []
    assert [d.accepted for d in journal.replies.history()[0].decisions] == [False, False]


def test_an_older_supporter_key_is_refused_with_what_to_do(qtbot, journal, tmp_path):
    """A supporter added with a bare age key: their reply can't be trusted until their updated
    key is added; then it opens."""
    page = sharing_page(qtbot, journal)
    _secret, public = new_identity()
    signing = new_signing_key()
    page.name_edit.setText("Rachel")
    page.key_edit.setText(public)
    assert "older key" in page.fingerprint_label.text()
    page.add_button.click()
    replies = journal.replies
    doc = build_reply(ReplyDraft(notes="Hello", items=(ProposedGoal("Join the choir"),)),
                      recipient=replies.reply_to(), signer=signer_public(signing), in_reply_to=None,
                      created=datetime.now(UTC))
    path = tmp_path / "rachel.pjreply"
    path.write_bytes(seal_reply(doc, signing))

    before = dump(journal)
    files.next_paths.append(path)
    assert page.open_reply() is None
    title, text = messages.shown[-1]
    assert title == "This reply can't be opened"
    assert "Rachel" in text and "updated key" in text and "Nothing in your journal was changed" in text
    assert dump(journal) == before

    # Rachel's updated key (same age key, now with its signing part) updates her, not a copy.
    page.key_edit.setText(f"{public} ed25519:{signer_public(signing)}")
    page.name_edit.setText("Rachel")
    page.add_button.click()
    assert "updated" in messages.shown[-1][0]
    assert page.supporters_table.rowCount() == 1
    assert page.supporters_table.item(0, 1).text() == pairing_fingerprint(public, signer_public(signing))
    files.next_paths.append(path)
    assert isinstance(page.open_reply(), ReplyDialog)


@pytest.mark.parametrize("kind", ["tampered", "not for this journal", "unknown signer", "oversize"])
def test_bad_files_are_explained_and_change_nothing(qtbot, journal, tmp_path, kind):
    page = sharing_page(qtbot, journal)
    signing = new_signing_key()
    _secret, public = new_identity()
    journal.replies.add_supporter("Dev", SupporterKey(public, signer_public(signing)))
    recipient = new_identity()[1] if kind == "not for this journal" else journal.replies.reply_to()
    key = new_signing_key() if kind == "unknown signer" else signing
    doc = build_reply(ReplyDraft(notes="Hi", items=(ProposedGoal("Try the library café"),)),
                      recipient=recipient, signer=signer_public(key), in_reply_to=None,
                      created=datetime.now(UTC))
    data = bytearray(seal_reply(doc, key))
    if kind == "tampered":
        data[-10] ^= 0x40
    if kind == "oversize":
        data += b"\0" * (1024 * 1024)
    path = tmp_path / "bad.pjreply"
    path.write_bytes(bytes(data))
    before = dump(journal)
    files.next_paths.append(path)
    assert page.open_reply() is None
    title, text = messages.shown[-1]
    assert title == "This reply can't be opened" and "Nothing in your journal was changed" in text
    words = {"tampered": "changed on the way", "not for this journal": "someone else's journal",
             "unknown signer": "not one of your supporters", "oversize": "too large"}
    assert words[kind] in text
    assert dump(journal) == before



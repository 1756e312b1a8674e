"""Fingerprints both ways: the journal shows its own (the supporter sees the same digits for this
person), adding a supporter asks "Did you both read the same?", and a supporter not yet checked
is marked on the Sharing page and in the Share dialog until marked checked."""

from __future__ import annotations

import re

from peerjournal.core.sharing.keys import (
    new_identity,
    new_signing_key,
    signer_fingerprint,
    signer_public,
)
from peerjournal.core.sharing.supporter_key import pairing_fingerprint
from tests.ui.sharing.helpers import pair_and_share, sharing_page, write_reply
from tests.ui.supporter.helpers import accept_as_is, open_share
from tests.ui.supporter.helpers import make_window as make_supporter_window

from peerjournal.ui.sharing.share_dialog import ShareDialog
from peerjournal.ui.widgets import files, messages

DIGITS = re.compile(r"\b\d{5}( \d{5}){4}\b")


def add(qtbot, page, name: str, *, same: bool) -> str:
    public, signer = new_identity()[1], signer_public(new_signing_key())
    qtbot.keyClicks(page.name_edit, name)
    page.key_edit.setText(f"{public} ed25519:{signer}")
    messages.next_answers.append(same)
    page.add_button.click()
    return pairing_fingerprint(public, signer)


def test_the_journal_shows_its_own_fingerprint_and_the_supporter_sees_the_same(qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    own = signer_fingerprint(journal.sharing.signer())
    assert DIGITS.fullmatch(own)
    assert own in page.own_fingerprint.text() and page.own_fingerprint.isVisible()
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    assert own in window.person_panel.details.text()
    # The supporter's key panel and the journal's key field show the same digits for the supporter.
    assert window.key_panel.fingerprint in page.supporters_table.item(0, 1).text()
    assert DIGITS.fullmatch(window.key_panel.fingerprint)


def test_adding_asks_did_you_both_read_the_same_and_not_yet_is_marked(qtbot, journal):
    page = sharing_page(qtbot, journal)
    fingerprint = add(qtbot, page, "Dev", same=False)
    question = next(q for q in messages.shown if q[0] == "Did you both read the same?")
    assert fingerprint in question[1] and "Dev" in question[1]
    assert "not yet checked" in messages.shown[-1][1]
    (dev,) = journal.sharing.supporters()
    assert not journal.replies.is_checked(dev.id)
    assert page.supporters_table.item(0, 3).text() == "Not yet"
    assert "Not yet checked" in page.supporters_table.item(0, 0).toolTip()

    add(qtbot, page, "Rachel", same=True)
    rachel = next(s for s in journal.sharing.supporters() if s.name == "Rachel")
    assert journal.replies.checked_ids() == {rachel.id}
    row = next(r for r in range(2) if page.supporters_table.item(r, 0).text() == "Rachel")
    assert page.supporters_table.item(row, 3).text() == "Yes"


def test_an_unchecked_supporter_is_marked_in_the_share_dialog_until_marked_checked(qtbot, journal):
    page = sharing_page(qtbot, journal)
    add(qtbot, page, "Dev", same=False)
    (dev,) = journal.sharing.supporters()
    dialog = ShareDialog(journal, supporter_id=dev.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.supporter.currentText() == "Dev (fingerprint not checked yet)"
    assert dialog.unchecked_note.isVisible() and "Dev" in dialog.unchecked_note.text()
    dialog.supporter.setCurrentIndex(dialog.supporter.count() - 1)  # a passphrase: no key to check
    assert not dialog.unchecked_note.isVisible()
    dialog.done(0)

    page.supporters_table.selectRow(0)
    assert page.check_button.isEnabled()
    messages.next_answers.append(False)  # still not
    page.check_button.click()
    assert not journal.replies.is_checked(dev.id)
    messages.next_answers.append(True)
    page.check_button.click()
    assert journal.replies.is_checked(dev.id)
    assert page.supporters_table.item(0, 3).text() == "Yes"
    page.supporters_table.selectRow(0)
    assert not page.check_button.isEnabled()

    again = ShareDialog(journal, supporter_id=dev.id)
    qtbot.addWidget(again)
    again.show()
    assert again.supporter.currentText() == "Dev" and not again.unchecked_note.isVisible()


def test_enter_in_the_question_means_not_yet(qtbot, journal, monkeypatch):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: asked.append(kwargs) or False)
    page = sharing_page(qtbot, journal)
    add(qtbot, page, "Dev", same=False)
    assert asked == [{"yes": "Yes, we read the same", "no": "Not yet", "default_no": True}]


def test_a_reply_from_a_supporter_not_yet_checked_says_so(qtbot, journal, store, tmp_path):
    window = make_supporter_window(qtbot, store)
    page = sharing_page(qtbot, journal)
    messages.next_answers.append(False)  # "Not yet" when pair_and_share adds the supporter
    open_share(qtbot, window, pair_and_share(qtbot, journal, page, window, tmp_path), answer=accept_as_is)
    saved = write_reply(qtbot, window, tmp_path / "reply.pjreply").saved_path
    files.next_paths.append(saved)
    dialog = page.open_reply()
    assert dialog.unchecked_note.isVisible() and "Dev" in dialog.unchecked_note.text()
    dialog.done(0)

    (dev,) = journal.sharing.supporters()
    journal.replies.mark_checked(dev.id)
    files.next_paths.append(saved)
    assert not page.open_reply().unchecked_note.isVisible()

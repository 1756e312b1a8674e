"""The Share dialog never throws the person's choices away: Enter goes forward, Esc and Cancel ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.supporter_key import SupporterKey

from peerjournal.ui.sharing.share_dialog import ShareDialog
from peerjournal.ui.widgets import messages


def open_dialog(qtbot, journal) -> ShareDialog:
    journal.replies.add_supporter("Dev", SupporterKey(new_identity()[1], None))
    dialog = ShareDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def default_button(dialog: QDialog) -> QPushButton | None:
    return next((b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()), None)


def test_enter_in_the_name_field_goes_to_the_preview_not_away(qtbot, journal):
    dialog = open_dialog(qtbot, journal)
    assert default_button(dialog) is dialog.preview_button
    dialog.sender_name.setFocus()
    qtbot.keyClicks(dialog.sender_name, "Alex")
    qtbot.keyClick(dialog.sender_name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not rejected
    assert dialog.pages.currentIndex() == 1, dialog.error.text()
    assert default_button(dialog) is dialog.save_button
    dialog.findChild(QPushButton, "backButton").click()
    assert default_button(dialog) is dialog.preview_button
    assert dialog.sender_name.text() == "Alex"


def test_esc_with_choices_made_asks_and_keep_choosing_keeps_them(qtbot, journal):
    dialog = open_dialog(qtbot, journal)
    qtbot.keyClicks(dialog.sender_name, "Alex")
    dialog.notes.setChecked(not dialog.notes.isChecked())
    messages.next_answers.append(False)  # "Keep choosing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert messages.shown[-1] == ("Close without saving?", "Your choices will be lost.")
    assert dialog.isVisible() and dialog.sender_name.text() == "Alex"

    messages.next_answers.append(False)
    dialog.findChild(QPushButton, "cancelShareButton").click()
    assert dialog.isVisible() and len(messages.shown) == 2

    messages.next_answers.append(True)  # "Close"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_esc_without_choices_closes_without_asking(qtbot, journal):
    dialog = open_dialog(qtbot, journal)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and messages.shown == []


def test_from_the_preview_esc_asks_too(qtbot, journal):
    dialog = open_dialog(qtbot, journal)
    dialog.preview_button.click()
    assert dialog.pages.currentIndex() == 1, dialog.error.text()
    messages.next_answers.append(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and messages.shown[-1][0] == "Close without saving?"


def test_in_the_question_enter_keeps_choosing(qtbot, journal, monkeypatch):
    """The question's safe answer is the one Enter gives: a reflex Enter never loses the choices."""
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: asked.append(kwargs) or False)
    dialog = open_dialog(qtbot, journal)
    qtbot.keyClicks(dialog.sender_name, "Alex")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert asked == [{"yes": "Close", "no": "Keep choosing", "default_no": True}]

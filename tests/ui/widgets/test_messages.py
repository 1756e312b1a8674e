"""What the person is told when work fails (their own error's words, never a bug's), and questions and
messages answered by the test instead of a modal box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton

from peerjournal.errors import UserError

from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.passphrase_field import PassphraseField


def test_error_text_shows_user_errors_and_hides_bugs():
    assert messages.error_text(UserError("The file is damaged."), "Not saved.") == "The file is damaged."
    assert messages.error_text(KeyError("secret journal words"), "Not saved.") == "Not saved."


def test_confirm_takes_the_next_answers_and_records_the_question(qtbot):
    messages.next_answers.extend([False, True])
    assert messages.confirm(None, "Delete?", "Delete this entry?") is False
    assert messages.confirm(None, "Delete?", "Delete that one?", yes="Delete", no="Keep") is True
    assert messages.confirm(None, "Again?", "No answer set") is True  # the default: yes
    assert messages.shown == [("Delete?", "Delete this entry?"), ("Delete?", "Delete that one?"),
                              ("Again?", "No answer set")]
    assert messages.next_answers == []


def test_inform_and_warn_are_recorded_not_shown(qtbot):
    messages.inform(None, "Saved", "Your entry is saved.")
    messages.warn(None, "Careful", "<b>Sam</b>")
    assert messages.shown == [("Saved", "Your entry is saved."), ("Careful", "<b>Sam</b>")]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_ask_passphrase_takes_the_next_passphrase_or_cancels(qtbot):
    messages.next_passphrases.extend(["correct horse", None])
    assert messages.ask_passphrase(None, "Unlock", "Passphrase") == "correct horse"
    assert messages.ask_passphrase(None, "Unlock", "Passphrase") is None
    assert messages.ask_passphrase(None, "Unlock", "Passphrase") is None  # none left: cancelled
    assert messages.shown == [("Unlock", "Passphrase")] * 3


def test_message_boxes_show_names_as_typed_not_as_markup(qtbot):
    box = messages._box(QMessageBox.Icon.Warning, None, "Careful", "<b>Sam</b>")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == "<b>Sam</b>"
    assert (box.windowTitle(), box.icon()) == ("Careful", QMessageBox.Icon.Warning)


def test_a_question_can_make_no_the_answer_enter_gives(qtbot):
    box, yes = messages.question_box(None, "Close without saving?", "Your choices will be lost.",
                                     yes="Close", no="Keep choosing", default_no=True)
    qtbot.addWidget(box)
    assert box.defaultButton().text() == "Keep choosing" and yes.text() == "Close"
    box, yes = messages.question_box(None, "Delete?", "Delete this entry?", yes="Delete")
    qtbot.addWidget(box)
    assert box.defaultButton() is yes


def test_the_passphrase_question_uses_a_field_that_keeps_the_passphrase_out_of_qt(qtbot):
    dialog, field = messages.passphrase_dialog(None, "Restore a backup", "The passphrase this backup was made with:")
    qtbot.addWidget(dialog)
    assert isinstance(field, PassphraseField) and field.objectName() == "askPassphraseEdit"
    assert field.accessibleName() == "The passphrase this backup was made with:"
    qtbot.keyClicks(field, "old words")
    assert field.text() == "old words" and "old" not in QLineEdit.text(field)
    ok = dialog.findChild(QPushButton, "okButton")
    assert ok.accessibleName() == "OK" and ok.accessibleDescription()
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted

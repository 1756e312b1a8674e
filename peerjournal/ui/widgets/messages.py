"""Modal questions and messages in one place, so tests can answer them (KeePassXC's idea).

Tests set ``next_answers`` (a list of bools) before triggering a confirm, and read
``shown`` for messages that would have been displayed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.errors import UserError

from peerjournal.ui.widgets.make import label, named
from peerjournal.ui.widgets.passphrase_field import PassphraseField, passphrase_field

next_answers: list[bool] = []
next_passphrases: list[str | None] = []
shown: list[tuple[str, str]] = []
_testing = False


def enable_test_mode() -> None:
    """No modal boxes: confirms take ``next_answers`` (default True), messages are recorded."""
    global _testing
    _testing = True
    next_answers.clear()
    next_passphrases.clear()
    shown.clear()


def error_text(exc: BaseException, fallback: str) -> str:
    """What to tell the person about ``exc``: its own plain words when it is a
    :class:`UserError`, else ``fallback`` (a bug's text is never shown)."""
    return str(exc) if isinstance(exc, UserError) else fallback


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "", *,
            default_no: bool = False) -> bool:
    """Ask a question; ``yes`` and ``no`` name the buttons (translated by the caller; "Yes"/"Cancel").
    ``default_no``: Enter answers no (where a reflex yes would lose work or skip a check)."""
    if _testing:
        shown.append((title, text))
        return next_answers.pop(0) if next_answers else True
    box, yes_button = question_box(parent, title, text, yes, no, default_no=default_no)
    box.exec()
    return box.clickedButton() is yes_button


def question_box(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "", *,
                 default_no: bool = False) -> tuple[QMessageBox, QPushButton]:
    """The box :func:`confirm` shows, not yet shown, and its yes button."""
    yes = yes or QCoreApplication.translate("messages", "Yes")
    no = no or QCoreApplication.translate("messages", "Cancel")
    box = _box(QMessageBox.Icon.Question, parent, title, text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if default_no else yes_button)
    return box, yes_button


def _box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, "", parent=parent)
    # Names and notes are the person's own words, never markup: "<b>Sam" stays as typed.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if _testing:
        shown.append((title, text))
        return
    _box(QMessageBox.Icon.Information, parent, title, text).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    if _testing:
        shown.append((title, text))
        return
    _box(QMessageBox.Icon.Warning, parent, title, text).exec()


def passphrase_dialog(parent: QWidget | None, title: str, text: str) -> tuple[QDialog, PassphraseField]:
    """A small modal question with one passphrase field (Qt's input dialog would hold the real text)."""
    dialog = QDialog(parent)
    dialog.setObjectName("askPassphraseDialog")
    dialog.setWindowTitle(title)
    field = passphrase_field("askPassphraseEdit", text, QCoreApplication.translate(
        "messages", "What you type is hidden. It is never saved anywhere."))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    named(buttons.button(QDialogButtonBox.StandardButton.Ok), "okButton",
          QCoreApplication.translate("messages", "OK"),
          QCoreApplication.translate("messages", "Goes on with this passphrase."))
    named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelButton",
          QCoreApplication.translate("messages", "Cancel"),
          QCoreApplication.translate("messages", "Closes this question. Nothing is changed."))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (label(text, wrap=True, buddy=field), field, buttons):
        layout.addWidget(widget)
    field.setFocus()
    return dialog, field


def ask_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    """A passphrase typed into a masked field; None if cancelled. The field is cleared at once."""
    if _testing:
        shown.append((title, text))
        return next_passphrases.pop(0) if next_passphrases else None
    dialog, field = passphrase_dialog(parent, title, text)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = field.text()
    field.clear()
    dialog.deleteLater()
    return value if accepted and value else None

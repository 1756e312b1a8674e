"""The supporter's public key, to give to the people they support, and its fingerprint.

Only public halves are ever shown, copied or saved: the age key (``age1…``), which can lock
files for the supporter but open nothing, and the key their replies are signed with
(``ed25519:…``), which lets a journal check that a reply is theirs. Secret keys never leave
the supporter vault.

Signals: ``statusMessage(str)`` after copying or saving, for the window's status bar.

Until someone has shared with the supporter the panel is part of the window (the setup step);
after that it lives in :class:`KeyDialog` (File ▸ My key and fingerprint…), out of the way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.sharing.supporter_key import (
    pairing_fingerprint,
    supporter_key_file_text,
    supporter_key_text,
)
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.vault.atomic import write_atomic

from peerjournal.ui.widgets import files, make, messages

KEY_FILE_NAME = "peerjournal-supporter-key.txt"
KEY_HINT = QT_TRANSLATE_NOOP(
    "KeyPanel",
    "Give this key to the people you support. They add it on the Sharing page of their "
    "PeerJournal, then you read the fingerprint aloud to each other: it should be the same on "
    "both screens. The key only lets them lock files for you and check that replies are from "
    "you, so it is safe to send.",
)


class KeyPanel(QGroupBox):
    statusMessage = Signal(str)

    def __init__(self, public: str, parent: QWidget | None = None, *, signer: str | None = None,
                 restore: Callable[[], object] | None = None) -> None:
        """``restore``: where a "Restore from a backup" button beside the key leads (the window's
        panel at the start has one; the key's own window doesn't)."""
        super().__init__(parent)
        self.setTitle(self.tr("Your key"))
        self.setObjectName("keyPanel")
        self.public = public
        self.signer = signer  # the public half of the key replies are signed with
        self.key_text = supporter_key_text(public, signer)  # what is copied and shown
        self.fingerprint = pairing_fingerprint(public, signer)

        self.key_edit = make.line_edit(
            "publicKeyEdit", self.tr("Your public key"),
            self.tr("To give to the people you support. It can be selected and copied, not changed."),
            text=self.key_text)
        self.key_edit.setReadOnly(True)  # selectable, never editable
        self.key_edit.setAcceptDrops(False)  # a dropped file opens as a share, not as text here
        self.key_edit.setCursorPosition(0)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_edit.setFont(fixed)
        self.copy_button = make.button(
            self.tr("&Copy"), "copyKeyButton", self.tr("Copy your key"),
            self.tr("Copies your key, so you can paste it into a message to the person you support."),
            clicked=self.copy_key)
        self.save_button = make.button(
            self.tr("Save &key file…"), "saveKeyButton", self.tr("Save your key to a file"),
            self.tr("Saves your key in a small text file you can send. It holds only your public key."),
            clicked=self.save_key_file)

        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setTextFormat(Qt.TextFormat.RichText)  # our own text, no user data
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_keys(public, signer)
        hint = make.hint_label(self.tr(KEY_HINT))

        row = QHBoxLayout()
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        self.restore_button: QPushButton | None = None
        if restore is not None:
            self.restore_button = make.action_button(
                self.tr("Restore from a &backup…"), "setupRestoreKeyButton",
                self.tr("Restore your key from a key backup"), restore,
                self.tr("Were you a supporter in PeerJournal on another computer? Restore your key backup, "
                        "so the files people make for your key open here."))
            row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(hint)

    def set_keys(self, public: str, signer: str | None) -> None:
        """Show these public keys (at the start, and after a key backup was restored)."""
        self.public, self.signer = public, signer
        self.key_text = supporter_key_text(public, signer)
        self.fingerprint = pairing_fingerprint(public, signer)
        self.key_edit.setText(self.key_text)
        self.key_edit.setCursorPosition(0)
        self.fingerprint_label.setText(
            self.tr("Fingerprint to compare aloud: {fingerprint}").format(fingerprint=f"<b>{self.fingerprint}</b>"))
        self.fingerprint_label.setAccessibleName(
            self.tr("Fingerprint to compare aloud: {fingerprint}").format(fingerprint=self.fingerprint))

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.key_text)
        self.statusMessage.emit(self.tr("Your key is copied. Paste it into a message to the person you support."))

    def save_key_file(self) -> Path | None:
        """Save the public key as an age recipients file; returns where, or None."""
        path = files.choose_save(self, self.tr("Save your key file"), self.tr("Key files (*.txt);;All files (*)"),
                                 KEY_FILE_NAME)
        if path is None:
            return None
        try:
            text = supporter_key_file_text(self.public, self.signer)
            write_atomic(path, text.encode("utf-8"), what="your key file")
        except UserError as exc:
            messages.warn(self, self.tr("Key file not saved"), str(exc))
            return None
        self.statusMessage.emit(self.tr("Your key is saved in {name}. It holds only your public key.").format(
            name=path.name))
        return path


class KeyDialog(QDialog):
    """The key panel in a small window of its own, once the key is no longer a setup step."""

    def __init__(self, public: str, signer: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyDialog")
        self.setWindowTitle(self.tr("Your key and fingerprint"))
        self.panel = KeyPanel(public, signer=signer)
        close = make.button(self.tr("&Close"), "closeKeyButton", self.tr("Close this window"),
                            self.tr("Closes this window. Nothing changes."), clicked=self.reject,
                            auto_default=False)
        make.column(self, self.panel, 1, make.button_row(close))
        self.resize(860, self.sizeHint().height())  # the whole key on one line where it fits

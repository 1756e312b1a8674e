"""Unlock an existing journal or create a new one.

Key derivation takes a moment, so opening runs off the GUI thread with a busy bar.
The passphrase field is cleared as soon as its text is taken.

Signals: ``unlocked(object)`` with the open :class:`~peerjournal.storage.vault.database.Vault`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal import APP_NAME
from peerjournal.core.clock import utc_now
from peerjournal.errors import DamagedVault, UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.files.backup import RestoreResult, backups_dir, newest_good_backup, restore
from peerjournal.storage.vault.database import (
    JOURNAL,
    KIND_MIGRATIONS,
    SUPPORTER,
    Vault,
    create_vault,
    open_vault,
)
from peerjournal.storage.vault.keying import check_new_passphrase, strength_hint

from peerjournal.ui.app.start_from_data import StartFromDataRow, create_from_data
from peerjournal.ui.app.workers import run_in_background

FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "UnlockDialog",
    "Please keep your passphrase somewhere safe. Your journal is locked with it, "
    "and there is no way to get back in without it: nobody, including us, can "
    "recover a forgotten passphrase.",
)


def password_field(object_name: str, accessible_name: str, description: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(object_name)
    field.setAccessibleName(accessible_name)
    field.setAccessibleDescription(description or QCoreApplication.translate(
        "UnlockDialog", "What you type is hidden. It is never saved anywhere."))
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UnlockDialog(QDialog):
    unlocked = Signal(object)

    def __init__(self, vault_path: Path, *, hint: str = "", kind: str = JOURNAL,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.vault_path = Path(vault_path)
        self.creating = not self.vault_path.exists()
        self.kind = kind  # what to create; an existing vault says its own kind
        self.setWindowTitle(f"{APP_NAME} — {self.tr('Create your journal') if self.creating else self.tr('Unlock')}")

        supporter = self.creating and kind == SUPPORTER
        heading = QLabel(self.tr("Your supporter vault") if supporter else
                         self.tr("Welcome to PeerJournal") if self.creating else self.tr("Welcome back"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr("What people share with you is kept on this computer only, encrypted with a passphrase "
                    "you choose.") if supporter else
            self.tr("Your journal is kept on this computer only, encrypted with a passphrase you choose.")
            if self.creating
            else self.tr("Type your passphrase to open your journal.")
        )
        intro.setWordWrap(True)
        location = QLabel(self.tr("Journal file: {path}").format(path=self.vault_path))
        location.setObjectName("hintLabel")
        location.setWordWrap(True)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passphrase = password_field("passphraseEdit", self.tr("Passphrase"), self.tr(
            "Choose a passphrase: a few words you will remember. Nobody can recover it if it is lost.")
            if self.creating else self.tr("Type your passphrase, then press Enter. What you type is hidden."))
        self.confirm = password_field("confirmEdit", self.tr("Passphrase again"),
                                      self.tr("The same passphrase again, to be sure it is right."))
        self.strength = QProgressBar()
        self.strength.setObjectName("strengthBar")
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("hintLabel")
        self.show_check = QPushButton(self.tr("Show"))
        self.show_check.setObjectName("showPassphraseButton")
        self.show_check.setAccessibleName(self.tr("Show the passphrase while typing"))
        self.show_check.setAccessibleDescription(self.tr(
            "Shows or hides what you typed. Check that nobody can see your screen."))
        self.show_check.setCheckable(True)
        self.show_check.toggled.connect(self._toggle_echo)

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_check)
        pass_label = QLabel(self.tr("&Passphrase"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, row)
        if self.creating:
            confirm_label = QLabel(self.tr("&Again"))
            confirm_label.setBuddy(self.confirm)
            form.addRow(confirm_label, self.confirm)
            form.addRow("", self.strength)
            form.addRow("", self.strength_label)
            self.passphrase.textChanged.connect(self._update_strength)
            self._update_strength("")
        else:
            self.confirm.hide()
            self.strength.hide()
            self.strength_label.hide()

        self.warning = QLabel(QCoreApplication.translate("UnlockDialog", FORGOTTEN_WARNING))
        self.warning.setObjectName("warningLabel")
        self.warning.setWordWrap(True)
        self.warning.setVisible(self.creating)
        self.hint = QLabel(hint)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setObjectName("busyBar")
        self.busy.setAccessibleName(self.tr("Opening the journal"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.restore_button = QPushButton(self.tr("&Restore the newest good backup"))
        self.restore_button.setObjectName("restoreNewestButton")
        self.restore_button.setAccessibleName(self.tr("Restore the newest good backup"))
        self.restore_button.setAccessibleDescription(self.tr(
            "Opens the newest backup that works with this passphrase. The damaged journal is kept, not overwritten."))
        self.restore_button.clicked.connect(self.restore_newest)
        self.restore_button.hide()
        self.restored: RestoreResult | None = None  # set when a damaged journal was replaced
        # A new journal may start from a "Take all my data" file (ui/start_from_data.py).
        self.from_data = StartFromDataRow() if self.creating and kind == JOURNAL else None

        self.ok_button = QPushButton(self.tr("&Create journal") if self.creating else self.tr("&Unlock"))
        self.ok_button.setObjectName("unlockButton")
        self.ok_button.setAccessibleName(self.tr("Create journal") if self.creating else self.tr("Unlock"))
        self.ok_button.setAccessibleDescription(
            self.tr("Creates your encrypted journal with this passphrase.") if self.creating
            else self.tr("Opens your journal with this passphrase."))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.setAccessibleDescription(self.tr("Closes PeerJournal without opening a journal."))
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (heading, intro, location):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.warning, self.hint, self.error, self.restore_button, self.busy):
            layout.addWidget(widget)
        if self.from_data is not None:
            layout.addWidget(self.from_data)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.passphrase.setFocus()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)
        self.show_check.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _update_strength(self, text: str) -> None:
        score, hint = strength_hint(text)
        self.strength.setValue(score)
        self.strength_label.setText(hint)
        self.strength.setAccessibleDescription(hint)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._set_busy(False)
        self.passphrase.clear()
        self.confirm.clear()
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.confirm, self.ok_button, self.show_check):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        again = self.confirm.text()
        # Drop the text from the widgets at once; only the local copy goes to the worker.
        self.passphrase.clear()
        self.confirm.clear()
        if self.creating:
            try:
                check_new_passphrase(passphrase)
            except UserError as exc:
                self._fail(str(exc))
                return
            if passphrase != again:
                self._fail(self.tr("The two passphrases are not the same. Please type them again."))
                return
        elif not passphrase:
            self._fail(self.tr("Please type your passphrase."))
            return
        self.error.hide()
        self._set_busy(True)
        path, steps = self.vault_path, KIND_MIGRATIONS[self.kind]
        data_path = self.from_data.path if self.from_data is not None else None
        if self.creating and data_path is not None:
            run_in_background(lambda: create_from_data(path, passphrase, data_path), self._opened, self._failed)
        elif self.creating:
            run_in_background(lambda: create_vault(path, passphrase, steps), self._opened, self._failed)
        else:
            run_in_background(lambda: open_vault(path, passphrase), self._opened, self._failed)

    def _opened(self, vault: object) -> None:
        self._set_busy(False)
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DamagedVault):
            self._fail(self.tr("{problem} Type your passphrase and choose “Restore the newest good backup”.").format(
                problem=exc))
            self.restore_button.show()
        elif isinstance(exc, UserError):
            self._fail(str(exc))
        else:
            self._fail(self.tr("Something went wrong while opening the journal. It has not been changed."))

    def restore_newest(self) -> None:
        """The journal is damaged: put the newest backup that opens with this passphrase in its place.

        The damaged file is moved aside, never overwritten or deleted.
        """
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        if not passphrase:
            self._fail(self.tr("Please type your passphrase first: it is needed to check the backups."))
            self.restore_button.show()
            return
        path, kind = self.vault_path, self.kind

        def work() -> Vault:
            folder = backups_dir(path)
            good = newest_good_backup(folder, passphrase, kind=kind)
            if good is None:
                raise UserError(QCoreApplication.translate(
                    "UnlockDialog",
                    "No backup opens with this passphrase. Backups made before a passphrase "
                    "change need the passphrase of that time. The damaged journal has not been changed.",
                ))
            self.restored = restore(path, good.path, passphrase, now=utc_now(), kind=kind)
            return open_vault(path, passphrase)

        self.error.hide()
        self.restore_button.hide()
        self._set_busy(True)
        run_in_background(work, self._opened, self._failed)

"""File ▸ Back up my key… and Restore my key from a backup…: the supporter's keys in a
passphrase-protected file they keep somewhere safe, and taken back on a new computer.

Sealing and reading use scrypt (a second or two), so they run in a worker; the passphrase
is read from its :class:`PassphraseField` once and the field cleared (SECURITY.md item 12).

Signals: ``KeyRestoreDialog.restored()`` after the vault took the backup's keys.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget

from peerjournal.errors import UserError
from peerjournal.ops.key_backup import (
    BACKUP_SUFFIX,
    SupporterKeys,
    check_passphrase,
    current_keys,
    read_key_backup,
    restore_keys,
    write_key_backup,
)
from peerjournal.storage.supporter.store import SupporterStore

from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.passphrase_field import passphrase_field


class _KeyDialogBase(QDialog):
    """The error line, the busy flag and the work in a worker, shared by both dialogs."""

    def __init__(self, store: SupporterStore, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store = store
        self.busy = False
        self.error = make.label("", "errorLabel", wrap=True)

    def _filters(self) -> str:
        return QCoreApplication.translate(
            "KeyBackupDialogs", "PeerJournal key backups (*{suffix});;All files (*)").format(suffix=BACKUP_SUFFIX)

    def _start(self, work, done) -> None:  # type: ignore[no-untyped-def]
        self.busy = True
        self.setEnabled(False)
        self.error.clear()
        run_in_background(work, lambda result: self._finish(done, result), self._failed)

    def _finish(self, done, result) -> None:  # type: ignore[no-untyped-def]
        if shiboken6.isValid(self):
            self.busy = False
            self.setEnabled(True)
            done(result)

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.busy = False
            self.setEnabled(True)
            self.error.setText(messages.error_text(exc, QCoreApplication.translate(
                "KeyBackupDialogs", "That did not work. Nothing was changed.")))


class KeyBackupDialog(_KeyDialogBase):
    """A guided key backup: why, a passphrase typed twice, where to save; checked by re-opening."""

    def __init__(self, store: SupporterStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("keyBackupDialog")
        self.setWindowTitle(self.tr("Back up your key"))
        self.saved_path: Path | None = None
        intro = make.label(self.tr(
            "Your key is the only way to open the files people send you. If this computer breaks or is "
            "lost, a key backup lets you open their files on a new computer.\n\n"
            "1. Choose a passphrase for the backup and write it down somewhere safe.\n"
            "2. Save the backup somewhere away from this computer, for example on a USB stick.\n"
            "3. PeerJournal opens the saved backup again to check it works."), wrap=True)
        self.passphrase = passphrase_field("keyBackupPassphrase", self.tr("Passphrase for the backup"),
                                           self.tr("At least 8 characters. What you type is hidden."))
        self.repeat = passphrase_field("keyBackupRepeat", self.tr("The passphrase again"),
                                       self.tr("Type the same passphrase again, to be sure of it."))
        self.save_button = make.button(
            self.tr("&Save key backup…"), "saveKeyBackupButton", self.tr("Save the key backup"),
            self.tr("Asks where to save, saves the backup and opens it again to check it."),
            clicked=self.choose_and_save, default=True)
        cancel = make.button(self.tr("Cancel"), "cancelButton", self.tr("Cancel"),
                             self.tr("Closes this window; nothing is saved."), clicked=self.reject,
                             auto_default=False)
        make.column(self, intro, make.label(self.tr("&Passphrase for the backup"), buddy=self.passphrase),
                    self.passphrase, make.label(self.tr("The passphrase &again"), buddy=self.repeat),
                    self.repeat, self.error, make.button_row(cancel, self.save_button))
        self.resize(560, self.sizeHint().height())

    def choose_and_save(self) -> None:
        if self.busy:
            return
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases are not the same. Please type them again."))
            return
        try:
            check_passphrase(self.passphrase.text())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        path = files.choose_save(self, self.tr("Save your key backup"), self._filters(),
                                 f"peerjournal-supporter-key{BACKUP_SUFFIX}")
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.repeat.clear()
        keys = current_keys(self.store)
        self._start(lambda: write_key_backup(keys, path, passphrase), self._saved)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        messages.inform(self, self.tr("Key backup saved"), self.tr(
            "Your key backup is saved as {file} and was checked: it opens with your passphrase. Keep "
            "it away from this computer, and keep the passphrase somewhere else.").format(file=path))
        self.accept()


class KeyRestoreDialog(_KeyDialogBase):
    """Take the keys of a key backup, for example on a new computer."""

    restored = Signal()

    def __init__(self, store: SupporterStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setObjectName("keyRestoreDialog")
        self.setWindowTitle(self.tr("Restore your key"))
        self.path: Path | None = None
        intro = make.label(self.tr(
            "Use your key backup, for example on a new computer: files people made for that key will "
            "open here again. The key this supporter journal has now is replaced; what you have "
            "already opened stays."), wrap=True)
        self.file_label = make.label(self.tr("No backup chosen yet."), "fileLabel", wrap=True)
        choose = make.action_button(self.tr("&Choose backup…"), "chooseKeyBackupButton",
                                    self.tr("Choose the key backup file"), self.choose_file)
        self.passphrase = passphrase_field("keyRestorePassphrase", self.tr("The backup's passphrase"),
                                           self.tr("The passphrase you chose when you saved the backup."))
        self.restore_button = make.button(
            self.tr("&Restore key"), "restoreKeyButton", self.tr("Restore the key from the backup"),
            self.tr("Opens the backup with the passphrase and makes its key this supporter journal's key."),
            clicked=self.restore, default=True)
        cancel = make.button(self.tr("Cancel"), "cancelButton", self.tr("Cancel"),
                             self.tr("Closes this window; nothing is changed."), clicked=self.reject,
                             auto_default=False)
        make.column(self, intro, make.button_row(self.file_label, choose, stretch_at=1),
                    make.label(self.tr("&Passphrase"), buddy=self.passphrase), self.passphrase,
                    self.error, make.button_row(cancel, self.restore_button))
        self.resize(560, self.sizeHint().height())

    def choose_file(self) -> None:
        path = files.choose_open(self, self.tr("Choose your key backup"), self._filters())
        if path is not None:
            self.path = path
            self.file_label.setText(path.name)

    def restore(self) -> None:
        if self.busy:
            return
        if self.path is None:
            self.error.setText(self.tr("Please choose your key backup first."))
            return
        path, passphrase = self.path, self.passphrase.text()
        self.passphrase.clear()
        self._start(lambda: read_key_backup(path, passphrase), self._opened)

    def _opened(self, keys: SupporterKeys) -> None:
        if keys == current_keys(self.store):
            messages.inform(self, self.tr("Key restored"), self.tr("This supporter journal already has that key."))
            self.accept()
            return
        if self.store.people() and not messages.confirm(
            self, self.tr("Replace the key in use?"),
            self.tr("People have already shared with the key this supporter journal has now. After "
                    "restoring, files made for that key will no longer open here, and your replies "
                    "will be signed with the restored key. Restore the backup's key anyway?"),
            yes=self.tr("Restore key"),
        ):
            return
        try:
            restore_keys(self.store, keys)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.restored.emit()
        messages.inform(self, self.tr("Key restored"), self.tr(
            "Your key is restored. Files made for it open here now. Give the people you support your "
            "key again only if they ask: it is the same key as before."))
        self.accept()

"""Change the journal's passphrase (``PRAGMA rekey``), off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from peerjournal.errors import UserError
from peerjournal.storage.vault.database import Vault
from peerjournal.storage.vault.keying import check_new_passphrase

from peerjournal.ui.app.unlock_dialog import password_field
from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.widgets.make import column, error_label, label, named, progress_bar


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.vault = vault
        self.current = password_field("currentEdit", self.tr("Current passphrase"),
                                      self.tr("The passphrase your journal opens with now."))
        self.new = password_field("newEdit", self.tr("New passphrase"), self.tr(
            "The passphrase your journal will open with from now on. Nobody can recover it if it is lost."))
        self.again = password_field("againEdit", self.tr("New passphrase again"),
                                    self.tr("The new passphrase again, to be sure it is right."))
        note = label(self.tr(
            "Your journal will be re-encrypted with the new passphrase. Backups and shared "
            "files made earlier still open with the old one."
        ), wrap=True)
        self.error = error_label()
        self.busy = progress_bar(self.tr("Changing the passphrase"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change passphrase"))
        named(ok, accessible=self.tr("Change passphrase"), description=self.tr(
            "Re-encrypts your journal with the new passphrase. This takes a moment."))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), accessible=self.tr("Cancel"),
              description=self.tr("Closes this window. The passphrase stays as it was."))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("New passphrase &again"), self.again)
        column(self, note, form, self.error, self.busy, self.buttons)

    def submit(self) -> None:
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        for field in (self.current, self.new, self.again):
            field.clear()
        try:
            check_new_passphrase(new)
            if new != again:
                raise UserError(self.tr("The two new passphrases are not the same."))
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.busy.show()
        self.buttons.setEnabled(False)
        vault = self.vault
        run_in_background(lambda: vault.change_passphrase(current, new), lambda _: self._done(), self._failed)

    def _done(self) -> None:
        self.busy.hide()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self._show_error(str(exc))
        else:
            self._show_error(self.tr("The passphrase could not be changed. Your journal still opens with the old one."))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.current.setFocus()

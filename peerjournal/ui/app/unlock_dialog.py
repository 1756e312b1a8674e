"""Unlock an existing journal or create a new one.

Key derivation takes a moment, so opening runs off the GUI thread with a busy bar.
The passphrase field is cleared as soon as its text is taken. What an unfinished
creation left behind (an empty journal file, our hidden temporary files) is offered for
removal here instead of reading as a damaged journal or one already there.

Signals: ``unlocked(object)`` with the open :class:`~peerjournal.storage.vault.database.Vault`;
``startAgain()`` after an empty journal file was removed: the caller shows a create dialog.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from peerjournal import APP_NAME
from peerjournal.core.clock import utc_now
from peerjournal.errors import DamagedVault, UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.ops.backup import backup_due_at
from peerjournal.storage.files.backup import (
    RestoreResult,
    backups_dir,
    newest_good_backup_in,
    restore,
)
from peerjournal.storage.vault import unfinished
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
from peerjournal.ui.widgets.buttons import show_error
from peerjournal.ui.widgets.make import busy_bar, button, check_box, hint_label, label, named
from peerjournal.ui.widgets.passphrase_field import PassphraseField, passphrase_field
from peerjournal.ui.widgets.status import set_status

# Temporary files older than this run are left over; newer ones may be a creation in progress.
STARTED_AT = time.time()

FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "UnlockDialog",
    "Please keep your passphrase somewhere safe. Your journal is locked with it, "
    "and there is no way to get back in without it: nobody, including us, can "
    "recover a forgotten passphrase.",
)


def password_field(object_name: str, accessible_name: str, description: str = "") -> PassphraseField:
    """A passphrase field: what is typed never reaches screen readers or other programs (only bullets)."""
    return passphrase_field(object_name, accessible_name, description or QCoreApplication.translate(
        "UnlockDialog", "What you type is hidden. It is never saved anywhere."))


class UnlockDialog(QDialog):
    unlocked = Signal(object)
    startAgain = Signal()

    def __init__(self, vault_path: Path, *, hint: str = "", kind: str = JOURNAL,
                 second_place: Path | None = None, clock: Callable[[], datetime] = utc_now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.vault_path = Path(vault_path)
        self.clock = clock  # the controller's: is the daily backup due (a connection of its own)
        self.second_place = second_place  # backups there are restored from too
        self.creating = not self.vault_path.exists()
        self.kind = kind  # what to create; an existing vault says its own kind
        title = (self.tr("Create your supporter vault") if kind == SUPPORTER else self.tr("Create your journal")) \
            if self.creating else self.tr("Unlock")
        self.setWindowTitle(f"{APP_NAME} — {title}")

        header = self._build_header(kind, hint)
        form = self._build_passphrase_form()
        self._build_messages(hint)
        self.restored: RestoreResult | None = None  # set when a damaged journal was replaced
        # A new journal may start from a "Take all my data" file (ui/start_from_data.py).
        self.from_data = StartFromDataRow() if self.creating and kind == JOURNAL else None
        # Optional, unticked: the Import from another app dialog opens once the journal is made.
        self.bring_entries = check_box(
            self.tr("&Bring entries from another app after creating (Daylio, jrnl, Pixels, eMoods, "
                    "Bearable, Daily You)"), "bringEntriesCheck", self.tr("Bring entries from another app"),
            self.tr("When your journal is made, the window for importing another app's export opens. "
                    "You can also do this later from the Journal menu.")) if self.from_data is not None else None
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in header:
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.warning, self.hint, self.error, self.restore_button, self.leftover_label,
                       self.remove_button, self.busy):
            layout.addWidget(widget)
        if self.from_data is not None:
            layout.addWidget(self.from_data)
        if self.bring_entries is not None:
            layout.addWidget(self.bring_entries)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        if self.creating:  # typing goes from one passphrase to the other; Show comes after both
            self.setTabOrder(self.passphrase, self.confirm)
            self.setTabOrder(self.confirm, self.show_check)
        self.passphrase.setFocus()
        self._offer_leftovers()

    def _build_header(self, kind: str, hint: str) -> tuple[QLabel, ...]:
        """Title, what the journal is, and where its file lives."""
        supporter = self.creating and kind == SUPPORTER
        heading = label(self.tr("Your supporter vault") if supporter else
                        self.tr("Welcome to PeerJournal") if self.creating else self.tr("Welcome back"),
                        "pageTitle")
        intro = label(
            self.tr("What people share with you is kept on this computer only, encrypted with a passphrase "
                    "you choose.") if supporter else
            self.tr("Your journal is kept on this computer only, encrypted with a passphrase you choose.")
            if self.creating
            else self.tr("Type your passphrase to open your journal."),
            wrap=True,
        )
        location = hint_label(self.tr("Journal file: {path}").format(path=self.vault_path))
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return heading, intro, location

    def _build_passphrase_form(self) -> QFormLayout:
        """The passphrase (twice, with a strength bar, when creating) and its Show button."""
        self.passphrase = password_field("passphraseEdit", self.tr("Passphrase"), self.tr(
            "Choose a passphrase: a few words you will remember. Nobody can recover it if it is lost.")
            if self.creating else self.tr("Type your passphrase, then press Enter. What you type is hidden."))
        self.confirm = password_field("confirmEdit", self.tr("Passphrase again"),
                                      self.tr("The same passphrase again, to be sure it is right."))
        self.strength = named(QProgressBar(), "strengthBar", self.tr("Passphrase strength"))
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength_label = label(name="hintLabel")
        self.show_check = button(
            self.tr("Show"), "showPassphraseButton", self.tr("Show the passphrase while typing"),
            self.tr("Shows or hides what you typed. Check that nobody can see your screen."),
            checkable=True)
        self.show_check.toggled.connect(self._toggle_echo)

        form = QFormLayout()
        # Show sits after the field(s) it shows: beside the passphrase, or when creating beside
        # the second one, so Tab goes passphrase, again, Show in reading order.
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        if not self.creating:
            row.addWidget(self.show_check)
        form.addRow(label(self.tr("&Passphrase"), buddy=self.passphrase), row)
        # Under the second field: live "they match", or why the two differ.
        self.match_label = label(name="hintLabel", accessible=self.tr("Whether the two passphrases match"),
                                 wrap=True)
        self.match_label.setObjectName("matchLabel")
        if self.creating:
            form.addRow("", self.strength)
            form.addRow("", self.strength_label)
            again = QHBoxLayout()
            again.addWidget(self.confirm, 1)
            again.addWidget(self.show_check)
            form.addRow(label(self.tr("&Again"), buddy=self.confirm), again)
            form.addRow("", self.match_label)
            self.passphrase.passphraseChanged.connect(self._update_strength)
            self.passphrase.passphraseChanged.connect(lambda _: self._update_match())
            self.confirm.passphraseChanged.connect(lambda _: self._update_match())
            self._update_strength("")
        else:
            self.confirm.hide()
            self.strength.hide()
            self.strength_label.hide()
        self.match_label.hide()
        return form

    def _update_match(self) -> None:
        """Say, while typing the second passphrase, whether the two are the same."""
        again = self.confirm.text()
        if not again:
            self.match_label.hide()
            return
        same = again == self.passphrase.text()
        text = self.tr("The two passphrases match.") if same else (
            self.tr("Not the same as the first passphrase yet.")
            if self.passphrase.text().startswith(again) else
            self.tr("This is not the same as the first passphrase."))
        set_status(self.match_label, text, error=False, live=True)

    def _build_messages(self, hint: str) -> None:
        """The forgotten-passphrase warning, the caller's hint, problems, busy bar and Restore."""
        self.warning = label(QCoreApplication.translate("UnlockDialog", FORGOTTEN_WARNING), "warningLabel",
                             wrap=True)
        self.warning.setVisible(self.creating)
        self.hint = hint_label(hint)
        self.hint.setVisible(bool(hint))
        self.error = label(name="errorLabel", accessible=self.tr("Problem"), wrap=True)
        self.error.hide()
        self.busy = busy_bar("busyBar", self.tr("Opening the journal"))
        self.restore_button = button(
            self.tr("&Restore the newest good backup"), "restoreNewestButton",
            self.tr("Restore the newest good backup"),
            self.tr("Opens the newest backup that works with this passphrase. "
                    "The damaged journal is kept, not overwritten."),
            clicked=self.restore_newest)
        self.restore_button.hide()
        self.leftover_label = label(name="leftoverLabel", accessible=self.tr("Left from an earlier try"), wrap=True)
        self.leftover_label.hide()
        self.remove_button = button(
            self.tr("Re&move it"), "removeLeftoverButton", self.tr("Remove what was left unfinished"),
            self.tr("Removes only what PeerJournal left unfinished when it was stopped while making "
                    "a journal. Nothing that was ever saved is in it."),
            clicked=self.remove_leftovers)
        self.remove_button.hide()

    def _build_buttons(self) -> QHBoxLayout:
        supporter = self.creating and self.kind == SUPPORTER
        self.ok_button = button(
            self.tr("&Create supporter vault") if supporter else
            self.tr("&Create journal") if self.creating else self.tr("&Unlock"), "unlockButton",
            self.tr("Create supporter vault") if supporter else
            self.tr("Create journal") if self.creating else self.tr("Unlock"),
            self.tr("Creates your encrypted supporter vault with this passphrase.") if supporter else
            self.tr("Creates your encrypted journal with this passphrase.") if self.creating
            else self.tr("Opens your journal with this passphrase."),
            clicked=self.submit, default=True)
        self.quit_button = button(self.tr("&Quit"), "quitButton", self.tr("Quit"),
                                  self.tr("Closes PeerJournal without opening a journal."), clicked=self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.ok_button)
        return buttons

    # -- what an unfinished creation left ---------------------------------------------
    def _leftovers(self) -> list[Path]:
        if not self.creating:
            return [self.vault_path] if unfinished.is_empty_vault(self.vault_path) else []
        return unfinished.leftover_temp_files(self.vault_path, older_than=STARTED_AT)

    def _offer_leftovers(self) -> None:
        """Say what an unfinished creation left, with a button to remove it."""
        found = self._leftovers()
        if not found:
            return
        if self.creating:
            text = self.tr("PeerJournal was stopped while making a journal here before, and left an "
                           "unfinished copy. It holds nothing you saved. You can remove it, or just "
                           "create your journal.")
        else:
            text = self.tr("The journal file {path} is empty: PeerJournal was stopped while making it, "
                           "so nothing was ever saved in it. Remove it to create your journal again.").format(
                path=self.vault_path)
            self.ok_button.setEnabled(False)  # an empty file can't be unlocked
        self.leftover_label.setText(text)
        self.leftover_label.show()
        self.remove_button.show()

    def remove_leftovers(self) -> None:
        found = self._leftovers()  # looked for again: only what is still there and still ours
        try:
            unfinished.remove(found)
        except OSError:
            self._fail(self.tr("It could not be removed: the folder may not be writable. Nothing was changed."))
            return
        self.leftover_label.hide()
        self.remove_button.hide()
        if not self.creating:
            self.startAgain.emit()

    def show_damage(self, message: str) -> None:
        """The journal opened but could not be shown (the controller tells): say it, offer the backup."""
        self.show()
        self._fail(self.tr("{problem} Type your passphrase and choose “Restore the newest good backup”.").format(
            problem=message))
        self.restore_button.show()

    def _toggle_echo(self, shown: bool) -> None:
        self.passphrase.set_shown(shown)
        self.confirm.set_shown(shown)
        self.show_check.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _update_strength(self, text: str) -> None:
        score, hint = strength_hint(text)
        self.strength.setValue(score)
        self.strength_label.setText(hint)
        self.strength.setAccessibleDescription(hint)

    def show_problem(self, message: str) -> None:
        """Say something the person should know before unlocking (what a lock could not keep)."""
        set_status(self.error, message)
        self.error.setVisible(bool(message))

    def _fail(self, message: str) -> None:
        show_error(self.error, message)
        self._set_busy(False)
        self.passphrase.clear()
        self.confirm.clear()
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.confirm, self.ok_button, self.show_check):
            widget.setEnabled(not busy)

    def _mismatch(self) -> None:
        """The second passphrase differs: keep the first, say it under the second, type it again."""
        self.confirm.clear()
        text = self.tr("The two passphrases are not the same. Please type the passphrase again here.")
        set_status(self.match_label, text, error=True)
        self.confirm.setFocus()

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        again = self.confirm.text()
        if self.creating:
            try:
                check_new_passphrase(passphrase)
            except UserError as exc:
                self._fail(str(exc))
                return
            if passphrase != again:
                self._mismatch()
                return
        # Drop the text from the widgets at once; only the local copy goes to the worker.
        self.passphrase.clear()
        self.confirm.clear()
        self.match_label.hide()
        if not self.creating and not passphrase:
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
            # Every page is checked in a worker once the window shows (the controller's); a daily
            # backup then due reads through a connection keyed here, never the window's (issue 20).
            due = backup_due_at(path, self.clock())
            run_in_background(lambda: open_vault(path, passphrase, check_pages_later=True, reader_if=due),
                              self._opened, self._failed)

    def wants_entries_brought(self) -> bool:
        """Creating a journal with "Bring entries from another app" ticked."""
        return self.bring_entries is not None and self.bring_entries.isChecked()

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
        path, kind, second = self.vault_path, self.kind, self.second_place

        def work() -> Vault:
            good = newest_good_backup_in([backups_dir(path), second], passphrase, kind=kind)
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

"""The Security page: when the journal locks itself, and its encrypted backups.

Signals: ``restoreRequested(object)`` with the backup's Path; restoring closes the
journal, so the controller does it.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.settings import BACKUPS_MAX, LOCK_AFTER_MAX
from peerjournal.errors import UserError
from peerjournal.ops.backup import (
    BackupMade,
    back_up_apart,
    back_up_now,
    can_back_up_apart,
    remember_copy,
)
from peerjournal.storage.files.backup import BackupInfo, backups_dir, list_backups
from peerjournal.storage.files.second_place import place_name
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.background_backup import BackgroundBackup
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.security.appearance_box import AppearanceBox
from peerjournal.ui.security.second_place_row import SecondPlaceRow
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.dates import when_text
from peerjournal.ui.widgets.status import set_status


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} kB"


class SecurityPage(QWidget):
    restoreRequested = Signal(object)

    def __init__(self, journal: Journal, service: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityPage")
        self.journal = journal
        self.service = service  # the app's settings
        self.folder = backups_dir(journal.vault.path)
        self._loading = True
        self._backup_job: BackgroundBackup | None = None  # a "Back up now" in a worker

        title = QLabel(self.tr("Security"))
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self.appearance = AppearanceBox(service)
        # Side by side, so the page fits a 600 px high window (issue 15).
        boxes = QHBoxLayout()
        boxes.addWidget(self._lock_box(), 1)
        boxes.addWidget(self.appearance, 1)
        layout.addLayout(boxes)
        layout.addWidget(self._backup_box(), 1)
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setAccessibleName(self.tr("Security status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.load()
        self._loading = False

    def _lock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking"))
        self.lock_after = make.named(QSpinBox(), "lockAfterSpin", self.tr("Lock after this many minutes without use"),
                                     self.tr("The journal locks itself after this long with no typing or clicks. "
                                             "Zero means never."))
        self.lock_after.setRange(0, LOCK_AFTER_MAX)
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setSpecialValueText(self.tr("Never"))
        self.lock_on_minimise = make.check_box(
            self.tr("Lock when the window is &minimised"), "lockOnMinimiseCheck",
            self.tr("Lock when the window is minimised"),
            self.tr("Locks the journal as soon as its window is minimised. Anything half-typed is kept."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lock the journal after")))
        row.addWidget(self.lock_after)
        row.addWidget(QLabel(self.tr("without use")))
        row.addStretch(1)
        hint = make.hint_label(self.tr(
            "It also locks when your computer's screen locks or it goes to sleep. Anything you were "
            "typing is kept, encrypted, and comes back when you unlock."
        ))
        self.lock_after.valueChanged.connect(self.apply)
        self.lock_on_minimise.toggled.connect(self.apply)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.lock_on_minimise)
        layout.addWidget(hint)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        intro = QLabel(self.tr(
            "PeerJournal makes an encrypted backup each day you use it. A backup opens with the "
            "passphrase the journal had when it was made."
        ))
        intro.setWordWrap(True)
        self.keep = make.named(QSpinBox(), "backupsKeepSpin", self.tr("How many backups to keep"),
                               self.tr("Older backups than this are deleted when a new one is made."))
        self.keep.setRange(1, BACKUPS_MAX)
        self.keep.valueChanged.connect(self.apply)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the last")))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups")))
        keep_row.addStretch(1)
        self.second_place = SecondPlaceRow(self.service, self.journal.vault.kind, self.journal.clock)
        self.second_place.changed.connect(self.reload_backups)
        where = QLabel(self.tr("Backups are kept in {folder}").format(folder=self.folder))
        where.setObjectName("hintLabel")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups = make.named(QListWidget(), "backupsList", self.tr("Your backups, newest first"),
                                  self.tr("Choose a backup to restore it with the button below."))
        self.back_up_button = make.button(self.tr("&Back up now"), "backUpNowButton", self.tr("Back up now"),
                                          self.tr("Makes an encrypted backup of your journal now."),
                                          clicked=self.back_up_now)
        self.restore_button = make.button(
            self.tr("&Restore the chosen backup…"), "restoreBackupButton", self.tr("Restore the chosen backup"),
            self.tr("Checks the chosen backup, then opens it. Your current journal is kept aside until you decide."),
            clicked=self.restore_chosen)
        self.restore_file_button = make.button(
            self.tr("Restore from a &file…"), "restoreFileButton", self.tr("Restore from a backup file"),
            self.tr("Choose a backup file kept somewhere else, then restore it the same careful way."),
            clicked=self.restore_from_file)
        self.backups.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self._chosen() is not None)
        )
        # Busy while a backup is made in a worker: sqlcipher_export tells no fraction done.
        self.backup_progress = make.named(QProgressBar(), "backupProgress", self.tr("Making a backup"),
                                          self.tr("A backup is being made. You can go on using PeerJournal."))
        self.backup_progress.setRange(0, 0)
        self.backup_progress.setTextVisible(False)
        self.backup_progress.setMaximumWidth(160)
        self.backup_progress.hide()
        buttons = make.button_row(self.back_up_button, self.backup_progress, self.restore_file_button,
                                  self.restore_button, stretch_at=2)
        layout = QVBoxLayout(box)
        for widget in (intro, where):
            layout.addWidget(widget)
        layout.addLayout(keep_row)
        layout.addWidget(self.second_place)
        layout.addWidget(self.backups, 1)
        layout.addLayout(buttons)
        return box

    # -- settings ------------------------------------------------------------------
    def load(self) -> None:
        settings = self.service.settings
        self.lock_after.setValue(settings.lock_after_minutes)
        self.lock_on_minimise.setChecked(settings.lock_on_minimise)
        self.keep.setValue(settings.backups_to_keep)
        self.reload_backups()

    def apply(self) -> None:
        if self._loading:
            return
        settings = replace(
            self.service.settings, lock_after_minutes=self.lock_after.value(),
            lock_on_minimise=self.lock_on_minimise.isChecked(), backups_to_keep=self.keep.value(),
        )
        try:
            self.service.update(settings)
        except UserError as exc:
            set_status(self.status, str(exc), error=True)
            return
        set_status(self.status, self.tr("Saved."), error=False)

    # -- backups -------------------------------------------------------------------
    def reload_backups(self) -> None:
        """The backups of both places, newest first; restoring reads from either."""
        self.second_place.refresh()
        self.backups.clear()
        for info, place in self._all_backups():
            text = f"{when_text(info.created, 'dddd dd MMMM yyyy, HH:mm')}  ·  {_size(info.size)}"
            if place:
                text += "  ·  " + self.tr("on {place}").format(place=place)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backups.addItem(item)
        if not self.backups.count():
            placeholder = QListWidgetItem(self.tr("No backups yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backups.addItem(placeholder)
        self.restore_button.setEnabled(self._chosen() is not None)

    def _all_backups(self) -> list[tuple[BackupInfo, str]]:
        """Each backup with the name of its place ("" beside the journal), newest first."""
        kind = self.journal.vault.kind
        found = [(info, "") for info in list_backups(self.folder, kind=kind)]
        second = self.second_place.folder
        if second is not None:
            found += [(info, place_name(second)) for info in list_backups(second, kind=kind)]
        found.sort(key=lambda pair: pair[0].created, reverse=True)
        return found

    def _chosen(self) -> Path | None:
        item = self.backups.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item and item.isSelected() else None
        return Path(value) if value else None

    def back_up_now(self) -> Path | None:
        """Make a backup now. In a worker, through a connection of the backup's own, when the
        unlock's key is at hand (issue 20): the window stays usable, the button waits and a busy
        bar shows meanwhile, and ``None`` is returned at once (:attr:`backing_up`). Otherwise
        here, as before, returning the new file (``None`` when it failed)."""
        if self._backup_job is not None:
            return None
        vault, folder, keep = self.journal.vault, self.folder, self.service.settings.backups_to_keep
        now, second = self.journal.clock(), self.second_place.folder
        if not can_back_up_apart(vault):
            return self._back_up_here(now, second)

        def work(cancel: threading.Event) -> BackupMade:  # holds nothing of the window's
            return back_up_apart(vault, folder, keep=keep, now=now, second=second, cancel=cancel)

        job = BackgroundBackup(work, lambda made: self._backup_over(job, made, now),
                               lambda exc: self._backup_over(job, exc, now))
        self._backup_job = job
        self._show_busy(True)
        set_status(self.status, self.tr("Making a backup… You can go on using PeerJournal meanwhile."))
        job.start()
        return None

    @property
    def backing_up(self) -> bool:
        """A "Back up now" is running in a worker."""
        return self._backup_job is not None

    def stop_backup(self) -> None:
        """A lock: the backup in a worker stops at its next step and leaves nothing behind. Its
        connection is its own, closed by itself, so nothing here waits for it."""
        job, self._backup_job = self._backup_job, None
        if job is not None:
            job.cancel.set()

    def _back_up_here(self, now: datetime, second: Path | None) -> Path | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = back_up_now(self.journal.vault, self.folder, keep=self.service.settings.backups_to_keep,
                               now=now, second=second)
        except UserError as exc:
            messages.warn(self, self.tr("Backup"), str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._say_made(made)
        return made.path

    def _backup_over(self, job: BackgroundBackup, outcome: BackupMade | BaseException, now: datetime) -> None:
        if self._backup_job is not job:
            return  # stopped by a lock meanwhile
        self._backup_job = None
        self._show_busy(False)
        if isinstance(outcome, BackupMade):
            remember_copy(self.journal.vault, outcome, now)
            self._say_made(outcome)
            return
        set_status(self.status, "")
        message = str(outcome) if isinstance(outcome, UserError) else self.tr(
            "Could not make a backup. Nothing was changed. Please try again.")
        messages.warn(self, self.tr("Backup"), message)

    def _show_busy(self, busy: bool) -> None:
        self.back_up_button.setEnabled(not busy)
        self.backup_progress.setVisible(busy)

    def _say_made(self, made: BackupMade) -> None:
        self.reload_backups()
        if made.second is not None and made.second.problem:
            set_status(self.status, self.tr("Backup made: {name}. {problem}").format(
                name=made.path.name, problem=made.second.problem))
        elif made.second is not None:
            set_status(self.status, self.tr("Backup made and copied to {place}: {name}").format(
                name=made.path.name, place=place_name(made.second.folder or self.folder)))
        else:
            set_status(self.status, self.tr("Backup made: {name}").format(name=made.path.name))

    def restore_chosen(self) -> None:
        path = self._chosen()
        if path is not None:
            self._ask_restore(path)

    def restore_from_file(self) -> None:
        path = files.choose_open(self, self.tr("Restore from a backup"),
                                 self.tr("PeerJournal backups (*.pjbackup);;All files (*)"))
        if path is not None:
            self._ask_restore(path)

    def _ask_restore(self, path: Path) -> None:
        if messages.confirm(
            self, self.tr("Restore this backup?"),
            self.tr("Your journal will be closed and replaced by this backup. Entries made since the "
                    "backup will not be in it. Your current journal is kept aside until you decide, and "
                    "you will be asked for the backup's passphrase."), yes=self.tr("Restore"),
        ):
            self.restoreRequested.emit(path)

"""The unlock → main window → lock cycle, the prompt service and the tray icon.

Locking drops the window, its models and the key. The prompt service and tray live
for the whole run, so a locked PeerJournal in the tray can still say "Time for your
check-in" (and nothing more) and open the matching form after unlocking.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from peerjournal import APP_NAME
from peerjournal.core.clock import utc_now
from peerjournal.core.prompts import Prompt
from peerjournal.core.settings import AppSettings
from peerjournal.errors import DamagedVault, UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.ops.backup import (
    DailyBackup,
    backup_needs_window_connection,
    check_backup,
    daily_backup,
    go_back,
    keep_restored,
    restore_backup,
)
from peerjournal.storage.files.backup import RestoreResult
from peerjournal.storage.files.second_place import place_name
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.journal import Journal
from peerjournal.storage.support_plan_copy import copy_path, read_copy
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import JOURNAL, SUPPORTER, Vault
from peerjournal.system.paths import default_supporter_vault_path, default_vault_path

from peerjournal.ui.app import lock_notice, style
from peerjournal.ui.app.autolock import AutoLock
from peerjournal.ui.app.background_backup import BackgroundBackup
from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.first_paint import after_first_paint
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.app.relaunch import LockedStart
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.app.start_dialog import StartDialog
from peerjournal.ui.app.tray import Tray, tray_available
from peerjournal.ui.app.unlock_dialog import UnlockDialog
from peerjournal.ui.drafts.keeper import KEEPER
from peerjournal.ui.prompts.prompt_service import PromptService
from peerjournal.ui.support_plan.locked_bad_day_view import LockedBadDayView
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.dialog_steps import fit_to_screen

_log = logging.getLogger(__name__)

TRAY_EXPLANATION = QT_TRANSLATE_NOOP(
    "AppController",
    "PeerJournal keeps running in the tray so it can gently remind you at the times you chose. "
    "Your journal is locked now; click the tray icon to open it again.\n\n"
    "You can change this on the Prompts page, or choose Quit from the tray menu.",
)
BACKGROUND_WAIT_MS = 60_000
"""How long a lock that starts afresh waits for work in the background to finish."""


class AppController(QObject):
    """Signals: ``windowShown(object)`` with each new MainWindow, ``finished()`` on quit."""

    windowShown = Signal(object)
    finished = Signal()

    def __init__(
        self,
        vault_path: Path | None,
        *,
        demo: bool = False,
        unlock_hint: str = "",
        settings_file: SettingsFile | None = None,
        clock: Callable[[], datetime] = utc_now,
        use_tray: bool | None = None,
        create_kind: str = JOURNAL,
        relaunch: Callable[[LockedStart], object] | None = None,
        open_other: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__()
        # Starts PeerJournal for the other kind of vault ("journal" or "supporter") in a
        # window of its own; not set (tests, the demo): the menu doesn't offer it.
        self.open_other = open_other
        # Called after a lock has kept what it could and closed the vault: the real app
        # replaces the process by a fresh, locked one (it does not return). Not set (tests,
        # the demo), or if it fails, locking goes on in this process.
        self.relaunch = relaunch
        # None: nothing exists yet; the first-start question decides (and so the file name).
        self.vault_path = Path(vault_path) if vault_path is not None else None
        self.create_kind = create_kind
        self.start_dialog: StartDialog | None = None
        self.supporter_window: QMainWindow | None = None
        self.demo = demo
        self.unlock_hint = unlock_hint
        self.clock = clock
        self.vault: Vault | None = None
        self.journal: Journal | None = None
        self.events: JournalEvents | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.pending_prompt: Prompt | None = None
        self.pending_support_plan = False  # "My support plan" chosen in the tray while locked
        self.pending_bad_day_plan = False  # "My plan for a bad day" chosen in the tray while locked
        self.locked_bad_day_view: LockedBadDayView | None = None  # the copy, shown while locked
        self.backup_job: BackgroundBackup | None = None  # the daily backup while it runs
        # Settings live for the whole run; the prompt service and each window read them here.
        self.settings = SettingsService(settings_file or SettingsFile(), self)
        self.prompts = PromptService(self.settings, clock, self)
        self.tray: Tray | None = Tray(parent=self) if (tray_available() if use_tray is None else use_tray) else None
        if self.tray is not None:
            self.tray.openRequested.connect(self.bring_forward)
            self.tray.promptClicked.connect(self.open_prompt)
            self.tray.newCheckInRequested.connect(self._new_check_in)
            self.tray.supportPlanRequested.connect(self.open_support_plan)
            self.tray.badDayPlanRequested.connect(self.open_bad_day_plan)
            self.tray.lockRequested.connect(lambda: self.lock(show_dialog=False))
            self.tray.quitRequested.connect(self.quit)
            self.prompts.announce.connect(self._notify)
            self.tray.show()
        settings = self.settings.settings
        style.use_theme(settings.theme)  # the saved look, before any window shows
        self.autolock = AutoLock(settings.lock_after_minutes, settings.lock_on_minimise, parent=self)
        self.autolock.lockNow.connect(self._auto_lock)
        self.settings.changed.connect(self._settings_changed)

    def start(self, vault: Vault | None = None, locked: LockedStart | None = None) -> None:
        """Show the unlock dialog, or go straight in with an already open vault (demo).

        ``locked``: this process was started afresh at lock; wait in the tray if that lock
        did, and say what it could not keep.
        """
        if vault is not None:
            self._unlocked(vault)
        elif locked is not None:
            self.prompts.keep_waiting(locked.waiting)
            self._show_locked(locked.show_dialog, locked.lost)
        elif self.vault_path is None:
            self.show_start()
        else:
            self.show_unlock()
        self.prompts.start()

    def show_start(self) -> StartDialog:
        dialog = StartDialog()
        dialog.chosen.connect(self._kind_chosen)
        dialog.rejected.connect(self.quit)
        self.start_dialog = dialog
        fit_to_screen(dialog)
        dialog.show()
        return dialog

    def _kind_chosen(self, kind: str) -> None:
        self.create_kind = kind
        self.vault_path = default_supporter_vault_path() if kind == SUPPORTER else default_vault_path()
        if self.start_dialog is not None:
            self.start_dialog.deleteLater()
            self.start_dialog = None
        self.show_unlock()

    # -- unlocking ----------------------------------------------------------------
    def show_unlock(self) -> UnlockDialog:
        if self.unlock_dialog is not None:
            self.unlock_dialog.show()
            self.unlock_dialog.raise_()
            return self.unlock_dialog
        assert self.vault_path is not None
        second = self.settings.settings.second_backup_folder
        dialog = UnlockDialog(self.vault_path, hint=self.unlock_hint, kind=self.create_kind,
                              second_place=Path(second) if second else None, clock=self.clock)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._unlock_cancelled)
        dialog.startAgain.connect(self._start_again)
        self.unlock_dialog = dialog
        fit_to_screen(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _unlock_cancelled(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.pending_prompt = None
        self.pending_support_plan = False
        self.pending_bad_day_plan = False
        if self.tray is None or not self.settings.settings.keep_running_in_tray:
            self.quit()

    def _start_again(self) -> None:
        """An empty, unfinished journal file was removed: ask again, now to create one."""
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.show_unlock()

    def _unlocked(self, vault: Vault) -> None:
        restored = self.unlock_dialog.restored if self.unlock_dialog is not None else None
        bring = self.unlock_dialog is not None and self.unlock_dialog.wants_entries_brought()
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.vault = vault
        try:
            if vault.kind == SUPPORTER:
                self._show_supporter(vault)
            else:
                self._show_journal(vault, restored)
                if bring and self.window is not None:
                    self.window.import_from_app()  # ticked when creating: bring entries from another app
        except Exception as exc:  # noqa: BLE001 - whatever it was, it must be said, not lost on stderr
            self._showing_failed(exc)

    def _showing_failed(self, exc: Exception) -> None:
        """Reading the journal to show it failed (a damaged page, a disk error): close it and
        say so in the unlock dialog, with the backup offered. Nothing about content is logged."""
        _log.warning("The journal could not be shown: %s", type(exc).__name__)
        self._drop_journal()
        dialog = self.show_unlock()
        dialog.show_damage(self.tr(
            "Your journal opened, but part of it could not be read: the file may be damaged, or "
            "the disk may have a problem. Nothing was changed."))

    def _damage_found(self, exc: DamagedVault) -> None:
        """The check after unlocking found a damaged page: close at once, keeping nothing into
        the damaged file, and say it as unlocking would have, with the newest backup offered."""
        _log.warning("The journal is damaged: %d pages fail their check.", len(exc.problems))
        self.autolock.stop()
        with suppress(Exception):  # the damage must be said whatever else fails
            self.prompts.detach(keep=False)
        self._close_everything()
        self.show_unlock().show_damage(str(exc))

    def _show_journal(self, vault: Vault, restored: RestoreResult | None) -> None:
        self.journal = Journal(vault, self.clock)
        self.events = JournalEvents(self.journal)
        self.prompts.attach(self.journal, check=False)  # checked once Today is painted (issue 20)
        window = MainWindow(self.journal, self.events, demo=self.demo, prompts=self.prompts, settings=self.settings)
        window.lockRequested.connect(self.lock)
        window.quitRequested.connect(self.quit)
        window.closeRequested.connect(self._window_closed)
        window.restoreRequested.connect(self.restore_backup)
        self._offer_other_kind(window)
        self.window = window
        if self.tray is not None:
            self.tray.set_locked(False)
        window.show()
        # What was being typed when the journal locked (on Today, in entry dialogs, the
        # Connecting page's check, goal, review and place) comes back with what was in it.
        KEEPER.reopen(window, self.journal)  # never raises: nothing may stop an unlock
        self._after_unlock(window, vault)
        if restored is not None:
            messages.inform(
                window, self.tr("Your journal was restored"),
                self.tr("Your journal was damaged, so the newest good backup has been put in its place. "
                        "The damaged file is kept, unchanged, at {path}.").format(path=restored.replaced_path),
            )
        if self.pending_prompt is not None:
            prompt, self.pending_prompt = self.pending_prompt, None
            window.act_on_prompt(prompt)
        if self.pending_support_plan:
            self.pending_support_plan = False
            window.open_support_plan()
        if self.pending_bad_day_plan:
            self.pending_bad_day_plan = False
            window.open_bad_day_plan()

    def _show_supporter(self, vault: Vault) -> None:
        """A supporter vault: the supporter's window, no prompts (they are for journals)."""
        from peerjournal.ui.supporter.supporter_window import (
            SupporterWindow,  # only supporters need it
        )

        window = SupporterWindow(SupporterStore(vault, self.clock), demo=self.demo)
        window.lockRequested.connect(self.lock)
        window.quitRequested.connect(self.quit)
        window.closeRequested.connect(self.quit)
        self._offer_other_kind(window)
        self.supporter_window = window
        window.show()
        self._after_unlock(window, vault, backup_after_paint=True)

    def _offer_other_kind(self, window: QMainWindow) -> None:
        """The window's "open the other kind" menu item, when this run can start one."""
        action = window.other_kind_action  # type: ignore[attr-defined]
        action.setVisible(self.open_other is not None and not self.demo)
        window.otherKindRequested.connect(self._open_other_kind)  # type: ignore[attr-defined]

    def _open_other_kind(self, kind: str) -> None:
        """Start PeerJournal for the other kind of vault beside this one (it asks its own
        passphrase, or makes the vault the first time); this window stays open."""
        if self.open_other is None:
            return
        window = self.window or self.supporter_window
        try:
            self.open_other(kind)
        except OSError:
            messages.warn(window, self.tr("Could not open it"), self.tr(
                "PeerJournal could not be started a second time. Nothing was changed."))
            return
        if window is not None:
            window.statusBar().showMessage(
                self.tr("Supporter mode opens in a window of its own. This journal stays open here.")
                if kind == SUPPORTER else
                self.tr("Your own journal opens in a window of its own. This vault stays open here."), 10000)

    def _after_unlock(self, window: QMainWindow, vault: Vault, *, backup_after_paint: bool = False) -> None:
        """Both kinds of vault: auto-lock from now on, and the daily encrypted backup (for the
        supporter's window once it is painted: its worker and its page check stay out of the
        turns that build and paint the window, issue 20)."""
        self.autolock.watch_window(window)
        self.autolock.start()
        if backup_after_paint:
            after_first_paint(window, lambda: self._back_up_if_still_open(window, vault))
        else:
            self._start_daily_backup(window, vault)
        self.windowShown.emit(window)

    def _back_up_if_still_open(self, window: QMainWindow, vault: Vault) -> None:
        """The daily backup, unless the window was locked or closed before its first paint."""
        if self.vault is vault and window in (self.window, self.supporter_window) and vault.is_open:
            self._start_daily_backup(window, vault)

    def _start_daily_backup(self, window: QMainWindow, vault: Vault) -> None:
        """The check of every page left from unlocking, then the daily backup and the copy to the
        second place, in a worker (issue 20): the window is usable meanwhile; a lock stops it
        (:meth:`_stop_backup`). Damage found stops it before the backup (:meth:`_damage_found`).

        A backup due with no connection of its own (a new vault, the demo, a vault checked in
        full after a crash) is made here on the GUI thread instead, after the page check: it
        goes through the window's connection, which a worker must never use while the window
        reads (:func:`~peerjournal.ops.backup.backup_needs_window_connection`)."""
        check, vault.page_check = vault.page_check, None
        back_up = self._daily_backup(vault)  # the settings and the time read here, on the GUI thread
        here = backup_needs_window_connection(vault, self.clock())
        if here and check is None:
            self._back_up_here(window, vault)
            return

        def work(cancel: threading.Event) -> DailyBackup | None:
            try:
                if check is not None:
                    problems = check.run(cancel)
                    if problems:
                        raise DamagedVault(vault.path, problems)
                if here:
                    return None  # made on the GUI thread once the check is done (_backup_done)
                return back_up(cancel)
            finally:
                vault.drop_backup_reader()  # the backup's own connection, when unlocking opened one

        job = BackgroundBackup(work, lambda result: self._backup_done(job, window, result),
                               lambda exc: self._backup_failed(job, window, exc))
        self.backup_job = job
        job.start()

    def _daily_backup(self, vault: Vault) -> Callable[[threading.Event | None], DailyBackup]:
        """The daily backup as the settings and the clock say now, to run with a cancel event."""
        settings, now = self.settings.settings, self.clock()
        second = Path(settings.second_backup_folder) if settings.second_backup_folder else None
        return lambda cancel: daily_backup(vault, now=now, keep=settings.backups_to_keep, second=second,
                                           missing_after=settings.second_backup_missing_days, cancel=cancel)

    def _back_up_here(self, window: QMainWindow, vault: Vault) -> None:
        """The daily backup through the window's connection, on the GUI thread (small vaults:
        new ones and the demo; rarely a vault just checked in full after a crash)."""
        try:
            result = self._daily_backup(vault)(None)
        except UserError as exc:
            self._backup_failed(None, window, exc)
        else:
            self._backup_done(None, window, result)

    def _backup_done(self, job: BackgroundBackup | None, window: QMainWindow, result: DailyBackup | None) -> None:
        if job is not None and self.backup_job is job:
            self.backup_job = None
        if window not in (self.window, self.supporter_window):
            return  # locked (or restored) meanwhile
        if result is None:  # the page check passed; the backup needs the window's connection
            vault = self.vault
            if vault is not None and vault.is_open:
                self._back_up_here(window, vault)
            return
        if isinstance(window, MainWindow):
            window.reload_backups()
        second = result.second
        if second.missing and result.missing_days is not None:
            window.statusBar().showMessage(self.tr(
                "Your last copy to {name} was {days} days ago. When it is back (a USB stick plugged "
                "in), PeerJournal copies your newest backup there.").format(
                    name=place_name(second.folder), days=result.missing_days), 30_000)
        elif second.problem and not second.missing:
            window.statusBar().showMessage(second.problem, 30_000)

    def _backup_failed(self, job: BackgroundBackup | None, window: QMainWindow, exc: BaseException) -> None:
        if job is not None and self.backup_job is job:
            self.backup_job = None
        if window not in (self.window, self.supporter_window):
            return
        if isinstance(exc, DamagedVault):
            self._damage_found(exc)
        elif isinstance(exc, UserError):  # e.g. a full disk: say so, keep working
            window.statusBar().showMessage(str(exc), 15_000)
        else:
            _log.warning("The daily backup failed: %s", type(exc).__name__)

    def _stop_backup(self) -> None:
        """A lock: stop the daily backup and wait until its worker is done with the vault; a
        "Back up now" in a worker stops too (it closes its own connection; the lock's wait for
        the thread pool then ends soon, not when that backup would have)."""
        if isinstance(self.window, MainWindow) and self.window.pages.is_built("Security"):
            self.window.security.stop_backup()
        job, self.backup_job = self.backup_job, None
        if job is not None and not job.stop(BACKGROUND_WAIT_MS / 1000):
            _log.warning("The daily backup did not stop in time.")

    def _settings_changed(self, settings: AppSettings) -> None:
        self.autolock.set_idle_minutes(settings.lock_after_minutes)
        self.autolock.set_lock_on_minimise(settings.lock_on_minimise)

    # -- locking and closing ------------------------------------------------------------
    def _drop_journal(self) -> tuple[str, ...]:
        """Close every view and the connection; answers what could not be kept (lock_notice codes).

        Keeping things (drafts, the prompts' state) is best effort and comes first; nothing
        about it may stop the lock (a full disk, a bug in one dialog), so the closing is in a
        ``finally`` and every closing step runs even if one before it fails.
        """
        self.autolock.stop()
        with suppress(Exception):  # before keeping drafts, which would wait for its hold on the vault
            self._stop_backup()
        try:
            return self._keep_what_can_be_kept()
        finally:
            self._close_everything()

    def _keep_what_can_be_kept(self) -> tuple[str, ...]:
        lost: list[str] = []
        if self.window is not None and self.journal is not None and self.vault is not None and self.vault.is_open:
            # Unsaved typing (Today, open dialogs, the support plan) is kept, encrypted in the
            # vault. Never raises; nothing about the content is logged.
            failures = KEEPER.keep(self.journal, self.window)
            if failures:
                lost.append(lock_notice.lost(lock_notice.TYPING, failures))
        failure = self.prompts.detach()  # never raises
        if failure is not None:
            lost.append(lock_notice.lost(lock_notice.REMINDERS, [failure]))
        return tuple(lost)

    def _close_everything(self) -> None:
        """Windows, journal events, the journal and the connection (with its key) go, each
        step even when one before it failed."""
        supporter_window, self.supporter_window = self.supporter_window, None
        window, self.window = self.window, None
        events, self.events = self.events, None
        vault, self.vault = self.vault, None
        self.journal = None
        steps: list[Callable[[], object]] = [self._stop_backup]  # before the connection closes
        for closing in (supporter_window, window):
            if closing is not None:
                steps += [closing.close_for_lock, closing.deleteLater]
        if events is not None:
            steps += [events.detach, events.deleteLater]
        if vault is not None:
            steps.append(vault.close)
        if self.tray is not None:
            steps.append(lambda: self.tray.set_locked(True))  # type: ignore[union-attr]
        for step in steps:
            with suppress(Exception):  # the others must still run; the lock must happen
                step()

    def lock(self, show_dialog: bool = True) -> UnlockDialog | None:
        """Close the connection and every view; ask for the passphrase again (or wait in the tray).

        When something could not be kept, the unlock dialog says so, even from the tray.
        """
        session = self.vault is not None
        with suppress(Exception):  # nothing may stop a lock
            self._stop_backup()  # first: the wait below would otherwise wait for it to finish
        if session and self.relaunch is not None:
            # Work in the background (a backup, an import) finishes before its vault closes.
            QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
        return self._locked(session, show_dialog, self._drop_journal())

    def _locked(self, session: bool, show_dialog: bool, lost: tuple[str, ...]) -> UnlockDialog | None:
        """The journal is closed: start afresh if a session was open, else wait here."""
        if session and self.relaunch is not None and self.vault_path is not None:
            # What was typed (and the passphrase) still sits in this process's memory, where
            # nothing can wipe it: start afresh, locked. Returns only if that failed.
            with suppress(Exception):
                self.relaunch(LockedStart(self.vault_path, show_dialog, lost, tuple(self.prompts.waiting)))
        return self._show_locked(show_dialog, lost)

    def _show_locked(self, show_dialog: bool, lost: tuple[str, ...]) -> UnlockDialog | None:
        if self.tray is not None:
            self.tray.set_locked(True)
        if not (show_dialog or self.tray is None or lock_notice.known(lost)):
            return None
        dialog = self.show_unlock()
        dialog.show_problem(lock_notice.notice(lost))
        return dialog

    def _auto_lock(self, _reason: str) -> None:
        """The idle timer, the screen locking, sleep or minimising: lock without asking."""
        with suppress(Exception):  # a lock that didn't happen must not stop auto-lock for good
            self.lock(show_dialog=False)
        if self.vault is not None:  # still unlocked: try again at the next tick
            self.autolock.resume()

    # -- restoring a backup ----------------------------------------------------------
    def restore_backup(self, backup: Path) -> bool:
        """Replace the open journal by a backup; the current one is kept aside until confirmed."""
        if self.vault is None:
            return False
        vault_path, kind, parent = self.vault.path, self.vault.kind, self.window
        passphrase = messages.ask_passphrase(
            parent, self.tr("Restore a backup"), self.tr("The passphrase this backup was made with:")
        )
        if passphrase is None:
            return False
        try:
            check_backup(backup, passphrase)  # before closing anything
        except UserError as exc:
            messages.warn(parent, self.tr("This backup can't be restored"),
                          self.tr("{problem} Nothing was changed.").format(problem=exc))
            return False
        self._drop_journal()  # not lock(): this process goes on to open the restored journal
        try:
            restored = restore_backup(vault_path, backup, passphrase, kind=kind, now=self.clock())
        except UserError as exc:
            messages.warn(None, self.tr("Restore"), f"{exc}")
            self.show_unlock()
            return False
        finally:
            del passphrase  # the key is derived: not kept through the question below
        self._unlocked(restored.vault)
        if messages.confirm(
            self.window, self.tr("Keep the restored journal?"),
            self.tr("Your journal now holds what the backup held. Keep it? If you choose Go back, the "
                    "journal as it was before the restore comes back."), yes=self.tr("Keep it"), no=self.tr("Go back"),
        ):
            keep_restored(restored.result)
            return True
        lost = self._drop_journal()
        go_back(restored.result)
        self._locked(True, True, lost)  # as a lock: start afresh at the unlock dialog
        return False

    def _window_closed(self) -> None:
        settings = self.settings.settings
        if self.tray is None or not settings.keep_running_in_tray:
            self.quit()
            return
        if not settings.tray_explained:
            messages.inform(self.window, self.tr("{app} is still here").format(app=APP_NAME), self.tr(TRAY_EXPLANATION))
            self.settings.update(replace(settings, tray_explained=True))
        self.lock(show_dialog=False)

    def quit(self) -> None:
        self._drop_journal()
        self.prompts.timer.stop()
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        if self.tray is not None:
            self.tray.hide()
        self.finished.emit()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- from the tray ----------------------------------------------------------------
    def bring_forward(self) -> None:
        if self.supporter_window is not None:
            self.supporter_window.showNormal()
            self.supporter_window.raise_()
        elif self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        else:
            self.show_unlock()

    def open_prompt(self, prompt: Prompt) -> None:
        """A notification was clicked: unlock first if needed, then open its form."""
        if self.window is not None:
            self.bring_forward()
            self.window.act_on_prompt(prompt)
        else:
            self.pending_prompt = prompt
            self.show_unlock()

    def _new_check_in(self) -> None:
        if self.window is not None:
            self.bring_forward()
            self.window.new_checkin()
        else:
            self.show_unlock()

    def open_support_plan(self) -> None:
        """The tray's "My support plan": unlock first if needed, then go to the page."""
        if self.supporter_window is not None:  # a supporter vault has no plan of its own
            self.bring_forward()
        elif self.window is not None:
            self.bring_forward()
            self.window.open_support_plan()
        else:
            self.pending_support_plan = True
            self.show_unlock()

    def open_bad_day_plan(self) -> None:
        """The tray's "My plan for a bad day": the calm read-only view; while locked, the copy
        kept outside the vault if the person chose to keep one, else unlock first."""
        if self.supporter_window is not None:  # a supporter vault has no plan of its own
            self.bring_forward()
        elif self.window is not None:
            self.bring_forward()
            self.window.open_bad_day_plan()
        elif self._open_locked_bad_day_plan():
            return
        else:
            self.pending_bad_day_plan = True
            self.show_unlock()

    def _open_locked_bad_day_plan(self) -> bool:
        """Show the bad-day copy (reading that file only); False when there is none."""
        sections = read_copy(copy_path(self.vault_path)) if self.vault_path is not None else None
        if sections is None:
            return False
        if self.locked_bad_day_view is not None:  # read the file afresh each time
            self.locked_bad_day_view.close()
            self.locked_bad_day_view.deleteLater()
        view = LockedBadDayView(sections)
        view.unlockRequested.connect(self._unlock_for_bad_day_plan)
        self.locked_bad_day_view = view
        view.show()
        view.raise_()
        view.activateWindow()
        return True

    def _unlock_for_bad_day_plan(self) -> None:
        self.pending_bad_day_plan = True
        self.show_unlock()

    def _notify(self, prompt: Prompt) -> None:
        if self.tray is not None:
            self.tray.notify(prompt, self.prompts.facts(), self.settings.settings.prompts.show_details)

"""Supporter mode's window: your key, the people you support, and what they shared with you.

A supporter opens ``.pjshare`` files (File ▸ Open, Ctrl+O, or by dropping them on the
window), reads them read-only, keeps private notes and deletes what they no longer need.

Signals: ``lockRequested()`` (Ctrl+L), ``quitRequested()`` (Ctrl+Q) and
``closeRequested()`` (the window's close button, unless :meth:`close_for_lock` closed it);
the controller closes the vault and drops this window, as for :class:`MainWindow`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal import APP_NAME
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.files.backup import BACKUPS_FOLDER
from peerjournal.storage.supporter.store import CaseloadPerson, SupporterStore
from peerjournal.system.build_info import build_id, version_and_build

from peerjournal.ui.app.first_paint import after_first_paint
from peerjournal.ui.supporter.caseload import CHOOSE_TEXT, EMPTY_TEXT, CaseloadPane, page_label
from peerjournal.ui.supporter.directory_dialog import DirectoryDialog
from peerjournal.ui.supporter.key_backup import KeyBackupDialog, KeyRestoreDialog
from peerjournal.ui.supporter.person_view import PersonPanel
from peerjournal.ui.supporter.reply_compose import ReplyComposeDialog, write_reply
from peerjournal.ui.supporter.share_compare import period_text
from peerjournal.ui.supporter.share_import import ShareImporter
from peerjournal.ui.supporter.supervision import SupervisionDialog
from peerjournal.ui.supporter.supporter_dialogs import PersonNameDialog
from peerjournal.ui.supporter.supporter_key import KeyDialog, KeyPanel
from peerjournal.ui.widgets import files, messages
from peerjournal.ui.widgets.accessible import NamedSplitter
from peerjournal.ui.widgets.dialog_steps import keep_while_open, show_dialog

SHARE_FILTER = QT_TRANSLATE_NOOP("SupporterWindow", "PeerJournal shared files (*.pjshare);;All files (*)")
EMPTY_PAGE, CHOOSE_PAGE, PERSON_PAGE = 0, 1, 2


class SupporterWindow(QMainWindow):
    lockRequested = Signal()
    quitRequested = Signal()
    closeRequested = Signal()
    otherKindRequested = Signal(str)  # "journal": open the worker's own journal beside this vault

    def __init__(self, store: SupporterStore, *, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("supporterWindow")
        self.setWindowTitle(self.tr("{app} — supporter (demo)").format(app=APP_NAME) if demo
                            else self.tr("{app} — supporter").format(app=APP_NAME))
        self.store = store
        self._closing_for_lock = False
        self._queue: list[Path] = []  # files dropped together, opened one after another
        self.name_dialog: PersonNameDialog | None = None
        self.key_dialog: KeyDialog | None = None
        self.directory_dialog: DirectoryDialog | None = None
        self.supervision_dialog: SupervisionDialog | None = None
        self.key_backup_dialog: KeyBackupDialog | None = None
        self.key_restore_dialog: KeyRestoreDialog | None = None

        self.importer = ShareImporter(store, self)
        self.importer.busyChanged.connect(self._busy_changed)
        self.importer.showRequested.connect(self.show_person)
        self.importer.statusMessage.connect(self._status)
        self.importer.finished.connect(self._open_next)

        self.key_panel = KeyPanel(store.identity()[1], signer=store.replies.signer(), restore=self.restore_key)
        # At the start, beside the key: a supporter moving to a new computer takes their key
        # backup first, so files made for their key open here.
        self.setup_restore = self.key_panel.restore_button
        self.key_panel.statusMessage.connect(self._status)

        self.caseload_pane = CaseloadPane()
        self.caseload = self.caseload_pane.model
        self.people_view = self.caseload_pane.view
        self.people_view.selectionModel().selectionChanged.connect(self._person_selected)
        self.open_button = self.caseload_pane.open_button
        self.open_button.clicked.connect(self.choose_file)
        self.caseload_pane.show_archived.toggled.connect(lambda _on: self.reload())

        # The person's review is built after the window's first paint (or when first needed):
        # the list comes first, and no turn of the unlock builds both (issue 20).
        self._panel: PersonPanel | None = None
        self.reply_dialog: ReplyComposeDialog | None = None
        self.empty_label = page_label(QCoreApplication.translate("CaseloadPane", EMPTY_TEXT), "emptyLabel")
        self.choose_label = page_label(QCoreApplication.translate("CaseloadPane", CHOOSE_TEXT), "emptyLabel")
        self.pages = QStackedWidget()
        self.pages.setObjectName("supporterPages")
        for page in (self.empty_label, self.choose_label):
            self.pages.addWidget(page)

        split = NamedSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("caseloadSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.caseload_pane)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        # The people list narrow, the person's review with most of the width.
        split.setSizes([210, 1030])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 8)
        if demo:
            layout.addWidget(page_label(self.tr("Demo supporter journal: sample data, deleted when you quit."),
                                        "hintLabel"))
        layout.addWidget(self.key_panel)  # only while no one has shared yet (see reload)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)

        self._build_actions()
        self.reload()
        self.open_button.setFocus()  # the one thing to do first, rather than the key field
        self.statusBar().showMessage(self.tr("Your supporter journal is open. It is encrypted on this computer."), 5000)
        self.resize(1240, 800)
        after_first_paint(self, self._build_panel_now)

    @property
    def person_panel(self) -> PersonPanel:
        """The person's review, built the first time it is asked for."""
        if self._panel is None:
            self._panel = self._build_person_panel()
        return self._panel

    def _build_panel_now(self) -> None:
        """After the first paint: build the review unless the window was closed (locked) first."""
        if not self._closing_for_lock and self.isVisible():
            _ = self.person_panel

    def _build_person_panel(self) -> PersonPanel:
        panel = PersonPanel(self.store)
        panel.exportChanged.connect(self._update_actions)
        panel.rename_button.clicked.connect(self.rename_person)
        panel.delete_person_button.clicked.connect(self.delete_person)
        panel.archive_button.clicked.connect(self.toggle_archive)
        panel.next_step.saved.connect(self._next_step_saved)
        panel.reply_button.clicked.connect(self.write_reply)
        panel.delete_export_button.clicked.connect(self.delete_export)
        index = self.pages.addWidget(panel)
        assert index == PERSON_PAGE
        return panel

    def _save_note(self) -> None:
        """Keep the note being typed, if the review was ever built."""
        if self._panel is not None:
            self._panel.save_note()

    # -- actions and menus -----------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | None, name: str) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.open_action = self._action(self.tr("&Open shared file…"), self.choose_file, key(key.StandardKey.Open),
                                        "openShareAction")
        self.lock_action = self._action(self.tr("&Lock"), self.lockRequested.emit, key("Ctrl+L"), "lockAction")
        self.quit_action = self._action(self.tr("&Quit"), self.quitRequested.emit, key("Ctrl+Q"), "quitAction")
        self.rename_action = self._action(self.tr("&Rename person…"), self.rename_person, key("F2"),
                                          "renamePersonAction")
        self.delete_export_action = self._action(self.tr("Delete this &file…"), self.delete_export, None,
                                                 "deleteExportAction")
        self.delete_person_action = self._action(self.tr("&Delete person…"), self.delete_person, None,
                                                 "deletePersonAction")
        self.archive_action = self._action(self.tr("&Archive or bring back…"), self.toggle_archive, None,
                                           "archivePersonAction")
        self.supervision_action = self._action(self.tr("Notes for &supervision…"), self.notes_for_supervision,
                                               None, "supervisionAction")
        self.backup_key_action = self._action(self.tr("&Back up my key…"), self.back_up_key, None,
                                              "backupKeyAction")
        self.restore_key_action = self._action(self.tr("&Restore my key from a backup…"), self.restore_key,
                                               None, "restoreKeyAction")
        self.reply_action = self._action(self.tr("&Write a reply…"), self.write_reply, key("Ctrl+R"), "writeReplyAction")
        self.key_action = self._action(self.tr("My &key and fingerprint…"), self.show_key, None, "myKeyAction")
        self.directory_action = self._action(self.tr("My &directory…"), self.show_directory, key("Ctrl+D"),
                                             "directoryAction")
        self.about_action = self._action(self.tr("&About {app}").format(app=APP_NAME), self.about, None, "aboutAction")
        self.other_kind_action = self._action(self.tr("Open my own &journal…"),
                                              lambda: self.otherKindRequested.emit("journal"), None,
                                              "openOwnJournalAction")
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.key_action)
        file_menu.addAction(self.directory_action)
        file_menu.addAction(self.backup_key_action)
        file_menu.addAction(self.restore_key_action)
        file_menu.addSeparator()
        file_menu.addAction(self.supervision_action)
        file_menu.addAction(self.other_kind_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        person_menu = bar.addMenu(self.tr("&Person"))
        for action in (self.reply_action, self.rename_action, self.archive_action, self.delete_export_action,
                       self.delete_person_action):
            person_menu.addAction(action)
        bar.addMenu(self.tr("&Help")).addAction(self.about_action)

    def _update_actions(self) -> None:
        has_person = self.current_person() is not None
        self.rename_action.setEnabled(has_person)
        self.reply_action.setEnabled(has_person)
        self.delete_person_action.setEnabled(has_person)
        self.archive_action.setEnabled(has_person)
        self.delete_export_action.setEnabled(has_person and self.person_panel.current_export() is not None)

    def _busy_changed(self, busy: bool) -> None:
        self.open_action.setEnabled(not busy)
        self.open_button.setEnabled(not busy)

    def _status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 10_000)
        else:
            self.statusBar().clearMessage()

    # -- the caseload ----------------------------------------------------------------
    def reload(self, person_id: int | None = None, export_id: str | None = None) -> None:
        """Read the list again; show ``person_id`` (and ``export_id``) or keep the current one."""
        if person_id is None and self._panel is not None and self._panel.person is not None:
            person_id = self._panel.person.id
        people = self.store.people()
        shown = people if self.caseload_pane.show_archived.isChecked() else [p for p in people if not p.archived]
        self.caseload.set_people(shown)
        # Giving out the key is the first step; once someone has used it, it moves to File ▸ My key.
        self.key_panel.setVisible(not people)
        self.caseload_pane.set_anyone(bool(people))
        row = self.caseload.row_of(person_id) if person_id is not None else -1
        if row < 0:
            if self._panel is not None:
                self._panel.clear()
            self.pages.setCurrentIndex(CHOOSE_PAGE if people else EMPTY_PAGE)
            self._update_actions()
            return
        self.caseload_pane.select_quietly(row)  # one refresh, below
        self.person_panel.show_person(self.caseload.person(row), export_id)
        self.pages.setCurrentIndex(PERSON_PAGE)
        self._update_actions()

    def show_person(self, person_id: int, export_id: str = "") -> None:
        self.reload(person_id, export_id or None)

    def current_person(self) -> CaseloadPerson | None:
        if self._panel is None or self.pages.currentIndex() != PERSON_PAGE:
            return None
        return self._panel.person

    def _person_selected(self, *_: QItemSelection) -> None:
        row = self.caseload_pane.selected_row()
        if row < 0:
            return
        # Chosen in the list: the name and files now, the file itself on the next turn.
        self.person_panel.show_person(self.caseload.person(row), file_later=True)
        self.pages.setCurrentIndex(PERSON_PAGE)
        self._update_actions()

    # -- opening files ---------------------------------------------------------------
    def choose_file(self) -> None:
        path = files.choose_open(self, self.tr("Open a shared file"), self.tr(SHARE_FILTER))
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open and import ``path``; False if another file is still being opened."""
        self._save_note()
        return self.importer.open_path(Path(path))

    def _open_next(self, _outcome: str = "") -> None:
        while self._queue and not self.importer.busy:
            if not self.open_file(self._queue.pop(0)):
                break

    @staticmethod
    def dropped_paths(mime: QMimeData) -> list[Path]:
        """Local files in a drag; anything else (text, web links) is not for us."""
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def open_dropped(self, mime: QMimeData) -> int:
        """Open the files in a drop one after another; returns how many were taken."""
        paths = self.dropped_paths(mime)
        self._queue.extend(paths)
        self._open_next()
        return len(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.open_dropped(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- changing the caseload ---------------------------------------------------------
    def rename_person(self) -> PersonNameDialog | None:
        person = self.current_person()
        if person is None:
            return None
        others = [p for p in self.store.people() if p.id != person.id]
        dialog = PersonNameDialog(
            title=self.tr("Rename person"), intro=self.tr("The name is only for you; it is never shared."),
            name=person.name, others=others, ok_text=self.tr("&Rename"),
            ok_description=self.tr("Saves the new name and closes this window."), parent=self,
        )
        self.name_dialog = dialog

        def accepted() -> None:
            try:
                renamed = self.store.rename_person(person.id, dialog.name())
            except UserError as exc:
                messages.warn(self, self.tr("Not renamed"), str(exc))
                return
            self.reload(renamed.id)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._name_dialog_done)
        show_dialog(dialog)
        return dialog

    def write_reply(self) -> ReplyComposeDialog | None:
        """Person ▸ Write a reply…: notes, places and goals for the person to accept."""
        person = self.current_person()
        if person is None:
            return None
        self.person_panel.save_note()
        dialog = write_reply(self, self.store, person)
        if dialog is None:
            return None
        return keep_while_open(self, "reply_dialog", dialog, lambda: self._reply_saved(dialog))

    def _reply_saved(self, dialog: ReplyComposeDialog) -> None:
        self.person_panel.reload_sent()
        if dialog.saved_path is not None:
            self._status(self.tr(
                "The reply is saved as {file}. Give it to {name} however suits you: only their "
                "journal can open it."
            ).format(file=dialog.saved_path.name, name=dialog.person.name))

    def _name_dialog_done(self) -> None:
        if self.name_dialog is not None:
            self.name_dialog.deleteLater()
            self.name_dialog = None

    def delete_export(self) -> None:
        person, export = self.current_person(), self.person_panel.current_export()
        if person is None or export is None:
            return
        if not messages.confirm(
            self, self.tr("Delete this file?"),
            self.tr("Delete the file {name} shared for {period}?\n\n"
                    "As a supporter, it's good practice to keep only what you still need to support "
                    "someone. If they want you to have it again, they can send it again.").format(
                name=person.name, period=period_text(export.period_start, export.period_end)),
            yes=self.tr("Delete file"),
        ):
            return
        try:
            self.store.delete_export(export.export_id)
        except UserError as exc:
            messages.warn(self, self.tr("Not deleted"), str(exc))
        self.reload(person.id)
        self._status(self.tr("The file is deleted from your supporter journal."))

    def delete_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        count = self.tr("%n file(s)", "", person.export_count)
        if not messages.confirm(
            self, self.tr("Delete {name}?").format(name=person.name),
            self.tr("Delete {name} and everything about them: the {files} they shared with you, the "
                    "replies you wrote to them, your notes and the next step you agreed? This can't be "
                    "undone.\n\nWhen you no longer support someone, it's right not to keep "
                    "their information. If they share with you again later, they will appear as "
                    "someone new. To keep everything but take them out of your caseload, archive them "
                    "instead.").format(name=person.name, files=count),
            yes=self.tr("Delete person"),
        ):
            return
        self.person_panel.clear()
        try:
            self.store.delete_person(person.id)
        except UserError as exc:
            messages.warn(self, self.tr("Not deleted"), str(exc))
        self.reload()
        self._status(self.tr("{name} and everything they shared are deleted.").format(name=person.name))

    def toggle_archive(self) -> None:
        """Archive the person shown (kept, out of the caseload), or bring an archived one back."""
        person = self.current_person()
        if person is None:
            return
        self.person_panel.save_note()
        if person.archived is None and not messages.confirm(
            self, self.tr("Archive {name}?").format(name=person.name),
            self.tr("Take {name} out of your caseload? Their files, the replies you wrote and your "
                    "notes stay in your supporter journal, encrypted. To see them again, tick “Show "
                    "archived people” under the list.").format(name=person.name),
            yes=self.tr("Archive"),
        ):
            return
        try:
            changed = self.store.set_archived(person.id, person.archived is None)
        except UserError as exc:
            messages.warn(self, self.tr("Not changed"), str(exc))
            self.reload()
            return
        self.reload(changed.id)
        self._status(self.tr("{name} is archived.").format(name=person.name) if changed.archived
                     else self.tr("{name} is back in your caseload.").format(name=person.name))

    def _next_step_saved(self, person: CaseloadPerson) -> None:
        """Show the saved step in the list without choosing anyone else (it may be saved on
        the way to another person), then keep the chosen order."""
        self.caseload.update_person(person)
        self.caseload.sort(self.caseload.sort_column)
        if self.person_panel.person is not None and self.person_panel.person.id == person.id:
            self.person_panel.person = person
        self._status(self.tr("What you agreed is saved. It stays in your supporter journal."))

    def notes_for_supervision(self) -> SupervisionDialog:
        """File ▸ Notes for supervision…: the supporter's own notes as a PDF."""
        self._save_note()
        person = self.current_person()
        dialog = SupervisionDialog(self.store, person.id if person else None, self)
        dialog.saved.connect(lambda path: self._status(self.tr(
            "Your notes for supervision are saved as {file}.").format(file=path.name)))
        show_dialog(keep_while_open(self, "supervision_dialog", dialog))
        return dialog

    def back_up_key(self) -> KeyBackupDialog:
        """File ▸ Back up my key…"""
        dialog = KeyBackupDialog(self.store, self)
        show_dialog(keep_while_open(self, "key_backup_dialog", dialog))
        return dialog

    def restore_key(self) -> KeyRestoreDialog:
        """File ▸ Restore my key from a backup…"""
        dialog = KeyRestoreDialog(self.store, self)
        dialog.restored.connect(self._keys_restored)
        show_dialog(keep_while_open(self, "key_restore_dialog", dialog))
        return dialog

    def _keys_restored(self) -> None:
        self.key_panel.set_keys(self.store.identity()[1], self.store.replies.signer())
        if self.key_dialog is not None:  # made again with the restored key when next asked for
            self.key_dialog.deleteLater()
            self.key_dialog = None

    # -- window ----------------------------------------------------------------------
    def show_key(self) -> KeyDialog:
        """File ▸ My key and fingerprint…: the key panel in a small window."""
        if self.key_dialog is None:
            dialog = KeyDialog(self.key_panel.public, self.key_panel.signer, self)
            dialog.panel.statusMessage.connect(self._status)
            self.key_dialog = dialog
        self.key_dialog.open()
        return self.key_dialog

    def show_directory(self) -> DirectoryDialog:
        """File ▸ My directory…: the places the worker knows; ideas follow its changes."""
        if self.directory_dialog is None:
            dialog = DirectoryDialog(self.store, self)
            dialog.finished.connect(self._refresh_ideas)
            self.directory_dialog = dialog
        self.directory_dialog.reload()
        self.directory_dialog.open()
        return self.directory_dialog

    def _refresh_ideas(self) -> None:
        """The directory changed: the review's ideas follow (when the review is built)."""
        if self._panel is not None:
            self._panel.ideas.refresh()

    def about(self) -> None:
        messages.inform(
            self, self.tr("About {app}").format(app=APP_NAME),
            self.tr("{app} {version}, supporter mode\n\nRead what the people you support choose "
                    "to share with you. Files open only with your key, are checked to come from the "
                    "person's own journal, and stay encrypted on this computer. Nothing is sent anywhere.").format(
                app=APP_NAME, version=version_and_build(build_id())) + "\n\n" + self.tr(
                "Your supporter journal is {vault}. Its encrypted backups are in {backups}. Your key "
                "backup is wherever you saved it (File ▸ Back up my key…).").format(
                vault=self.store.vault.path, backups=Path(self.store.vault.path).parent / BACKUPS_FOLDER),
        )

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Before the controller closes the vault: keep the notes, drop any file half-opened.
        if self._panel is not None:
            self._panel.save_note()
            self._panel.next_step.save_if_changed()
        self.importer.cancel()
        self._queue.clear()
        if not self._closing_for_lock:
            self.closeRequested.emit()
        event.accept()

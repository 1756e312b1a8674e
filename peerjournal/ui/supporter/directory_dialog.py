"""My directory (supporter mode): the local groups, services and places the worker knows,
searchable; add, change and delete entries; export the list for colleagues and import theirs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QVBoxLayout, QWidget

from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.errors import UserError
from peerjournal.ops.directory import (
    DirectoryImport,
    apply_import,
    directory_path,
    export_directory,
    read_directory_file,
)
from peerjournal.storage.supporter.store import SupporterStore

from peerjournal.ui.supporter.directory_entry_dialog import DirectoryEntryDialog
from peerjournal.ui.supporter.directory_import import DirectoryImportDialog
from peerjournal.ui.supporter.directory_model import DirectoryModel, DirectorySearch
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.tables import read_only


class DirectoryDialog(QDialog):
    def __init__(self, store: SupporterStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryDialog")
        self.setWindowTitle(self.tr("My directory"))
        self.store = store
        self.entry_dialog: DirectoryEntryDialog | None = None
        intro = make.hint_label(self.tr(
            "Local groups, services and places you might suggest. It holds no personal data, so you "
            "can share it with colleagues: describe places here, never the people you support."))
        self.search_edit = make.line_edit("directorySearchEdit", self.tr("Search the directory"),
                                          placeholder=self.tr("Search names, needs, tags, places…"))
        self.model = DirectoryModel(self)
        self.search = DirectorySearch(self.model)
        self.search_edit.textChanged.connect(self.search.set_query)
        self.view = read_only(make.named(QTableView(), "directoryTable", self.tr("Your directory"),
                                         self.tr("Choose an entry to change or delete it.")),
                              self.tr("Columns"), select_rows=True)
        self.view.setModel(self.search)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.edit_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.status = make.plain_label("", "statusLabel")
        self.add_button = make.action_button(self.tr("&Add…"), "addEntryButton", self.tr("Add an entry"), self.add,
                                             self.tr("Opens a form for a new place, group or service."))
        self.edit_button = make.action_button(self.tr("&Change…"), "editEntryButton", self.tr("Change the chosen entry"),
                                              self.edit_current, self.tr("Opens the chosen entry to change it."))
        self.delete_button = make.action_button(self.tr("&Delete…"), "deleteEntryButton",
                                                self.tr("Delete the chosen entry"), self.delete_current,
                                                self.tr("Deletes the chosen entry after asking. Replies already sent keep it."))
        self.import_button = make.action_button(self.tr("&Import…"), "importButton",
                                                self.tr("Import a colleague's directory"), self.choose_import,
                                                self.tr("Asks for the file, then shows what is new and what differs from yours before changing anything."))
        self.export_button = make.action_button(self.tr("E&xport…"), "exportButton",
                                                self.tr("Export your directory to share it"), self.export,
                                                self.tr("Saves every entry in a plain file for colleagues. It holds places only, no personal data."))
        close = make.button(self.tr("Close"), "closeDirectoryButton", self.tr("Close the directory"),
                            self.tr("Closes this window; every change is already saved."), clicked=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(make.button_row(self.add_button, self.edit_button, self.delete_button, self.import_button,
                                         self.export_button, close, stretch_at=5))
        self.reload()
        self.resize(860, 560)

    def reload(self, entry_id: int | None = None) -> None:
        self.model.set_entries(self.store.directory.entries())
        if entry_id is not None:
            row = self.search.mapFromSource(self.model.index(self.model.row_of(entry_id), 0)).row()
            if row >= 0:
                self.view.selectRow(row)
        self._update_buttons()

    def current(self) -> DirectoryEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.search.mapToSource(rows[0]).row())

    def _update_buttons(self, *_: object) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- entries -------------------------------------------------------------------------
    def _open_entry(self, entry: DirectoryEntry | None) -> DirectoryEntryDialog:
        dialog = DirectoryEntryDialog(entry, self)
        self.entry_dialog = dialog

        def accepted() -> None:
            new = dialog.entry()
            if new is None:
                return
            try:
                saved = (self.store.directory.update(entry.id, new) if entry is not None and entry.id is not None
                         else self.store.directory.add(new))
            except UserError as exc:
                messages.warn(self, self.tr("Not saved"), str(exc))
                return
            self.reload(saved.id)
            self._say(self.tr("“{name}” is saved in your directory.").format(name=saved.name))

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def add(self) -> DirectoryEntryDialog:
        return self._open_entry(None)

    def edit_current(self, *_: object) -> DirectoryEntryDialog | None:
        entry = self.current()
        return self._open_entry(entry) if entry is not None else None

    def delete_current(self) -> None:
        entry = self.current()
        if entry is None or entry.id is None:
            return
        if not messages.confirm(self, self.tr("Delete this entry?"), self.tr(
                "Delete “{name}” from your directory? Replies you already sent keep what they said.").format(
                name=entry.name), yes=self.tr("Delete entry"), default_no=True):
            return
        try:
            self.store.directory.delete(entry.id)
        except UserError as exc:
            messages.warn(self, self.tr("Not deleted"), str(exc))
        self.reload()
        self._say(self.tr("“{name}” is deleted from your directory.").format(name=entry.name))

    # -- files ---------------------------------------------------------------------------
    def export(self) -> None:
        path = files.choose_save(self, self.tr("Export your directory"),
                                 self.tr("PeerJournal directories (*.pjdirectory.json)"),
                                 "directory.pjdirectory.json")
        if path is None:
            return
        try:
            count = export_directory(self.store, directory_path(path))
        except UserError as exc:
            messages.warn(self, self.tr("Not exported"), str(exc))
            return
        self._say(self.tr("Saved {n} entries. The file holds places only, no personal data.").format(n=count))

    def choose_import(self) -> None:
        path = files.choose_open(self, self.tr("Import a directory"),
                                 self.tr("PeerJournal directories (*.pjdirectory.json *.json);;All files (*)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> DirectoryImportDialog | None:
        try:
            found = read_directory_file(self.store, Path(path))
        except UserError as exc:
            messages.warn(self, self.tr("Not imported"), str(exc))
            return None
        dialog = DirectoryImportDialog(found, self)
        self.import_dialog = dialog
        dialog.accepted.connect(lambda: self._import(found, dialog.use_theirs()))
        dialog.open()
        return dialog

    def _import(self, found: DirectoryImport, use_theirs: set[int]) -> None:
        try:
            changed = apply_import(self.store, found, use_theirs)
        except UserError as exc:
            messages.warn(self, self.tr("Not imported"), str(exc))
            return
        self.reload()
        self._say(self.tr("{n} entries added or updated.").format(n=changed))

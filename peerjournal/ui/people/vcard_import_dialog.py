"""Import people from a contacts file (vCard): see the names, tick who to add, add them at once.

Only names are kept unless the person ticks "Also keep…". Names already in People, or
repeated in the file, start unticked and say why. Cards that can't be read are listed and
skipped; the rest still import. The file is read off the GUI thread.

Signals: ``imported(int)`` with the number of people added.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import Person
from peerjournal.core.vcard import (
    Duplicate,
    Extras,
    VCardCandidate,
    VCardReading,
    read_vcard_file,
    read_vcards,
)
from peerjournal.core.vocabulary import Closeness, Relationship, closeness_label, relationship_label
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.undo import stack_owner
from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.people.passing_commands import ImportPeopleCommand, import_people
from peerjournal.ui.widgets import files, messages
from peerjournal.ui.widgets.accessible import chain
from peerjournal.ui.widgets.make import busy_bar, button, check_box, combo, hint_label, label, named

_Index = QModelIndex | QPersistentModelIndex
NAME, STATUS, DETAILS = range(3)


class CandidatesModel(QAbstractTableModel):
    """The cards read from the file, each with a check box on its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates: list[VCardCandidate] = []
        self.ticked: list[bool] = []

    def set_candidates(self, candidates: list[VCardCandidate]) -> None:
        self.beginResetModel()
        self.candidates = list(candidates)
        self.ticked = [c.duplicate is Duplicate.NONE for c in self.candidates]
        self.endResetModel()

    def chosen(self) -> list[VCardCandidate]:
        return [c for c, on in zip(self.candidates, self.ticked, strict=True) if on]

    def set_all(self, on: bool) -> None:
        self.ticked = [on] * len(self.candidates)
        if self.candidates:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self.candidates) - 1, NAME),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 3:
            return (self.tr("Name"), self.tr("Note"), self.tr("Also in the card"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == NAME else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.candidates):
            return None
        candidate = self.candidates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            on = self.ticked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return candidate.name
            if column == STATUS:
                return self._status(candidate)
            if column == DETAILS:
                return self._details(candidate)
        return None

    def setData(self, index: _Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != NAME:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.ticked[index.row()] = on
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _status(self, candidate: VCardCandidate) -> str:
        if candidate.duplicate is Duplicate.IN_PEOPLE:
            return self.tr("already in People")
        if candidate.duplicate is Duplicate.IN_FILE:
            return self.tr("also earlier in this file")
        return ""

    def _details(self, candidate: VCardCandidate) -> str:
        parts = []
        if candidate.phones:
            n = len(candidate.phones)
            parts.append(self.tr("%n phone number(s)", "", n))
        if candidate.emails:
            n = len(candidate.emails)
            parts.append(self.tr("%n e-mail address(es)", "", n))
        if candidate.birthday:
            parts.append(self.tr("birthday"))
        if candidate.note:
            parts.append(self.tr("note"))
        return ", ".join(parts)


class VCardImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vcardImportDialog")
        # The import is one undoable step on the window's stack ("Import 12 people"); own stack alone.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._undo_offered = undo_stack is not None  # the window's Ctrl+Z can take it back
        self.setWindowTitle(self.tr("Import people from a contacts file"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 520)  # a size to start at, not a minimum: it must fit a short screen
        self.journal = journal
        self.reading: VCardReading | None = None
        self.added: list[Person] = []
        self._adding_now = False

        self._build_file_row()
        self._build_table()
        self._build_choices()
        self._build_buttons()
        self._lay_out()
        self._update_count()
        self.choose_button.setFocus()

    def _build_file_row(self) -> None:
        self.intro = label(self.tr(
            "Choose a contacts file (.vcf), as phones and e-mail programs save them. You will "
            "see the names in it and choose who to add to People. Only their names are kept, "
            "unless you tick below to keep more."
        ), wrap=True)
        self.choose_button = button(
            self.tr("&Choose a contacts file…"), "chooseVcardButton", self.tr("Choose a contacts file"),
            self.tr("Opens a file chooser for a .vcf file. Nothing is added until you press Import."),
            clicked=self.choose_file)
        self.file_label = hint_label(self.tr("No file chosen yet."))
        self.busy = busy_bar("busyBar", self.tr("Reading the contacts file"))

    def _build_table(self) -> None:
        self.model = CandidatesModel(self)
        self.model.dataChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.table = named(QTableView(), "vcardTable", self.tr("People in the contacts file"), self.tr(
            "Tick the people to add to People. Press Space to tick or untick the chosen name."))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move inside
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns"))
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.ResizeToContents)
        self.all_button = button(self.tr("Tick &all"), "tickAllButton", self.tr("Tick everyone"),
                                 self.tr("Ticks every name in the list."),
                                 clicked=lambda: self.model.set_all(True))
        self.none_button = button(self.tr("Untick a&ll"), "untickAllButton", self.tr("Untick everyone"),
                                  self.tr("Unticks every name, to tick only a few."),
                                  clicked=lambda: self.model.set_all(False))
        self.problems_label = label(name="problemsLabel", accessible=self.tr("Cards that could not be read"),
                                    wrap=True)
        self.problems_label.hide()

    def _build_choices(self) -> None:
        self.relationship_combo = combo(
            "vcardRelationshipCombo", self.tr("Relationship for everyone added"),
            self.tr("Everyone added starts with this; you can change each person on the People page."),
            # Unset unless the person picks one: nothing is chosen for them.
            items=[(relationship_label(None), None),
                   *((relationship.label, relationship) for relationship in Relationship)],
            list_name=self.tr("Relationships"))
        self.circle_combo = combo(
            "vcardCircleCombo", self.tr("Circle for everyone added"),
            self.tr("Everyone added starts in this circle; you can change each person on the People page."),
            items=[(closeness_label(None), None), *((circle.label, circle) for circle in Closeness)],
            list_name=self.tr("Circles"))
        only_names = self.tr("Off unless you tick it: only names are kept.")
        self.keep_contact_check = check_box(
            self.tr("Also keep &phone numbers and e-mail addresses in notes"), "keepPhonesCheck",
            self.tr("Also keep phone numbers and e-mail addresses in notes"), only_names)
        self.keep_more_check = check_box(
            self.tr("Also keep &birthdays and the cards' notes"), "keepBirthdaysCheck",
            self.tr("Also keep birthdays and the cards' notes"), only_names)
        self.batch_hint = hint_label(self.tr("You can change each person afterwards on the People page."))

    def _build_buttons(self) -> None:
        self.import_button = button(self.tr("&Import"), "importPeopleButton", self.tr("Import the ticked people"),
                                    self.tr("Adds the ticked people to People."),
                                    clicked=self.import_ticked, default=True)
        self.cancel_button = button(self.tr("Cancel"), "cancelButton", self.tr("Cancel"),
                                    self.tr("Closes this window without adding anyone."), clicked=self.reject)

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        tick_row = QHBoxLayout()
        tick_row.addWidget(self.all_button)
        tick_row.addWidget(self.none_button)
        tick_row.addStretch(1)
        form = QFormLayout()
        form.addRow(label(self.tr("&Relationship"), buddy=self.relationship_combo), self.relationship_combo)
        form.addRow(label(self.tr("C&ircle"), buddy=self.circle_combo), self.circle_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addLayout(tick_row)
        layout.addWidget(self.problems_label)
        layout.addLayout(form)
        for widget in (self.keep_contact_check, self.keep_more_check, self.batch_hint):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        chain([self.choose_button, self.table, self.all_button, self.none_button,
               self.relationship_combo, self.circle_combo, self.keep_contact_check,
               self.keep_more_check, self.cancel_button, self.import_button])

    # -- reading the file -------------------------------------------------------------
    def choose_file(self) -> None:
        path = files.choose_open(self, self.tr("Choose a contacts file"),
                                 self.tr("Contacts files (*.vcf *.vcard);;All files (*)"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read ``path`` off the GUI thread; the list fills when it is done."""
        known = [p.name for p in self.journal.people(include_archived=True)]
        self.file_label.setText(path.name)
        self.busy.show()
        self.choose_button.setEnabled(False)

        def work() -> VCardReading:
            return read_vcards(read_vcard_file(path), known)

        run_in_background(work, self._read, self._failed)

    def _read(self, reading: VCardReading) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy.hide()
        self.choose_button.setEnabled(True)
        self.reading = reading
        self.model.set_candidates(reading.candidates)
        if reading.problems:
            self.problems_label.setText("\n".join(reading.problems))
            self.problems_label.show()
        else:
            self.problems_label.hide()
        if reading.candidates:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, NAME))

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy.hide()
        self.choose_button.setEnabled(True)
        text = str(exc) if isinstance(exc, UserError) else self.tr(
            "The file could not be read. Nothing was changed.")
        messages.warn(self, self.tr("Contacts file not read"), text)

    def _update_count(self) -> None:
        count = len(self.model.chosen())
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(
            self.tr("&Import") if count == 0 else self.tr("&Import %n person(s)", "", count))

    # -- importing ------------------------------------------------------------------
    def extras(self) -> Extras:
        return Extras(phones_and_emails=self.keep_contact_check.isChecked(),
                      birthday_and_note=self.keep_more_check.isChecked())

    def import_ticked(self) -> None:
        chosen = self.model.chosen()
        if not chosen:
            return
        relationship = self.relationship_combo.currentData()
        circle = self.circle_combo.currentData()
        extras = self.extras()
        people = [Person(name=candidate.name, relationship=relationship, closeness=circle,
                         notes=candidate.notes(extras)) for candidate in chosen]
        # All of them, or none: one undoable step, in a worker when it can (issue 20).
        self._adding(True)
        import_people(self.journal, people, self.undo_stack, stack_owner(self.undo_stack), self._imported)

    def _adding(self, on: bool) -> None:
        """While the people are added: the bar moves, nothing here can start again."""
        self.busy.setAccessibleName(self.tr("Adding the ticked people") if on else self.tr("Reading the contacts file"))
        self.busy.setVisible(on)
        self._adding_now = on
        for control in (self.import_button, self.cancel_button, self.choose_button, self.table):
            control.setEnabled(not on)
        if not on:
            self._update_count()

    def reject(self) -> None:
        if not self._adding_now:  # Esc while they are added: the dialog stays to say how it went
            super().reject()

    def _imported(self, command: ImportPeopleCommand | None, error: UserError | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._adding(False)
        if command is None:
            messages.warn(self, self.tr("Nobody was added"), str(error))
            return
        added = command.people
        self.added = list(added)
        messages.inform(self, self.tr("People added"), self.summary(len(added)))
        self.imported.emit(len(added))
        self.accept()

    def summary(self, added: int) -> str:
        """What happened, in words: who was added, who was left out and why."""
        lines = [self.tr("Added %n person(s) to People.", "", added)]
        left = len(self.model.candidates) - added
        if left:
            lines.append(self.tr("%n names left unticked were not added.", "", left))
        problems = self.reading.problems if self.reading is not None else []
        if problems:
            lines.append(self.tr("Skipped because they could not be read:"))
            lines.extend(problems)
        if added and self._undo_offered:
            lines.append(self.tr("Changed your mind? Edit ▸ Undo (Ctrl+Z) takes them out again, "
                                 "as long as nothing else names them yet."))
        return "\n".join(lines)

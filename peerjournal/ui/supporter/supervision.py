"""File ▸ Notes for supervision…: the supporter's own notes and agreed next steps for the
people they tick, saved as a PDF (Person A, B… unless names are ticked). Laid out by the
summary's PDF code in a worker; owner-only file, written all or nothing.

Signals: ``saved(Path)`` once the PDF is written (the dialog then closes).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QListWidgetItem, QWidget

from peerjournal.errors import UserError
from peerjournal.ops.supervision import supervision_report
from peerjournal.storage.supporter.store import SupporterStore

from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.sharing import write_pdf
from peerjournal.ui.widgets import files, make, messages


class SupervisionDialog(QDialog):
    saved = Signal(Path)

    def __init__(self, store: SupporterStore, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionDialog")
        self.setWindowTitle(self.tr("Notes for supervision"))
        self.store = store
        self.saved_path: Path | None = None
        self.busy = False
        intro = make.label(self.tr(
            "Save your own notes and the next steps you agreed, for the people you tick, as a PDF to "
            "take to supervision. It holds only your notes, never what people shared with you. People "
            "are called Person A, Person B and so on, unless you tick to use their names."), wrap=True)
        self.people_list = make.named(QListWidget(), "supervisionPeopleList", self.tr("People to include"),
                                      self.tr("Tick each person whose notes you want in the PDF."))
        for person in store.people():
            text = self.tr("{name} (archived)").format(name=person.name) if person.archived else person.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id == current else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        self.use_names = make.check_box(
            self.tr("Use their &names (otherwise Person A, Person B…)"), "supervisionNamesCheck",
            self.tr("Use names in the PDF"),
            self.tr("Off: people are Person A, Person B…, and their names in your notes are replaced too."))
        self.error = make.label("", "errorLabel", wrap=True)
        self.save_button = make.button(
            self.tr("&Save PDF…"), "saveSupervisionButton", self.tr("Save the notes as a PDF"),
            self.tr("Asks where to save, then writes the PDF. Only you can read the file on this computer."),
            clicked=self.choose_and_save, default=True)
        cancel = make.button(self.tr("Cancel"), "cancelButton", self.tr("Cancel"),
                             self.tr("Closes this window; nothing is saved."), clicked=self.reject,
                             auto_default=False)
        make.column(self, intro, (self.people_list, 1), self.use_names, self.error,
                    make.button_row(cancel, self.save_button))
        self.resize(520, 460)

    def chosen(self) -> list[int]:
        items = (self.people_list.item(row) for row in range(self.people_list.count()))
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def choose_and_save(self) -> None:
        if self.busy:
            return
        if not self.chosen():
            self.error.setText(self.tr("Please tick at least one person."))
            return
        path = files.choose_save(self, self.tr("Save notes for supervision"), self.tr("PDF files (*.pdf)"),
                                 "supervision-notes.pdf")
        if path is not None:
            self.save_to(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def save_to(self, path: Path) -> None:
        """Build the report here (it reads the vault), lay it out and write it in a worker."""
        try:
            report = supervision_report(self.store, self.chosen(), use_names=self.use_names.isChecked(),
                                        made=date.today())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        family = QApplication.font().family()
        self.busy = True
        self.save_button.setEnabled(False)
        self.error.clear()
        run_in_background(lambda: write_pdf(path, report, {}, family), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.saved_path = path
        self.saved.emit(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.save_button.setEnabled(True)
        text = messages.error_text(exc, self.tr("The PDF could not be saved. Nothing was changed."))
        self.error.setText(text)

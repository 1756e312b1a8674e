"""Take all my data…: save everything in the journal as CSV files and/or one JSON file.

The files are NOT encrypted, so the dialog says so plainly and asks the person to confirm
before anything is written. The journal is read (one consistent moment, one transaction)
and written a row at a time in a worker, with progress: the window never waits for it and
memory stays flat however long the history (issue 20).

Signals: ``saved(list)`` with the paths written (a folder for the CSV files, a JSON file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.ops.take_data import take_data
from peerjournal.storage.files.data_csv import new_export_folder
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.accessible import chain
from peerjournal.ui.widgets.dialog_steps import show_failure, when_work_ends


class TakeDataDialog(QDialog):
    saved = Signal(list)
    progressed = Signal(int, int)  # emitted from the worker; delivered queued on the GUI thread

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeDataDialog")
        self.setWindowTitle(self.tr("Take all my data"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self.journal = journal
        self.written: list[Path] = []
        self._busy = False

        intro = make.label(self.tr(
            "Save everything in your journal, for your own use: to keep, to open in a "
            "spreadsheet, or to start a new journal from."
        ), wrap=True)
        self.warning = make.label(self.tr(
            "These files are not encrypted. Anyone who gets hold of them can read everything in "
            "them: how you felt, the people in your life and your notes. Keep them somewhere "
            "safe, and delete them when you no longer need them."
        ), "warningLabel", wrap=True)
        self._choices()
        left_out = make.hint_label(self.tr(
            "Left out: the journal's secret keys, drafts and reminder bookkeeping. A new "
            "journal makes its own keys."
        ))
        self.status = make.hint_label()
        self.status.hide()
        self.progress = make.progress_bar(self.tr("Saving your data"), "exportProgress", 100)
        self.error = make.error_label(self.tr("Problem"))
        self.save_button = make.button(
            self.tr("&Save…"), "saveDataButton", self.tr("Save my data"),
            self.tr("Asks where to save, then writes the files. Ready once you tick that you understand "
                    "they are not encrypted."), default=True, clicked=self.save)
        self.close_button = make.button(self.tr("Cancel"), "cancelButton", self.tr("Cancel"),
                                        self.tr("Closes this window. Nothing is saved."), clicked=self.reject)
        for check in (self.csv_check, self.json_check, self.understand_check):
            check.toggled.connect(self._update_button)
        self.progressed.connect(self._show_progress)

        layout = QVBoxLayout(self)
        for widget in (intro, self.warning, self.csv_check, self.json_check, left_out,
                       self.understand_check, self.status, self.progress, self.error):
            layout.addWidget(widget)
        layout.addLayout(make.button_row(self.close_button, self.save_button))
        order = [self.csv_check, self.json_check, self.understand_check, self.close_button,
                 self.save_button]
        chain(order)
        self._update_button()
        self.csv_check.setFocus()

    def _choices(self) -> None:
        """Which files (both ticked to begin with), and the tick that the person understands."""
        self.csv_check = make.check_box(
            self.tr("&CSV files, one for each kind of entry (for a spreadsheet)"), "csvCheck",
            self.tr("Save CSV files in a new folder"),
            self.tr("A file for each kind of entry, to open in a spreadsheet. You choose where the folder goes."),
            checked=True)
        self.json_check = make.check_box(
            self.tr("One &JSON file with everything (to start a new journal from)"), "jsonCheck",
            self.tr("Save one JSON file"), self.tr("Everything in one file, which a new journal can start from."),
            checked=True)
        self.understand_check = make.check_box(
            self.tr("I &understand that these files are not encrypted"), "understandCheck",
            self.tr("I understand that these files are not encrypted"), self.warning.text())

    def _today(self) -> date:
        return to_local(self.journal.clock()).date()

    def _update_button(self) -> None:
        ready = (self.csv_check.isChecked() or self.json_check.isChecked()) \
            and self.understand_check.isChecked() and not self._busy
        self.save_button.setEnabled(ready)
        if not self.understand_check.isChecked():
            self.save_button.setToolTip(self.tr("Tick that you understand the files are not encrypted."))
        else:
            self.save_button.setToolTip("")

    # -- saving ---------------------------------------------------------------------
    def save(self) -> None:
        if not self.understand_check.isChecked():
            return
        folder: Path | None = None
        json_path: Path | None = None
        if self.csv_check.isChecked():
            parent = files.choose_folder(self, self.tr("Choose where the CSV folder goes"))
            if parent is None:
                return
            folder = new_export_folder(parent, self._today())
        if self.json_check.isChecked():
            json_path = files.choose_save(
                self, self.tr("Save the JSON file"), self.tr("JSON files (*.json)"),
                f"peerjournal-data-{self._today().isoformat()}.json")
            if json_path is None:
                return
            if json_path.suffix.lower() != ".json":
                json_path = json_path.with_name(json_path.name + ".json")
        self._set_busy(True)
        self.status.setText(self.tr("Saving the files…"))
        journal, report = self.journal, self.progressed.emit

        def work() -> list[Path]:  # the reading too: a long history takes seconds
            return list(take_data(journal, folder, json_path, report).written)

        run_in_background(work, self._saved, self._failed)

    def _show_progress(self, step: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(step)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.status.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # moving, until the worker reports its first step
        for widget in (self.csv_check, self.json_check, self.understand_check, self.close_button):
            widget.setEnabled(not busy)
        self._update_button()

    @when_work_ends
    def _saved(self, written: list[Path]) -> None:
        self.written = written
        messages.inform(self, self.tr("Your data is saved"), self.tr(
            "Saved:\n{paths}\n\nThese files are not encrypted. Keep them somewhere safe, and "
            "delete them when you no longer need them."
        ).format(paths="\n".join(str(p) for p in written)))
        self.saved.emit(written)
        self.accept()

    @when_work_ends
    def _failed(self, exc: BaseException) -> None:
        show_failure(self, self.error, exc, self.tr(
            "Your data could not be saved. Your journal is unchanged."), self.tr("Data not saved"))

    def reject(self) -> None:
        if self._busy:  # the worker still writes; closing now would leave half the files
            return
        super().reject()


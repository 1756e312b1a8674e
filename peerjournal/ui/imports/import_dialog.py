"""Import from another app (Daylio, jrnl, Pixels, eMoods, Bearable, Daily You): choose the
file, see which app it is read as and what is in it, say what each mood and activity name
means here, then import it all as one undoable step.

The file is read off the GUI thread; nothing is written until Import. The app is recognised
from the file unless the person chooses it; choosing another app reads the file again. Mood
names whose place the app's scale implies start mapped (Daylio's five, Pixels' 1–5, …); any
other starts at "Choose…" and blocks the import until the person places it. Each activity
name becomes an activity (the default), a feeling on the check-in, or is left out; a line
under the choices says what the import will add.

Signals: ``imported(int)`` with the number of check-ins added.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.imports.entries import FORMAT_NAMES, ImportFormat
from peerjournal.core.vocabulary import MOOD_LABELS, MOOD_MAX, MOOD_MIN
from peerjournal.errors import UserError
from peerjournal.ops.imports import (
    ActivityChoice,
    ImportMapping,
    ImportPlan,
    ImportResult,
    check_mapping,
    dry_run,
    import_entries,
    preview,
)
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.undo import perform, stack_owner
from peerjournal.ui.app.workers import run_in_background
from peerjournal.ui.imports.import_command import ImportEntriesCommand
from peerjournal.ui.widgets import files, messages
from peerjournal.ui.widgets.accessible import chain
from peerjournal.ui.widgets.dates import day_text
from peerjournal.ui.widgets.make import (
    busy_bar,
    button,
    combo,
    hint_label,
    label,
    plain_label,
    scrolling,
)

_LEAST_ASSUMING = "Other"  # the kind of activity offered first, when the journal has it


class _Progress(QObject):
    """Carries the import's progress from its worker to the dialog's bar (a queued signal).

    Signals: ``step(int, int)``: entries done, entries in all."""

    step = Signal(int, int)


class AppImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appImportDialog")
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._undo_offered = undo_stack is not None
        self.setWindowTitle(self.tr("Import from another app"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(560, 560)
        self.journal = journal
        self.plan: ImportPlan | None = None
        self.path: Path | None = None
        self.importing = False
        self._mapping = ImportMapping(moods={})
        self._progress = _Progress()
        self._progress.step.connect(self._show_progress)
        self.mood_combos: dict[str, QComboBox] = {}
        self.activity_combos: dict[str, QComboBox] = {}
        self._build()
        self.choose_button.setFocus()

    def _build(self) -> None:
        intro = label(self.tr(
            "Choose an export from Daylio (CSV), jrnl (JSON), Pixels (JSON backup), eMoods (CSV), "
            "Bearable (CSV) or Daily You (JSON). You will see what is in it and say what its moods "
            "and activities mean here. Nothing is added until you press Import."), wrap=True)
        self.choose_button = button(
            self.tr("&Choose an export…"), "chooseImportFileButton", self.tr("Choose an export"),
            self.tr("Opens a file chooser for an export from another app."), clicked=self.choose_file)
        self.file_label = hint_label(self.tr("No file chosen yet."))
        self.format_combo = combo(
            "importFormatCombo", self.tr("App the file comes from"),
            self.tr("PeerJournal recognises the app from the file; choose it here if it is wrong."),
            items=[(self.tr("Recognise it from the file"), None),
                   *((FORMAT_NAMES[f], f.value) for f in ImportFormat)],
            list_name=self.tr("Apps"))
        self.format_combo.currentIndexChanged.connect(self._format_chosen)
        self.format_label = label(name="importFormatLabel", accessible=self.tr("How the file was read"),
                                  wrap=True)
        self.preview_label = label(name="importPreviewLabel", accessible=self.tr("What the import adds"),
                                   wrap=True)
        self.busy = busy_bar("importBusyBar", self.tr("Reading the file"))
        self.summary_label = label(name="importSummaryLabel", accessible=self.tr("What is in the file"),
                                   wrap=True)
        self.choices = QWidget()
        self.choices_layout = QVBoxLayout(self.choices)
        self.choices_area = scrolling(self.choices, self.tr("Moods and activities"), "importChoicesArea")
        self.category_combo = combo(
            "importCategoryCombo", self.tr("Kind of activity for imported activities"),
            self.tr("Every imported activity gets this kind; you can change each one afterwards."),
            items=[(self.tr("Choose…"), None)] + [(c, c) for c in self.journal.activity_categories()],
            list_name=self.tr("Kinds of activity"))
        if self.category_combo.findData(_LEAST_ASSUMING) >= 0:
            self.category_combo.setCurrentIndex(self.category_combo.findData(_LEAST_ASSUMING))
        self.import_button = button(self.tr("&Import"), "importEntriesButton", self.tr("Import"),
                                    self.tr("Adds the entries to your journal."),
                                    clicked=self.import_now, default=True)
        self.import_button.setEnabled(False)
        self.cancel_button = button(self.tr("Cancel"), "cancelButton", self.tr("Cancel"),
                                    self.tr("Closes this window without adding anything."),
                                    clicked=self.reject)
        self._lay_out(intro)

    def _lay_out(self, intro: QWidget) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        app_form = QFormLayout()
        app_form.addRow(label(self.tr("A&pp"), buddy=self.format_combo), self.format_combo)
        form = QFormLayout()
        form.addRow(label(self.tr("&Kind of activity"), buddy=self.category_combo), self.category_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(app_form)
        layout.addWidget(self.busy)
        layout.addWidget(self.format_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.choices_area, 1)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addLayout(buttons)

    # -- the dry run ----------------------------------------------------------------
    def choose_file(self) -> None:
        path = files.choose_open(self, self.tr("Choose an export"),
                                 self.tr("Exports (*.csv *.json);;All files (*)"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read ``path`` off the GUI thread (a dry run: nothing is written)."""
        self.path = path
        self.plan = None
        self.file_label.setText(path.name)
        self.busy.show()
        self.choose_button.setEnabled(False)
        self.format_combo.setEnabled(False)
        self.import_button.setEnabled(False)
        fmt = self.chosen_format()
        run_in_background(lambda: dry_run(path, fmt), self._read, self._failed)

    def chosen_format(self) -> ImportFormat | None:
        data = self.format_combo.currentData()
        return ImportFormat(data) if data else None

    def _format_chosen(self) -> None:
        """Another app chosen for a file already read: read it again as that app."""
        if self.path is not None and self.choose_button.isEnabled():
            self.load(self.path)

    def _read(self, plan: ImportPlan) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy.hide()
        self.choose_button.setEnabled(True)
        self.format_combo.setEnabled(True)
        self.plan = plan
        app = FORMAT_NAMES[plan.format]
        self.format_label.setText(
            self.tr("Read as an export from {app}. If it comes from another app, choose that app above.")
            .format(app=app) if self.chosen_format() is None
            else self.tr("Read as an export from {app}.").format(app=app))
        self.summary_label.setText(self.summary_text(plan))
        self._fill_choices(plan)
        self.update_preview()
        self.import_button.setEnabled(True)
        self.import_button.setText(self.tr("&Import {n} entries").format(n=plan.summary.count))

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy.hide()
        self.choose_button.setEnabled(True)
        self.format_combo.setEnabled(True)
        self.format_label.clear()
        self.summary_label.clear()
        self.preview_label.clear()
        messages.warn(self, self.tr("File not read"), messages.error_text(
            exc, self.tr("The file could not be read. Nothing was changed.")))

    def summary_text(self, plan: ImportPlan) -> str:
        s = plan.summary
        return self.tr("{entries} from {first} to {last}, {activities}, {moods}.").format(
            entries=self.tr("%n entry(s)", "", s.count),
            first=day_text(s.first, "d MMM yyyy"), last=day_text(s.last, "d MMM yyyy"),
            activities=self.tr("%n activity name(s)", "", len(s.activity_names)),
            moods=self.tr("%n mood name(s)", "", len(s.mood_names)))

    def update_preview(self) -> None:
        """"→ This adds 412 check-ins and 37 activities." for the choices as they are now."""
        if self.plan is None:
            return
        check_ins, activities = preview(self.plan, self.mapping())
        self.preview_label.setText(self.tr("→ This adds {check_ins} and {activities}, leaving out any "
                                           "already in your journal.").format(
            check_ins=self.tr("%n check-in(s)", "", check_ins),
            activities=self.tr("%n activity(s)", "", activities)))

    def _fill_choices(self, plan: ImportPlan) -> None:
        while self.choices_layout.count():
            item = self.choices_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.mood_combos.clear()
        self.activity_combos.clear()
        moods = QWidget()
        mood_form = QFormLayout(moods)
        scale = [(self.tr("{n} – {word}").format(n=n, word=MOOD_LABELS[n]), n)
                 for n in range(MOOD_MAX, MOOD_MIN - 1, -1)]
        for name, suggested in plan.suggested_moods().items():
            box = combo("importMoodCombo", self.tr("Mood for “{name}”").format(name=name),
                        self.tr("Where this mood name goes on the 1–5 scale."),
                        items=[(self.tr("Choose…"), None), *scale], current=suggested)
            self.mood_combos[name] = box
            box.currentIndexChanged.connect(self.update_preview)
            mood_form.addRow(plain_label(name), box)
        activities = QWidget()
        activity_form = QFormLayout(activities)
        kinds = [(self.tr("an activity"), ActivityChoice.ACTIVITY), (self.tr("a feeling"), ActivityChoice.FEELING),
                 (self.tr("leave out"), ActivityChoice.LEAVE_OUT)]
        for name in plan.summary.activity_names:
            box = combo("importActivityCombo", self.tr("What “{name}” becomes").format(name=name),
                        self.tr("An activity entry, a feeling on the check-in, or left out."),
                        items=kinds, current=ActivityChoice.ACTIVITY)
            self.activity_combos[name] = box
            box.currentIndexChanged.connect(self.update_preview)
            activity_form.addRow(plain_label(name), box)
        self.choices_layout.addWidget(label(self.tr("Moods: where each goes on the scale")))
        self.choices_layout.addWidget(moods)
        if plan.summary.activity_names:
            self.choices_layout.addWidget(label(self.tr("Activities: what each becomes")))
            self.choices_layout.addWidget(activities)
        self.choices_layout.addStretch(1)
        # Made after the buttons: put them back in reading order, top to bottom.
        chain([self.choose_button, self.format_combo, self.choices_area, *self.mood_combos.values(),
               *self.activity_combos.values(), self.category_combo, self.cancel_button, self.import_button])

    # -- importing ------------------------------------------------------------------
    def mapping(self) -> ImportMapping:
        category = self.category_combo.currentData()
        return ImportMapping(
            moods={name: box.currentData() for name, box in self.mood_combos.items()},
            activities={name: ActivityChoice(box.currentData()) for name, box in self.activity_combos.items()},
            category=category or "")

    def import_now(self) -> None:
        """Import in one transaction off the GUI thread (thousands of entries take seconds);
        the dialog waits, with its controls off, and pushes the one undo step when it is done.
        The vault's lock keeps other writes out meanwhile, and locking the journal waits for it."""
        if self.plan is None or self.importing:
            return
        plan, mapping, journal = self.plan, self.mapping(), self.journal
        try:
            check_mapping(plan, mapping)
        except UserError as exc:
            messages.warn(self, self.tr("Nothing was imported"), str(exc))
            return
        self._set_importing(True)
        self._mapping = mapping
        progress = self._progress  # no parent: the closure keeps it alive while the worker runs

        def report(done: int, total: int) -> None:  # on the worker: queued to the bar here
            with suppress(RuntimeError):  # never let a closed window stop the import
                progress.step.emit(done, total)

        run_in_background(lambda: import_entries(journal, plan, mapping, report), self._imported,
                          self._import_failed)

    def _show_progress(self, done: int, total: int) -> None:
        if self.importing:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def _set_importing(self, importing: bool) -> None:
        self.importing = importing
        self.busy.setRange(0, 0)  # moving until the first step is reported
        self.busy.setAccessibleName(self.tr("Importing") if importing else self.tr("Reading the file"))
        self.busy.setVisible(importing)
        for control in (self.choose_button, self.format_combo, self.choices_area, self.category_combo,
                        self.import_button, self.cancel_button):
            control.setEnabled(not importing)

    def _imported(self, result: ImportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_importing(False)
        assert self.plan is not None
        command = ImportEntriesCommand(self.journal, self.plan, self._mapping, stack_owner(self.undo_stack),
                                       done=result)
        perform(self.undo_stack, command)  # already carried out: one undo step, nothing written again
        messages.inform(self, self.tr("Import finished"), self.result_text(command))
        self.imported.emit(len(result.moods))
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_importing(False)
        messages.warn(self, self.tr("Nothing was imported"), messages.error_text(
            exc, self.tr("The import could not be finished. Nothing was changed.")))

    def reject(self) -> None:
        if not self.importing:  # the transaction runs to its end (or rolls back) first
            super().reject()

    def result_text(self, command: ImportEntriesCommand) -> str:
        assert command.result is not None
        added, skipped = len(command.result.moods), command.result.skipped
        lines = [self.tr("Added %n check-in(s).", "", added)]
        if command.result.activities:
            n = len(command.result.activities)
            lines.append(self.tr("Added %n activity(s).", "", n))
        if skipped:
            lines.append(self.tr("%n entries were already in your journal, so they were skipped.", "", skipped))
        if added and self._undo_offered:
            lines.append(self.tr("Changed your mind? Edit ▸ Undo (Ctrl+Z) takes the whole import back."))
        return "\n".join(lines)

"""Importing a colleague's directory: what is new, what is already here, and for each place
both have but describe differently, the worker's choice (their own entry stays unless they
pick the colleague's)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QVBoxLayout, QWidget

from peerjournal.ops.directory import DirectoryImport

from peerjournal.ui.supporter.directory_model import entry_summary
from peerjournal.ui.widgets import make

KEEP_MINE, USE_THEIRS = 0, 1


class DirectoryImportDialog(QDialog):
    """``use_theirs()`` after it is accepted: the conflicts where the worker chose the colleague's."""

    def __init__(self, found: DirectoryImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryImportDialog")
        self.setWindowTitle(self.tr("Import a directory"))
        plan = found.plan
        self.summary = make.plain_label(self.tr(
            "New places to add: {new}. Already in your directory: {same}. "
            "Described differently from yours: {conflicts}.").format(
            new=len(plan.new), same=len(plan.same), conflicts=len(plan.conflicts)), "importSummaryLabel")
        self.choices: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if plan.conflicts:
            layout.addWidget(make.hint_label(self.tr(
                "For each place below, your own entry stays as it is unless you choose theirs.")))
            grid = QGridLayout()
            for row, conflict in enumerate(plan.conflicts):
                grid.addWidget(make.plain_label(conflict.mine.name, "sectionLabel"), row * 3, 0, 1, 2)
                grid.addWidget(make.plain_label(self.tr("Yours: {text}").format(
                    text=entry_summary(conflict.mine) or "—")), row * 3 + 1, 0)
                grid.addWidget(make.plain_label(self.tr("Theirs: {text}").format(
                    text=entry_summary(conflict.theirs) or "—")), row * 3 + 2, 0)
                choice = make.combo(f"conflictChoice{row}", self.tr("What to keep for {name}").format(
                    name=conflict.mine.name), self.tr("Your own entry, or the one in the file you import."))
                choice.addItems([self.tr("Keep mine"), self.tr("Use theirs")])
                grid.addWidget(choice, row * 3 + 1, 1, 2, 1)
                self.choices.append(choice)
            layout.addWidget(make.scrolling(_holder(grid), self.tr("Places described differently")), 1)
        cancel = make.button(self.tr("Cancel"), "cancelImportButton", self.tr("Cancel the import"),
                             self.tr("Closes this window; nothing is added or changed."),
                             auto_default=False, clicked=self.reject)
        self.import_button = make.button(self.tr("&Import"), "importDirectoryButton", self.tr("Import the directory"),
                                         self.tr("Adds the new places and uses theirs where you chose it."), default=True, clicked=self.accept)
        self.import_button.setEnabled(bool(plan.new or plan.conflicts))
        layout.addLayout(make.button_row(cancel, self.import_button))

    def use_theirs(self) -> set[int]:
        return {i for i, choice in enumerate(self.choices) if choice.currentIndex() == USE_THEIRS}


def _holder(grid: QGridLayout) -> QWidget:
    widget = QWidget()
    widget.setLayout(grid)
    return widget

"""Add or change one entry of the supporter's directory: a place, group or service, how to
reach it, and the needs it can meet (the resource check's parts and free tags)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import ACCESS_LABELS, Access, DirectoryEntry, parse_tags
from peerjournal.core.sharing.reply import FIELD_MAX, TITLE_MAX
from peerjournal.errors import UserError

from peerjournal.ui.widgets import make


class DirectoryEntryDialog(QDialog):
    """Call :meth:`entry` after it is accepted; it validated before closing."""

    def __init__(self, entry: DirectoryEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryEntryDialog")
        self.setWindowTitle(self.tr("Change a directory entry") if entry else self.tr("Add to my directory"))
        self._entry: DirectoryEntry | None = None
        intro = make.hint_label(self.tr(
            "Describe the place, group or service, never a person you support: your directory "
            "can be shared with colleagues."))
        optional = self.tr("Optional; it goes into replies as written.")
        self.name_edit = self._line("directoryNameEdit", self.tr("Name"), TITLE_MAX,
                                    self.tr("Needed: the name of the place, group or service."),
                                    self.tr("e.g. Riverside Walkers"))
        self.what_edit = self._line("directoryWhatEdit", self.tr("What it is"), FIELD_MAX, optional)
        self.when_edit = self._line("directoryWhenEdit", self.tr("When it is on"), FIELD_MAX, optional,
                                    self.tr("e.g. Sundays at 10"))
        self.where_edit = self._line("directoryWhereEdit", self.tr("Where it is"), FIELD_MAX, optional)
        self.how_edit = self._line("directoryHowEdit", self.tr("How to get there"), FIELD_MAX, optional)
        self.contact_edit = self._line("directoryContactEdit", self.tr("Contact"), FIELD_MAX, optional)
        self.cost_edit = self._line("directoryCostEdit", self.tr("Cost"), FIELD_MAX, optional,
                                    self.tr("e.g. free, or £2 for tea"))
        self.tags_edit = self._line("directoryTagsEdit", self.tr("Free tags"), FIELD_MAX, optional,
                                    self.tr("e.g. peer-led, low pressure first step"))
        self.domain_boxes = {d: make.check_box(QCoreApplication.translate("ResourceCheck", d.label),
                                               f"need_{d.value}Box", QCoreApplication.translate("ResourceCheck", d.label),
                                               self.tr("A part of the resource check this place can help with."))
                             for d in Domain}
        self.access_boxes = {a: make.check_box(QCoreApplication.translate("Directory", ACCESS_LABELS[a]),
                                               f"access_{a.value}Box",
                                               QCoreApplication.translate("Directory", ACCESS_LABELS[a]),
                                               self.tr("How the place can be reached or joined."))
                             for a in Access}
        form = QFormLayout()
        make.buddy_rows(form, ((self.tr("&Name"), self.name_edit), (self.tr("&What it is"), self.what_edit),
                               (self.tr("W&hen"), self.when_edit), (self.tr("Whe&re"), self.where_edit),
                               (self.tr("&Getting there"), self.how_edit), (self.tr("&Contact"), self.contact_edit),
                               (self.tr("C&ost"), self.cost_edit)))
        form.addRow(self.tr("Needs it can meet"), self._row(self.domain_boxes.values()))
        form.addRow(self.tr("Access"), self._row(self.access_boxes.values()))
        make.buddy_rows(form, ((self.tr("&Tags"), self.tags_edit),))
        self.error = make.error_label()
        cancel = make.button(self.tr("Cancel"), "cancelEntryButton", self.tr("Cancel"),
                             self.tr("Closes this window without saving the entry."), auto_default=False,
                             clicked=self.reject)
        self.ok_button = make.button(self.tr("&Save"), "saveEntryButton", self.tr("Save this entry"),
                                     self.tr("Saves the entry in your directory and closes this window."), default=True, clicked=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(make.button_row(cancel, self.ok_button))
        if entry is not None:
            self._fill(entry)

    @staticmethod
    def _line(name: str, accessible: str, limit: int, description: str, placeholder: str = "") -> QLineEdit:
        return make.line_edit(name, accessible, description, placeholder=placeholder, max_length=limit)

    @staticmethod
    def _row(boxes) -> QHBoxLayout:  # type: ignore[no-untyped-def]
        row = QHBoxLayout()
        for box in boxes:
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _fill(self, entry: DirectoryEntry) -> None:
        for edit, text in ((self.name_edit, entry.name), (self.what_edit, entry.what), (self.when_edit, entry.when),
                           (self.where_edit, entry.where), (self.how_edit, entry.how_to_get_there),
                           (self.contact_edit, entry.contact), (self.cost_edit, entry.cost),
                           (self.tags_edit, ", ".join(entry.tags))):
            edit.setText(text)
        for domain, box in self.domain_boxes.items():
            box.setChecked(domain in entry.domains)
        for access, box in self.access_boxes.items():
            box.setChecked(access in entry.access)

    def _checked(self, boxes: dict) -> frozenset:  # type: ignore[type-arg]
        return frozenset(key for key, box in boxes.items() if isinstance(box, QCheckBox) and box.isChecked())

    def save(self) -> None:
        try:
            self._entry = DirectoryEntry(
                name=self.name_edit.text(), what=self.what_edit.text(), when=self.when_edit.text(),
                where=self.where_edit.text(), how_to_get_there=self.how_edit.text(),
                contact=self.contact_edit.text(), cost=self.cost_edit.text(),
                domains=self._checked(self.domain_boxes), access=self._checked(self.access_boxes),
                tags=parse_tags(self.tags_edit.text()),
            ).validate()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def entry(self) -> DirectoryEntry | None:
        return self._entry

"""Add or edit one person: name, relationship, circle, kinds of help, notes.

The dialog saves through the journal itself, so a problem (an empty name, a person
deleted meanwhile) is shown inside it and nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import NAME_MAX, Person
from peerjournal.core.vocabulary import (
    Closeness,
    HelpKind,
    Relationship,
    closeness_label,
    relationship_label,
)
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.undo import perform
from peerjournal.ui.people.person_commands import AddPersonCommand, EditPersonCommand
from peerjournal.ui.widgets.cadence import cadence_combo, set_cadence_choice
from peerjournal.ui.widgets.make import (
    check_box,
    combo,
    hint_label,
    label,
    line_edit,
    named,
    note_field,
    radio_row,
)

CIRCLE_HINT = QT_TRANSLATE_NOOP("PersonDialog", "Close: the first you'd turn to. Middle: now and then. Outer: less often.")


class PersonDialog(QDialog):
    """Saves on OK; stays open showing the problem if the journal refuses.

    ``person()`` returns the saved person after ``accepted``. With an ``undo_stack`` the
    save is one undoable step on it (Ctrl+Z).
    """

    def __init__(self, journal: Journal, person: Person | None = None, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._journal = journal
        self._undo_stack = undo_stack
        self._source = person
        self._saved: Person | None = None
        self.setWindowTitle(self.tr("Edit {name}").format(name=person.name) if person else self.tr("Add a person"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)  # room for the circle hint on one line

        self.name_edit = line_edit("personNameEdit", self.tr("Name"),
                                   placeholder=self.tr("A name or nickname, or a group's name"),
                                   max_length=NAME_MAX)
        self.relationship_combo = combo(
            "relationshipCombo", self.tr("Relationship"),
            self.tr("Who they are to you: family, friend, worker and so on."),
            # First "Relationship not set": a new person starts unset; nothing is chosen for them.
            items=[(relationship_label(None), None),
                   *((relationship.label, relationship) for relationship in Relationship)],
            list_name=self.tr("Relationships"))
        circle_box = self._build_circles()
        help_box = self._build_help_checks()
        self.notes_edit = note_field(
            "personNotesEdit", self.tr("Notes about this person"), self.tr("Anything you want to remember (optional)")
        )
        self.cadence_combo = cadence_combo(None, "")
        self.error_label = label(name="errorLabel", wrap=True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form(circle_box, help_box))
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._load(person or Person(name="", relationship=None, closeness=None))  # a new person starts unset
        self.name_edit.setFocus()

    def _build_circles(self) -> QWidget:
        """One radio button a circle, each described by the circle hint, and "Not set" (a new
        person starts there: the person places them, or leaves them unplaced)."""
        short: dict[Closeness | None, str] = {
            Closeness.CLOSE: self.tr("Close"), Closeness.MIDDLE: self.tr("Middle"),
            Closeness.OUTER: self.tr("Outer"), None: self.tr("Not set")}
        self.circle_group, self.circle_radios, circle_box = radio_row(self, (
            (circle, named(QRadioButton(short[circle]), f"{circle.value if circle else 'unset'}CircleRadio",
                           closeness_label(circle), self.tr(CIRCLE_HINT)))
            for circle in (*Closeness, None)))
        return circle_box

    def _build_help_checks(self) -> QWidget:
        self.help_checks: dict[HelpKind, QCheckBox] = {}
        help_box = QWidget()
        help_layout = QVBoxLayout(help_box)
        help_layout.setContentsMargins(0, 0, 0, 0)
        help_layout.setSpacing(2)
        for kind in HelpKind:
            check = check_box(kind.label, f"{kind.value}HelpCheck",
                              self.tr("They can give: {kind}").format(kind=kind.label),
                              self.tr("Tick the kinds of help you could ask this person for."))
            help_layout.addWidget(check)
            self.help_checks[kind] = check
        return help_box

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("personDialogButtonBox")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        named(ok, "savePersonButton", self.tr("Save this person"),
              self.tr("Saves this person to your journal. Ctrl+Z undoes it."))
        ok.setDefault(True)  # Enter in any single-line field saves
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelPersonButton",
              self.tr("Cancel without saving"), self.tr("Closes this window without saving."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_form(self, circle_box: QWidget, help_box: QWidget) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label(self.tr("&Name"), buddy=self.name_edit), self.name_edit)
        form.addRow(label(self.tr("&Relationship"), buddy=self.relationship_combo), self.relationship_combo)
        form.addRow(label(self.tr("&Circle"), buddy=self.circle_radios[Closeness.CLOSE]), circle_box)
        form.addRow("", hint_label(self.tr(CIRCLE_HINT)))
        form.addRow(label(self.tr("They can &give"), buddy=self.help_checks[HelpKind.PRACTICAL]), help_box)
        form.addRow(label(self.tr("Stay in &touch"), buddy=self.cadence_combo), self.cadence_combo)
        form.addRow(label(self.tr("N&otes"), buddy=self.notes_edit), self.notes_edit)
        return form

    def _load(self, person: Person) -> None:
        self.name_edit.setText(person.name)
        index = self.relationship_combo.findData(person.relationship)
        self.relationship_combo.setCurrentIndex(max(0, index))
        self.circle_radios[person.closeness].setChecked(True)
        for kind, check in self.help_checks.items():
            check.setChecked(kind in person.help_kinds)
        self.notes_edit.setPlainText(person.notes)
        if person.id is not None:
            # Read directly: Journal.cadences() leaves archived people out, and saving would lose it.
            set_cadence_choice(self.cadence_combo, self._journal.person_bundles.cadence(person.id))

    def _build(self) -> Person:
        closeness = next(c for c, radio in self.circle_radios.items() if radio.isChecked())
        fields = {
            "name": self.name_edit.text(),
            "relationship": self.relationship_combo.currentData(),
            "closeness": closeness,
            "help_kinds": frozenset(k for k, check in self.help_checks.items() if check.isChecked()),
            "notes": self.notes_edit.toPlainText(),
        }
        # Editing keeps what the dialog doesn't show (id, archived).
        return replace(self._source, **fields) if self._source else Person(**fields)

    def person(self) -> Person | None:
        """The saved person, once the dialog has been accepted."""
        return self._saved

    def accept(self) -> None:
        person = self._build()
        every_days = self.cadence_combo.currentData()
        # The person and how often to stay in touch: one transaction, one undoable step.
        command = (AddPersonCommand if self._source is None else EditPersonCommand)(
            self._journal, person, every_days, parent=self.parentWidget())
        try:
            perform(self._undo_stack, command)
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._saved = command.person
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
        # Screen readers don't notice a label appearing; announce it.
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.error_label, text))

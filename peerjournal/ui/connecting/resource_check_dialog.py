"""Taking the resource check: one page per part, Yes / Not sure / No per question, and who.

Nothing is stored until Save; Cancel (or Esc, or closing) asks before throwing answers away.
A question can be skipped. "Yes" asks who: pick from your people by typing, or add someone.
If the journal locks meanwhile, the answers are kept as a draft and the check opens again
after unlocking.

Signals: ``ResourceCheckDialog.saved(object)`` with the stored
:class:`~peerjournal.core.connecting.resources.ResourceCheck`;
``AddPersonDialog.personAdded(int, str)`` with the new person's id and name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from peerjournal.core.connecting.resources import (
    Answer,
    Domain,
    Reply,
    ResourceItem,
)
from peerjournal.core.records import NAME_MAX, Person
from peerjournal.core.vocabulary import Relationship
from peerjournal.core.vocabulary import relationship_label as unset_relationship_label
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.undo import perform, stack_owner
from peerjournal.ui.drafts.keeper import KEEPER, keep_while_shown
from peerjournal.ui.drafts.values import (
    DRAFT_VERSION,
    any_text,
    as_dicts,
    as_enum,
    as_int,
    as_ints,
    as_text,
)
from peerjournal.ui.people import AddPersonInPassingCommand, add_in_passing
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.accessible import scroll_area, tab_stop_if_needed, tie_label
from peerjournal.ui.widgets.chips import PeoplePicker
from peerjournal.ui.widgets.dialog_steps import show_dialog
from peerjournal.ui.widgets.focus_events import caret_after_focus
from peerjournal.ui.widgets.make import action_button, plain_label

if TYPE_CHECKING:
    from peerjournal.ui.app.main_window import MainWindow

RESOURCE_CHECK_DRAFT = "resource_check"
"""The draft key for a check half answered when the journal locked."""

CONTEXT = "ResourceCheck"  # the context of the core labels and default questions


def core_text(text: str) -> str:
    """A label or default question from the core, in the person's language (an edited
    question has no translation and comes back as typed)."""
    return QCoreApplication.translate(CONTEXT, text)


def question(text: str) -> str:
    """How a question reads on its own: "…give me a lift somewhere?"."""
    return QCoreApplication.translate("ResourceCheckDialog", "…{what}?").format(what=core_text(text))


class AddPersonDialog(QDialog):
    """A new person with a name and a relationship; more can be added on the People page."""

    personAdded = Signal(int, str)

    def __init__(self, journal: Journal, parent: QWidget | None = None, name: str = "",
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPersonDialog")
        self._journal = journal
        # Adding is undoable (Edit ▸ Undo, once the check is closed); own stack when alone.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setWindowTitle(self.tr("Add someone"))
        self.name_edit = caret_after_focus(QLineEdit(name))
        self.name_edit.setObjectName("newPersonNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("A name or nickname"))
        self.relationship_combo = QComboBox()
        self.relationship_combo.setObjectName("newPersonRelationshipCombo")
        self.relationship_combo.setAccessibleName(self.tr("Relationship"))
        self.relationship_combo.setAccessibleDescription(self.tr("Who they are to you: family, friend, worker and so on."))
        # Starts at "Relationship not set": nothing is chosen for the person.
        self.relationship_combo.addItem(unset_relationship_label(None), None)
        for relationship in Relationship:
            self.relationship_combo.addItem(relationship.label, relationship)
        self.error_label = plain_label(name="errorLabel")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePersonButton")
        self.save_button.setText(self.tr("&Add"))
        self.save_button.setAccessibleName(self.tr("Add this person"))
        self.save_button.setAccessibleDescription(self.tr("Adds them to your people and to this answer."))
        self.save_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel without adding anyone"))
        cancel.setAccessibleDescription(self.tr("Closes this window without adding anyone."))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        tie_label(name_label, self.name_edit)
        relationship_label = QLabel(self.tr("&Relationship"))
        tie_label(relationship_label, self.relationship_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow(relationship_label, self.relationship_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "They join your people. You can add more about them on the People page."
        ), "hintLabel"))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        command = AddPersonInPassingCommand(self._journal, Person(
            name=self.name_edit.text(), relationship=self.relationship_combo.currentData(), closeness=None
        ), parent=stack_owner(self.undo_stack))
        try:
            perform(self.undo_stack, command)
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        person = command.person
        assert person.id is not None
        self.personAdded.emit(person.id, person.name)
        self.accept()


class QuestionBox(QFrame):
    """One question: Yes / Not sure / No (arrow keys move between them) and, for Yes, who."""

    def __init__(self, item: ResourceItem, dialog: ResourceCheckDialog) -> None:
        super().__init__()
        assert item.id is not None
        self.item = item
        self.setObjectName("questionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = question(item.text)
        self.label = plain_label(text, "questionLabel")
        self.group = QButtonGroup(self)
        self.radios: dict[Reply, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for reply in Reply:
            radio = QRadioButton(core_text(reply.label))
            radio.setObjectName(f"{reply.value}Radio")
            radio.setAccessibleName(core_text(reply.label))
            radio.setAccessibleDescription(
                self.tr("Do I know someone who could {what}").format(what=text)
            )
            self.group.addButton(radio)
            row.addWidget(radio)
            self.radios[reply] = radio
        row.addStretch(1)
        self.people = PeoplePicker(
            dialog.create_person, self.tr("Who could {what}").format(what=core_text(item.text))
        )
        self.add_button = QPushButton(self.tr("Add someone…"))
        self.add_button.setObjectName("addSomeoneButton")
        self.add_button.setAccessibleName(self.tr("Add someone new who could {what}").format(
            what=core_text(item.text)))
        self.add_button.setAccessibleDescription(self.tr(
            "Opens a small form to add someone who isn't in your people yet."))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: dialog.open_add_person(self))
        who = QHBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.people, 1)
        who.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.who = QWidget()
        self.who.setObjectName("whoRow")
        self.who.setLayout(who)
        self.who.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.who)
        self.group.buttonToggled.connect(lambda *_: self.who.setVisible(self.reply() is Reply.YES))

    def reply(self) -> Reply | None:
        return next((r for r, radio in self.radios.items() if radio.isChecked()), None)

    def answer(self) -> Answer | None:
        reply = self.reply()
        if reply is None:
            return None
        assert self.item.id is not None
        people = self.people.selected() if reply is Reply.YES else ()
        return Answer(self.item.id, self.item.domain, self.item.text, reply, people)


class ResourceCheckDialog(QDialog):
    saved = Signal(object)

    def __init__(self, journal: Journal, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceCheckDialog")
        # People added here are undoable once the check is closed (a saved check keeps them).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setWindowTitle(self.tr("Do I know someone who could…?"))
        self.setAccessibleName(self.windowTitle())
        self._journal = journal
        self._store = journal.resources
        self.add_person_dialog: AddPersonDialog | None = None
        self.adding_for: QuestionBox | None = None  # the question someone is being added for
        self._names = {p.id: p.name for p in journal.people() if p.id is not None}
        self.domains = [d for d in Domain if any(i.domain is d for i in self._store.items())]
        self.boxes: list[QuestionBox] = []
        self.pages = QStackedWidget()
        self.pages.setObjectName("checkPages")
        for domain in self.domains:
            self.pages.addWidget(self._page(domain))

        self.step_label = plain_label(name="sectionLabel")
        self.error_label = plain_label(name="errorLabel")
        self.error_label.hide()
        self.cancel_button = action_button(self.tr("Cancel"), "cancelCheckButton",
                                           self.tr("Cancel the check"), self.reject)
        self.cancel_button.setAccessibleDescription(self.tr(
            "Closes the check without saving; it asks first if you have answered any."))
        self.back_button = action_button(self.tr("< &Back"), "backButton",
                                         self.tr("Back to the previous part"), lambda: self.go(-1))
        self.back_button.setAccessibleDescription(self.tr("Shows the questions of the part before. Answers are kept."))
        self.next_button = action_button(self.tr("&Next >"), "nextButton",
                                         self.tr("On to the next part"), lambda: self.go(1))
        self.next_button.setAccessibleDescription(self.tr("Shows the questions of the next part. Answers are kept."))
        self.save_button = action_button(self.tr("&Save"), "saveCheckButton",
                                         self.tr("Save your answers"), self.save)
        self.save_button.setAccessibleDescription(self.tr(
            "Saves the answers you gave, from every part, as one check (Ctrl+S)."))
        self.save_button.setToolTip(self.tr("Save your answers (Ctrl+S)"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.save_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "For each question, think of the people you know. Answer the ones you like; you can "
            "skip any. There are no right answers: a “no” is simply somewhere you could start."
        ), "hintLabel"))
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(720, 640)
        self.go(0)
        keep_while_shown(self)

    def _page(self, domain: Domain) -> QScrollArea:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for item in self._store.items():
            if item.domain is not domain:
                continue
            box = QuestionBox(item, self)
            box.people.set_people(self._names)
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)
        area = QScrollArea()
        area.setObjectName(f"{domain.value}Page")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        tab_stop_if_needed(area)
        return scroll_area(area, self.tr("Questions: {part}").format(part=core_text(domain.label)))

    # -- moving between parts ---------------------------------------------------
    def go(self, steps: int) -> None:
        index = max(0, min(self.pages.count() - 1, self.pages.currentIndex() + steps))
        self.pages.setCurrentIndex(index)
        self.step_label.setText(self.tr("Part {n} of {total}: {part}").format(
            n=index + 1, total=self.pages.count(), part=core_text(self.domains[index].label)))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages.count() - 1)
        first = next((b for b in self.boxes if self.page_of(b) == index), None)
        if first is not None and steps:
            (first.group.checkedButton() or first.radios[Reply.YES]).setFocus()

    def page_of(self, box: QuestionBox) -> int:
        return self.domains.index(box.item.domain)

    # -- people -------------------------------------------------------------
    def create_person(self, name: str) -> int | None:
        """A name typed that the journal doesn't know yet becomes a new person (as on Today)."""
        person = add_in_passing(self._journal, name, self.undo_stack, stack_owner(self.undo_stack),
                                self, self.tr("Could not add this person"))
        if person is None:
            return None
        assert person.id is not None
        self._known(person.id, person.name)
        return person.id

    def open_add_person(self, box: QuestionBox) -> AddPersonDialog:
        dialog = AddPersonDialog(self._journal, self, box.people.field.text().strip(), self.undo_stack)
        self.add_person_dialog = dialog
        self.adding_for = box

        def added(person_id: int, name: str) -> None:
            self._known(person_id, name)
            box.people.set_selected((*box.people.selected(), person_id))
            box.people.field.clear()

        dialog.personAdded.connect(added)
        dialog.finished.connect(lambda _=0: box.people.field.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        show_dialog(dialog)
        return dialog

    def _known(self, person_id: int, name: str) -> None:
        self._names[person_id] = name
        for box in self.boxes:
            box.people.add_known(person_id, name)

    # -- answers --------------------------------------------------------------
    def answers(self) -> list[Answer]:
        return [a for a in (b.answer() for b in self.boxes) if a is not None]

    def save(self) -> None:
        answers = self.answers()
        for box in self.boxes:  # first the question that needs a name, shown where it is
            answer = box.answer()
            if answer is None:
                continue
            try:
                answer.validate()
            except UserError as exc:
                self._problem(str(exc), box)
                return
        try:
            check = self._store.save_check(answers)
        except UserError as exc:
            self._problem(str(exc), None)
            return
        self.error_label.hide()
        self.saved.emit(check)
        self.accept()

    def _problem(self, text: str, box: QuestionBox | None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if box is not None:
            self.pages.setCurrentIndex(self.page_of(box))
            self.go(0)
            area = self.pages.currentWidget()
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(box)
            box.people.field.setFocus()

    def reject(self) -> None:
        if self.answers() and not messages.confirm(
            self, self.tr("Leave the check?"),
            self.tr("Your answers have not been saved. Leave the check and lose them?"),
            yes=self.tr("Leave and lose them"), no=self.tr("Keep answering"),
        ):
            return
        super().reject()


    # -- drafts (kept in the vault when the journal locks) ----------------
    draft_key = RESOURCE_CHECK_DRAFT

    def draft(self) -> dict[str, Any] | None:
        """Each answered (or started) question: the reply, who, a name half-typed; and someone
        being added in the "Add someone" box. None when nothing is."""
        answers = []
        for box in self.boxes:
            reply = box.reply()
            people = list(box.people.selected())
            typing = box.people.field.text()
            if reply is None and not people and not typing.strip():
                continue
            answers.append({"item": box.item.id, "reply": reply.value if reply else None,
                            "people": people, "typing": typing})
        draft: dict[str, Any] = {"version": DRAFT_VERSION, "part": self.pages.currentIndex(),
                                 "answers": answers}
        adding, adding_for = self.add_person_dialog, self.adding_for
        showing = adding is not None and isValid(adding) and adding.isVisible()
        if showing and adding_for is not None and adding is not None and any_text(adding.name_edit.text()):
            relationship = as_enum(Relationship, adding.relationship_combo.currentData())
            draft["adding"] = {"item": adding_for.item.id, "name": adding.name_edit.text(),
                               "relationship": relationship.value if relationship else None}
        return draft if answers or "adding" in draft else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Answers to questions no longer asked are left out, and people no longer there too."""
        boxes = {b.item.id: b for b in self.boxes}
        for answer in as_dicts(data.get("answers")):
            box = boxes.get(as_int(answer.get("item")))
            if box is None:
                continue
            reply = as_enum(Reply, answer.get("reply"))
            if reply is not None:
                box.radios[reply].setChecked(True)
            box.people.set_selected(as_ints(answer.get("people")))
            box.people.field.setText(as_text(answer.get("typing")))
        part = as_int(data.get("part"))
        if part is not None and 0 <= part < self.pages.count():
            self.pages.setCurrentIndex(part)
        self.go(0)
        adding = data.get("adding")
        box = boxes.get(as_int(adding.get("item"))) if isinstance(adding, dict) else None
        if isinstance(adding, dict) and box is not None and box.reply() is Reply.YES:
            add = self.open_add_person(box)
            add.name_edit.setText(as_text(adding.get("name")))
            relationship = as_enum(Relationship, adding.get("relationship"))
            if relationship is not None:
                add.relationship_combo.setCurrentIndex(
                    max(0, add.relationship_combo.findData(relationship)))


def reopen_check(window: MainWindow, data: dict[str, Any]) -> str | None:
    """The check again, on its tab, with the answers given so far."""
    resources = window.connecting.resources
    window.show_connecting(resources)
    resources.take_check().restore_draft(data)
    return None


KEEPER.register_reopener(RESOURCE_CHECK_DRAFT, reopen_check, order=30)

"""More undoable changes to people: a move on the network map, someone added in passing, an import.

Like :mod:`peerjournal.ui.people.person_commands`, each is carried out once by
:func:`~peerjournal.ui.app.undo.perform` and then pushed on the window's stack.

- :class:`MovePersonCommand`: "Move Ama to the close circle"; undo puts them back in the
  circle they were in, leaving anything else changed about them since as it is.
- :class:`AddPersonInPassingCommand`: a new name typed in a form (Today, a contact, the
  resource check) or added with the check's "Add someone…". Undo takes them out only while
  nothing names them: once a saved check, a contact, the plan… names them, the undo is
  refused kindly (:class:`~peerjournal.storage.people.uses.PersonInUse`) and leaves the stack.
- :class:`ImportPeopleCommand`: "Import 12 people" from a contacts file. Undo takes out, in one
  transaction, each of them that nothing names yet; anyone named since stays, and a message
  says who and why. The step then stands for those taken out only (its text says how many), so
  redo brings back exactly them. If nobody could be taken out, it is refused and leaves the stack.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal
from peerjournal.storage.people.bundle import PersonBundle
from peerjournal.storage.people.uses import take_out_if_unused, take_out_unused

from peerjournal.ui.app.undo import JournalCommand, perform
from peerjournal.ui.people.person_commands import AddPersonCommand, menu_name
from peerjournal.ui.widgets import messages


def move_label(name: str, closeness: Closeness) -> str:
    """"Move Ama to the close circle", as the Edit menu says it."""
    text = {
        Closeness.CLOSE: QCoreApplication.translate("Undo", "Move {name} to the close circle"),
        Closeness.MIDDLE: QCoreApplication.translate("Undo", "Move {name} to the middle circle"),
        Closeness.OUTER: QCoreApplication.translate("Undo", "Move {name} to the outer circle"),
    }[closeness]
    return text.format(name=menu_name(name))


class MovePersonCommand(JournalCommand):
    """Put a person in another circle of the network map; only their circle changes."""

    def __init__(self, journal: Journal, person_id: int, closeness: Closeness,
                 parent: QWidget | None = None) -> None:
        person = journal.get_person(person_id)
        super().__init__(journal, move_label(person.name, closeness), parent)
        self.person_id = person_id
        self.closeness = closeness
        self.before: Closeness | None = person.closeness  # None: not placed yet (undo puts them back there)

    def _set(self, closeness: Closeness | None) -> Person:
        with self.journal.batch():
            person = self.journal.get_person(self.person_id)  # as it is now: a rename stays
            return self.journal.update_person(replace(person, closeness=closeness))

    def apply(self) -> None:
        before = self.journal.get_person(self.person_id).closeness
        if before is self.closeness:
            self.changed = False
            return
        self.before = before
        self._set(self.closeness)

    def revert(self) -> None:
        self._set(self.before)


class AddPersonInPassingCommand(AddPersonCommand):
    """Add a person typed in passing; undo refuses once something names them (see above)."""

    def revert(self) -> None:
        assert self.person.id is not None
        self._bundle = take_out_if_unused(self.journal, self.person.id)


def add_in_passing(journal: Journal, name: str, stack: QUndoStack, owner: QWidget | None,
                   window: QWidget, refused: str) -> Person | None:
    """Add ``name`` as a new person, undoable on ``stack`` (``owner`` says when an undo is
    refused); a refusal shows in a warning over ``window`` titled ``refused``, and gives None."""
    # Relationship and circle stay unset: the person chooses them later (nothing chosen for them).
    command = AddPersonInPassingCommand(journal, Person(name=name, relationship=None, closeness=None),
                                        parent=owner)
    try:
        perform(stack, command)
    except UserError as exc:
        messages.warn(window, refused, str(exc))
        return None
    return command.person


class Undo(QObject):
    """The context of the counted undo texts: lupdate reads a plural (numerus) form from
    ``self.tr(text, "", n)`` in a class, never from ``QCoreApplication.translate``."""

    def import_people(self, count: int) -> str:
        return self.tr("Import %n person(s)", "", count)

    def taken_out(self, count: int) -> str:
        return self.tr("Took %n person(s) from the import out of your people again.", "", count)


def import_label(count: int) -> str:
    return Undo().import_people(count)


class ImportPeopleCommand(JournalCommand):
    """Add several people at once (all or none); ``people`` are the stored people after."""

    def __init__(self, journal: Journal, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(journal, import_label(len(people)), parent)
        self.store = journal.person_bundles
        self.people = list(people)
        self._bundles: list[PersonBundle] | None = None  # while undone: everyone taken out

    def apply(self) -> None:
        if self._bundles is not None:  # a redo: the same people, with their own ids
            with self.journal.batch():
                self.people = [self.store.restore(b) for b in self._bundles]
            self._bundles = None
            return
        self.people = self.journal.add_people(self.people)  # all of them, or none
        self.changed = bool(self.people)

    def revert(self) -> None:
        # One transaction, a few statements for the whole batch: everyone who can go, goes together.
        taken, kept = take_out_unused(self.journal, [p.id for p in self.people if p.id is not None])
        if not taken:
            if kept:
                raise UserError(QCoreApplication.translate(
                    "Undo", "Everyone from this import is named somewhere in your journal by now, so they "
                    "all stay in your people.") + "\n\n" + "\n".join(str(k) for k in kept))
            raise UserError(QCoreApplication.translate(
                "Undo", "The people from this import are no longer in your journal."))
        if len(taken) != len(self.people):
            self.setText(import_label(len(taken)))  # from now on the step is about them only
        self._bundles = taken
        self.people = [b.person for b in taken]
        if kept:
            messages.inform(self.owner, QCoreApplication.translate("Undo", "Some people stay"), "\n\n".join(
                [self._taken_out_text(len(taken))] + [str(k) for k in kept]))

    @staticmethod
    def _taken_out_text(count: int) -> str:
        return Undo().taken_out(count)


__all__ = [
    "AddPersonInPassingCommand",
    "add_in_passing",
    "ImportPeopleCommand",
    "MovePersonCommand",
    "import_label",
    "move_label",
]

"""Undoable changes to people (Edit ▸ Undo, Ctrl+Z): add, edit, archive or restore, delete.

Like the entry commands in :mod:`peerjournal.ui.app.undo`, each is carried out once by
:func:`perform_person` and then pushed. Undoing a delete brings the person back with their
own id and every link they had (:class:`~peerjournal.storage.people.bundle.PersonBundle`);
undoing an add takes the person out the same way, so a redo brings back whatever was linked
to them meanwhile. If the journal refuses an undo or a redo (say the person has since been
noted in a contact), the person is told why and the step leaves the stack, so the menu
never offers something that can't happen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from peerjournal.core.records import Person
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal
from peerjournal.storage.people.bundle import PersonBundle

from peerjournal.ui.app.undo import _JournalCommand
from peerjournal.ui.widgets import messages

_LONGEST = 40  # characters of a name in the Edit menu


def menu_name(name: str) -> str:
    """A name as it reads in "Undo Add …": on one line, not too long, ``&`` shown as itself."""
    name = " ".join(name.split())
    if len(name) > _LONGEST:
        name = name[:_LONGEST - 1].rstrip() + "…"
    return name.replace("&", "&&")


class _PersonCommand(_JournalCommand):
    """A change to one person; ``changed`` is False when carrying it out changed nothing."""

    def __init__(self, journal: Journal, text: str, parent: QWidget | None) -> None:
        super().__init__(journal, text)
        self.store = journal.person_bundles
        self.changed = True
        self._parent = parent  # where to say that an undo or redo could not be done

    def revert(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        try:
            self.revert()
        except UserError as exc:
            self._failed(QCoreApplication.translate("PersonUndo", "Couldn't undo this"), exc)

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        try:
            self.apply()
        except UserError as exc:
            self._failed(QCoreApplication.translate("PersonUndo", "Couldn't redo this"), exc)

    def _failed(self, title: str, exc: UserError) -> None:
        # Each step is one transaction, so nothing changed; the step leaves the stack.
        self.setObsolete(True)
        messages.warn(self._parent, title, str(exc))


class AddPersonCommand(_PersonCommand):
    """Add a person (and how often to stay in touch); ``person`` is the stored person after."""

    def __init__(self, journal: Journal, person: Person, every_days: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(journal, AddPersonCommand.label(person.name), parent)
        self.person = person
        self.every_days = every_days
        self._bundle: PersonBundle | None = None  # everything about them while undone

    @staticmethod
    def label(name: str) -> str:
        return QCoreApplication.translate("PersonUndo", "Add {name}").format(name=menu_name(name))

    def apply(self) -> None:
        if self._bundle is not None:  # a redo: back as they were, with links made meanwhile
            self.person = self.store.restore(self._bundle)
            return
        with self.journal.batch():
            self.person = self.journal.add_person(self.person)
            assert self.person.id is not None
            if self.every_days is not None:
                self.journal.set_cadence(self.person.id, self.every_days)
        self.setText(self.label(self.person.name))

    def revert(self) -> None:
        assert self.person.id is not None
        self._bundle = self.store.delete(self.person.id)


class EditPersonCommand(_PersonCommand):
    """Save ``person`` (which has an id) and their stay-in-touch choice over what is stored."""

    def __init__(self, journal: Journal, person: Person, every_days: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(journal, EditPersonCommand.label(person.name), parent)
        assert person.id is not None
        self.person = person
        self.every_days = every_days
        self.before: Person | None = None
        self.before_every_days: int | None = None

    @staticmethod
    def label(name: str) -> str:
        return QCoreApplication.translate("PersonUndo", "Edit {name}").format(name=menu_name(name))

    def apply(self) -> None:
        assert self.person.id is not None
        with self.journal.batch():
            before = self.journal.get_person(self.person.id)
            before_every_days = self.store.cadence(self.person.id)
            self.person = self.journal.update_person(self.person)
            self.journal.set_cadence(self.person.id, self.every_days)
        self.before, self.before_every_days = before, before_every_days
        self.changed = (before, before_every_days) != (self.person, self.every_days)
        self.setText(self.label(before.name))

    def revert(self) -> None:
        assert self.before is not None and self.before.id is not None
        with self.journal.batch():
            self.journal.update_person(self.before)
            self.journal.set_cadence(self.before.id, self.before_every_days)


class ArchivePersonCommand(_PersonCommand):
    """Archive a person (``archived`` True) or bring them back into the lists (False)."""

    def __init__(self, journal: Journal, person: Person, archived: bool,
                 parent: QWidget | None = None) -> None:
        text = (QCoreApplication.translate("PersonUndo", "Archive {name}") if archived
                else QCoreApplication.translate("PersonUndo", "Restore {name}"))
        super().__init__(journal, text.format(name=menu_name(person.name)), parent)
        assert person.id is not None
        self.person_id = person.id
        self.archived = archived

    def apply(self) -> None:
        self.journal.set_archived(self.person_id, self.archived)

    def revert(self) -> None:
        self.journal.set_archived(self.person_id, not self.archived)


class DeletePersonCommand(_PersonCommand):
    """Delete a person with no history; undo brings them back with every link."""

    def __init__(self, journal: Journal, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(
            journal, QCoreApplication.translate("PersonUndo", "Delete {name}").format(name=menu_name(person.name)),
            parent)
        assert person.id is not None
        self.person_id = person.id
        self.bundle: PersonBundle | None = None

    def apply(self) -> None:
        self.bundle = self.store.delete(self.person_id)

    def revert(self) -> None:
        assert self.bundle is not None
        self.store.restore(self.bundle)


def perform_person(stack: QUndoStack | None, command: _PersonCommand) -> None:
    """Carry out ``command`` now (errors propagate, nothing is pushed); push it if it changed
    something and there is a stack to push it on."""
    command.apply()
    if stack is not None and command.changed:
        stack.push(command)

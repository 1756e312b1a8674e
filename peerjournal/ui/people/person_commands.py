"""Undoable changes to people (Edit ▸ Undo, Ctrl+Z): add, edit, archive or restore, delete.

Each is a :class:`~peerjournal.ui.app.undo.JournalCommand`, carried out once by
:func:`~peerjournal.ui.app.undo.perform` and then pushed. Undoing a delete brings the
person back with their own id and every link they had
(:class:`~peerjournal.storage.people.bundle.PersonBundle`);
undoing an add takes the person out the same way, so a redo brings back whatever was linked
to them meanwhile. If the journal refuses an undo or a redo (say the person has since been
noted in a contact), the person is told why and the step leaves the stack, so the menu
never offers something that can't happen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerjournal.core.records import Person
from peerjournal.storage.journal import Journal
from peerjournal.storage.people.bundle import PersonBundle

from peerjournal.ui.app.undo import JournalCommand

_LONGEST = 40  # characters of a name in the Edit menu


def menu_name(name: str) -> str:
    """A name as it reads in "Undo Add …": on one line, not too long, ``&`` shown as itself."""
    name = " ".join(name.split())
    if len(name) > _LONGEST:
        name = name[:_LONGEST - 1].rstrip() + "…"
    return name.replace("&", "&&")


class AddPersonCommand(JournalCommand):
    """Add a person (and how often to stay in touch); ``person`` is the stored person after."""

    def __init__(self, journal: Journal, person: Person, every_days: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(journal, AddPersonCommand.label(person.name), parent)
        self.store = journal.person_bundles
        self.person = person
        self.every_days = every_days
        self._bundle: PersonBundle | None = None  # everything about them while undone

    @staticmethod
    def label(name: str) -> str:
        return QCoreApplication.translate("Undo", "Add {name}").format(name=menu_name(name))

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


class EditPersonCommand(JournalCommand):
    """Save ``person`` (which has an id) and their stay-in-touch choice over what is stored."""

    def __init__(self, journal: Journal, person: Person, every_days: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(journal, EditPersonCommand.label(person.name), parent)
        self.store = journal.person_bundles
        assert person.id is not None
        self.person = person
        self.every_days = every_days
        self.before: Person | None = None
        self.before_every_days: int | None = None

    @staticmethod
    def label(name: str) -> str:
        return QCoreApplication.translate("Undo", "Edit {name}").format(name=menu_name(name))

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


class ArchivePersonCommand(JournalCommand):
    """Archive a person (``archived`` True) or bring them back into the lists (False)."""

    def __init__(self, journal: Journal, person: Person, archived: bool,
                 parent: QWidget | None = None) -> None:
        text = (QCoreApplication.translate("Undo", "Archive {name}") if archived
                else QCoreApplication.translate("Undo", "Restore {name}"))
        super().__init__(journal, text.format(name=menu_name(person.name)), parent)
        assert person.id is not None
        self.person_id = person.id
        self.archived = archived

    def apply(self) -> None:
        self.journal.set_archived(self.person_id, self.archived)

    def revert(self) -> None:
        self.journal.set_archived(self.person_id, not self.archived)


class DeletePersonCommand(JournalCommand):
    """Delete a person with no history; undo brings them back with every link."""

    def __init__(self, journal: Journal, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(
            journal, QCoreApplication.translate("Undo", "Delete {name}").format(name=menu_name(person.name)),
            parent)
        self.store = journal.person_bundles
        assert person.id is not None
        self.person_id = person.id
        self.bundle: PersonBundle | None = None

    def apply(self) -> None:
        self.bundle = self.store.delete(self.person_id)

    def revert(self) -> None:
        assert self.bundle is not None
        self.store.restore(self.bundle)

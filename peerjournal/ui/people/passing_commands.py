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

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal
from peerjournal.storage.people.bundle import PersonBundle
from peerjournal.storage.people.uses import PersonInUse, take_out_if_unused, take_out_unused

from peerjournal.ui.app.undo import JournalCommand, perform, stack_owner
from peerjournal.ui.people.apart_run import ApartRun, can_run_apart
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
    """Add several people at once (all or none); ``people`` are the stored people after.

    With a connection of its own to open (the app's unlock), the undo and the redo run in a
    worker (:mod:`.apart_run`, issue 20): the stack moves at once, the people go or come back
    when the worker commits. If the worker's run is refused, nothing changed, the person is told
    why and the step leaves the stack (at once, or when the stack next reaches it).
    """

    def __init__(self, journal: Journal, people: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(journal, import_label(len(people)), parent)
        self.store = journal.person_bundles
        self.people = list(people)
        self._bundles: list[PersonBundle] | None = None  # while undone: everyone taken out
        self.stack: QUndoStack | None = None  # the stack it is on, for a run refused later
        self.run: ApartRun | None = None  # an undo or redo still running in a worker

    def _settle(self) -> None:
        """An undo or redo still running ends first (the worker is waited for, here)."""
        if self.run is not None:
            self.run.finish()

    def undo(self) -> None:
        self._settle()
        if not self.isObsolete():
            super().undo()

    def redo(self) -> None:
        if not self._skip_first_redo:
            self._settle()
        if not self.isObsolete():
            super().redo()

    def apply(self) -> None:
        if self._bundles is not None:  # a redo: the same people, with their own ids
            bundles = self._bundles
            if can_run_apart(self.journal):
                self.run = ApartRun(self.journal, lambda other: _restore_all(other, bundles), self._redone)
                return
            self.people = _restore_all(self.journal, bundles)
            self._bundles = None
            return
        self.people = self.journal.add_people(self.people)  # all of them, or none
        self.changed = bool(self.people)

    def _redone(self, people: list[Person] | None, error: BaseException | None) -> None:
        self.run = None
        if error is not None:
            self._refused_apart(QCoreApplication.translate("Undo", "Couldn't redo this"), error, undone=False)
            return
        self.people = list(people or [])
        self._bundles = None

    def revert(self) -> None:
        # One transaction, a few statements for the whole batch: everyone who can go, goes together.
        ids = [p.id for p in self.people if p.id is not None]
        if can_run_apart(self.journal):
            self.run = ApartRun(self.journal, lambda other: take_out_unused(other, ids), self._reverted)
            return
        self._taken_out(*take_out_unused(self.journal, ids))

    def _reverted(self, result: tuple[list[PersonBundle], list[PersonInUse]] | None,
                  error: BaseException | None) -> None:
        self.run = None
        if error is None:
            assert result is not None
            try:
                self._taken_out(*result)
                self._texts_changed()
                return
            except UserError as exc:
                error = exc
        self._refused_apart(QCoreApplication.translate("Undo", "Couldn't undo this"), error, undone=True)

    def _taken_out(self, taken: list[PersonBundle], kept: list[PersonInUse]) -> None:
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

    def _texts_changed(self) -> None:
        """The Edit menu reads the step's text again (a step about fewer people now): the stack
        says so itself only when its index moves, and here it moved before the worker ended."""
        if self.stack is not None:
            self.stack.undoTextChanged.emit(self.stack.undoText())
            self.stack.redoTextChanged.emit(self.stack.redoText())

    def _refused_apart(self, title: str, error: BaseException, *, undone: bool) -> None:
        """A run in the worker was refused (one transaction: nothing changed). The step leaves
        the stack: now, if the stack still stands just past it (undone) or on it (redone), else
        when the stack next reaches it (an obsolete step is dropped, never carried out)."""
        if not isinstance(error, UserError):
            raise error  # a bug: said as bugs are
        self.setObsolete(True)
        if self.journal.vault.is_open:
            messages.warn(self.owner, title, str(error))
        stack = self.stack
        if stack is None:
            return
        at = stack.index() if undone else stack.index() - 1
        if 0 <= at < stack.count() and stack.command(at) is self:
            if undone:
                stack.redo()
            else:
                stack.undo()

    @staticmethod
    def _taken_out_text(count: int) -> str:
        return Undo().taken_out(count)


def _restore_all(journal: Journal, bundles: list[PersonBundle]) -> list[Person]:
    with journal.batch():
        return [journal.person_bundles.restore(b) for b in bundles]


Done = Callable[[ImportPeopleCommand | None, UserError | None], None]


def import_people(journal: Journal, people: list[Person], stack: QUndoStack | None,
                  owner: QWidget | None, done: Done) -> ApartRun | None:
    """Import ``people`` (all or none) as one undoable step on ``stack``; ``done`` then hears
    the step, or the :class:`UserError` that refused it (nobody added).

    With a connection of its own to open, the import runs in a worker and this returns its run
    (the window stays usable meanwhile; ``done`` comes later, on the GUI thread, after the
    pages were told); otherwise it is done here, ``done`` is called before this returns None.
    """
    command = ImportPeopleCommand(journal, people, owner)
    command.stack = stack
    if not can_run_apart(journal):
        try:
            perform(stack, command)
        except UserError as exc:
            done(None, exc)
            return None
        done(command, None)
        return None

    def added(stored: list[Person] | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, UserError):
                raise error
            done(None, error)
            return
        if not journal.vault.is_open:  # locked meanwhile: the window and its stack are gone
            return
        command.people = list(stored or [])
        command.changed = bool(command.people)
        if stack is not None and command.changed:
            if command.owner is None:
                command.owner = stack_owner(stack)
            stack.push(command)  # carried out already: its first redo is skipped
        done(command, None)

    checked = list(people)
    return ApartRun(journal, lambda other: other.add_people(checked), added)


__all__ = [
    "AddPersonInPassingCommand",
    "add_in_passing",
    "ImportPeopleCommand",
    "import_people",
    "MovePersonCommand",
    "import_label",
    "move_label",
]

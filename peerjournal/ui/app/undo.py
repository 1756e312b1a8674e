"""Undoable journal actions on a QUndoStack (Ctrl+Z / Ctrl+Shift+Z): one command style for all.

Every step is a :class:`JournalCommand`: ``apply()`` carries it out, ``revert()`` takes it
back. :func:`perform` carries a step out once and pushes it only if it worked and changed
something, so a refused change never lands on the stack (the stack's own first ``redo()``
is then skipped). If the journal refuses a later undo or redo, the person is told why and
the step leaves the stack, so the Edit menu never offers something that can't happen.
Every text the Edit menu shows is a whole sentence through Qt translation (context "Undo").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal, NotFound

from peerjournal.ui.widgets import messages

Entry = MoodCheckIn | Contact | Activity

KIND_OF = {MoodCheckIn: EntryKind.MOOD, Contact: EntryKind.CONTACT, Activity: EntryKind.ACTIVITY}


def kind_of(entry: Entry) -> EntryKind:
    return KIND_OF[type(entry)]


def stack_owner(stack: QUndoStack) -> QWidget | None:
    """Where a step on ``stack`` says that its undo could not be done: the window that owns the
    stack, which outlives a dialog the step was made in."""
    owner = stack.parent()
    return owner if isinstance(owner, QWidget) else None


class JournalCommand(QUndoCommand):
    """One undoable step; ``changed`` is False when carrying it out changed nothing."""

    def __init__(self, journal: Journal, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text)
        self.journal = journal
        self.changed = True
        self.owner = parent  # where to say that an undo or redo could not be done
        self._skip_first_redo = True
        # Set by an undo or a real redo (not the push) that worked, for the window to say it.
        self.just_undone = self.just_redone = False
        # What the status bar says once the step is undone or redone (a step may say more).
        self.undone_text = QCoreApplication.translate("Undo", "Undone: {step}.").format(step=text)
        self.redone_text = QCoreApplication.translate("Undo", "Redone: {step}.").format(step=text)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        try:
            self.revert()
        except UserError as exc:
            self._failed(QCoreApplication.translate("Undo", "Couldn't undo this"), exc)
            return
        self.just_undone = True

    def redo(self) -> None:
        if self._skip_first_redo:  # perform() has carried it out already
            self._skip_first_redo = False
            return
        try:
            self.apply()
        except UserError as exc:
            self._failed(QCoreApplication.translate("Undo", "Couldn't redo this"), exc)
            return
        self.just_redone = True

    def _failed(self, title: str, exc: UserError) -> None:
        # Each step is one transaction, so nothing changed; the step leaves the stack.
        self.setObsolete(True)
        messages.warn(self.owner, title, str(exc))


def perform(stack: QUndoStack | None, command: JournalCommand) -> None:
    """Carry out ``command`` now (errors propagate, nothing is pushed); push it if it changed
    something and there is a stack to push it on."""
    command.apply()
    if stack is not None and command.changed:
        if command.owner is None:  # e.g. an entry step: the window owning the stack says it
            command.owner = stack_owner(stack)
        stack.push(command)


def _delete_text(kind: EntryKind) -> str:
    return {
        EntryKind.MOOD: QCoreApplication.translate("Undo", "Delete check-in"),
        EntryKind.CONTACT: QCoreApplication.translate("Undo", "Delete contact"),
        EntryKind.ACTIVITY: QCoreApplication.translate("Undo", "Delete activity"),
    }[kind]


def _edit_text(kind: EntryKind) -> str:
    return {
        EntryKind.MOOD: QCoreApplication.translate("Undo", "Edit check-in"),
        EntryKind.CONTACT: QCoreApplication.translate("Undo", "Edit contact"),
        EntryKind.ACTIVITY: QCoreApplication.translate("Undo", "Edit activity"),
    }[kind]


class DeleteEntryCommand(JournalCommand):
    def __init__(self, journal: Journal, kind: EntryKind, entry_id: int) -> None:
        super().__init__(journal, _delete_text(kind))
        self.kind = kind
        self.entry_id = entry_id
        self.deleted: Entry | None = None
        self.place_id: int | None = None  # where a deleted activity happened

    def apply(self) -> None:
        with self.journal.batch():
            if self.kind is EntryKind.ACTIVITY:  # its place link goes with it: remember it
                self.place_id = self.journal.places.place_of_activity(self.entry_id)
            self.deleted = self.journal.delete_entry(self.kind, self.entry_id)

    def revert(self) -> None:
        assert self.deleted is not None
        with self.journal.batch():
            self.journal.add(self.deleted)  # same id, so links and order come back as they were
            if self.place_id is not None:
                store = self.journal.places
                try:
                    store.get_place(self.place_id)
                except NotFound:  # the place was removed since: the activity comes back without it
                    return
                assert self.deleted.id is not None
                store.link_activity(self.deleted.id, self.place_id)


class EditEntryCommand(JournalCommand):
    def __init__(self, journal: Journal, before: Entry, after: Entry) -> None:
        super().__init__(journal, _edit_text(kind_of(before)))
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.after = self.journal.update(self.after)  # type: ignore[assignment]

    def revert(self) -> None:
        self.journal.update(self.before)


class AddEntriesCommand(JournalCommand):
    """Saving a check-in (mood, contact and activity together) is one undoable step."""

    def __init__(self, journal: Journal, entries: list[Entry], text: str | None = None) -> None:
        """``text`` is the Edit menu's, already translated (the entry dialog's title); by default
        "Save check-in"."""
        super().__init__(journal, text if text is not None else QCoreApplication.translate("Undo", "Save check-in"))
        self.entries = entries

    def apply(self) -> None:
        with self.journal.batch():
            self.entries = [self.journal.add(e) for e in self.entries]  # type: ignore[misc]

    def revert(self) -> None:
        with self.journal.batch():
            for entry in self.entries:
                assert entry.id is not None
                self.journal.delete_entry(kind_of(entry), entry.id)

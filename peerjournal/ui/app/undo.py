"""Undoable journal actions on a QUndoStack (Ctrl+Z / Ctrl+Shift+Z).

An action is carried out once by :func:`perform` (so a refused change never lands on
the stack); the stack's own first ``redo()`` call is then skipped.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from peerjournal.storage.journal import Journal, NotFound

Entry = MoodCheckIn | Contact | Activity

KIND_OF = {MoodCheckIn: EntryKind.MOOD, Contact: EntryKind.CONTACT, Activity: EntryKind.ACTIVITY}


def kind_of(entry: Entry) -> EntryKind:
    return KIND_OF[type(entry)]


class _JournalCommand(QUndoCommand):
    def __init__(self, journal: Journal, text: str) -> None:
        super().__init__(text)
        self.journal = journal
        self._skip_first_redo = True

    def apply(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.apply()


class DeleteEntryCommand(_JournalCommand):
    def __init__(self, journal: Journal, kind: EntryKind, entry_id: int) -> None:
        super().__init__(journal, f"Delete {kind.label.lower()}")
        self.kind = kind
        self.entry_id = entry_id
        self.deleted: Entry | None = None
        self.place_id: int | None = None  # where a deleted activity happened

    def apply(self) -> None:
        with self.journal.batch():
            if self.kind is EntryKind.ACTIVITY:  # its place link goes with it: remember it
                self.place_id = self.journal.places.place_of_activity(self.entry_id)
            self.deleted = self.journal.delete_entry(self.kind, self.entry_id)

    def undo(self) -> None:
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


class EditEntryCommand(_JournalCommand):
    def __init__(self, journal: Journal, before: Entry, after: Entry) -> None:
        super().__init__(journal, f"Edit {kind_of(before).label.lower()}")
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.after = self.journal.update(self.after)  # type: ignore[assignment]

    def undo(self) -> None:
        self.journal.update(self.before)


class AddEntriesCommand(_JournalCommand):
    """Saving a check-in (mood, contact and activity together) is one undoable step."""

    def __init__(self, journal: Journal, entries: list[Entry], text: str = "Save check-in") -> None:
        super().__init__(journal, text)
        self.entries = entries

    def apply(self) -> None:
        with self.journal.batch():
            self.entries = [self.journal.add(e) for e in self.entries]  # type: ignore[misc]

    def undo(self) -> None:
        with self.journal.batch():
            for entry in self.entries:
                assert entry.id is not None
                self.journal.delete_entry(kind_of(entry), entry.id)


def perform(stack: QUndoStack, command: _JournalCommand) -> None:
    """Carry out ``command`` now; push it only if it worked (errors propagate)."""
    command.apply()
    stack.push(command)

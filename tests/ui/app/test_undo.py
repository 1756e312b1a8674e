"""One undo command style: perform() carries a step out once and never pushes a refused one;
a refused undo is explained and leaves the stack; every Edit-menu text is translatable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from peerjournal import i18n as core_i18n
from peerjournal.core.records import Activity, MoodCheckIn, Person
from peerjournal.core.vocabulary import Closeness, EntryKind
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.app import translations
from peerjournal.ui.app.undo import (
    AddEntriesCommand,
    DeleteEntryCommand,
    EditEntryCommand,
    JournalCommand,
    perform,
)
from peerjournal.ui.people.passing_commands import import_label, move_label
from peerjournal.ui.people.person_commands import AddPersonCommand, ArchivePersonCommand
from peerjournal.ui.widgets import messages


@pytest.fixture
def pseudo_locale(qapp):
    translations.install_translators(translations.PSEUDO)
    yield
    translations.install_translators("en")
    core_i18n.set_translator(None)


class _Counting(JournalCommand):
    """A step that counts how often it was carried out; ``refuse`` makes the journal say no."""

    def __init__(self, journal: Journal, *, refuse: bool = False, changed: bool = True) -> None:
        super().__init__(journal, "Count")
        self.applied = 0
        self.refuse = refuse
        self.will_change = changed

    def apply(self) -> None:
        if self.refuse:
            raise UserError("No, thanks.")
        self.applied += 1
        self.changed = self.will_change

    def revert(self) -> None:
        if self.refuse:
            raise UserError("Not any more.")
        self.applied -= 1


def _mood(journal: Journal) -> MoodCheckIn:
    return journal.add(MoodCheckIn(at=journal.clock(), mood=3))  # type: ignore[return-value]


def test_perform_carries_a_step_out_once_and_pushes_it(qapp, journal):
    stack = QUndoStack()
    command = _Counting(journal)
    perform(stack, command)
    assert command.applied == 1 and stack.count() == 1  # the stack's own first redo is skipped
    stack.undo()
    assert command.applied == 0
    stack.redo()
    assert command.applied == 1


def test_a_refused_change_is_never_pushed(qapp, journal):
    stack = QUndoStack()
    with pytest.raises(UserError):
        perform(stack, _Counting(journal, refuse=True))
    assert stack.count() == 0


def test_a_step_that_changed_nothing_is_not_pushed(qapp, journal):
    stack = QUndoStack()
    command = _Counting(journal, changed=False)
    perform(stack, command)
    assert command.applied == 1 and stack.count() == 0
    perform(None, _Counting(journal))  # no stack (a dialog on its own): carried out only


def test_a_refused_undo_is_explained_by_the_stacks_window_and_leaves_the_stack(qapp, journal):
    owner = QWidget()
    stack = QUndoStack(owner)
    command = _Counting(journal)
    perform(stack, command)
    assert command.owner is owner  # an entry step has no dialog of its own to speak from
    command.refuse = True
    stack.undo()
    assert messages.shown[-1] == ("Couldn't undo this", "Not any more.")
    assert stack.count() == 0


def test_entry_steps_undo_and_redo(qapp, journal):
    stack = QUndoStack()
    mood = _mood(journal)
    perform(stack, EditEntryCommand(journal, mood, MoodCheckIn(id=mood.id, at=mood.at, mood=5)))
    add = AddEntriesCommand(journal, [Activity(at=journal.clock(), category="walk", title="Park")])
    perform(stack, add)
    assert stack.undoText() == "Save check-in"
    stack.undo()
    assert [row.kind for row in journal.timeline()] == [EntryKind.MOOD]
    stack.undo()
    assert journal.get_entry(EntryKind.MOOD, mood.id).mood == 3
    stack.redo()
    stack.redo()
    assert journal.get_entry(EntryKind.MOOD, mood.id).mood == 5 and len(journal.timeline()) == 2
    perform(stack, DeleteEntryCommand(journal, EntryKind.MOOD, mood.id))
    assert stack.undoText() == "Delete check-in"
    stack.undo()
    assert journal.get_entry(EntryKind.MOOD, mood.id).mood == 5


def test_every_undo_text_is_english_whole_sentences(qapp, journal):
    mood = _mood(journal)
    assert DeleteEntryCommand(journal, EntryKind.CONTACT, 1).text() == "Delete contact"
    assert DeleteEntryCommand(journal, EntryKind.ACTIVITY, 1).text() == "Delete activity"
    assert EditEntryCommand(journal, mood, mood).text() == "Edit check-in"
    assert move_label("Ama", Closeness.OUTER) == "Move Ama to the outer circle"
    assert import_label(1) == "Import 1 person" and import_label(3) == "Import 3 people"


def test_every_undo_text_goes_through_translation(qapp, journal, pseudo_locale):
    mood = _mood(journal)
    ama = journal.add_person(Person(name="Ama"))
    texts = [
        DeleteEntryCommand(journal, EntryKind.MOOD, mood.id).text(),
        EditEntryCommand(journal, mood, mood).text(),
        AddEntriesCommand(journal, [mood]).text(),
        AddPersonCommand(journal, Person(name="Kim")).text(),
        ArchivePersonCommand(journal, ama, True).text(),
        move_label("Ama", Closeness.CLOSE),
        import_label(2),
    ]
    for text in texts:
        # The whole sentence is translated, the name or number filled in after.
        assert text.startswith("⟦") and text.endswith("⟧"), text
    assert texts[3] == "⟦Add Kim⟧" and texts[-1] == "⟦Import 2 person(s)⟧"  # a plural source


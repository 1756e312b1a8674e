"""A contacts import, its undo and its redo run in a worker on a connection of their own (issue
20): the window's connection writes none of it, the import is one step and all or nothing, and a
redo pressed while the undo still runs waits for it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from peerjournal.core.records import Person
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.faults import FailingConnection
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.people.passing_commands import ImportPeopleCommand, import_people
from peerjournal.ui.people.vcard_import_dialog import VCardImportDialog
from peerjournal.ui.widgets import files, messages

COUNT = 250
VCARDS = Path(__file__).resolve().parents[2] / "fixtures" / "vcards"
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture
def own(vault_path):
    """A journal unlocked as the app does: its key kept for a connection of its own."""
    create_vault(vault_path, PASSPHRASE).close()
    vault = open_vault(vault_path, PASSPHRASE, check_pages_later=True)
    assert vault.can_open_apart
    yield Journal(vault)
    vault.close()


def contacts(count: int = COUNT) -> list[Person]:
    return [Person(name=f"Contact {i:04}", notes="from the phone") for i in range(count)]


def writes_on_window_connection(journal) -> list[str]:
    """The write statements the window's connection runs from now on (SQLite's trace)."""
    seen: list[str] = []
    journal.vault.conn.set_trace_callback(seen.append)
    return seen


def start_import(qtbot, journal, stack: QUndoStack) -> tuple[ImportPeopleCommand | None, UserError | None]:
    outcome: list[tuple[ImportPeopleCommand | None, UserError | None]] = []
    run = import_people(journal, contacts(), stack, None, lambda command, error: outcome.append((command, error)))
    assert run is not None and not outcome  # it runs in a worker: nothing done yet
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert run.thread is not None and run.thread is not threading.main_thread()
    return outcome[0]


def writes(seen: list[str]) -> list[str]:
    return [s for s in seen if s.lstrip().upper().startswith(WRITES)]


def test_an_import_and_its_undo_write_nothing_through_the_window_connection(qtbot, own):
    stack = QUndoStack()
    seen = writes_on_window_connection(own)
    command, error = start_import(qtbot, own, stack)
    assert error is None and command is not None
    assert writes(seen) == []  # all of it on the worker's own connection
    assert stack.count() == 1 and stack.undoText() == f"Import {COUNT} people"  # one step
    assert len(own.people()) == COUNT

    seen.clear()
    stack.undo()
    assert command.run is not None  # the stack moved at once; the people go when the worker commits
    qtbot.waitUntil(lambda: command.run is None, timeout=30_000)
    assert writes(seen) == []
    assert own.people() == []
    assert stack.index() == 0 and stack.redoText() == f"Import {COUNT} people"
    own.vault.conn.set_trace_callback(None)


def test_a_failed_import_leaves_nobody_and_no_step(qtbot, own, monkeypatch):
    opened = own.vault.open_apart
    faults: list[FailingConnection] = []

    def failing_second_write():  # the people go in, then their kinds of help fail: mid-way
        faults.append(FailingConnection(opened(), at=2))
        return faults[0]

    monkeypatch.setattr(own.vault, "open_apart", failing_second_write)
    stack = QUndoStack()
    command, error = start_import(qtbot, own, stack)
    assert command is None and isinstance(error, UserError)
    assert faults[0].writes >= 2  # it did fail after people were written
    assert own.people(include_archived=True) == []  # one transaction: nobody half-imported
    assert stack.count() == 0


def test_a_redo_pressed_while_the_undo_runs_waits_for_it(qtbot, own):
    stack = QUndoStack()
    command, _error = start_import(qtbot, own, stack)
    assert command is not None
    before = own.people()
    stack.undo()
    stack.redo()  # before the undo's worker ended: it is waited for, then the redo runs
    qtbot.waitUntil(lambda: command.run is None, timeout=30_000)
    assert own.people() == before  # the same people, under their own ids, nobody twice
    assert stack.index() == 1 and stack.count() == 1


def test_the_window_pages_hear_of_it_once_when_it_ends(qtbot, own):
    heard = []
    own.add_listener(heard.append)
    stack = QUndoStack()
    start_import(qtbot, own, stack)
    assert len(heard) == 1 and "people" in heard[0]
    stack.undo()
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=30_000)
    assert "people" in heard[1]


def test_the_contacts_dialog_shows_its_bar_and_stays_while_the_people_are_added(qtbot, own, monkeypatch):
    go_on = threading.Event()  # the worker adds them once the test has looked at the dialog
    real = Journal.add_people
    monkeypatch.setattr(Journal, "add_people", lambda journal, people: go_on.wait(30) and real(journal, people))
    dialog = VCardImportDialog(own, undo_stack=QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    files.next_paths.append(VCARDS / "android_21.vcf")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.busy.isVisible() and dialog.busy.accessibleName() == "Adding the ticked people"
        assert not dialog.import_button.isEnabled() and not dialog.cancel_button.isEnabled()
        dialog.reject()  # Esc meanwhile: the dialog stays to say how it went
        assert dialog.isVisible()
        go_on.set()
    assert not dialog.isVisible() and len(own.people()) == 3
    assert messages.shown[-1][0] == "People added"

"""My directory (supporter mode): adding, searching, changing and deleting entries; importing a
colleague's file (duplicates spotted, the worker's own entries kept unless they choose);
bad files refused with nothing changed; exporting places only."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.exchange import DIRECTORY_FORMAT_VERSION, directory_json
from tests.storage.supporter.test_store import share
from tests.ui.helpers import unnamed_controls
from tests.ui.supporter.helpers import make_window, warnings

from peerjournal.ui.supporter.directory_dialog import DirectoryDialog
from peerjournal.ui.supporter.directory_entry_dialog import DirectoryEntryDialog
from peerjournal.ui.supporter.directory_import import USE_THEIRS, DirectoryImportDialog
from peerjournal.ui.widgets import files, messages

WALKERS = DirectoryEntry(name="Riverside Walkers", where="Riverside Park", what="gentle walks",
                         domains=frozenset({Domain.BELONGING}))


def open_directory(qtbot, store) -> DirectoryDialog:
    window = make_window(qtbot, store)
    _windows.append(window)  # the dialog lives as long as its window
    window.directory_action.trigger()
    dialog = window.directory_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    return dialog


_windows: list = []


@pytest.fixture(autouse=True)
def _forget_windows():
    yield
    _windows.clear()


def fill_and_save(qtbot, entry_dialog: DirectoryEntryDialog, name: str, **fields: str) -> None:
    qtbot.waitUntil(entry_dialog.isVisible, timeout=10_000)
    entry_dialog.name_edit.setText(name)
    for key, text in fields.items():
        getattr(entry_dialog, f"{key}_edit").setText(text)
    qtbot.mouseClick(entry_dialog.ok_button, Qt.MouseButton.LeftButton)


def names(dialog: DirectoryDialog) -> list[str]:
    return [dialog.search.index(r, 0).data() for r in range(dialog.search.rowCount())]


def test_add_search_change_and_delete_entries(qtbot, store, qtmodeltester):
    dialog = open_directory(qtbot, store)
    assert unnamed_controls(dialog) == []
    entry_dialog = dialog.add()
    assert unnamed_controls(entry_dialog) == []
    qtbot.mouseClick(entry_dialog.ok_button, Qt.MouseButton.LeftButton)  # no name
    assert entry_dialog.isVisible() and "name" in entry_dialog.error.text()
    entry_dialog.domain_boxes[Domain.BELONGING].setChecked(True)
    fill_and_save(qtbot, entry_dialog, "Riverside Walkers", what="Gentle walks", tags="walking, peer-led")
    fill_and_save(qtbot, dialog.add(), "Citizens Advice", what="Benefits and housing advice")
    assert names(dialog) == ["Citizens Advice", "Riverside Walkers"]
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.search)
    (walkers,) = [e for e in store.directory.entries() if e.name == "Riverside Walkers"]
    assert walkers.tags == ("walking", "peer-led") and walkers.domains == {Domain.BELONGING}

    qtbot.keyClicks(dialog.search_edit, "peer")
    assert names(dialog) == ["Riverside Walkers"]
    dialog.view.selectRow(0)
    edit = dialog.edit_current()
    assert edit is not None and edit.name_edit.text() == "Riverside Walkers"
    fill_and_save(qtbot, edit, "Riverside Walkers", when="Sundays at 10")
    assert store.directory.get(walkers.id).when == "Sundays at 10"

    dialog.search_edit.clear()
    dialog.view.selectRow(names(dialog).index("Citizens Advice"))
    messages.next_answers.append(False)
    dialog.delete_current()
    assert len(store.directory.entries()) == 2
    dialog.delete_current()  # confirmed
    assert [e.name for e in store.directory.entries()] == ["Riverside Walkers"]
    assert names(dialog) == ["Riverside Walkers"]


def _colleague_file(tmp_path, *entries: DirectoryEntry):
    path = tmp_path / "colleague.pjdirectory.json"
    path.write_bytes(directory_json(entries))
    return path


def test_importing_a_colleagues_directory_keeps_my_edits_unless_i_choose(qtbot, store, tmp_path):
    mine = store.directory.add(WALKERS)
    advice = store.directory.add(DirectoryEntry(name="Citizens Advice", where="Town Hall"))
    theirs = DirectoryEntry(name="riverside walkers", where="Riverside park", what="walks, then tea")
    shed = DirectoryEntry(name="Men's Shed", what="woodwork")
    path = _colleague_file(tmp_path, theirs, shed, DirectoryEntry(name="Citizens Advice", where="Town Hall"))
    dialog = open_directory(qtbot, store)
    files.next_paths.append(path)
    dialog.import_button.click()
    importer = dialog.import_dialog
    assert isinstance(importer, DirectoryImportDialog)
    assert unnamed_controls(importer) == []
    assert "New places to add: 1" in importer.summary.text()
    assert "Already in your directory: 1" in importer.summary.text()
    assert len(importer.choices) == 1
    qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)  # "Keep mine" as it stands
    assert store.directory.get(mine.id) == WALKERS
    assert sorted(e.name for e in store.directory.entries()) == ["Citizens Advice", "Men's Shed", "Riverside Walkers"]
    assert store.directory.get(advice.id).where == "Town Hall"

    # Importing the same file again: nothing new; this time the worker takes their colleague's words.
    importer = dialog.import_file(path)
    assert importer is not None and "New places to add: 0" in importer.summary.text()
    importer.choices[0].setCurrentIndex(USE_THEIRS)
    qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert store.directory.get(mine.id).what == "walks, then tea"
    assert len(store.directory.entries()) == 3


@pytest.mark.parametrize("kind", ["truncated", "newer", "fifo", "not json"])
def test_bad_directory_files_are_refused_and_nothing_changes(qtbot, store, tmp_path, kind):
    store.directory.add(WALKERS)
    path = tmp_path / "bad.pjdirectory.json"
    data = directory_json([DirectoryEntry(name="Men's Shed")])
    if kind == "truncated":
        path.write_bytes(data[:-20])
    elif kind == "newer":
        document = json.loads(data)
        document["format_version"] = DIRECTORY_FORMAT_VERSION + 1
        path.write_text(json.dumps(document))
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.write_text("name,where\nShed,Mill Lane\n")
    dialog = open_directory(qtbot, store)
    assert dialog.import_file(path) is None
    (text,) = warnings()[-1:]
    assert "newer PeerJournal" in text if kind == "newer" else text
    assert [e.name for e in store.directory.entries()] == ["Riverside Walkers"]


def test_export_holds_places_only_and_refuses_notes_about_people(qtbot, store, tmp_path):
    store.import_share(share("e1"), new_person_name="Sam Lee")
    noted = store.directory.add(DirectoryEntry(name="Art group", what="Sam Lee enjoyed it"))
    store.directory.add(WALKERS)
    dialog = open_directory(qtbot, store)
    assert "no personal data" in dialog.findChild(type(dialog.status), "hintLabel").text()
    path = tmp_path / "out"
    files.next_paths.append(path)
    dialog.export_button.click()
    assert "Sam Lee" in warnings()[-1] and not list(tmp_path.glob("out*"))
    store.directory.update(noted.id, DirectoryEntry(name="Art group", what="Painting, all welcome"))
    files.next_paths.append(path)
    dialog.export_button.click()
    written = tmp_path / "out.pjdirectory.json"
    document = json.loads(written.read_text())
    assert "no personal data" in document["about"]
    assert [e["name"] for e in document["entries"]] == ["Art group", "Riverside Walkers"]
    assert "Sam" not in written.read_text()
    assert "2 entries" in dialog.status.text()


def test_the_directory_dialogs_walk_by_keyboard(qtbot, store, tmp_path):
    """Names, Tab's order and Alt+letter keys in My directory, an entry, an import and the picker."""
    from tests.ui.test_accessibility_supporter import walk

    from peerjournal.ui.supporter.directory_picker import DirectoryPickerDialog

    store.directory.add(WALKERS)
    dialog = open_directory(qtbot, store)
    problems = [f"directory: {p}" for p in walk(qtbot, dialog, dialog.search_edit)]
    dialog.view.selectRow(0)
    entry = dialog.edit_current()
    assert entry is not None
    problems += [f"entry: {p}" for p in walk(qtbot, entry, entry.name_edit)]
    entry.reject()
    importer = dialog.import_file(_colleague_file(tmp_path, DirectoryEntry(name="Riverside Walkers",
                                                                           where="Riverside Park")))
    assert importer is not None
    problems += [f"import: {p}" for p in walk(qtbot, importer, importer.choices[0])]
    importer.reject()
    picker = DirectoryPickerDialog(store.directory.entries(), dialog)
    problems += [f"picker: {p}" for p in walk(qtbot, picker, picker.search_edit)]
    picker.reject()
    assert not problems, "\n".join(problems)

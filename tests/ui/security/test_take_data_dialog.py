"""Take all my data…: the warning, the confirmation, and the files it writes."""

from __future__ import annotations

import csv
import json
import stat
import threading

from PySide6.QtCore import Qt

from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.storage.files.data_import import read_document
from tests.ui.helpers import unnamed_controls

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.security import take_data_dialog
from peerjournal.ui.security.take_data_dialog import TakeDataDialog
from peerjournal.ui.widgets import files, messages


def fill(journal) -> None:
    zoe = journal.add_person(Person(name="Zoë Ødegård"))
    journal.add_mood(MoodCheckIn(at=journal.clock(), mood=4, feelings=("calm",), note="a good day"))
    journal.add_contact(Contact(at=journal.clock(), person_ids=(zoe.id,), note="tea"))


def make_dialog(qtbot, journal) -> TakeDataDialog:
    dialog = TakeDataDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_warns_and_asks_for_confirmation_before_saving(qtbot, journal, tmp_path):
    fill(journal)
    dialog = make_dialog(qtbot, journal)
    assert dialog.warning.isVisible() and "not encrypted" in dialog.warning.text()
    assert not dialog.save_button.isEnabled()  # nothing without the confirmation
    out = tmp_path / "out"  # tmp_path also holds the journal's own folder
    out.mkdir()
    files.next_paths.extend([out, out / "my data.json"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert files.next_paths  # the disabled button asked for nothing
    qtbot.mouseClick(dialog.understand_check, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()

    steps: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda step, total: steps.append((step, total)))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    json_path = out / "my data.json"
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    assert folder.name.startswith("PeerJournal data ")
    assert dialog.written == [json_path, folder]
    assert stat.S_IMODE(json_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    document = read_document(json_path.read_bytes())
    assert [r["name"] for r in document["tables"]["people"]["rows"]] == ["Zoë Ødegård"]
    with (folder / "moods.csv").open(encoding="utf-8-sig", newline="") as handle:
        (mood,) = list(csv.DictReader(handle))
    assert mood["feelings"] == "calm" and mood["note"] == "a good day"
    assert "NOT ENCRYPTED" in (folder / "README.txt").read_text(encoding="utf-8")
    title, text = messages.shown[-1]
    assert title == "Your data is saved" and "not encrypted" in text and str(json_path) in text
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1]  # progress while writing, to the end
    assert len({total for _step, total in steps}) == 1  # one scale throughout: no jumping back
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    assert not dialog.isVisible()


def test_json_only_and_a_name_without_json_ending(qtbot, journal, tmp_path):
    fill(journal)
    dialog = make_dialog(qtbot, journal)
    qtbot.mouseClick(dialog.csv_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.understand_check, Qt.MouseButton.LeftButton)
    out = tmp_path / "out"
    files.next_paths.append(out / "everything")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in out.iterdir()) == ["everything.json"]
    assert json.loads((out / "everything.json").read_text(encoding="utf-8"))["tables"]


def test_nothing_chosen_writes_nothing(qtbot, journal, tmp_path):
    dialog = make_dialog(qtbot, journal)
    qtbot.mouseClick(dialog.understand_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # folder chooser cancelled
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]
    qtbot.mouseClick(dialog.csv_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.json_check, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()  # neither kind of file chosen


def test_a_folder_that_cannot_be_written_is_reported(qtbot, journal, tmp_path):
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("x", encoding="utf-8")
    dialog = make_dialog(qtbot, journal)
    qtbot.mouseClick(dialog.json_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.understand_check, Qt.MouseButton.LeftButton)
    files.next_paths.append(not_a_folder)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "Could not make the folder" in dialog.error.text()
    assert messages.shown[-1][0] == "Data not saved"
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_accessible_and_in_the_journal_menu(qtbot, journal):
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    window.show()
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Take all my data…" in menu_texts
    window.take_data_action.trigger()
    dialog = window.findChild(TakeDataDialog)
    assert dialog is not None and dialog.isVisible()
    assert unnamed_controls(dialog) == []


def test_the_journal_is_read_and_written_in_a_worker(qtbot, journal, tmp_path, monkeypatch):
    """Issue 20: reading a long history took seconds on the GUI thread (the window froze)."""
    fill(journal)
    threads: list[threading.Thread] = []
    real = take_data_dialog.take_data

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(take_data_dialog, "take_data", recording)
    dialog = make_dialog(qtbot, journal)
    out = tmp_path / "out"
    out.mkdir()
    dialog.csv_check.setChecked(False)
    files.next_paths.append(out / "data.json")
    qtbot.mouseClick(dialog.understand_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert threads and threads[0] is not threading.main_thread()
    assert "a good day" in (out / "data.json").read_text(encoding="utf-8")

"""Import from another app, driven from the Journal menu: dry run, mapping, import, undo, redo."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from peerjournal.core.vocabulary import EntryKind
from peerjournal.ops.imports import ActivityChoice
from tests.faults import failing_writes
from tests.ui.accessible_walk import order_problems, problems_in

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.imports import AppImportDialog, import_dialog
from peerjournal.ui.widgets import files, messages

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "daylio"


def moods(journal) -> list[int]:
    return [m.mood for m in journal.moods_between(datetime(2000, 1, 1, tzinfo=UTC),
                                                  datetime(2030, 1, 1, tzinfo=UTC))]


def open_from_menu(qtbot, window: MainWindow, fixture: str) -> AppImportDialog:
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Import from another &app…" in menu_texts
    window.import_app_action.trigger()
    shown = [d for d in window.findChildren(AppImportDialog) if d.isVisible()]  # not a closed one
    assert len(shown) == 1
    dialog = shown[0]
    files.next_paths.append(FIXTURES / fixture)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    return dialog


def shown(qtbot, journal, **kwargs) -> AppImportDialog:  # type: ignore[no-untyped-def]
    dialog = AppImportDialog(journal, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def read(qtbot, dialog: AppImportDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Load ``path`` and wait until it is read and its import planned."""
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)


def make_window(qtbot, journal) -> MainWindow:
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    window.show()
    return window


def test_import_from_the_menu_then_undo_and_redo_the_whole_import(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = open_from_menu(qtbot, window, "new_layout_24h.csv")
    summary = dialog.summary_label.text()
    assert summary.startswith("5 entries from 3 Mar 2019 to 6 May 2026")
    assert summary.endswith("5 activity names, 5 mood names.")
    assert {n: b.currentData() for n, b in dialog.mood_combos.items()} == {
        "awful": 1, "bad": 2, "good": 4, "meh": 3, "rad": 5}
    assert all(b.currentData() == ActivityChoice.ACTIVITY for b in dialog.activity_combos.values())
    assert dialog.category_combo.currentData() == "Other"
    box = dialog.activity_combos["bad sleep"]
    box.setCurrentIndex(box.findData(ActivityChoice.FEELING))
    assert moods(journal) == []  # the dry run wrote nothing

    with qtbot.waitSignal(dialog.imported) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args == [5]
    assert messages.shown[-1][0] == "Import finished"
    assert "Added 5 check-ins." in messages.shown[-1][1] and "Added 5 activities." in messages.shown[-1][1]
    assert moods(journal) == [1, 4, 2, 3, 5]
    assert window.stack.currentWidget() is window.timeline
    assert window.undo_action.text().replace("&", "") == "Undo Import 5 check-ins from Daylio"

    window.undo_action.trigger()  # one step takes the whole import back
    assert journal.counts() == {EntryKind.MOOD: 0, EntryKind.CONTACT: 0, EntryKind.ACTIVITY: 0}
    window.redo_action.trigger()
    assert moods(journal) == [1, 4, 2, 3, 5] and journal.counts()[EntryKind.ACTIVITY] == 5

    again = open_from_menu(qtbot, window, "new_layout_24h.csv")  # a second import adds nothing
    with qtbot.waitSignal(again.imported):
        qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    assert "5 entries were already in your journal" in messages.shown[-1][1]
    assert len(moods(journal)) == 5


def test_custom_moods_must_be_chosen_before_anything_is_imported(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = open_from_menu(qtbot, window, "old_layout_polish_bom.csv")
    assert all(b.currentData() is None for b in dialog.mood_combos.values())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert messages.shown[-1][0] == "Nothing was imported"
    assert "Medium [-], Not so good, super" in messages.shown[-1][1]
    assert moods(journal) == [] and dialog.isVisible()
    for name, value in {"Medium [-]": 3, "Not so good": 2, "super": 5}.items():
        box = dialog.mood_combos[name]
        box.setCurrentIndex(box.findData(value))
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert moods(journal) == [2, 5, 3, 2]


def test_a_file_from_no_known_app_is_refused_and_changes_nothing(qtbot, journal, tmp_path):
    other = tmp_path / "contacts.csv"
    other.write_text("name,phone\nSam,123\n", encoding="utf-8")
    dialog = shown(qtbot, journal)
    dialog.load(other)
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=20_000)
    assert messages.shown[-1][0] == "File not read"
    assert "can't tell which app this file came from" in messages.shown[-1][1]
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert moods(journal) == []


def test_every_control_is_named_described_and_in_reading_order(qtbot, journal):
    """The accessibility walk of tests/ui/test_accessibility.py, before and after the dry run."""
    dialog = shown(qtbot, journal)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert problems_in(dialog) == []
    assert order_problems(qtbot, dialog, dialog, dialog.choose_button) == []
    files.next_paths.append(FIXTURES / "new_layout_24h.csv")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    dialog.choose_button.setFocus()
    assert problems_in(dialog) == []
    assert order_problems(qtbot, dialog, dialog, dialog.choose_button) == []


def test_undo_still_takes_the_import_back_after_one_of_its_entries_was_deleted(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = open_from_menu(qtbot, window, "new_layout_24h.csv")
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    first = journal.moods_between(datetime(2000, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))[0]
    journal.delete_mood(first.id)  # deleted by hand, not through the undo stack
    shown = len(messages.shown)
    window.undo_action.trigger()
    assert len(messages.shown) == shown  # no "Couldn't undo this"
    assert journal.counts() == {EntryKind.MOOD: 0, EntryKind.CONTACT: 0, EntryKind.ACTIVITY: 0}
    window.redo_action.trigger()  # brings back what the undo took out, not the deleted one
    assert moods(journal) == [4, 2, 3, 5]


OTHER_APPS = FIXTURES.parent / "imports"


def test_a_pixels_backup_is_recognised_previewed_and_imported_as_one_step(qtbot, journal):
    window = make_window(qtbot, journal)
    dialog = open_from_menu(qtbot, window, "../imports/pixels.json")
    assert dialog.format_label.text().startswith("Read as an export from Pixels.")
    assert dialog.summary_label.text() == "3 entries from 5 Jan 2023 to 7 Jan 2023, 3 activity names, 3 mood names."
    assert {n: b.currentData() for n, b in dialog.mood_combos.items()} == {"2": 2, "4": 4, "5": 5}
    assert dialog.preview_label.text().startswith("→ This adds 3 check-ins and 4 activities")
    box = dialog.activity_combos["happy"]
    box.setCurrentIndex(box.findData(ActivityChoice.FEELING))  # the preview follows the choices
    assert dialog.preview_label.text().startswith("→ This adds 3 check-ins and 2 activities")
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert moods(journal) == [4, 2, 5]
    assert window.undo_action.text().replace("&", "") == "Undo Import 3 check-ins from Pixels"
    window.undo_action.trigger()
    assert moods(journal) == []


def test_choosing_another_app_reads_the_file_again_and_refuses_what_it_is_not(qtbot, journal):
    dialog = shown(qtbot, journal)
    read(qtbot, dialog, OTHER_APPS / "jrnl.json")
    assert dialog.format_label.text().startswith("Read as an export from jrnl.")
    assert list(dialog.mood_combos) == ["no mood recorded"]
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pixels"))
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=20_000)
    assert "not a Pixels backup" in messages.shown[-1][1]
    assert dialog.plan is None and not dialog.import_button.isEnabled() and moods(journal) == []


def test_the_import_runs_off_the_gui_thread_and_the_dialog_waits_for_it(qtbot, journal, monkeypatch):
    threads: list[threading.Thread] = []
    real = import_dialog.import_entries

    def recorded(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(import_dialog, "import_entries", recorded)
    dialog = shown(qtbot, journal, undo_stack=None)
    read(qtbot, dialog, FIXTURES / "new_layout_24h.csv")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.importing and not dialog.import_button.isEnabled() and not dialog.cancel_button.isEnabled()
        dialog.reject()  # Escape while importing: the dialog stays until the transaction ends
        assert dialog.isVisible()
    assert threads and threads[0] is not threading.main_thread()
    assert len(moods(journal)) == 5 and not dialog.isVisible()


def test_a_full_disk_during_the_import_says_so_and_changes_nothing(qtbot, journal):
    dialog = shown(qtbot, journal)
    read(qtbot, dialog, FIXTURES / "new_layout_24h.csv")
    with failing_writes(journal.vault, at=3):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.importing, timeout=20_000)
    assert messages.shown[-1][0] == "Nothing was imported"
    assert journal.counts() == {EntryKind.MOOD: 0, EntryKind.CONTACT: 0, EntryKind.ACTIVITY: 0}
    assert dialog.isVisible() and dialog.import_button.isEnabled() and dialog.undo_stack.count() == 0


def test_a_fifo_and_a_100_mb_file_are_refused_in_the_dialog_and_it_stays_usable(qtbot, journal, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    dialog = shown(qtbot, journal)
    for path, words in ((fifo, "not a file"), (huge, "too large")):
        said = len(messages.shown)
        dialog.load(path)
        qtbot.waitUntil(lambda: len(messages.shown) > said, timeout=20_000)  # noqa: B023
        assert words in messages.shown[-1][1]
        assert dialog.plan is None and dialog.choose_button.isEnabled() and not dialog.busy.isVisible()
    read(qtbot, dialog, OTHER_APPS / "daily_you.json")  # and a real export still reads
    assert moods(journal) == []


def test_the_bar_shows_the_import_s_progress(qtbot, journal):
    dialog = shown(qtbot, journal)
    read(qtbot, dialog, FIXTURES / "new_layout_24h.csv")
    dialog._set_importing(True)
    dialog._progress.step.emit(2, 5)
    assert (dialog.busy.maximum(), dialog.busy.value()) == (5, 2)
    dialog._set_importing(False)
    assert not dialog.busy.isVisible()

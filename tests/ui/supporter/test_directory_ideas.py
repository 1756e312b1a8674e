"""Ideas beside a person's shared file, and picking directory entries for a reply: the supporter
demo's two people have gaps; the worker sees matching entries, marks them privately, and adds
two to a reply as copies that later directory edits never change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.directory.entries import DirectoryEntry
from peerjournal.core.directory.ideas import Mark
from peerjournal.demo.supporter import seed_supporter_demo
from peerjournal.demo.supporter_directory import DEMO_DIRECTORY
from tests.ui.helpers import unnamed_controls
from tests.ui.supporter.helpers import make_window

from peerjournal.ui.supporter.directory_picker import DirectoryPickerDialog
from peerjournal.ui.supporter.reply_compose import ReplyComposeDialog
from peerjournal.ui.widgets import files


@pytest.fixture
def demo_store(store, tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    seed_supporter_demo(store, folder)
    return store


def show(qtbot, store, name: str):
    window = make_window(qtbot, store)
    (person,) = [p for p in store.people() if p.name == name]
    window.show_person(person.id)
    return window, person


def idea_lines(window) -> list[str]:
    ideas = window.person_panel.ideas
    return [ideas.list.item(i).text() for i in range(ideas.list.count())]


def test_the_demo_has_a_directory_and_two_people_with_gaps(demo_store):
    assert len(demo_store.directory.entries()) == len(DEMO_DIRECTORY) >= 8
    assert sorted(p.name for p in demo_store.people()) == ["Jo", "Sam"]


def test_a_persons_gaps_show_matching_ideas_and_marks_stay_private(qtbot, demo_store):
    window, jo = show(qtbot, demo_store, "Jo")
    ideas = window.person_panel.ideas
    assert unnamed_controls(ideas) == []
    lines = idea_lines(window)
    craft = next(line for line in lines if line.startswith("Library Craft Afternoon"))
    assert "goal not started: Try a craft group" in craft
    assert any(line.startswith("Open Door Café") and "nobody yet to" in line for line in lines)
    # Advice on benefits meets none of Jo's gaps (Jo has someone for all of those).
    assert not any(line.startswith("Citizens Advice") for line in lines)
    assert not ideas.mark_combo.isEnabled()
    # Beside a file with gaps the window still fits a small screen (1024×600).
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1024 and hint.height() <= 600, hint

    ideas.list.setCurrentRow(next(i for i, line in enumerate(lines) if line.startswith("Open Door Café")))
    assert ideas.mark_combo.isEnabled() and ideas.mark_combo.currentText() == "No mark"
    ideas.mark_combo.setCurrentIndex(2)
    ideas.mark_combo.activated.emit(2)  # what choosing "Not for them" in the box does
    cafe = next(e for e in demo_store.directory.entries() if e.name == "Open Door Café")
    assert demo_store.directory.marks(jo.id) == {cafe.id: Mark.NOT_FOR_THEM}
    assert idea_lines(window)[-1].startswith("Open Door Café (not for them)")  # moved last
    assert ideas.current() is not None and ideas.mark_combo.currentText() == "Not for them"
    ideas.mark(None)
    assert demo_store.directory.marks(jo.id) == {}

    # The hint says the ideas are only ideas: nothing is sent.
    assert "nothing is sent" in ideas.list.accessibleDescription()
    # Another person: their own gaps, their own marks.
    sam = next(p for p in demo_store.people() if p.name == "Sam")
    window.show_person(sam.id)
    assert any(line.startswith("Citizens Advice") and "nobody yet to give me advice about housing" in line
               for line in idea_lines(window))
    assert any("goal not started: Find a walking group" in line for line in idea_lines(window))


def test_pick_two_for_a_reply_and_directory_edits_never_change_it(qtbot, demo_store, tmp_path):
    window, sam = show(qtbot, demo_store, "Sam")
    cafe = next(e for e in demo_store.directory.entries() if e.name == "Open Door Café")
    demo_store.directory.set_mark(sam.id, cafe.id, Mark.NOT_FOR_THEM)
    window.reply_action.trigger()
    dialog = window.reply_dialog
    assert isinstance(dialog, ReplyComposeDialog)
    picker = dialog.pick_from_directory()
    assert isinstance(picker, DirectoryPickerDialog) and picker.isVisible()
    assert unnamed_controls(picker) == []
    # The ideas for Sam come first, and say so; one marked "not for them" is no idea any more.
    lines = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert len(lines) == len(DEMO_DIRECTORY)
    assert all(line.endswith("(an idea for them)") for line in lines[:-1])
    assert lines[-1].startswith("Open Door Café") and not lines[-1].endswith("(an idea for them)")
    qtbot.keyClicks(picker.search_edit, "walk")
    assert [picker.list.item(i).isHidden() for i in range(picker.list.count())].count(False) == 1
    picker.search_edit.clear()
    picker.tick("Riverside Walkers", "Citizens Advice")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Place: Citizens Advice", "Place: Riverside Walkers"]
    qtbot.keyClicks(dialog.name_edit, "Dev")
    files.next_paths.append(tmp_path / "reply.pjreply")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (sent,) = demo_store.replies.sent_to(sam.id)
    walkers = next(e for e in demo_store.directory.entries() if e.name == "Riverside Walkers")
    assert [i.title for i in sent.items] == ["Citizens Advice", "Riverside Walkers"]
    assert sent.items[1].when == "Sundays at 10" and "Bus 12" in sent.items[1].how_to_get_there

    assert walkers.id is not None
    demo_store.directory.update(walkers.id, DirectoryEntry(name="Riverside Striders", when="Saturdays"))
    demo_store.directory.delete(next(e.id for e in demo_store.directory.entries() if e.name == "Citizens Advice"))
    (again,) = demo_store.replies.sent_to(sam.id)
    assert again.document == sent.document
    assert [i.title for i in again.items] == ["Citizens Advice", "Riverside Walkers"]
    assert again.items[1].when == "Sundays at 10"


def test_the_window_with_ideas_walks_by_keyboard(qtbot, demo_store):
    """Names, Tab's order and Alt+letter keys with the ideas shown beside Sam's file."""
    from tests.ui.test_accessibility_supporter import window_problems

    window, _sam = show(qtbot, demo_store, "Sam")
    assert window.person_panel.ideas.isVisible()
    window.person_panel.ideas.list.setCurrentRow(0)
    assert not window_problems(qtbot, window)

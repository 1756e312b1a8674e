"""The WRAP-shaped plan on the page: every part, reordering by keyboard, people not to involve,
the locked copy switched on and off, and the crisis card on one A4 page."""

from __future__ import annotations

import shutil
import stat
import subprocess

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.records import Person
from peerjournal.core.support_plan import LIST_FIELDS, PARTS
from peerjournal.demo.seed import seed_demo
from peerjournal.storage.support_plan_copy import copy_path, read_copy
from tests.ui.helpers import make_window, unnamed_controls

from peerjournal.ui.widgets import files

ALT = Qt.KeyboardModifier.AltModifier
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")


def _items(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def _open_page(qtbot, journal):
    window = make_window(qtbot, journal)
    window.support_plan_action.trigger()
    return window, window.support_plan


def _pages(info: str) -> int:
    (line,) = [x for x in info.splitlines() if x.startswith("Pages:")]
    return int(line.split()[1])


def _add(qtbot, editor, text: str) -> None:
    qtbot.keyClicks(editor.field, text)
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)


def test_every_part_has_a_tab_and_takes_lines_in_order(qtbot, journal):
    window, page = _open_page(qtbot, journal)
    assert page.parts.count() == len(PARTS) + 1  # and "When locked"
    for key, _title, fields in PARTS:
        page.show_part(key)
        for field in fields:
            if field in LIST_FIELDS:
                editor = page.lists[field]
                assert editor.isVisible()
                _add(qtbot, editor, f"{field} first")
                _add(qtbot, editor, f"{field} second")
    after = page.lists["after_crisis"]
    page.show_part("after")
    after.list.setFocus()
    after.list.setCurrentRow(1)
    qtbot.keyClick(after.list, Qt.Key.Key_Up, ALT)  # the order is the point here
    assert "Alt+Up" in after.list.accessibleDescription()
    assert page.save_now()
    plan = journal.plan.load()
    assert plan.after_crisis == ("after_crisis second", "after_crisis first")
    assert all(plan.lines(f)[-1].endswith("second") or f == "after_crisis" for f in LIST_FIELDS)
    assert unnamed_controls(page) == []


def test_people_not_to_involve_are_picked_from_people_and_never_in_both_lists(qtbot, journal):
    journal.add_person(Person("Mum"))
    tom = journal.add_person(Person("Tom"))
    window, page = _open_page(qtbot, journal)
    page.show_part("crisis")
    picker = page.not_involved.picker
    picker.setCurrentIndex(picker.findText("Tom"))
    page.not_involved.add_button.click()
    assert _items(page.not_involved.list) == ["Tom"]
    people_picker = page.people.picker
    assert [people_picker.itemText(i) for i in range(people_picker.count())] == ["Mum"]
    assert page.save_now()
    assert journal.plan.load().not_involved == (tom.id,)
    assert [c.name for c in journal.plan.not_involved()] == ["Tom"]


def test_the_locked_copy_is_off_until_switched_on_and_goes_when_switched_off(qtbot, journal):
    seed_demo(journal, days=14)
    window, page = _open_page(qtbot, journal)
    panel = page.copy_panel
    path = copy_path(journal.vault.path)
    assert not panel.switch.isChecked() and not path.exists()
    assert "NOT encrypted" in panel.findChild(type(panel.status), "hintLabel").text()
    page.parts.setCurrentWidget(panel)
    panel.switch.click()
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "Anyone using this computer account" in panel.status.text()
    assert [s.heading for s in read_copy(path) or ()][:1] == ["What I'm like when I'm well"]
    panel.ticks["reasons"].click()
    assert "Reasons that matter to me" in [s.heading for s in read_copy(path) or ()]

    page.show_part("reasons")
    _add(qtbot, page.lists["reasons"], "The sea in winter")
    assert page.save_now()
    assert any("The sea in winter" in s.items for s in read_copy(path) or ())

    panel.switch.click()
    assert not path.exists()
    assert "No copy of your plan" in panel.status.text()


@needs_pdftotext
def test_the_crisis_card_is_one_a4_page_with_the_crisis_items(qtbot, journal, tmp_path):
    seed_demo(journal, days=14)
    window, page = _open_page(qtbot, journal)
    page.show_part("crisis")
    files.next_paths.append(tmp_path / "card")
    saved = page.save_card()
    assert saved == tmp_path / "card.pdf" and saved.exists()
    info = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True, check=True).stdout
    assert _pages(info) == 1 and "(A4)" in info
    text = " ".join(subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    plan = journal.plan.load()
    for line in (*plan.what_helps, *plan.not_helpful, *plan.places_avoid, *plan.decisions):
        assert line in text
    assert "Priya" in text and "Nadia" in text and "Evening listening line (sample)" in text
    assert plan.reasons[0] not in text and plan.triggers[0] not in text  # only the crisis part


@needs_pdftotext
def test_a_long_crisis_plan_still_fits_one_page(qtbot, journal, tmp_path):
    from peerjournal.core.support_plan import SupportPlan
    journal.plan.save(SupportPlan(
        what_helps=tuple(f"Something that helps, number {i}, said at some length" for i in range(40)),
        practical=tuple(f"A practical thing, number {i}" for i in range(30))))
    window, page = _open_page(qtbot, journal)
    files.next_paths.append(tmp_path / "long.pdf")
    saved = page.save_card()
    assert saved is not None
    info = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True, check=True).stdout
    assert _pages(info) == 1
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True).stdout
    assert "number 39" in text and "A practical thing, number 29" in text


def test_a_row_dragged_to_a_new_place_is_saved_in_that_order(qtbot, journal):
    from PySide6.QtCore import QModelIndex

    from peerjournal.core.support_plan import SupportPlan
    journal.plan.save(SupportPlan(reasons=("One", "Two", "Three")))
    window, page = _open_page(qtbot, journal)
    view = page.lists["reasons"].list
    assert view.dragDropMode() == view.DragDropMode.InternalMove
    assert view.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)  # what a drop does
    assert _items(view) == ["Three", "One", "Two"]
    assert page.has_unsaved_changes()
    assert page.save_now()
    assert journal.plan.load().reasons == ("Three", "One", "Two")


def test_a_name_from_people_goes_into_a_line_where_people_matter(qtbot, journal):
    journal.add_person(Person("Jess"))
    journal.add_person(Person("Old friend", archived=True))
    window, page = _open_page(qtbot, journal)
    page.show_part("crisis")
    decisions = page.lists["decisions"]
    picker = decisions.names
    assert picker is not None and page.lists["reasons"].names is None
    assert [picker.itemText(i) for i in range(1, picker.count())] == ["Jess"]  # not archived people
    qtbot.keyClicks(decisions.field, "Talking to my landlord: ")
    picker.activated.emit(1)  # the person chooses "Jess"
    assert decisions.field.text() == "Talking to my landlord: Jess" and picker.currentIndex() == 0
    qtbot.keyClick(decisions.field, Qt.Key.Key_Return)
    assert page.save_now()
    assert journal.plan.load().decisions == ("Talking to my landlord: Jess",)
    journal.add_person(Person("Sam"))
    qtbot.waitUntil(lambda: picker.count() == 3, timeout=5000)  # People changed: the names follow


def test_opening_the_journal_brings_a_stale_copy_up_to_date_or_removes_it(qtbot, journal):
    from peerjournal.core.support_plan import SupportPlan
    from peerjournal.storage.support_plan_copy import CopyChoice, save_choice
    journal.plan.save(SupportPlan(what_helps=("Tea",)))
    path = copy_path(journal.vault.path)
    path.write_text('{"sections": [{"heading": "Old", "items": ["stale"]}]}')  # off in the vault
    window, page = _open_page(qtbot, journal)
    assert not path.exists()
    save_choice(journal, CopyChoice(on=True))
    path.write_text('{"sections": [{"heading": "Old", "items": ["stale"]}]}')
    make_window(qtbot, journal)
    assert [s.items for s in read_copy(path) or ()] == [("Tea",)]

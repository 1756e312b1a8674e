"""Prompts page: its settings are saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox

from peerjournal.core.prompts import PromptKind
from peerjournal.core.records import Person
from tests.ui.prompts.helpers import make_window

from peerjournal.ui.app.main_window import PAGES


def choose_cadence(qtbot, page, person_id: int, days: int | None) -> QComboBox:
    """As a keyboard user does: go to the person's choice, F2, pick in the list."""
    table = page.people_table
    cell = page.cadence_cell(person_id)
    table.setFocus()
    table.setCurrentItem(cell)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(table.indexWidget(table.indexFromItem(cell)), QComboBox), timeout=5000)
    combo = table.indexWidget(table.indexFromItem(cell))
    assert combo.accessibleName() == f"How often to stay in touch with {cell.data(Qt.ItemDataRole.UserRole + 1)}"
    combo.setCurrentIndex(combo.findData(days))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: table.indexWidget(table.indexFromItem(cell)) is None, timeout=5000)
    return combo


def test_prompts_page_changes_are_saved_at_once(qtbot, journal, settings_file, clock):
    sam = journal.add_person(Person(name="Sam Marker"))
    window, service = make_window(qtbot, journal, settings_file, clock)
    window.go_to(PAGES.index("Prompts"))
    page = window.prompts
    page.max_per_day.setValue(2)
    page.kind_checks[PromptKind.ACTIVITIES].setChecked(False)
    page.new_time.setTime(page.new_time.time().fromString("09:30", "HH:mm"))
    for saturday_or_sunday in page.day_checks[5:]:
        saturday_or_sunday.setChecked(False)
    qtbot.mouseClick(page.add_time_button, Qt.MouseButton.LeftButton)
    assert page.times_list.count() == 2 and "09:30, weekdays: check-in" in page.times_list.item(0).text()
    page.quiet.setChecked(False)
    choose_cadence(qtbot, page, sam.id, 14)

    saved = settings_file.load().prompts
    assert saved.max_per_day == 2
    assert PromptKind.ACTIVITIES not in saved.kinds
    assert [t.at.strftime("%H:%M") for t in saved.times] == ["09:30", "20:00"]
    assert saved.quiet is None
    assert journal.cadences() == {sam.id: 14}
    # Who to stay in touch with is journal data: it is in the vault, never in the settings folder.
    for path in settings_file.settings_path.parent.iterdir():
        assert b"Sam Marker" not in path.read_bytes()
        assert f"|{sam.id}".encode() not in path.read_bytes()




def test_the_gentle_hello_is_worded_as_time_with_someone(qtbot, journal, settings_file, clock):
    """An activity together counts as being in touch (issue 16), so the page never says the
    hello comes after days with "no contact": a walk with someone is not a contact entry."""
    window, _service = make_window(qtbot, journal, settings_file, clock)
    page = window.prompts
    words = [page.kind_checks[PromptKind.ISOLATION].text(), page.isolation_days.accessibleName(),
             page.isolation_days.accessibleDescription()]
    assert not any("contact noted" in w or "no contact" in w for w in words), words
    assert all("time with someone" in w for w in words), words
    assert "an activity together" in page.isolation_days.accessibleDescription()


def test_each_stay_in_touch_choice_is_a_named_cell_of_its_table(qtbot, journal, settings_file, clock):
    """The choices are the table's own cells (children of the table for a screen reader, not
    widgets laid over it), each named with the person and the choice, and editable."""
    sam = journal.add_person(Person(name="Sam Marker"))
    ama = journal.add_person(Person(name="Ama Okafor"))
    journal.set_cadence(ama.id, 7)
    window, _ = make_window(qtbot, journal, settings_file, clock)
    window.go_to(PAGES.index("Prompts"))
    page = window.prompts
    table = page.people_table
    assert table.indexWidget(table.indexFromItem(page.cadence_cell(sam.id))) is None
    table_iface = QAccessible.queryAccessibleInterface(table)

    def cell_names() -> dict[str, QAccessible.Role]:
        found = {}
        for i in range(table_iface.childCount()):
            child = table_iface.child(i)
            if child.role() == QAccessible.Role.Cell and "stay in touch" in child.text(QAccessible.Text.Name):
                found[child.text(QAccessible.Text.Name)] = child.role()
        return found

    names = cell_names()
    assert set(names) == {"How often to stay in touch with Sam Marker: Not set",
                          "How often to stay in touch with Ama Okafor: Every week"}, names
    assert page.cadence_cell(sam.id).flags() & Qt.ItemFlag.ItemIsEditable
    choose_cadence(qtbot, page, sam.id, 30)
    assert "How often to stay in touch with Sam Marker: Every month" in cell_names()
    assert page.cadence_cell(sam.id).text() == "Every month"
    assert journal.cadences() == {sam.id: 30, ama.id: 7}
    choose_cadence(qtbot, page, ama.id, None)  # back to not set
    assert journal.cadences() == {sam.id: 30}


def test_the_time_fields_start_at_the_hours_from_either_side(qtbot, journal, settings_file, clock):
    from PySide6.QtWidgets import QDateTimeEdit

    window, _ = make_window(qtbot, journal, settings_file, clock)
    window.go_to(PAGES.index("Prompts"))
    page = window.prompts
    page.quiet.setChecked(True)
    for field in (page.new_time, page.quiet_start, page.quiet_end, page.nudge_time):
        for reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            page.max_per_day.setFocus()
            qtbot.waitUntil(lambda f=field: not f.hasFocus(), timeout=5000)
            field.setFocus(reason)
            qtbot.waitUntil(field.hasFocus, timeout=5000)
            assert field.currentSection() == QDateTimeEdit.Section.HourSection, (field.accessibleName(), reason)


def test_the_people_table_is_read_when_shown_not_while_hidden(qtbot, journal, settings_file, clock, monkeypatch):
    """Issue 20: a change to people (an import of thousands) costs a hidden Prompts page nothing;
    the table is read once it is shown, with everyone in it."""
    window, _ = make_window(qtbot, journal, settings_file, clock)
    window.go_to(PAGES.index("Prompts"))
    page = window.prompts
    window.go_to(0)
    qtbot.waitUntil(lambda: not page.isVisible(), timeout=5000)
    reads: list[int] = []
    load = page.load_people
    monkeypatch.setattr(page, "load_people", lambda: reads.append(1) or load())
    added = [journal.add_person(Person(name=f"Person {i}")) for i in range(5)]
    assert reads == [] and page.people_table.rowCount() == 0  # (it was read with nobody in it)
    window.go_to(PAGES.index("Prompts"))
    qtbot.waitUntil(lambda: page.people_table.rowCount() == 5, timeout=5000)
    assert len(reads) == 1
    assert page.cadence_cell(added[4].id).data(Qt.ItemDataRole.UserRole + 1) == "Person 4"
    journal.add_person(Person(name="Shown now"))  # while shown: read at once
    assert page.people_table.rowCount() == 6

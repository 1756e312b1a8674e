"""Prompts page: its settings are saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.core.prompts import PromptKind
from peerjournal.core.records import Person
from tests.ui.prompts.helpers import make_window

from peerjournal.ui.app.main_window import PAGES


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
    combo = page._cadence_combos[sam.id]
    combo.setCurrentIndex(combo.findData(14))

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

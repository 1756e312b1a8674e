"""My support plan page: writing, choosing people, ordering, saving, locking, the tray way in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from peerjournal.core.records import Person
from peerjournal.core.support_plan import Service, SupportPlan
from peerjournal.demo.seed import seed_demo
from peerjournal.demo.support_plan import DEMO_SERVICE_NUMBER
from peerjournal.storage.drafts import load_draft
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import open_vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import make_window, unnamed_controls
from tests.ui.support_plan.conftest import tray_action, unlock

from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.support_plan.support_plan_page import SUPPORT_PLAN_DRAFT, SupportPlanPage
from peerjournal.ui.widgets.dates import when_text

ALT = Qt.KeyboardModifier.AltModifier


def _items(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def _choose(picker, name: str) -> None:
    index = picker.findText(name)
    assert index >= 0, name
    picker.setCurrentIndex(index)


def _open_page(qtbot, journal) -> tuple[object, SupportPlanPage]:
    window = make_window(qtbot, journal)
    window.support_plan_action.trigger()
    page = window.support_plan
    assert window.stack.currentWidget() is page and page.isVisible()
    return window, page


def test_the_page_sits_after_insights_and_opens_on_the_demo_plan(qtbot, journal):
    seed_demo(journal, days=14)
    anchor = "Connecting" if "Connecting" in PAGES else "Insights"
    assert PAGES.index("Support plan") == PAGES.index(anchor) + 1
    window, page = _open_page(qtbot, journal)
    assert page.keep_well.field.hasFocus()
    assert "The Tuesday peer group" in _items(page.keep_well.list)
    assert _items(page.early_signs.list) and _items(page.what_helps.list)
    assert _items(page.people.list) == ["Priya", "Jess (sister)", "Rachel (care coordinator)"]
    assert _items(page.not_involved.list) == ["Nadia"]
    assert page.services.table.rowCount() == 1
    assert DEMO_SERVICE_NUMBER in page.services.table.item(0, 2).text()
    assert not page.intro.isVisible()  # the welcome is for an empty plan
    assert "All changes saved" in page.status.text()
    assert unnamed_controls(page) == []


def test_write_a_plan_with_people_in_order_then_reopen_it_from_the_vault(qtbot, journal, vault_path):
    mum = journal.add_person(Person("Mum"))
    tom = journal.add_person(Person("Tom"))
    journal.add_person(Person("Dev", archived=True))
    window, page = _open_page(qtbot, journal)
    assert page.intro.isVisible() and "no right way" in page.intro.text()

    qtbot.keyClicks(page.keep_well.field, "  A walk most mornings ")
    qtbot.keyClick(page.keep_well.field, Qt.Key.Key_Return)
    qtbot.keyClicks(page.keep_well.field, "Sunday calls")
    page.keep_well.add_button.click()
    assert _items(page.keep_well.list) == ["A walk most mornings", "Sunday calls"]
    assert page.keep_well.field.text() == ""
    page.show_part("early")
    qtbot.keyClicks(page.early_signs.field, "Sleeping badly")
    qtbot.keyClick(page.early_signs.field, Qt.Key.Key_Enter)

    page.show_part("crisis")
    picker = page.people.picker
    assert [picker.itemText(i) for i in range(picker.count())] == ["Mum", "Tom"]  # not archived Dev
    _choose(picker, "Tom")
    page.people.add_button.click()
    _choose(picker, "Mum")
    qtbot.mouseClick(page.people.add_button, Qt.MouseButton.LeftButton)
    assert _items(page.people.list) == ["Tom", "Mum"]
    assert picker.count() == 0 and not page.people.add_button.isEnabled()
    page.people.list.setFocus()
    page.people.list.setCurrentRow(1)
    qtbot.keyClick(page.people.list, Qt.Key.Key_Up, ALT)  # Mum first
    assert _items(page.people.list) == ["Mum", "Tom"]

    page.services.add_button.click()
    assert page.services.name.hasFocus()
    qtbot.keyClicks(page.services.name, "Evening line")
    qtbot.keyClicks(page.services.what, "helpline, evenings")
    qtbot.keyClicks(page.services.how, "0000 000 000")
    assert page.services.table.item(0, 0).text() == "Evening line"
    assert "not saved yet" in page.status.text()
    assert page.has_unsaved_changes()

    qtbot.keyClick(page.services.how, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes()
    assert "All changes saved" in page.status.text()
    assert not page.save_button.isEnabled()

    journal.vault.close()
    reopened = open_vault(vault_path, PASSPHRASE)
    try:
        plan = Journal(reopened).plan.load()
        assert plan.keep_well == ("A walk most mornings", "Sunday calls")
        assert plan.early_signs == ("Sleeping badly",)
        assert plan.contacts == (mum.id, tom.id)
        assert plan.services == (Service("Evening line", "helpline, evenings", "0000 000 000"),)
        again = SupportPlanPage(Journal(reopened), window.events)
        qtbot.addWidget(again)
        assert _items(again.keep_well.list) == ["A walk most mornings", "Sunday calls"]
        assert _items(again.people.list) == ["Mum", "Tom"]
    finally:
        reopened.close()


def test_edits_save_themselves_after_a_moment_and_on_leaving_the_page(qtbot, journal):
    store = journal.plan
    window, page = _open_page(qtbot, journal)
    qtbot.keyClicks(page.what_helps.field, "Texting Priya")
    qtbot.keyClick(page.what_helps.field, Qt.Key.Key_Return)
    assert store.load().what_helps == ()  # not at once
    qtbot.waitUntil(lambda: store.load().what_helps == ("Texting Priya",), timeout=5000)
    assert "All changes saved" in page.status.text()

    qtbot.keyClicks(page.what_helps.field, "A bath")
    qtbot.keyClick(page.what_helps.field, Qt.Key.Key_Return)
    window.go_to(0)  # leaving the page saves straight away
    assert store.load().what_helps == ("Texting Priya", "A bath")


def test_lines_can_be_edited_moved_and_removed_with_the_keyboard(qtbot, journal):
    journal.plan.save(SupportPlan(keep_well=("One", "Two", "Three")))
    window, page = _open_page(qtbot, journal)
    view = page.keep_well.list
    view.setFocus()
    view.setCurrentRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    assert _items(view) == ["Three", "One", "Two"]
    assert not page.keep_well.up_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _items(view) == ["One", "Two"]

    view.setCurrentRow(1)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Two, changed")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
    qtbot.waitUntil(lambda: _items(view) == ["One", "Two, changed"])
    assert page.has_unsaved_changes()
    page.save_now()
    assert journal.plan.load().keep_well == ("One", "Two, changed")

    view.item(0).setText("   ")  # a line emptied while editing goes away
    assert _items(view) == ["Two, changed"]


def test_tab_goes_through_the_sections_in_the_order_they_are_shown(qtbot, journal):
    journal.add_person(Person("Mum"))
    window, page = _open_page(qtbot, journal)
    chain, widget = [], page.keep_well.list
    for _ in range(2000):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.keep_well.list:
            break
    order = [page.keep_well.list, page.keep_well.field, page.keep_well.add_button,
             page.lists["daily_needs"].list, page.lists["triggers"].list,
             page.early_signs.list, page.lists["well_like"].list, page.people.list, page.people.picker,
             page.people.add_button, page.not_involved.list, page.what_helps.list,
             page.lists["places_avoid"].list, page.services.table, page.services.add_button,
             page.services.name, page.services.what, page.services.how, page.services.notes]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)


def test_an_empty_line_is_not_added_and_says_why(qtbot, journal):
    window, page = _open_page(qtbot, journal)
    page.show_part("early")
    qtbot.keyClicks(page.early_signs.field, "   ")
    qtbot.keyClick(page.early_signs.field, Qt.Key.Key_Return)
    assert page.early_signs.list.count() == 0
    assert page.early_signs.error.isVisible() and "Type something first" in page.early_signs.error.text()


def test_a_service_without_a_name_is_kept_on_the_page_with_a_clear_note(qtbot, journal):
    window, page = _open_page(qtbot, journal)
    page.services.add_button.click()
    qtbot.keyClicks(page.services.how, "0000 000 000")
    page.save_button.click()
    assert "Please give each service a name" in page.status.text()
    assert page.status.property("error") == "true"
    assert page.has_unsaved_changes()
    assert page.services.table.item(0, 2).text() == "0000 000 000"  # nothing lost
    assert journal.plan.load().services == ()
    page.services.table.setCurrentCell(0, 0)
    qtbot.keyClicks(page.services.name, "Crisis team")
    page.save_button.click()
    assert page.status.property("error") == "false"
    assert journal.plan.load().services == (Service("Crisis team", how_to_contact="0000 000 000"),)


def test_archived_people_are_marked_and_deleted_people_leave_the_plan(qtbot, journal):
    mum = journal.add_person(Person("Mum"))
    tom = journal.add_person(Person("Tom"))
    dev = journal.add_person(Person("Dev"))
    journal.plan.save(SupportPlan(contacts=(dev.id, tom.id, mum.id)))
    window, page = _open_page(qtbot, journal)
    journal.set_archived(dev.id, True)
    assert _items(page.people.list) == ["Dev (archived)", "Tom", "Mum"]
    journal.delete_person(tom.id)
    assert _items(page.people.list) == ["Dev (archived)", "Mum"]
    assert journal.plan.load().contacts == (dev.id, mum.id)
    assert not page.has_unsaved_changes()


def test_edits_on_the_page_survive_the_journal_locking(qtbot, journal, vault_path, started):
    ctl = started(use_tray=False)
    page = ctl.window.support_plan
    ctl.window.open_support_plan()
    qtbot.keyClicks(page.keep_well.field, "Seeing the sea")
    qtbot.keyClick(page.keep_well.field, Qt.Key.Key_Return)
    ctl.lock()  # before the autosave: saved as the lock happens
    window = unlock(qtbot, ctl)
    assert _items(window.support_plan.keep_well.list) == ["Seeing the sea"]

    page = window.support_plan
    window.open_support_plan()
    page.services.add_button.click()
    qtbot.keyClicks(page.services.how, "0000 000 000")  # can't be saved yet: no name
    ctl.lock()
    window = unlock(qtbot, ctl)
    page = window.support_plan
    assert page.has_unsaved_changes() and "are back" in page.status.text()
    page.save_now()
    assert "are back. Not saved yet: Please give each service a name" in page.status.text()
    assert page.services.table.item(0, 2).text() == "0000 000 000"
    page.services.table.setCurrentCell(0, 0)
    qtbot.keyClicks(page.services.name, "Crisis team")
    assert page.save_now()
    assert load_draft(ctl.journal, SUPPORT_PLAN_DRAFT) is None
    plan = ctl.journal.plan.load()
    assert plan.keep_well == ("Seeing the sea",)
    assert plan.services == (Service("Crisis team", how_to_contact="0000 000 000"),)


def test_my_support_plan_from_the_tray_goes_to_the_page(qtbot, journal, vault_path, started):
    ctl = started()
    assert ctl.window.stack.currentWidget() is ctl.window.today
    tray_action(ctl, "My support plan").trigger()
    assert ctl.window.stack.currentWidget() is ctl.window.support_plan


def test_my_support_plan_from_the_tray_while_locked_unlocks_first(qtbot, journal, vault_path, started):
    ctl = started(locked=True)
    dialog = ctl.unlock_dialog
    tray_action(ctl, "My support plan").trigger()
    assert ctl.window is None and ctl.unlock_dialog is dialog  # locked: unlock first
    window = unlock(qtbot, ctl)
    assert window.stack.currentWidget() is window.support_plan
    assert window.nav.currentItem().text() == "Support plan"


@pytest.mark.parametrize(("language", "words"), [("en_GB", "Dec 2026"), ("de_DE", "Dez. 2026")])
def test_last_saved_says_the_date_in_words_in_a_whole_sentence(qtbot, journal, language, words):
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        window, page = _open_page(qtbot, journal)
        page._show_saved(SupportPlan(updated=datetime(2026, 12, 6, 14, 5, tzinfo=UTC)))
        when = when_text(datetime(2026, 12, 6, 14, 5, tzinfo=UTC))
        assert words in when  # not "6 12 2026"
        assert page.status.text() == f"All changes saved (last saved {when})."
    finally:
        QLocale.setDefault(before)

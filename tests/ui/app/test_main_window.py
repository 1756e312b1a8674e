"""Main window: navigation shortcuts, logging a contact from People, accessibility, large text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
)

from peerjournal import APP_NAME, __version__
from peerjournal.core.records import Person
from peerjournal.core.vocabulary import ContactMode
from tests.ui.helpers import make_window, unnamed_controls
from tests.ui.helpers import make_window as make_main_window

from peerjournal.ui.widgets import files, messages


def test_ctrl_number_switches_pages(qtbot, journal):
    window = make_window(qtbot, journal)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.timeline
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.people
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.today
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.timeline


def test_log_a_contact_from_the_people_page(qtbot, journal):
    priya = journal.add_person(Person(name="Priya"))
    window = make_window(qtbot, journal)
    window.go_to(2)
    window.people.logContactRequested.emit(priya.id)
    dialog = window.entry_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.people.selected() == (priya.id,)
    dialog.form.mode.setCurrentIndex(dialog.form.mode.findData(ContactMode.PHONE))
    qtbot.mouseClick(dialog.form.felt.buttons[5], Qt.MouseButton.LeftButton)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (contact,) = journal.contacts_with(priya.id)
    assert contact.mode is ContactMode.PHONE and contact.felt == 5
    assert window.timeline.model.rowCount() == 1
    window.undo_stack.undo()
    assert journal.contacts_with(priya.id) == []


def test_every_control_has_an_accessible_name(qtbot, journal):
    journal.add_person(Person(name="Sam"))
    window = make_window(qtbot, journal)
    for index in range(window.stack.count()):
        window.go_to(index)
        assert unnamed_controls(window.stack.widget(index)) == [], window.stack.widget(index).objectName()
    assert unnamed_controls(window.centralWidget()) == []
    for dialog in (window.log_contact_with(None), window.log_activity()):
        assert unnamed_controls(dialog) == [], dialog.windowTitle()
        dialog.reject()


def test_menus_offer_lock_undo_and_quit_with_shortcuts(qtbot, journal):
    window = make_window(qtbot, journal)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Journal", "&Edit", "&Go", "&Help"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    with qtbot.waitSignal(window.lockRequested):
        window.lock_action.trigger()


def test_usable_at_double_text_size(qtbot, journal):
    app = QApplication.instance()
    original = app.font()
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        window = make_window(qtbot, journal)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        for index in range(window.stack.count()):
            window.go_to(index)
            hint = window.minimumSizeHint()
            # Everything can still be laid out on an ordinary 1920x1080 screen (pages scroll).
            assert hint.width() <= max(1920, screen.width()), (index, hint)
            assert hint.height() <= max(1080, screen.height()), (index, hint)
        assert window.today.title.font().pointSizeF() >= original.pointSizeF() * 2
    finally:
        app.setFont(original)


def test_check_in_on_today_then_edit_delete_and_undo_on_timeline(qtbot, journal):
    window = make_window(qtbot, journal)
    today = window.today
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new check-in
    assert today.mood_form.mood.hasFocus()
    qtbot.keyClick(today.mood_form.mood, Qt.Key.Key_2)
    today.mood_form.note.setFocus()
    qtbot.keyClicks(today.mood_form.note, "slow start")
    qtbot.keyClick(today.mood_form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.timeline
    assert page.isVisible()
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 3).data() == "Low"
    assert page.proxy.index(0, 4).data() == "slow start"

    page.view.selectRow(0)
    page.edit_button.click()
    dialog = window.entry_dialog
    qtbot.mouseClick(dialog.form.mood.buttons[3], Qt.MouseButton.LeftButton)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert page.proxy.index(0, 3).data() == "Okay"

    page.view.selectRow(0)
    page.delete_button.click()  # the confirm is answered "Delete" by the test setup
    assert page.proxy.rowCount() == 0 and page.empty_label.isVisible()
    window.undo_action.trigger()
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 3).data() == "Okay"
    window.undo_action.trigger()  # and the edit before it
    assert page.proxy.index(0, 3).data() == "Low"


def test_the_journal_menu_opens_a_reply(qtbot, journal):
    window = make_main_window(qtbot, journal)
    assert window.open_reply_action in window.menuBar().actions()[0].menu().actions()
    files.next_paths.append(None)  # the person cancels the file chooser
    window.open_reply_action.trigger()
    assert files.next_paths == [] and window.stack.currentWidget() is window.sharing
    assert window.sharing.replies_box.dialog is None


def test_about_says_the_version_and_build(qtbot, journal, monkeypatch):
    monkeypatch.setattr("peerjournal.ui.app.main_window.build_id", lambda: "feedbeef01 2026-12-07")
    window = make_window(qtbot, journal)
    messages.shown.clear()
    window.about()
    assert messages.shown[-1][1].startswith(f"{APP_NAME} {__version__} (build feedbeef01 2026-12-07)\n")

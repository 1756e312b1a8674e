"""The "About your data" page: real paths, the key facts in plain words, reachable and named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.helpers import make_window, unnamed_controls

from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.security.about_data_page import AboutDataPage
from peerjournal.ui.widgets import files, messages


def page_text(page: AboutDataPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def open_page(qtbot, journal):
    window = make_window(qtbot, journal)
    window.about_data_action.trigger()
    return window, window.about_data


def test_it_is_the_last_page_and_the_help_menu_opens_it(qtbot, journal):
    window, page = open_page(qtbot, journal)
    assert PAGES[-1] == "About your data"
    assert window.nav.item(window.nav.count() - 1).text() == "About your data"
    assert window.stack.currentWidget() is page and page.isVisible()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.about_data_action in help_menu.actions()


def test_it_shows_where_the_journal_backups_and_settings_are(qtbot, journal, vault_path):
    window, page = open_page(qtbot, journal)
    assert page.journal_path_label.text() == str(vault_path)
    assert page.backups_path_label.text() == str(vault_path.parent / "backups")
    settings = window.prompt_service.settings_file.settings_path
    assert page.settings_path_label is not None and page.settings_path_label.text() == str(settings)
    flags = page.journal_path_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_it_says_the_key_facts_in_plain_words(qtbot, journal):
    _window, page = open_page(qtbot, journal)
    text = page_text(page)
    for fact in (
        "encrypted with SQLCipher (AES-256)",
        "a forgotten passphrase cannot be recovered",
        "Backups are locked with the passphrase the journal had",
        "holds nothing you wrote",
        "only the period and the parts you pick",
        "only that supporter can open it",
        "Those files are not encrypted",
    ):
        assert fact in text, fact
    assert all(label.wordWrap() for label in page.findChildren(QLabel) if len(label.text()) > 80)


def test_show_the_folder_buttons_open_the_real_folders(qtbot, journal, vault_path):
    _window, page = open_page(qtbot, journal)
    qtbot.mouseClick(page.show_journal_button, Qt.MouseButton.LeftButton)
    page.show_backups_button.setFocus()
    qtbot.keyClick(page.show_backups_button, Qt.Key.Key_Space)
    assert files.shown_folders == [vault_path.parent, vault_path.parent / "backups"]


def test_a_folder_that_cannot_be_shown_gets_a_clear_message(qtbot, journal, vault_path, monkeypatch):
    _window, page = open_page(qtbot, journal)
    monkeypatch.setattr(files, "show_folder", lambda folder: False)
    page.show_journal_button.click()
    ((title, text),) = messages.shown
    assert title == "Could not open the folder" and str(vault_path.parent) in text


def test_every_control_is_named_and_reached_by_tab(qtbot, journal):
    _window, page = open_page(qtbot, journal)
    assert unnamed_controls(page) == []
    for button in (page.show_journal_button, page.show_backups_button):
        assert button.accessibleDescription() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab goes down the page: the journal's path, its button, then the backups' path and button.
    page.journal_path_label.setFocus()
    qtbot.waitUntil(page.journal_path_label.hasFocus)
    order = []
    widget = page.journal_path_label
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [page.show_journal_button, page.backups_path_label, page.show_backups_button]


def test_it_says_updates_and_uninstalling_leave_the_journal_alone(qtbot, journal):
    _window, page = open_page(qtbot, journal)
    text = page_text(page)
    assert "Updating PeerJournal, or uninstalling it, leaves your journal" in text
    assert "copy them somewhere safe" in text

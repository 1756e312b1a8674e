"""Translations: every visible text on the main pages goes through Qt's translation.

Under the pseudo-locale each translated string is wrapped in ⟦ ⟧. The walk below shows each
page of a window on demo data and collects what a person would read (labels, buttons, group
and tab titles, placeholders, column headers, menus); text outside the brackets must be the
journal's own data (names, words the person chose), dates, numbers or punctuation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from peerjournal.core.vocabulary import EntryKind
from peerjournal.demo.seed import seed_demo
from tests.ui.walks import _calendar_words, _data_strings, _untranslated, _visible_texts

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES, MainWindow


def test_every_visible_text_on_every_page_is_translatable(qtbot, journal, pseudo_locale):
    seed_demo(journal)
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    window.show()
    data, calendar = _data_strings(journal), _calendar_words()
    problems: list[str] = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for menu in menus:
        assert isinstance(menu, QMenu)
        for action in [menu.menuAction(), *menu.actions()]:
            if action.text() and not action.isSeparator():
                problems += _untranslated([("menu", action.text())], data, calendar)
    for index, name in enumerate(PAGES):
        window.go_to(index)
        page = window.stack.currentWidget()
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for tab in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(tab)
                QCoreApplication.processEvents()
                problems += [f"{name}: {p}" for p in _untranslated(_visible_texts(page), data, calendar)]
    problems += _untranslated([("window title", window.windowTitle())], data, calendar)
    unique = sorted(set(problems))
    assert not unique, f"{len(unique)} visible texts don't go through translation:\n" + "\n".join(unique)


def test_dialogs_and_details_show_only_translatable_text(qtbot, journal, pseudo_locale):
    """A second walk, over what the main walk doesn't open: the entry dialogs (new and editing),
    the person dialog, a chosen person's details, the share dialog and its preview, and the
    dialogs the menus and the Connecting page open."""
    seed_demo(journal)
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    window.show()
    data, calendar = _data_strings(journal), _calendar_words()
    problems: list[str] = []

    def check(name: str, widget: QWidget) -> None:
        QCoreApplication.processEvents()
        texts = [*_visible_texts(widget), ("window title", widget.windowTitle())]
        problems.extend(f"{name}: {p}" for p in _untranslated(texts, data, calendar))

    rows = {row.kind: row for row in reversed(journal.timeline())}  # the newest of each kind
    for kind in EntryKind:
        new = window.log_activity() if kind is EntryKind.ACTIVITY else (
            window.log_contact_with(None) if kind is EntryKind.CONTACT else window.open_entry_dialog(kind))
        check(f"new {kind.value}", new)
        new.reject()
        editing = window.edit_entry(rows[kind])
        assert editing is not None
        check(f"edit {kind.value}", editing)
        editing.reject()

    window.go_to(PAGES.index("People"))
    people = window.people
    person = next(p for p in journal.people() if p.help_kinds)
    assert people.select_person(person.id)
    check("person details", people)
    people.open_edit_dialog()
    assert people.person_dialog is not None
    check("person dialog", people.person_dialog)
    people.person_dialog.reject()

    window.go_to(PAGES.index("Sharing"))
    share = window.sharing.open_share_dialog()
    check("share dialog", share)
    share.supporter.setCurrentIndex(share.supporter.count() - 1)  # someone without a key
    for field in (share.passphrase, share.passphrase_again):
        qtbot.keyClicks(field, "a long and careful passphrase")
    share.notes.setChecked(True)
    qtbot.mouseClick(share.preview_button, Qt.MouseButton.LeftButton)
    assert share.pages.currentIndex() == 1, share.error.text()
    check("share preview", share)
    share.reject()

    for name, open_dialog in (
        ("summary dialog", window.export_summary), ("lists dialog", window.edit_lists),
        ("vCard import", window.import_vcard), ("take my data", window.take_all_data),
        ("goal dialog", window.connecting.new_goal), ("place dialog", window.connecting.places.add_place),
    ):
        dialog = open_dialog()
        check(name, dialog)
        dialog.reject()

    unique = sorted(set(problems))
    assert not unique, f"{len(unique)} visible texts don't go through translation:\n" + "\n".join(unique)


def test_the_walk_catches_a_text_that_is_not_translated(qtbot, journal, pseudo_locale):
    """The check above can fail: an untranslated label on a page is reported."""
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    window.show()
    stray = QLabel("Plain words nobody translated", window.today)
    stray.show()
    translated = QLabel(QCoreApplication.translate("Test", "Words that were translated"), window.today)
    translated.show()
    problems = _untranslated(_visible_texts(window.today), _data_strings(journal), _calendar_words())
    assert any("Plain words nobody translated" in p for p in problems)
    assert not any("Words that were translated" in p for p in problems)



"""Translations: every visible text on the main pages goes through Qt's translation.

Under the pseudo-locale each translated string is wrapped in ⟦ ⟧. The walk below shows each
page of a window on demo data and collects what a person would read (labels, buttons, group
and tab titles, placeholders, column headers, menus); text outside the brackets must be the
journal's own data (names, words the person chose), dates, numbers or punctuation.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from peerjournal import APP_NAME
from peerjournal import i18n as core_i18n
from peerjournal.core.vocabulary import EntryKind
from peerjournal.demo.seed import seed_demo

from peerjournal.ui.app import translations as i18n
from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import PAGES, MainWindow

# The innermost marked piece; removed repeatedly, so "⟦⟦Everyday help⟧: {n} of {m}⟧" goes whole.
MARKED = re.compile(f"{i18n.PSEUDO_OPEN}[^{i18n.PSEUDO_OPEN}{i18n.PSEUDO_CLOSE}]*{i18n.PSEUDO_CLOSE}")
TAGS = re.compile(r"<[^>]+>")
LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of two or more letters
# A file or folder path (the journal's, its backups', the settings file's): data, not words.
PATHS = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s]*[/\\][^\s]*")


@pytest.fixture
def pseudo_locale(qapp):
    i18n.install_translators(i18n.PSEUDO)
    yield
    i18n.install_translators("en")
    core_i18n.set_translator(None)


def _data_strings(journal) -> list[str]:
    """Every text value the journal holds: what the person wrote or chose is not ours to translate."""
    conn = journal.vault.conn
    found: set[str] = set()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    names: set[str] = set()
    for table in tables:
        if table == "meta":
            continue
        cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from sqlite_master
        columns = [d[0] for d in cursor.description]
        for row in cursor:
            found.update(v for v in row if isinstance(v, str) and v.strip())
            names.update(v for c, v in zip(columns, row, strict=True) if c == "name" and isinstance(v, str))
    # First names show on their own too ("Person A" when pseudonymised is ours, so not here).
    # Only names are split: words of other stored text (default questions, notes) are no excuse
    # for the same word on screen outside that text.
    for name in names:
        found.update(part for part in name.split() if len(part) > 1)
    return sorted(found, key=len, reverse=True)


def _calendar_words() -> set[str]:
    locale = QLocale()
    words = {APP_NAME, locale.amText(), locale.pmText()}
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words.update(locale.monthName(m, fmt) for m in range(1, 13))
        words.update(locale.standaloneMonthName(m, fmt) for m in range(1, 13))
        words.update(locale.dayName(d, fmt) for d in range(1, 8))
    return {w for w in words if w}


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            texts.append((f"{type(widget).__name__} {widget.objectName()!r}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
            add(widget, widget.toolTip())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, widget.placeholderText())
            if isinstance(widget, QTextBrowser):  # read-only text we wrote (e.g. the share preview)
                add(widget, widget.toPlainText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        if isinstance(widget, QHeaderView) and widget.model() is not None and widget.isVisibleTo(root):
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    add(widget, str(widget.model().headerData(section, widget.orientation()) or ""))
        if isinstance(widget, QWidget) and widget.accessibleName():
            add(widget, widget.accessibleName())
    return texts


def _without(value: str, text: str) -> str:
    """``text`` with ``value`` taken out where it stands as whole words ("Peer" is not in "PeerJournal")."""
    return re.sub(r"(?<!\w)" + re.escape(value) + r"(?!\w)", " ", text)


def _untranslated(texts, data: list[str], calendar: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        rest = TAGS.sub(" ", text)
        while MARKED.search(rest):
            rest = MARKED.sub(" ", rest)
        rest = PATHS.sub(" ", rest)
        for value in data:
            if value in rest:
                rest = _without(value, rest)
        words = [w for w in LETTERS.findall(rest) if w not in calendar]
        if words:
            bad.append(f"{where}: {text!r}")
    return bad


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
            window.log_contact_with(None) if kind is EntryKind.CONTACT else window._open_entry_dialog(kind))
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


def test_core_text_goes_through_the_installed_translator(pseudo_locale):
    assert core_i18n.translate("Test", "Kind words") == "⟦Kind words⟧"


def test_translation_sources_compile_and_german_shows_in_the_app(tmp_path):
    """The .ts sources in resources/translations compile with lrelease, and a compiled
    language is used by the app (a fresh interpreter, as the app would start)."""
    sources = sorted((Path(i18n.translations_dir())).glob("peerjournal_*.ts"))
    assert sources, "no translation sources in resources/translations"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sources:
        out = tmp_path / (ts.stem + ".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
        assert out.stat().st_size > 0
    probe = (
        "import sys, shutil, pathlib\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from peerjournal.ui.app import translations as i18n\n"
        f"i18n.translations_dir = lambda: pathlib.Path({str(tmp_path)!r})\n"
        "app = QApplication([])\n"
        "print(i18n.install_translators('de'))\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(QCoreApplication.translate('MainWindow', 'Today'))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    language, today = result.stdout.split("\n")[:2]
    assert language.startswith("de")
    assert today == "Heute"

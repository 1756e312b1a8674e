"""The German walk: every page, tab and main dialog of a demo journal under German shows no text
that is still English (the .ts source of a translated message, a fragment of one, or English
words), journal data and names aside. ``german_walk.py`` holds the check and its allow-list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget

from peerjournal import i18n as core_i18n
from peerjournal.demo.seed import seed_demo
from tests.ui.german_walk import SAME_IN_GERMAN, english_on_screen, english_sources
from tests.ui.walks import _data_strings, _visible_texts
from tools.screenshots.journal_tour import each_view, main_dialogs

from peerjournal.ui.app import translations as i18n
from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow


@pytest.fixture
def german(qapp):
    assert i18n.install_translators("de").startswith("de")
    yield
    i18n.install_translators("en")
    core_i18n.set_translator(None)


@pytest.fixture
def window(qtbot, journal, german):
    seed_demo(journal)
    window = MainWindow(journal, JournalEvents(journal))
    qtbot.addWidget(window)
    window.show()
    return window


def _menus(window: MainWindow) -> list[tuple[str, str]]:
    texts = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += [("menu", a.text()) for a in [action, *menu.actions()] if a.text() and not a.isSeparator()]
    return texts


def test_every_page_and_dialog_reads_german(window, tmp_path):
    sources, data = english_sources(), _data_strings(window.journal)
    problems: list[str] = english_on_screen(_menus(window), data, sources)

    def check(name: str, widget: QWidget) -> None:
        QCoreApplication.processEvents()
        texts = [*_visible_texts(widget), ("window title", widget.windowTitle())]
        problems.extend(f"{name}: {p}" for p in english_on_screen(texts, data, sources))

    for name in each_view(window):
        check(name, window)
    for name, open_dialog, views in main_dialogs(window, tmp_path, None):
        dialog = open_dialog()
        assert isinstance(dialog, QDialog), name
        dialog.show()
        for view in (views(dialog) if views else [""]):
            check(f"{name} {view}".strip(), dialog)
        dialog.reject()
        dialog.deleteLater()
    unique = sorted(set(problems))
    assert not unique, f"{len(unique)} texts are still English under German:\n" + "\n".join(unique)


def test_the_german_walk_catches_english(window):
    """The check can fail: a source text shown untranslated, a glued-in fragment, a label built
    outside translation and an English decimal point are each reported; German and allowed texts
    are not."""
    sources = english_sources()
    today = window.today
    labels = {
        "source": QLabel("Today", today),  # translated as "Heute"
        "fragment": QLabel("Stimmung: " + "Who you were in touch with", today),
        "built": QLabel("Saved 3 entries with Mum", today),
        "number": QLabel("Im Schnitt 3.5 (zuletzt gespeichert 07.12.26)", today),
        "german": QLabel(QCoreApplication.translate("MainWindow", "Today"), today),
        "allowed": QLabel(next(iter(SAME_IN_GERMAN)), today),
    }
    found = english_on_screen([(k, lbl.text()) for k, lbl in labels.items()], ["Mum"], sources)
    assert {p.split(":")[0] for p in found} == {"source", "fragment", "built", "number"}

"""Pages are made when first shown (issue 20): opening the window builds Today alone, and a page
made later is complete, hears the window's shortcuts and reads what changed before it was made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from peerjournal.core.records import Person
from tests.ui.helpers import make_window

from peerjournal.ui.app.lazy_pages import PLACEHOLDER_NAME, LazyPages
from peerjournal.ui.app.main_window import PAGES
from peerjournal.ui.connecting.connecting_page import ConnectingPage
from peerjournal.ui.insights.insights_page import InsightsPage
from peerjournal.ui.journal.timeline_page import TimelinePage
from peerjournal.ui.people.people_page import PeoplePage
from peerjournal.ui.prompts.prompts_page import PromptsPage
from peerjournal.ui.security.security_page import SecurityPage
from peerjournal.ui.sharing.sharing_page import SharingPage
from peerjournal.ui.support_plan.support_plan_page import SupportPlanPage

HIDDEN_PAGES = (TimelinePage, PeoplePage, InsightsPage, ConnectingPage, SupportPlanPage, PromptsPage,
                SharingPage, SecurityPage)


def test_the_window_opens_with_today_alone_built(qtbot, journal):
    journal.add_person(Person(name="Sam"))
    window = make_window(qtbot, journal)
    QApplication.processEvents()
    for kind in HIDDEN_PAGES:
        assert window.findChildren(kind) == [], kind.__name__
    assert window.stack.count() == len(PAGES)
    assert [window.stack.widget(i).objectName() for i in range(1, len(PAGES))] == [PLACEHOLDER_NAME] * 9


def test_a_page_made_by_its_shortcut_is_complete_and_reads_what_changed_before(qtbot, journal):
    window = make_window(qtbot, journal)
    jo = journal.add_person(Person(name="Jo"))  # while the People page isn't made yet
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, PeoplePage) and page is window.people
    qtbot.waitUntil(lambda: page.model.person(jo.id) is not None, timeout=10_000)
    assert page.isVisible() and page.filter_edit.isVisible()
    # Ctrl+F, the window's, reaches the page made just now.
    assert window.find_action.isEnabled()
    window.find_action.trigger()
    qtbot.waitUntil(page.filter_edit.hasFocus, timeout=10_000)
    # It hears the journal from now on.
    sam = journal.add_person(Person(name="Sam"))
    qtbot.waitUntil(lambda: page.model.person(sam.id) is not None, timeout=10_000)
    # And it is made once: showing it again is the same page.
    window.go_to(0)
    window.go_to(PAGES.index("People"))
    assert window.stack.currentWidget() is page and len(window.findChildren(PeoplePage)) == 1


def test_a_page_asked_for_while_hidden_keeps_its_place_and_the_shown_page(qtbot, journal):
    window = make_window(qtbot, journal)
    window.go_to(PAGES.index("Timeline"))
    timeline = window.stack.currentWidget()
    sharing = window.sharing  # made while the Timeline is shown
    assert window.stack.currentWidget() is timeline and not sharing.isVisible()
    assert [window.stack.indexOf(p) for p in (window.today, timeline, sharing)] == [
        0, PAGES.index("Timeline"), PAGES.index("Sharing")]
    assert window.stack.count() == len(PAGES)


def test_the_security_pages_restore_reaches_the_window_when_made_later(qtbot, journal):
    window = make_window(qtbot, journal)
    window.reload_backups()  # a backup made before the page exists: nothing to do, nothing made
    assert window.findChildren(SecurityPage) == []
    window.go_to(PAGES.index("Security"))
    with qtbot.waitSignal(window.restoreRequested) as asked:
        window.security.restoreRequested.emit(Path("backup.pjvault"))
    assert asked.args == [Path("backup.pjvault")]


def test_lazy_pages_make_a_page_once_on_its_first_showing(qtbot):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    made: list[str] = []

    def maker(name: str):
        def make() -> QWidget:
            made.append(name)
            page = QWidget()
            page.setObjectName(name)
            return page
        return make

    pages = LazyPages(stack, ("a", "b", "c"), {n: maker(n) for n in "abc"})
    seen: list[str] = []
    stack.currentChanged.connect(lambda i: seen.append(stack.widget(i).objectName()))
    stack.show()
    assert made == []
    stack.setCurrentIndex(2)
    assert made == ["c"] and stack.currentWidget().objectName() == "c" and seen[-1] == "c"
    assert pages.page("c") is stack.currentWidget() and made == ["c"]
    pages.page("a")  # not shown: made in place, the shown page stays
    assert stack.currentIndex() == 2 and stack.widget(0).objectName() == "a"
    assert [stack.widget(i).objectName() for i in range(3)] == ["a", PLACEHOLDER_NAME, "c"]


def test_making_a_page_shows_no_window_of_its_own_nor_takes_the_focus(qtbot, journal):
    """A page made while the window is shown: a control shown before it has a parent would be a
    window of its own for a moment, taking the focus from the main window."""
    journal.add_person(Person(name="Sam"))
    window = make_window(qtbot, journal)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)
    for name in PAGES:
        window.pages.page(name)
        QApplication.processEvents()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
        assert shown == [], (name, [type(w).__name__ for w in shown])
        assert QApplication.activeWindow() is window, name

"""The supporter window's first turns (issue 20): the people list is built and painted first; the
person's review is built on a later turn (after the first paint, or when first needed)."""

from __future__ import annotations

from tests.ui.supporter.helpers import two_people

from peerjournal.ui.app import first_paint
from peerjournal.ui.supporter.person_view import PersonPanel
from peerjournal.ui.supporter.supporter_window import PERSON_PAGE, SupporterWindow


def _panels(window: SupporterWindow) -> list[PersonPanel]:
    return window.findChildren(PersonPanel)


def test_the_review_is_built_after_the_first_paint(qtbot, store, public, sam, inbox, tmp_path):
    two_people(qtbot, store, public, sam, inbox, tmp_path).close_for_lock()  # a caseload to open
    window = SupporterWindow(store)
    qtbot.addWidget(window)
    assert _panels(window) == []  # not in the turn that builds the window
    assert window.current_person() is None and not window.rename_action.isEnabled()
    window.show()
    qtbot.waitUntil(lambda: len(_panels(window)) == 1, timeout=10_000)
    assert window.pages.indexOf(_panels(window)[0]) == PERSON_PAGE
    assert window.pages.currentIndex() != PERSON_PAGE  # nobody chosen yet: the list asks to choose


def test_choosing_before_the_first_paint_builds_the_review_once(qtbot, store, public, sam, inbox, tmp_path):
    two_people(qtbot, store, public, sam, inbox, tmp_path).close_for_lock()
    window = SupporterWindow(store)
    qtbot.addWidget(window)
    window.people_view.selectRow(0)
    assert len(_panels(window)) == 1
    assert window.current_person() is not None and window.pages.currentIndex() == PERSON_PAGE
    window.show()
    qtbot.wait(50)
    assert len(_panels(window)) == 1


def test_a_lock_before_the_review_is_built_builds_nothing(qtbot, store, public, sam, inbox, tmp_path,
                                                           monkeypatch):
    two_people(qtbot, store, public, sam, inbox, tmp_path).close_for_lock()
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 20)  # unpainted: the fallback comes soon
    window = SupporterWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.close_for_lock()  # before any paint; there is no note to save
    store.vault.close()
    qtbot.wait(200)
    assert _panels(window) == []  # nothing read from the closed vault

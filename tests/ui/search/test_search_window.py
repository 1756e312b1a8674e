"""Search everything: Ctrl+Shift+F, typing shows hits grouped by kind with the words in bold,
filters, Down into the hits, Enter opens each where it lives."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from peerjournal.core.clock import local_day, utc_now
from peerjournal.core.connecting.goals import Goal
from peerjournal.core.connecting.places import Place
from peerjournal.core.records import Contact, Person
from peerjournal.core.support_plan import SupportPlan
from tests.ui.helpers import make_window, unnamed_controls

from peerjournal.ui.search.hit_text import HIT_ROLE, HTML_ROLE
from peerjournal.ui.widgets.dates import day_text


def _journal_with_things(journal):  # type: ignore[no-untyped-def]
    now = utc_now().replace(microsecond=0)
    mum = journal.add_person(Person(name="Mum", notes="likes <b>gardening</b> & tea"))
    contact = journal.add_contact(Contact(at=now - timedelta(days=2), person_ids=(mum.id,), note="garden tea"))
    goal = journal.goals.add_goal(Goal(title="Garden club", review_on=now.date() + timedelta(days=5),
                                       created=now - timedelta(days=1)))
    place = journal.places.add_place(Place(name="Community garden"))
    journal.plan.save(SupportPlan(triggers=("loud rooms",), trigger_actions=("go to the garden",)))
    return mum, contact, goal, place


def _search(qtbot, window, text):  # type: ignore[no-untyped-def]
    if window.search_window is None:
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    else:  # offscreen, the main window is not made active again: the menu item
        window.search_window.close()
        window.search_action.trigger()
    search = window.search_window
    assert search is not None and search.isVisible()
    assert search.focusWidget() is search.field  # the field has the focus whenever the window is active
    search.field.clear()
    qtbot.keyClicks(search.field, text)
    qtbot.waitUntil(lambda: not search.timer.isActive() and search.results.topLevelItemCount() > 0, timeout=5000)
    return search


def _item(search, kind: str):  # type: ignore[no-untyped-def]
    """The first hit of ``kind`` shown."""
    for i in range(search.results.topLevelItemCount()):
        head = search.results.topLevelItem(i)
        if head.child(0).data(0, HIT_ROLE).kind == kind:
            return head.child(0)
    raise AssertionError(kind)


def _groups(search) -> dict[str, list]:  # type: ignore[no-untyped-def]
    out = {}
    for i in range(search.results.topLevelItemCount()):
        head = search.results.topLevelItem(i)
        out[head.text(0)] = [head.child(j).data(0, HIT_ROLE) for j in range(head.childCount())]
    return out


def test_typing_shows_hits_grouped_with_the_words_in_bold(qtbot, journal):
    mum, contact, goal, place = _journal_with_things(journal)
    window = make_window(qtbot, journal)
    search = _search(qtbot, window, "gard")
    groups = _groups(search)
    assert set(groups) == {"People (1)", "Contacts (1)", "Goals (1)", "Places and groups (1)",
                           "My support plan (1)"}
    person_item = _item(search, "person")
    html = person_item.data(0, HTML_ROLE)
    assert "&lt;<b>b</b>&gt;" not in html and "<b>gardening</b>" in html and "&lt;b&gt;" in html
    assert "&amp; tea" in html
    assert "Mum" in person_item.text(0) and "<" in person_item.text(0)  # plain text as typed
    contact_item = _item(search, "contact")
    assert contact_item.text(0).endswith(" — " + day_text(local_day(contact.at)))
    assert search.status.text() == "5 found."
    assert unnamed_controls(search) == []


def test_filters_by_kind_and_date(qtbot, journal):
    _journal_with_things(journal)
    window = make_window(qtbot, journal)
    search = _search(qtbot, window, "garden")
    search.kind.setCurrentIndex(search.kind.findData("place"))
    qtbot.waitUntil(lambda: set(_groups(search)) == {"Places and groups (1)"}, timeout=5000)
    search.kind.setCurrentIndex(0)
    search.since.setDate(QDate.currentDate().addDays(-1))
    qtbot.waitUntil(lambda: set(_groups(search)) == {"Goals (1)"}, timeout=5000)
    search.since.setDate(search.since.minimumDate())
    search.until.setDate(QDate.currentDate().addDays(-1))
    qtbot.waitUntil(lambda: set(_groups(search)) == {"Contacts (1)", "Goals (1)"}, timeout=5000)
    assert search.since.text() == "any day"
    search.until.setDate(QDate.currentDate().addDays(-5))
    qtbot.waitUntil(lambda: search.results.topLevelItemCount() == 0, timeout=5000)
    assert search.status.text().startswith("Nothing found.")


def test_down_goes_into_the_hits_and_enter_opens_each_where_it_lives(qtbot, journal):
    mum, contact, goal, place = _journal_with_things(journal)
    window = make_window(qtbot, journal)
    search = _search(qtbot, window, "mum")
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is search.results
    first = search.results.currentItem().data(0, HIT_ROLE)
    assert first.kind == "person"
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.people
    assert window.people.selected_person_id() == mum.id

    search = _search(qtbot, window, "tea garden")
    item = _item(search, "contact")
    search.results.setCurrentItem(item)
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.timeline
    qtbot.waitUntil(lambda: window.entry_dialog is not None and window.entry_dialog.isVisible(), timeout=5000)
    assert window.entry_dialog.original.id == contact.id
    window.entry_dialog.reject()

    for text, check in (("club", lambda: window.connecting.goals.current_goal().id == goal.id),
                        ("community", lambda: window.connecting.places.current_place().id == place.id),
                        ("loud", lambda: window.support_plan.parts.currentIndex() == 1)):
        search = _search(qtbot, window, text)
        search.results.setCurrentItem(search.first_hit())
        qtbot.keyClick(search.results, Qt.Key.Key_Return)
        assert check(), text


def test_the_window_reads_german(qtbot, journal):
    from peerjournal import i18n as core_i18n

    from peerjournal.ui.app import translations as i18n

    journal.add_person(Person(name="Mum", notes="Garten"))
    assert i18n.install_translators("de").startswith("de")
    try:
        window = make_window(qtbot, journal)
        assert window.search_action.text() == "&Alles durchsuchen…"
        search = _search(qtbot, window, "garten")
        assert search.windowTitle() == "Alles durchsuchen"
        assert set(_groups(search)) == {"Menschen (1)"}
        assert search.status.text() == "1 gefunden."
        assert search.since.text() == search.until.text() == "jeder Tag"
        assert search.kind.itemText(0) == "Alles"
    finally:
        i18n.install_translators("en")
        core_i18n.set_translator(None)


def test_one_letter_waits_for_the_next(qtbot, journal):
    _journal_with_things(journal)
    window = make_window(qtbot, journal)
    search = _search(qtbot, window, "ga")
    search.field.setText("g")
    search.run()
    assert search.results.topLevelItemCount() == 0
    assert search.status.text() == "Type one more letter to search."


def test_the_first_page_only_then_more_on_demand(qtbot, journal, monkeypatch):
    """Only the best page is read and drawn; "Show more" adds the next page; new words start
    from the first page again. The pages shown are the full ranked list in turn."""
    from peerjournal.core.records import MoodCheckIn
    from peerjournal.storage.search import search as full_search

    from peerjournal.ui.search import search_window

    monkeypatch.setattr(search_window, "LIMIT", 4)
    now = utc_now().replace(microsecond=0)
    with journal.batch():
        for i in range(10):
            journal.add_mood(MoodCheckIn(at=now - timedelta(hours=i + 1), mood=3, note=f"garden {'and ' * i}walk"))
    window = make_window(qtbot, journal)
    asked: list[int] = []
    real = search_window.search

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs["limit"])
        return real(*args, **kwargs)

    monkeypatch.setattr(search_window, "search", counting)
    search = _search(qtbot, window, "garden")

    def shown() -> list:  # type: ignore[no-untyped-def]
        return [hit for hits in _groups(search).values() for hit in hits]

    assert asked[-1] == 4 and len(shown()) == 4
    assert search.more.isVisible() and search.more.accessibleName()
    search.more.click()
    assert asked[-1] == 8
    assert shown() == full_search(journal, "garden", limit=8)
    search.more.click()
    assert shown() == full_search(journal, "garden", limit=100) and len(shown()) == 10
    assert not search.more.isVisible()  # all of it shown
    qtbot.keyClicks(search.field, " walk")
    qtbot.waitUntil(lambda: not search.timer.isActive() and asked[-1] == 4, timeout=5000)
    assert len(shown()) == 4 and search.more.isVisible()


def test_typing_runs_one_search_for_the_newest_text_only(qtbot, journal, monkeypatch):
    """Each key restarts the pause: the letters typed before it ends are never searched."""
    from peerjournal.ui.search import search_window

    _journal_with_things(journal)
    window = make_window(qtbot, journal)
    texts: list[str] = []
    real = search_window.search

    def counting(journal, text, **kwargs):  # type: ignore[no-untyped-def]
        texts.append(text)
        return real(journal, text, **kwargs)

    monkeypatch.setattr(search_window, "search", counting)
    _search(qtbot, window, "garden")
    assert texts == ["garden"]

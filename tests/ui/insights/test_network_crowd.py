"""The network map with a phone's contacts (issue 20): a crowded circle shows the people that
matter and one "+N more" marker; search shows anyone; dragging and the keys still work; a
redraw costs the same with 3,000 people as with 180."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from peerjournal.core.insights import NetworkNode
from peerjournal.core.records import Contact, MoodCheckIn, Person
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind, Relationship
from tests.ui.insights.shown_page import dots_made, map_reads, map_view, network_page

from peerjournal.ui.insights.insights_page import MOOD, NETWORK
from peerjournal.ui.insights.network_crowd import MAX_DOTS, crowd, find
from peerjournal.ui.insights.network_search import NetworkSearch
from peerjournal.ui.insights.network_view import NetworkView

MANY = 3000


def node(i: int, closeness: Closeness = Closeness.OUTER, days: int = 0) -> NetworkNode:
    return NetworkNode(i, f"Contact {i:04}", Relationship.FRIEND, closeness, frozenset(), days, days,
                       date(2026, 12, 1) if days else None)


def phone(n: int = MANY) -> list[NetworkNode]:
    """Five close, five in the middle, the rest outer; every 100th in touch lately."""
    return ([node(i, Closeness.CLOSE) for i in range(1, 6)] + [node(i, Closeness.MIDDLE) for i in range(6, 11)]
            + [node(i, days=3 if i % 100 == 0 else 0) for i in range(11, n + 1)])


def contacts(journal, n: int) -> None:  # type: ignore[no-untyped-def]
    """``n`` people from a phone, all in the outer circle; every third one for company."""
    with journal.batch():
        for i in range(1, n + 1):
            journal.add_person(Person(name=f"Contact {i:04}", closeness=Closeness.OUTER,
                                      help_kinds=frozenset({HelpKind.COMPANY}) if i % 3 == 0 else frozenset()))


def hidden_in(view: NetworkView, closeness: Closeness) -> int:
    return int(re.sub(r"\D", "", view.groups[closeness].text()))


def test_crowd_keeps_the_kept_and_the_recently_in_touch_in_name_order():
    members = [node(i, days=i % 7) for i in range(1, 201)]
    shown, hidden = crowd(members, keep={1, 2})
    assert len(shown) == MAX_DOTS and hidden == 200 - MAX_DOTS
    assert {1, 2} <= {n.person_id for n in shown}
    assert min(n.days_90 for n in shown if n.person_id > 2) >= max(
        n.days_90 for n in members if n not in shown)
    assert shown == sorted(shown, key=lambda n: n.person_id)  # the map's order kept
    assert crowd(members[:10], keep=()) == (members[:10], 0)
    assert find(members, "contact 0007").person_id == 7 and find(members, "0199").person_id == 199
    assert find(members, "nobody") is None and find(members, " ") is None


def test_three_thousand_people_draw_a_bounded_scene_with_a_marker(qtbot):
    view = map_view(qtbot, phone())
    assert len(view.dots) == 5 + 5 + MAX_DOTS
    assert len(view.scene().items()) < 3 * (5 + 5 + MAX_DOTS)  # a dot and its name each, rings, captions
    assert hidden_in(view, Closeness.OUTER) == MANY - 10 - MAX_DOTS
    assert set(view.groups) == {Closeness.OUTER}
    assert all(view.dots[i * 100] for i in range(1, 30))  # in touch lately: shown
    assert "more in the outer circle" in view.accessibleDescription()
    marker = view.groups[Closeness.OUTER].deviceTransform(view.viewportTransform()).mapRect(
        view.groups[Closeness.OUTER].boundingRect())
    for dot in view.dots.values():  # no name over the marker
        if dot.label.isVisible():
            rect = dot.label.deviceTransform(view.viewportTransform()).mapRect(dot.label.boundingRect())
            assert not rect.intersects(marker)


def test_search_shows_and_chooses_a_hidden_person_and_the_keys_move_them(qtbot):
    view = map_view(qtbot, phone())
    search = NetworkSearch(view)
    qtbot.addWidget(search)
    search.set_names([n.name for n in view.nodes])
    assert 1234 not in view.dots
    said: list[str] = []
    view.personChosen.connect(said.append)
    search.setText("contact 1234")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert view.keys.chosen() is view.dots[1234] and len(view.dots) == 5 + 5 + MAX_DOTS
    moved: list[tuple[int, Closeness]] = []
    view.closenessChanged.connect(lambda pid, c: moved.append((pid, c)))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert moved == [(1234, Closeness.MIDDLE)]
    search.setText("Zebedee")
    assert not search.find("Zebedee") and said[-1] == "Nobody called “Zebedee” is on the map."


def test_a_redraw_after_a_move_creates_a_bounded_number_of_dots(qtbot, monkeypatch):
    view = map_view(qtbot, phone())
    made = dots_made(monkeypatch)
    view.keys.choose(2000 if 2000 in view.dots else next(iter(view.dots)))
    chosen = view.keys.chosen().node
    view.keys.remember()  # as the page does before drawing again
    view.set_nodes([n if n.person_id != chosen.person_id else node(n.person_id, Closeness.MIDDLE)
                    for n in view.nodes])
    assert len(made) <= 5 + 5 + MAX_DOTS + 1
    assert view.keys.chosen() is view.dots[chosen.person_id]  # still chosen after the redraw


def test_the_page_with_three_thousand_people_moves_one_by_keyboard_with_bounded_work(qtbot, journal):
    contacts(journal, MANY)
    page = network_page(qtbot, journal)
    resets: list[int] = []
    page.help_model.modelReset.connect(lambda: resets.append(1))
    assert page.help_model.columnCount() == MANY
    page.network_search.setText("Contact 2999")
    QTest.keyClick(page.network_search, Qt.Key.Key_Return)
    assert page.network.keys.chosen() is page.network.dots[2999]
    QTest.keyClick(page.network.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(resets) and journal.get_person(2999).closeness is Closeness.MIDDLE, timeout=20000)
    qtbot.waitUntil(lambda: 2999 in page.network.dots
                    and page.network.dots[2999].node.closeness is Closeness.MIDDLE, timeout=20000)
    assert len(page.network.scene().items()) < 3 * (1 + MAX_DOTS + 1)
    assert page.network.keys.chosen() is page.network.dots[2999]  # still chosen, still shown
    assert len(resets) <= 2  # the help table: one reset a redraw, not a column a person


def test_a_move_lays_out_only_its_two_circles_and_keeps_every_dot(qtbot, monkeypatch):
    view = map_view(qtbot, phone())
    made = dots_made(monkeypatch)
    before = dict(view.dots)
    close_places = {pid: view.dots[pid].pos() for pid in range(1, 6)}
    outer_hidden = hidden_in(view, Closeness.OUTER)
    mover = next(pid for pid, dot in view.dots.items() if dot.node.closeness is Closeness.OUTER)
    assert view.move_node(mover, Closeness.MIDDLE)
    # The mover's own dot went round to the middle circle; the crowded outer circle shows one
    # more of its crowd in the freed place: one dot made, every other one kept.
    assert len(made) == 1 and made[0] not in before
    assert view.dots[made[0]].node.closeness is Closeness.OUTER
    assert all(view.dots[pid] is dot for pid, dot in before.items())
    assert view.dots[mover].node.closeness is Closeness.MIDDLE
    assert abs(view.dots[mover].pos().manhattanLength() - 170) < 170 * 0.5  # on the middle ring
    assert {pid: view.dots[pid].pos() for pid in range(1, 6)} == close_places  # untouched
    assert hidden_in(view, Closeness.OUTER) == outer_hidden - 1
    assert "6 in the middle circle" in view.accessibleDescription()
    assert not view.move_node(99999, Closeness.CLOSE)  # not on the map: nothing to do


def test_the_page_moves_one_in_place_without_reading_the_journal_again(qtbot, journal, monkeypatch):
    contacts(journal, 300)
    page = network_page(qtbot, journal)
    loads = map_reads(monkeypatch)  # the map's own read (issue 20)
    mover = 210
    page.network_search.setText("Contact 0210")
    QTest.keyClick(page.network_search, Qt.Key.Key_Return)
    dots = dict(page.network.dots)
    for closeness in (Closeness.MIDDLE, Closeness.CLOSE):  # twice: the second is in place too
        QTest.keyClick(page.network.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda c=closeness: journal.get_person(mover).closeness is c, timeout=20000)
        qtbot.wait(50)  # the change event's timer has had its turn
        assert loads == []
        assert page.network.dots[mover].node.closeness is closeness
    assert all(page.network.dots[pid] is dot for pid, dot in dots.items() if pid in page.network.dots)
    assert page.network.keys.chosen() is page.network.dots[mover]
    # The help table's columns: the close circle first, so the moved person leads it now.
    assert page.help_model.headerData(0, Qt.Orientation.Horizontal) == "Contact 0210"
    page.undo_stack.undo()  # an undo reads the journal again, as before
    qtbot.waitUntil(lambda: bool(loads) and 210 in page.network.dots
                    and page.network.dots[210].node.closeness is Closeness.MIDDLE, timeout=20000)


def test_coming_back_after_a_check_in_keeps_the_map_and_after_a_contact_draws_it_again(
        qtbot, journal, monkeypatch):
    with journal.batch():
        people = [journal.add_person(Person(name=f"Contact {i:04}")) for i in range(1, 201)]
    page = network_page(qtbot, journal)
    loads = map_reads(monkeypatch)  # the map's own read (issue 20)
    dots = dict(page.network.dots)
    page.tabs.setCurrentIndex(MOOD)
    journal.add_mood(MoodCheckIn(at=journal.clock(), mood=3))
    page.tabs.setCurrentIndex(NETWORK)
    qtbot.wait(50)
    assert loads == [] and page.network.dots == dots  # the very same dots: nothing drawn again
    page.tabs.setCurrentIndex(MOOD)
    journal.add_contact(Contact(at=journal.clock(), person_ids=(people[0].id,), mode=ContactMode.IN_PERSON))
    page.tabs.setCurrentIndex(NETWORK)
    qtbot.waitUntil(lambda: bool(loads) and page.network.dots[people[0].id].node.days_90 == 1,
                    timeout=20000)


def test_the_map_is_read_in_one_turn_and_drawn_in_the_next_and_never_while_hidden(qtbot, journal):
    """Issue 20: with 3,000 people the read and the drawing each held the window; one turn each
    now, and the drawing reads nothing. A change while the page is hidden draws nothing until shown."""
    with journal.batch():
        people = [journal.add_person(Person(name=f"Contact {i:04}")) for i in range(1, 301)]
    page = network_page(qtbot, journal)
    assert len(page.network.nodes) == 300
    statements: list[str] = []
    journal.vault.conn.set_trace_callback(statements.append)
    try:
        page.refresh(NETWORK)
        assert statements and page._network_step is not None  # read in this turn...
        read = len(statements)
        qtbot.waitUntil(lambda: page._network_step is None)  # ...drawn in the next,
        assert len(statements) == read  # without reading the journal again
        page.hide()
        statements.clear()
        journal.add_contact(Contact(at=journal.clock(), person_ids=(people[0].id,), mode=ContactMode.IN_PERSON))
        qtbot.wait(400)  # longer than the page's 250 ms wait before drawing again
        assert NETWORK in page._stale and page._network_step is None
        assert page.network.dots[people[0].id].node.days_90 == 0  # not drawn while hidden
        page.show()
        qtbot.waitUntil(lambda: people[0].id in page.network.dots
                        and page.network.dots[people[0].id].node.days_90 == 1, timeout=20000)
    finally:
        journal.vault.conn.set_trace_callback(None)


def test_a_move_while_the_map_is_still_due_draws_it_first_and_keeps_the_move(qtbot, journal):
    with journal.batch():
        people = [journal.add_person(Person(name=f"Contact {i:04}", closeness=Closeness.OUTER)) for i in range(1, 6)]
    page = network_page(qtbot, journal)
    assert len(page.network.dots) == 5
    page.refresh(NETWORK)
    assert page._network_step is not None  # the drawing is due next turn
    page._move_person(people[2].id, Closeness.MIDDLE)
    assert page._network_step is None
    qtbot.wait(50)  # nothing due draws the old circle back
    assert page.network.dots[people[2].id].node.closeness is Closeness.MIDDLE
    assert journal.get_person(people[2].id).closeness is Closeness.MIDDLE

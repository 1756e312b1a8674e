"""The network map by keyboard: arrow keys choose a person, Ctrl+Up/Down or +/- move them; saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness
from tests.ui.insights.shown_page import network_page

from peerjournal.ui.insights.network_view import NetworkView

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def people(journal):
    return {
        "Ama": journal.add_person(Person(name="Ama", closeness=Closeness.CLOSE)).id,
        "Ben": journal.add_person(Person(name="Ben", closeness=Closeness.MIDDLE)).id,
        "Cai": journal.add_person(Person(name="Cai", closeness=Closeness.OUTER)).id,
    }


@pytest.fixture
def page(qtbot, journal, people):
    widget = network_page(qtbot, journal)
    view = widget.network
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return widget


def chosen_name(view: NetworkView) -> str | None:
    dot = view.keys.chosen()
    return dot.node.name if dot is not None else None


def test_the_map_says_how_to_use_it_by_keyboard(page):
    view = page.network
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Ctrl+Up" in view.accessibleDescription() and "arrow keys" in view.accessibleDescription()
    names = {a.objectName(): a for a in view.actions()}
    assert names["moveCloserAction"].text().replace("&", "") == "Move closer"
    assert names["moveFurtherAction"].shortcut().toString() == "Ctrl+Down"
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_arrow_keys_choose_people_in_turn(page, qtbot):
    view = page.network
    assert chosen_name(view) is None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert chosen_name(view) == "Ama"
    assert page.network_caption.text().startswith("Ama:")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert chosen_name(view) == "Ben"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # round again to the first
    assert chosen_name(view) == "Ama"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert chosen_name(view) == "Cai"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert chosen_name(view) == "Ama"


def test_ctrl_down_and_plus_move_a_person_and_save_it(page, journal, people, qtbot):
    view = page.network
    ama = people["Ama"]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert journal.get_person(ama).closeness is Closeness.MIDDLE
    # The page draws the map again from the vault; Ama is still the one chosen.
    qtbot.waitUntil(lambda: view.dots[ama].node.closeness is Closeness.MIDDLE)
    qtbot.waitUntil(lambda: chosen_name(view) == "Ama")
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert journal.get_person(ama).closeness is Closeness.OUTER
    qtbot.waitUntil(lambda: chosen_name(view) == "Ama" and view.dots[ama].node.closeness is Closeness.OUTER)
    assert not view.keys.further_action.isEnabled() and view.keys.closer_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert journal.get_person(ama).closeness is Closeness.MIDDLE
    qtbot.waitUntil(lambda: chosen_name(view) == "Ama" and view.dots[ama].node.closeness is Closeness.MIDDLE)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert journal.get_person(ama).closeness is Closeness.CLOSE
    # The others stayed where they were.
    assert journal.get_person(people["Ben"]).closeness is Closeness.MIDDLE
    assert journal.get_person(people["Cai"]).closeness is Closeness.OUTER


def test_no_move_past_the_close_circle(page, journal, people, qtbot):
    view = page.network
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert not view.keys.closer_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert journal.get_person(people["Ama"]).closeness is Closeness.CLOSE
    assert page.network_caption.text() == "Ama is already in the close circle."


def test_the_context_menu_action_moves_the_chosen_person(page, journal, people, qtbot):
    view = page.network
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert chosen_name(view) == "Cai"
    view.keys.closer_action.trigger()
    assert journal.get_person(people["Cai"]).closeness is Closeness.MIDDLE


def test_nothing_moves_without_a_chosen_person(page, journal, people, qtbot):
    qtbot.keyClick(page.network, Qt.Key.Key_Down, CTRL)
    assert [journal.get_person(i).closeness for i in people.values()] == [
        Closeness.CLOSE, Closeness.MIDDLE, Closeness.OUTER]


def test_a_read_only_map_chooses_but_never_moves(qtbot, page):
    view = NetworkView(editable=False)
    qtbot.addWidget(view)
    view.set_nodes(page.network.nodes)
    view.show()
    received = []
    view.closenessChanged.connect(lambda *args: received.append(args))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert chosen_name(view) == "Ama"
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert received == [] and view.dots[page.network.nodes[0].person_id].node.closeness is Closeness.CLOSE

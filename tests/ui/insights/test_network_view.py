"""The network map keeps people not placed in a circle yet in their own labelled row below the
circles (issue 15: nothing is chosen for the person); they can be placed by drag or keys."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from peerjournal.core.insights import NetworkNode
from peerjournal.core.vocabulary import Closeness, Relationship

from peerjournal.ui.insights.network_view import RADII, UNPLACED_TOP, NetworkView, node_text


def node(i: int, closeness: Closeness | None, relationship: Relationship | None = Relationship.FRIEND) -> NetworkNode:
    return NetworkNode(i, f"Person {i}", relationship, closeness, frozenset(), 0, 0, None)


def make(qtbot, nodes, editable: bool = False) -> NetworkView:
    view = NetworkView(editable=editable)
    qtbot.addWidget(view)
    view.resize(480, 560)
    view.show()
    qtbot.waitExposed(view)
    view.set_nodes(nodes)
    return view


def test_unplaced_people_sit_in_a_labelled_row_outside_the_circles(qtbot):
    view = make(qtbot, [node(1, Closeness.CLOSE), node(2, None, None), node(3, None)])
    caption = view.unplaced_caption
    assert caption is not None and caption.text() == "Not placed in a circle yet"  # read-only: no drag
    assert make(qtbot, [node(4, None)], editable=True).unplaced_caption.text() == (
        "Not placed in a circle yet: drag someone into a circle")
    for pid in (2, 3):
        pos = view.dots[pid].pos()
        assert pos.y() >= UNPLACED_TOP  # below the outer circle, in no circle
        assert math.hypot(pos.x(), pos.y()) > RADII[Closeness.OUTER] + 40
    assert view.sceneRect().bottom() > UNPLACED_TOP  # the row is inside the drawn map
    assert math.hypot(view.dots[1].pos().x(), view.dots[1].pos().y()) == RADII[Closeness.CLOSE]
    description = view.accessibleDescription()
    assert "1 in the close circle" in description and "2 not placed in a circle yet" in description
    assert node_text(view.dots[2].node) .startswith("Person 2: Relationship not set, not placed in a circle yet")


def test_no_row_when_everyone_is_placed(qtbot):
    view = make(qtbot, [node(1, Closeness.OUTER)])
    assert view.unplaced_caption is None
    assert "not placed" not in view.accessibleDescription()


def test_ctrl_up_places_an_unplaced_person_in_the_outer_circle(qtbot):
    view = make(qtbot, [node(1, None)], editable=True)
    moved = []
    view.closenessChanged.connect(lambda pid, closeness: moved.append((pid, closeness)))
    view.setFocus()
    assert view.keys.choose(1)
    assert view.keys.closer_action.isEnabled() and not view.keys.further_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert moved == [(1, Closeness.OUTER)]


def test_an_unplaced_dot_let_go_outside_the_circles_stays_unplaced(qtbot):
    view = make(qtbot, [node(1, None)], editable=True)
    moved = []
    view.closenessChanged.connect(lambda pid, closeness: moved.append((pid, closeness)))
    dot = view.dots[1]
    home = dot.pos()
    dot.setPos(home.x() + 30, home.y())  # moved along its row
    view.dropped(dot)
    assert moved == [] and dot.pos() == home

"""The network map keeps people not placed in a circle yet in their own labelled row below the
circles (issue 15: nothing is chosen for the person); they can be placed by drag or keys."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGraphicsSceneHoverEvent

from peerjournal.core.insights import NetworkNode
from peerjournal.core.vocabulary import Closeness, Relationship
from tests.ui.insights.shown_page import dots_made, map_view

from peerjournal.ui.insights.network_view import (
    RADII,
    UNPLACED_TOP,
    NetworkView,
    node_text,
    relationship_colour,
)


def node(i: int, closeness: Closeness | None, relationship: Relationship | None = Relationship.FRIEND) -> NetworkNode:
    return NetworkNode(i, f"Person {i}", relationship, closeness, frozenset(), 0, 0, None)


def make(qtbot, nodes, editable: bool = False) -> NetworkView:
    return map_view(qtbot, nodes, editable=editable, size=(480, 560))


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


# -- a redraw keeps what is there (issue 20: 200 people at 30 years, 3,000 contacts) -------------

def everyone(n: int = 200) -> list[NetworkNode]:
    circles = (Closeness.CLOSE, Closeness.MIDDLE, Closeness.OUTER)
    return [node(i, circles[i % 3]) for i in range(1, n + 1)]


def test_a_redraw_keeps_every_dot_and_item_and_makes_none(qtbot, monkeypatch):
    view = make(qtbot, everyone(), editable=True)
    dots, count = dict(view.dots), len(view.scene().items())
    made = dots_made(monkeypatch)
    view.keys.choose(7)
    view.keys.remember()  # as the page does before drawing again
    view.set_nodes(list(view.nodes))
    assert made == []
    assert list(view.dots) == list(dots)  # the same order: the arrow keys go round as before
    assert all(view.dots[pid] is dot for pid, dot in dots.items())
    assert len(view.scene().items()) == count  # no second set of circles either
    assert view.keys.chosen() is view.dots[7]


def test_a_kept_dot_shows_what_changed_and_a_person_gone_leaves_the_map(qtbot):
    view = make(qtbot, [node(1, Closeness.CLOSE), node(2, Closeness.OUTER)])
    dot = view.dots[1]
    changed = NetworkNode(1, "Priya", Relationship.FAMILY, Closeness.MIDDLE, frozenset(), 20, 20, None)
    view.set_nodes([changed, node(2, Closeness.OUTER)], marked={1})
    assert view.dots[1] is dot and dot.node is changed
    assert dot.label.text() == "Priya"
    assert dot.brush().color() == relationship_colour(Relationship.FAMILY, view.palette())
    assert dot.rect().width() == 14 + 20 * 0.8  # sized by days in touch
    assert dot.pen().widthF() == 4  # the thick ring of a marked person
    assert math.hypot(dot.pos().x(), dot.pos().y()) == RADII[Closeness.MIDDLE]
    view.set_nodes([node(2, Closeness.OUTER)])
    assert list(view.dots) == [2] and dot.scene() is None


def test_the_unplaced_row_comes_and_goes_with_its_people(qtbot):
    view = make(qtbot, [node(1, Closeness.CLOSE)])
    count = len(view.scene().items())
    view.set_nodes([node(1, Closeness.CLOSE), node(2, None)])
    assert view.unplaced_caption is not None and view.dots[2].pos().y() >= UNPLACED_TOP
    view.set_nodes([node(1, Closeness.CLOSE)])
    assert view.unplaced_caption is None and len(view.scene().items()) == count  # heading and line gone


def test_a_redraw_places_the_names_once_and_choosing_places_them_again(qtbot, monkeypatch):
    view = make(qtbot, everyone(), editable=True)
    view.keys.choose(5)
    view.keys.remember()
    calls: list[int] = []
    real = NetworkView.place_labels
    monkeypatch.setattr(NetworkView, "place_labels", lambda self: calls.append(1) or real(self))
    view.set_nodes(list(view.nodes))
    assert calls == [1]  # not again for the person chosen again
    hidden = next(pid for pid, dot in view.dots.items() if not dot.label.isVisible())
    view.keys.choose(hidden)
    assert view.dots[hidden].label.isVisible()  # the chosen person's name is always shown


def test_a_tooltip_is_worded_when_the_pointer_comes_and_follows_a_move(qtbot):
    view = make(qtbot, [node(1, Closeness.OUTER)], editable=True)
    dot = view.dots[1]
    dot.hoverEnterEvent(QGraphicsSceneHoverEvent(QEvent.Type.GraphicsSceneHoverEnter))
    assert dot.toolTip() == node_text(dot.node)
    view.keys.choose(1)
    assert view.keys.move(-1)  # one circle closer, before the page saves and redraws
    dot.hoverEnterEvent(QGraphicsSceneHoverEvent(QEvent.Type.GraphicsSceneHoverEnter))
    assert "middle circle" in dot.toolTip()


def test_a_theme_switch_draws_everything_anew_and_keeps_the_choice(qtbot):
    view = make(qtbot, everyone(30), editable=True)
    view.keys.choose(4)
    old, count = view.dots[4], len(view.scene().items())
    view._recolour()  # what a theme switch runs, once
    assert view.dots[4] is not old and view.keys.chosen() is view.dots[4]
    assert len(view.scene().items()) == count


def test_a_new_text_size_reaches_the_names_of_the_kept_dots(qtbot):
    view = make(qtbot, everyone(12))
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    qtbot.waitUntil(lambda: all(d.label.font().pointSizeF() == font.pointSizeF() for d in view.dots.values()))
    view.set_nodes(list(view.nodes))
    assert all(d.label.font().pointSizeF() == font.pointSizeF() for d in view.dots.values())

"""Names on the network map: never on top of each other or of a dot, at the body text size
however small the map is drawn; a name that fits nowhere is left out, the chosen one never."""

from __future__ import annotations

import random
from itertools import combinations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from peerjournal.core.insights import NetworkNode
from peerjournal.core.vocabulary import Closeness, Relationship

from peerjournal.ui.insights.network_view import NetworkView, RectGrid


def node(i: int, closeness: Closeness, name: str | None = None) -> NetworkNode:
    return NetworkNode(i, name or f"Person number {i}", Relationship.FRIEND, closeness, frozenset(), 0, 0, None)


def label_rects(view: NetworkView) -> dict[int, QRectF]:
    """Each shown name where it is drawn, in the view's pixels."""
    rects = {}
    for pid, dot in view.dots.items():
        if dot.label.isVisible():
            top_left = view.mapFromScene(dot.label.scenePos())
            size = dot.label.boundingRect().size()
            rects[pid] = QRectF(top_left.x(), top_left.y(), size.width(), size.height())
    return rects


def make(qtbot, nodes, size=(420, 420)) -> NetworkView:
    view = NetworkView(editable=False)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_nodes(nodes)
    return view


def test_a_crowded_circle_shows_names_that_never_overlap(qtbot):
    view = make(qtbot, [node(i, Closeness.MIDDLE) for i in range(1, 41)])
    rects = label_rects(view)
    assert 0 < len(rects) < 40  # some fit, the rest are left out rather than piled up
    assert [(a, b) for (a, ra), (b, rb) in combinations(rects.items(), 2) if ra.intersects(rb)] == []
    dots = {pid: view.mapFromScene(d.sceneBoundingRect()).boundingRect().toRectF() for pid, d in view.dots.items()}
    assert [(a, b) for a, ra in rects.items() for b, rd in dots.items() if a != b and ra.intersects(rd)] == []


def test_names_are_drawn_at_the_body_text_size_in_a_small_map(qtbot):
    view = make(qtbot, [node(1, Closeness.CLOSE, "Priya"), node(2, Closeness.OUTER, "Sam")], size=(220, 220))
    assert view.transform().m11() < 0.7  # the map itself is drawn small
    for dot in view.dots.values():
        assert dot.label.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        assert dot.label.font().pointSizeF() == view.font().pointSizeF()
        assert dot.label.isVisible()


def test_the_chosen_persons_name_is_always_shown(qtbot):
    view = make(qtbot, [node(i, Closeness.MIDDLE) for i in range(1, 41)])
    hidden = next(pid for pid, dot in view.dots.items() if not dot.label.isVisible())
    view.dots[hidden].setSelected(True)
    assert view.dots[hidden].label.isVisible()
    rects = label_rects(view)
    assert [(a, b) for (a, ra), (b, rb) in combinations(rects.items(), 2) if ra.intersects(rb)] == []


def test_the_rect_grid_finds_the_same_overlaps_as_looking_at_every_rectangle():
    rng = random.Random(20)
    grid, every = RectGrid(), []
    for owner in range(300):
        rect = QRectF(rng.uniform(-50, 900), rng.uniform(-50, 700), rng.uniform(1, 150), rng.uniform(1, 40))
        grid.add(rect, owner if owner % 2 else None)
        every.append((rect, owner if owner % 2 else None))
    for _ in range(500):
        probe = QRectF(rng.uniform(-50, 900), rng.uniform(-50, 700), rng.uniform(1, 120), rng.uniform(1, 30))
        besides = rng.randrange(300)
        expected = any(probe.intersects(r) for r, o in every if o is None or o != besides)
        assert grid.hits(probe, besides=besides) == expected


def test_names_never_overlap_after_redraws_that_change_the_kept_dots(qtbot):
    """200 people, then again with some moved, renamed and grown (the dots are kept, issue 20)."""
    rng = random.Random(27)
    circles = (Closeness.CLOSE, Closeness.MIDDLE, Closeness.OUTER)
    nodes = [node(i, circles[i % 3]) for i in range(1, 201)]
    view = make(qtbot, nodes, size=(700, 700))
    for _ in range(2):
        nodes = [NetworkNode(n.person_id, n.name if rng.random() < 0.8 else f"Someone with a long name {n.person_id}",
                             n.relationship, rng.choice(circles) if rng.random() < 0.2 else n.closeness,
                             frozenset(), 0, rng.randrange(4), None) for n in nodes]
        view.set_nodes(nodes)
        rects = label_rects(view)
        assert len(rects) > 20  # readable: a good many names shown
        assert [(a, b) for (a, ra), (b, rb) in combinations(rects.items(), 2) if ra.intersects(rb)] == []
        dots = {pid: view.mapFromScene(d.sceneBoundingRect()).boundingRect().toRectF() for pid, d in view.dots.items()}
        assert [(a, b) for a, ra in rects.items() for b, rd in dots.items() if a != b and ra.intersects(rd)] == []
        assert all(dot.label.text() == dot.node.name for dot in view.dots.values())

"""The flow layout wraps its items like words to the width it gets, and says how tall that makes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from peerjournal.ui.widgets.flow_layout import FlowLayout

W, H, SPACE = 50, 20, 6


def _box(qtbot, count: int) -> tuple[QWidget, FlowLayout, list[QWidget]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder, spacing=SPACE)
    items = []
    for _ in range(count):
        item = QWidget()
        item.setFixedSize(W, H)
        layout.addWidget(item)
        items.append(item)
    return holder, layout, items


@pytest.mark.parametrize(("width", "per_line"), [(400, 5), (3 * W + 2 * SPACE, 3), (3 * W + 2 * SPACE - 1, 2), (10, 1)])
def test_items_wrap_to_the_width(qtbot, width, per_line):
    _holder, layout, items = _box(qtbot, 5)
    layout.setGeometry(QRect(0, 0, width, 200))
    positions = [(item.geometry().x(), item.geometry().y()) for item in items]
    expected = [((i % per_line) * (W + SPACE), (i // per_line) * (H + SPACE)) for i in range(5)]
    assert positions == expected
    lines = -(-5 // per_line)
    assert layout.heightForWidth(width) == lines * H + (lines - 1) * SPACE


def test_height_for_width_does_not_move_anything(qtbot):
    _holder, layout, items = _box(qtbot, 4)
    layout.setGeometry(QRect(0, 0, 400, 50))
    before = [item.geometry() for item in items]
    assert layout.hasHeightForWidth()
    assert layout.heightForWidth(W) == 4 * H + 3 * SPACE
    assert [item.geometry() for item in items] == before


def test_hidden_items_take_no_room(qtbot):
    _holder, layout, items = _box(qtbot, 3)
    items[0].hide()
    layout.setGeometry(QRect(0, 0, 2 * W + SPACE, 100))
    assert (items[1].geometry().x(), items[2].geometry().x()) == (0, W + SPACE)
    assert layout.heightForWidth(2 * W + SPACE) == H


def test_margins_count_in_the_height_and_positions(qtbot):
    _holder, layout, items = _box(qtbot, 2)
    layout.setContentsMargins(5, 7, 5, 9)
    layout.setGeometry(QRect(0, 0, W + 10, 200))
    assert (items[0].geometry().x(), items[0].geometry().y()) == (5, 7)
    assert items[1].geometry().y() == 7 + H + SPACE
    assert layout.heightForWidth(W + 10) == 7 + 2 * H + SPACE + 9
    assert layout.minimumSize().width() == W + 10


def test_items_can_be_taken_out(qtbot):
    _holder, layout, items = _box(qtbot, 3)
    assert layout.count() == 3 and layout.itemAt(1).widget() is items[1]
    assert layout.itemAt(3) is None and layout.takeAt(7) is None
    taken = layout.takeAt(0)
    assert taken.widget() is items[0] and layout.count() == 2
    assert layout.minimumSize().width() == W and layout.sizeHint() == layout.minimumSize()


def test_a_shown_widget_wraps_its_items_when_resized(qtbot):
    holder, _layout, items = _box(qtbot, 4)
    holder.resize(2 * W + SPACE, 200)
    holder.show()
    qtbot.waitExposed(holder)
    assert [item.geometry().y() for item in items] == [0, 0, H + SPACE, H + SPACE]
    holder.resize(400, 200)
    qtbot.waitUntil(lambda: items[3].geometry().y() == 0, timeout=1000)
    assert items[3].geometry().x() == 3 * (W + SPACE)

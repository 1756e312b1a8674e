"""Every page's title sits at the same place and size, so moving between pages it does not jump."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from peerjournal.demo.seed import seed_demo
from tests.ui.helpers import make_window

from peerjournal.ui.app import style


@pytest.fixture
def themed(qapp):
    manager = style.install(qapp)
    yield manager
    manager.uninstall()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_every_pages_title_is_at_the_same_place_and_size(qtbot, journal, themed, size):
    seed_demo(journal, days=14)
    window = make_window(qtbot, journal)
    window.resize(*size)
    places: dict[str, tuple[int, int, int, str]] = {}
    for index in range(window.stack.count()):
        window.stack.setCurrentIndex(index)  # a page is made when first shown (issue 20)
        page = window.stack.widget(index)
        qtbot.waitUntil(page.isVisible, timeout=5000)
        (title,) = [found for found in page.findChildren(QLabel, "pageTitle") if found.isVisible()]
        corner = title.mapTo(window, QPoint(0, 0))
        # The width is the words' own in a row with other controls, so left, top and height.
        places[page.objectName()] = (corner.x(), corner.y(), title.height(), title.font().toString())
    assert len(places) == window.stack.count()
    assert len(set(places.values())) == 1, places

"""Contrast as painted, not only as the palette says: text drawn on a coloured background (the
prompt banner, chips, the map's "You") is measured in a rendered image, in every theme."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget

from peerjournal.core.prompts import Prompt, PromptKind
from peerjournal.core.settings import Theme

from peerjournal.ui.app import style
from peerjournal.ui.prompts.prompt_banner import PromptBanner

NEEDED = {Theme.LIGHT: 4.5, Theme.DARK: 4.5, Theme.HIGH_CONTRAST: 7.0}


def ink_contrast(image: QImage, rect: QRect) -> float:
    """The contrast between the most common colour in ``rect`` (the background) and what is
    drawn on it."""
    ratio = image.devicePixelRatio()
    colours: Counter[str] = Counter()
    for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio)):
        for x in range(int(rect.left() * ratio), int(rect.right() * ratio)):
            colours[QColor(image.pixel(x, y)).name()] += 1
    background, _ = colours.most_common(1)[0]
    # Each pixel that isn't background, by its contrast with it: the strongest tenth is the
    # text's core (the rest is its smoothing into the background).
    ink = sorted(c for colour, n in colours.items() if colour != background
                 for c in [style.contrast_ratio(colour, background)] * n)
    assert len(ink) >= 10, "nothing drawn"
    return ink[int(len(ink) * 0.9)]


@pytest.fixture(params=list(NEEDED))
def theme(request, qapp):
    manager = style.install(qapp)
    manager.set_theme(request.param)
    yield request.param
    manager.uninstall()


def test_every_line_on_the_prompt_banner_can_be_read(qtbot, theme):
    banner = PromptBanner()
    qtbot.addWidget(banner)
    banner.resize(700, 120)
    prompt = Prompt(PromptKind.CONTACTS, "contacts:2026-12-07", datetime(2026, 12, 7, 18, tzinfo=UTC))
    banner.show_prompts([prompt], None)
    banner.more.setText("Two more are waiting.")
    banner.more.show()
    banner.show()
    qtbot.waitExposed(banner)
    image = banner.grab().toImage()
    for label in banner.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        rect = QRect(label.mapTo(banner, QPoint(0, 0)), label.size())
        assert ink_contrast(image, rect) >= NEEDED[theme], (label.objectName(), label.text())


def test_the_measure_sees_white_on_yellow(qtbot, qapp):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setStyleSheet("background: #ffff00; color: #ffffff;")
    label = QLabel("You", widget)
    label.resize(80, 30)
    widget.resize(80, 30)
    widget.show()
    assert ink_contrast(widget.grab().toImage(), QRect(0, 0, 80, 30)) < 2


def _each_button_can_be_read(qtbot, root: QWidget, buttons, needed: float) -> None:
    root.show()
    qtbot.waitExposed(root)
    image = root.grab().toImage()
    for button in buttons:
        rect = QRect(button.mapTo(root, QPoint(0, 0)), button.size()).adjusted(3, 3, -3, -3)
        assert ink_contrast(image, rect) >= needed, (button.objectName(), button.text())


def test_chosen_and_unchosen_chips_can_be_read(qtbot, theme):
    from PySide6.QtWidgets import QToolButton

    from peerjournal.ui.widgets.chips import FeelingsPicker, PeoplePicker

    box = QWidget()
    qtbot.addWidget(box)
    feelings = FeelingsPicker(box)
    feelings.set_options(["calm", "tired", "hopeful"])
    feelings.set_selected(["tired"])
    people = PeoplePicker(None, "Who", box)
    people.move(0, 120)
    people.set_people({1: "Priya", 2: "Sam"})
    people.set_selected([1])
    box.resize(600, 240)
    _each_button_can_be_read(qtbot, box, box.findChildren(QToolButton), NEEDED[theme])


def test_you_on_the_network_map_can_be_read(qtbot, theme):
    from peerjournal.ui.insights.network_view import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(500, 500)
    view.set_nodes([])
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    centre = view.mapFromScene(0, 0)
    scale = view.transform().m11()
    half = int(14 * scale)
    rect = QRect(centre.x() - half, centre.y() - half // 2, 2 * half, half)  # the word, inside the dot
    assert ink_contrast(image, rect) >= NEEDED[theme]

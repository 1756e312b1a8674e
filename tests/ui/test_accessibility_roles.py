"""What a screen reader meets between the controls: rating pickers are named groups, scroll
areas around controls are no Tab stops (an empty "filler" between fields), the page stack,
splitter handles and legend swatches have names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSplitterHandle, QWidget

from peerjournal.demo.seed import seed_demo
from tests.ui.helpers import make_window
from tests.ui.test_accessibility import each_view

from peerjournal.ui.widgets.accessible import NamedSplitter, scroll_area, tab_stop_if_needed
from peerjournal.ui.widgets.scale_picker import ScalePicker


def face(widget: QWidget):
    return QAccessible.queryAccessibleInterface(widget)


def test_a_rating_picker_is_a_named_group(qtbot):
    picker = ScalePicker({1: "Low", 2: "Okay", 3: "Good"}, "Mood")
    qtbot.addWidget(picker)
    assert face(picker).role() == QAccessible.Role.Grouping
    assert face(picker).text(QAccessible.Text.Name) == "Mood"
    assert face(picker).childCount() == 3


def test_a_scroll_area_around_controls_is_no_tab_stop(qtbot):
    words = scroll_area(QScrollArea(), "Words")
    words.setWidget(QLabel("Only words"))
    form = scroll_area(QScrollArea(), "Form")
    inner = QWidget()
    QPushButton("Save", inner)
    form.setWidget(inner)
    for area in (words, form):
        qtbot.addWidget(area)
        tab_stop_if_needed(area)
    assert words.focusPolicy() & Qt.FocusPolicy.TabFocus  # scrolled with the keys
    assert form.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_splitter_handle_is_named(qtbot):
    splitter = NamedSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("list"))
    splitter.addWidget(QLabel("details"))
    assert face(splitter.handle(1)).text(QAccessible.Text.Name) == "Divider"


def unnamed_between(page: QWidget) -> list[str]:
    found = []
    for area in page.findChildren(QScrollArea):
        inner = area.widget()
        controls = inner is not None and any(
            w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in inner.findChildren(QWidget))
        if controls and area.focusPolicy() & Qt.FocusPolicy.TabFocus and area.isVisibleTo(page):
            found.append(f"scroll area {area.objectName() or area.accessibleName()} is a Tab stop")
    for picker in page.findChildren(ScalePicker):
        if face(picker).role() != QAccessible.Role.Grouping or not picker.accessibleName():
            found.append(f"picker {picker.objectName()}")
    for handle in page.findChildren(QSplitterHandle):
        if not face(handle).text(QAccessible.Text.Name):
            found.append(f"splitter handle in {handle.splitter().objectName()}")
    for label in page.findChildren(QLabel):
        if label.pixmap() is not None and not label.pixmap().isNull() and not label.accessibleName():
            found.append(f"image {label.objectName()}")
    return found


def test_nothing_unnamed_between_the_controls_of_any_page(qtbot, journal):
    seed_demo(journal)
    window = make_window(qtbot, journal)
    assert face(window.stack).text(QAccessible.Text.Name) == "Page"
    problems = {f"{view}: {problem}" for view, page in each_view(window) for problem in unnamed_between(page)}
    assert sorted(problems) == [], "\n".join(sorted(problems))

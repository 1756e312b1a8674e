"""Helpers for the People page tests: adding people, reading the tree, ticking boxes, the person dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
)

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, Relationship

from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.people.people_page import PeoplePage
from peerjournal.ui.people.person_dialog import PersonDialog

YESTERDAY = datetime.now(UTC) - timedelta(days=1)


def add(journal, name: str, **fields) -> Person:
    """A friend in the middle circle unless the test says otherwise (unset is a choice too)."""
    fields = {"relationship": Relationship.FRIEND, "closeness": Closeness.MIDDLE} | fields
    return journal.add_person(Person(name=name, **fields))


def tree_children(page: PeoplePage) -> dict[str, list[str]]:
    """Group row text → names shown under it, as the tree shows them."""
    proxy = page.tree.model()
    shown = {}
    for row in range(proxy.rowCount()):
        group = proxy.index(row, 0)
        shown[group.data()] = [proxy.index(r, 0, group).data() for r in range(proxy.rowCount(group))]
    return shown


def tick(qtbot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (a stretched box's centre is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def click_ok(qtbot, dialog: PersonDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def open_add_dialog(qtbot, page: PeoplePage) -> PersonDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.person_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


CTRL = Qt.KeyboardModifier.ControlModifier


SHIFT = Qt.KeyboardModifier.ShiftModifier


def undo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)


def settled(qtbot, window: MainWindow) -> None:
    """Wait for any undo or redo of an import still running in a worker (issue 20)."""
    stack = window.undo_stack
    qtbot.waitUntil(lambda: all(getattr(stack.command(i), "run", None) is None
                                for i in range(stack.count())), timeout=20_000)


def names_in_tree(window: MainWindow) -> list[str]:
    window.people.load_if_due()  # a hidden People page reads only when shown or asked (issue 20)
    proxy = window.people.tree.model()
    return [proxy.index(r, 0, proxy.index(g, 0)).data()
            for g in range(proxy.rowCount()) for r in range(proxy.rowCount(proxy.index(g, 0)))]

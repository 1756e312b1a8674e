"""Helpers for the Connecting page tests: opening the goal dialog by keys, reading lists and trees."""

from __future__ import annotations

from PySide6.QtCore import Qt

from peerjournal.ui.connecting.connecting_page import (
    GOALS_TAB,
)

LEFT = Qt.MouseButton.LeftButton


def goal_dialog_by_keys(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.connecting.goals.goal_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.stack.currentWidget() is window.connecting
    assert window.connecting.tabs.currentIndex() == GOALS_TAB
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def history_lines(widget) -> list[str]:
    return [widget.history_list.item(i).text() for i in range(widget.history_list.count())]


def tree_groups(widget) -> dict[str, list[str]]:
    model = widget.model
    groups = {}
    for row in range(model.rowCount()):
        group = model.item(row)
        groups[group.text()] = [group.child(i).text() for i in range(group.rowCount())]
    return groups

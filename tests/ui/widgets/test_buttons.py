"""Pieces of the Connecting dialogs: the list splitter, Save/Cancel wired to the dialog, the error label that is announced."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout

from peerjournal.ui.widgets import buttons, make


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def test_list_splitter_holds_the_list_and_its_empty_words_and_never_collapses(qtbot):
    view, empty = QListView(), QLabel("No goals yet.")
    splitter = buttons.list_splitter("goalsSplitter", view, empty)
    qtbot.addWidget(splitter)
    assert splitter.objectName() == "goalsSplitter" and not splitter.childrenCollapsible()
    assert splitter.count() == 1
    left = splitter.widget(0)
    assert view.parentWidget() is left and empty.parentWidget() is left
    assert [left.layout().itemAt(i).widget() for i in range(2)] == [view, empty]


@pytest.mark.parametrize("save", [True, False])
def test_save_and_cancel_are_named_and_close_the_dialog(qtbot, save):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = buttons.save_cancel_buttons(dialog, "goal", "Save goal", "Saves this goal.")
    QVBoxLayout(dialog).addWidget(box)
    assert box.objectName() == "goalDialogButtons"
    save_button = box.button(QDialogButtonBox.StandardButton.Save)
    cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert (save_button.objectName(), save_button.text(), save_button.accessibleName(),
            save_button.accessibleDescription()) == ("saveGoalButton", "Save", "Save goal", "Saves this goal.")
    assert (cancel_button.objectName(), cancel_button.text(), cancel_button.accessibleName()) == (
        "cancelGoalButton", "Cancel", "Cancel without saving")
    dialog.show()
    qtbot.mouseClick(save_button if save else cancel_button, Qt.MouseButton.LeftButton)
    expected = QDialog.DialogCode.Accepted if save else QDialog.DialogCode.Rejected
    assert dialog.result() == expected and not dialog.isVisible()


def test_local_day_text_is_the_local_calendar_day(english):
    before = os.environ.get("TZ")
    os.environ["TZ"] = "NZST-13"  # 13 hours ahead of UTC (a POSIX zone: no tz database needed)
    time.tzset()
    try:
        moment = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)  # already 1 December there
        assert buttons.local_day_text(moment) == "1 December 2026"
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_error_label_starts_hidden_and_shows_the_problem(qtbot):
    label = make.error_label()
    qtbot.addWidget(label)
    assert label.objectName() == "errorLabel" and label.isHidden()
    assert label.textFormat() == Qt.TextFormat.PlainText
    buttons.show_error(label, "A goal needs a name.")
    assert not label.isHidden() and label.text() == "A goal needs a name."

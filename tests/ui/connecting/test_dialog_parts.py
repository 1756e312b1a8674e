"""The shared pieces of the Connecting dialogs and tabs: labelled forms, the dialog foot, reading lists."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from peerjournal.ui.connecting.detail_panel import reading_list, value_form
from peerjournal.ui.connecting.dialog_form import add_foot, buddy_form


def test_buddy_form_labels_jump_to_their_buddies(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    form = buddy_form([("&Name", edit, edit)])
    label = form.labelForField(edit)
    assert isinstance(label, QLabel) and label.buddy() is edit and label.text() == "&Name"


def test_foot_makes_save_the_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    layout = QVBoxLayout(dialog)
    add_foot(layout, QLabel(), box)
    assert box.button(QDialogButtonBox.StandardButton.Save).isDefault()
    assert layout.indexOf(box) == 1


def test_value_form_names_each_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    form, values = value_form([("why", "Why"), ("where", "Where")], "Value")
    assert [v.objectName() for v in values.values()] == ["whyValue", "whereValue"]
    assert form.rowCount() == 2


def test_reading_list_is_named_and_not_for_choosing(qtbot) -> None:  # type: ignore[no-untyped-def]
    made = reading_list("historyList", "History", "What happened")
    qtbot.addWidget(made)
    assert (made.objectName(), made.accessibleName(), made.accessibleDescription()) == (
        "historyList", "History", "What happened")
    assert made.selectionMode() is QAbstractItemView.SelectionMode.NoSelection

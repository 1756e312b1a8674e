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

from peerjournal.errors import UserError

from peerjournal.ui.connecting.detail_panel import reading_list, value_form
from peerjournal.ui.connecting.dialog_drafts import find_record
from peerjournal.ui.connecting.dialog_form import add_foot, buddy_form, save_record
from peerjournal.ui.widgets.make import error_label


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


def test_save_record_adds_a_new_one_and_updates_a_changed_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    error = error_label()
    qtbot.addWidget(error)
    assert save_record("new", None, lambda r: f"added {r}", lambda r: f"updated {r}", error) == "added new"
    assert save_record("b", "a", lambda r: f"added {r}", lambda r: f"updated {r}", error) == "updated b"
    assert error.isHidden()


def test_save_record_shows_a_refusal_and_gives_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    error = error_label()
    qtbot.addWidget(error)

    def refuse(_record: str) -> str:
        raise UserError("Please give it a name.")

    assert save_record("x", None, refuse, refuse, error) is None
    assert error.text() == "Please give it a name."
    assert not error.isHidden()


def test_find_record_skips_ids_that_are_not_ids_or_gone() -> None:
    def get(record_id: int) -> str:
        if record_id == 7:
            return "seven"
        raise UserError("gone")

    assert find_record(get, 7) == "seven"
    assert find_record(get, 8) is None
    assert find_record(get, "7") is None
    assert find_record(get, None) is None

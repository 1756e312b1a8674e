"""The one-call widget makers: names, descriptions and the settings they promise."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QPushButton, QWidget

from peerjournal.ui.widgets import make


def test_button_names_describes_and_connects(qtbot):
    clicks: list[bool] = []
    button = make.button("&Save", "saveButton", "Save", "Saves it.", clicked=lambda: clicks.append(True),
                         default=True, tooltip="Tip")
    qtbot.addWidget(button)
    assert (button.objectName(), button.accessibleName(), button.accessibleDescription()) == (
        "saveButton", "Save", "Saves it.")
    assert button.isDefault() and button.toolTip() == "Tip"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [True]


def test_action_button_never_auto_default(qtbot):
    button = make.action_button("Add", "addButton", "Add one", lambda: None)
    qtbot.addWidget(button)
    assert not button.autoDefault() and button.accessibleDescription() == ""


def test_empty_texts_are_not_set(qtbot):
    label = make.label("Words")
    qtbot.addWidget(label)
    assert label.objectName() == "" and label.accessibleName() == ""


def test_labels(qtbot):
    field = make.line_edit("nameEdit", "Name", placeholder="e.g. Sam", max_length=20)
    hint = make.hint_label("Small words")
    plain = make.text_label("<b>not bold</b>", "plainLabel")
    buddy = make.label("&Name", buddy=field)
    for widget in (field, hint, plain, buddy):
        qtbot.addWidget(widget)
    assert field.placeholderText() == "e.g. Sam" and field.maxLength() == 20
    assert hint.objectName() == "hintLabel" and hint.wordWrap()
    assert plain.textFormat() == Qt.TextFormat.PlainText
    assert buddy.buddy() is field


def test_combo_chooses_by_data_and_names_its_list(qtbot):
    combo = make.combo("kindCombo", "Kind", "Which kind.", items=[("A", 1), ("B", 2)], current=2,
                       list_name="Kinds")
    qtbot.addWidget(combo)
    assert combo.currentData() == 2 and combo.view().accessibleName() == "Kinds"


def test_check_box_text_edit_busy_bar_and_date(qtbot):
    check = make.check_box("&Keep", "keepCheck", "Keep", "Off unless ticked.", checked=True)
    note = make.text_edit("noteEdit", "Note", placeholder="Words")
    bar = make.busy_bar("busyBar", "Working")
    day = make.date_edit("dayEdit", "Day", date(2026, 12, 1), "When.")
    for widget in (check, note, bar, day):
        qtbot.addWidget(widget)
    assert check.isChecked() and note.tabChangesFocus() and note.placeholderText() == "Words"
    assert bar.isHidden() and bar.maximum() == 0
    assert day.date().day() == 1 and day.accessibleDescription().startswith("When. ")


def test_error_label_and_progress_bar_start_hidden(qtbot):
    error = make.error_label("Problem")
    bar = make.progress_bar("Saving", "saveProgress", steps=4)
    moving = make.progress_bar("Working")
    for widget in (error, bar, moving):
        qtbot.addWidget(widget)
        assert widget.isHidden()
    assert (error.objectName(), error.accessibleName(), error.wordWrap()) == ("errorLabel", "Problem", True)
    assert (bar.objectName(), bar.maximum(), moving.maximum(), moving.objectName()) == ("saveProgress", 4, 0, "")


def test_button_row_and_buddy_rows(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    back, save = QPushButton("Back", page), QPushButton("Save", page)
    row = make.button_row(back, save, stretch_at=1)
    assert [row.itemAt(i).widget() for i in range(row.count())] == [back, None, save]
    form = QFormLayout(page)
    field = make.line_edit("nameEdit", "Name")
    labels = make.buddy_rows(form, [("&Name", field)])
    assert labels[0].buddy() is field and form.rowCount() == 1


def test_intro_row_puts_the_button_top_right_of_wrapped_words(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    share = QPushButton("Share", page)
    row = make.intro_row("What this page is for.", share)
    words = row.itemAt(0).widget()
    assert words.text() == "What this page is for." and words.wordWrap() and row.stretch(0) == 1
    assert row.itemAt(1).widget() is share and row.itemAt(1).alignment() == Qt.AlignmentFlag.AlignTop


def test_radio_row_groups_the_buttons_by_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QRadioButton, QWidget

    from peerjournal.ui.widgets.make import radio_row

    parent = QWidget()
    qtbot.addWidget(parent)
    group, radios, box = radio_row(parent, ((n, QRadioButton(str(n))) for n in (1, 2, 3)))
    assert list(radios) == [1, 2, 3]
    assert group.buttons() == list(radios.values())
    assert group.exclusive()
    assert box.layout().count() == 4  # three buttons, then the free space
    radios[2].setChecked(True)
    radios[3].setChecked(True)
    assert not radios[2].isChecked()


def test_column_stacks_parts_with_their_stretch(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

    from peerjournal.ui.widgets.make import column

    owner = QWidget()
    qtbot.addWidget(owner)
    top, row, body = QLabel("top"), QHBoxLayout(), QLabel("body")
    layout = column(owner, top, row, 2, (body, 1))
    assert owner.layout() is layout
    assert layout.count() == 4
    assert layout.itemAt(0).widget() is top
    assert layout.itemAt(1).layout() is row
    assert layout.itemAt(2).spacerItem() is not None
    assert [layout.stretch(i) for i in range(4)] == [0, 0, 2, 1]
    assert column(None, QLabel("alone")).count() == 1


def test_plain_label_shows_markup_as_typed_and_text_label_is_also_selectable(qtbot):
    plain = make.plain_label("<b>Sam</b>", "questionLabel")
    selectable = make.text_label("<b>Sam</b>")
    for made in (plain, selectable):
        qtbot.addWidget(made)
        assert made.textFormat() == Qt.TextFormat.PlainText and made.wordWrap()
    assert plain.objectName() == "questionLabel"
    assert plain.textInteractionFlags() != Qt.TextInteractionFlag.TextSelectableByMouse
    assert selectable.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse

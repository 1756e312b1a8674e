"""The labelled form, the foot (problem words, Save/Cancel) and the saving step that the goal,
look-back and place dialogs of the Connecting page share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from peerjournal.errors import UserError

from peerjournal.ui.widgets.buttons import show_error
from peerjournal.ui.widgets.make import label

R = TypeVar("R")


def buddy_form(rows: Iterable[tuple[str, QWidget, QWidget]]) -> QFormLayout:
    """A form of (label text, field, buddy) rows whose fields grow; each label's ``&`` mnemonic
    jumps to its buddy (the field itself, or the first control inside it)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for text, field, buddy in rows:
        form.addRow(label(text, buddy=buddy), field)
    return form


def add_foot(layout: QVBoxLayout, error: QLabel, buttons: QDialogButtonBox,
             between: QLayout | None = None) -> None:
    """Put the problem label, then ``between`` (other buttons, if any), then Save/Cancel at the
    foot of ``layout``; Save becomes the default."""
    layout.addWidget(error)
    if between is not None:
        layout.addLayout(between)
    layout.addWidget(buttons)
    # Enter in a one-line field saves (set once the box is in the dialog, so it stays so).
    buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)


def save_record(record: R, source: R | None, add: Callable[[R], R], update: Callable[[R], R],
                error: QLabel) -> R | None:
    """Add ``record`` (a new one: no ``source``) or update it; the saved record, or None when
    the store refused it, the reason then shown in ``error`` (nothing typed is lost)."""
    try:
        return add(record) if source is None else update(record)
    except UserError as exc:
        show_error(error, str(exc))
        return None

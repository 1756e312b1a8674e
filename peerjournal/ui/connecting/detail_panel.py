"""Pieces of the details side of the Goals and Places tabs: a form of labelled values, and
a list to read (nothing in it is chosen)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLabel, QListWidget

from peerjournal.ui.widgets.make import named, text_label


def value_form(rows: Iterable[tuple[str, str]], name_suffix: str) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A form of (key, label text) rows, each a grey hint beside a selectable value named
    ``{key}{name_suffix}``; the values come back by key, to be filled in later."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    values: dict[str, QLabel] = {}
    for key, text in rows:
        value = text_label(name=f"{key}{name_suffix}")
        form.addRow(text_label(text, "hintLabel"), value)
        values[key] = value
    return form, values


def reading_list(name: str, accessible: str, description: str) -> QListWidget:
    """A list to read from, not to choose in (a Tab stop the arrow keys scroll)."""
    made = named(QListWidget(), name, accessible, description)
    made.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return made

"""What a form's fields hold, as one comparable value: a dialog takes it when it opens and
compares on Cancel/Esc, so it can ask before throwing the person's choices away."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText() if widget.isEditable() else ""
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def form_state(root: QWidget) -> tuple[tuple[str, object], ...]:
    """The value of every editable field under ``root`` (text, choice, date, tick), in order.

    Read-only text (a preview) and plain buttons don't count: only what the person chose."""
    state: list[tuple[str, object]] = []
    for index, widget in enumerate(root.findChildren(QWidget)):
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.isReadOnly():
            continue
        value = _value(widget)
        if value is not None:
            state.append((f"{index}:{widget.objectName()}", value))
    return tuple(state)

"""Time and date-time fields that a keyboard (and a screen reader) enters at the first part.

Qt puts the cursor on the last part (the minutes) when Shift+Tab comes into such a field, so
going back through a form a screen reader starts the time at its minutes; from either side the
field should start at the hours (or the first part of a date) and read from there.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateTimeEdit

E = TypeVar("E", bound=QDateTimeEdit)


class _FirstPart(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if (event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent)
                and event.reason() == Qt.FocusReason.BacktabFocusReason):
            # Handled as a focus coming forwards (the field selects its first part); the
            # focus itself, and what a screen reader is told of it, are unchanged.
            QCoreApplication.sendEvent(watched, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
            return True
        return False


def starts_at_first_part(edit: E) -> E:
    """Focus by Tab or Shift+Tab puts ``edit``'s cursor on its first part (the hours)."""
    edit.installEventFilter(_FirstPart(edit))
    return edit

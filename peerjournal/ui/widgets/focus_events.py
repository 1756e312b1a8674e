"""Text fields tell a screen reader of their focus before their caret moves.

Qt handles a field's focus (a Tab into it selects its text, and so moves its caret) before it
tells assistive tech that the focus moved, so over AT-SPI Orca hears the new field's caret move
while another field still has the focus, and then stays silent on the focus itself. Here the
selecting is done just after, when the screen reader already knows where the focus is.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit

L = TypeVar("L", bound=QLineEdit)

# The focus reasons on which a QLineEdit selects its text (as Qt does, for our fields).
_SELECTING = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)


class _CaretAfterFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if (event.type() != QEvent.Type.FocusIn or not isinstance(event, QFocusEvent)
                or event.reason() not in _SELECTING or not isinstance(watched, QLineEdit)):
            return False
        # The field takes the focus without selecting (no caret move yet) ...
        QCoreApplication.sendEvent(watched, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
        if watched.text() and not watched.hasSelectedText():
            text = watched.text()
            # ... and selects its text once the focus has been told, unless typing came first.
            QTimer.singleShot(0, watched, lambda: _select(watched, text))
        return True


def _select(field: QLineEdit, text: str) -> None:
    if field.hasFocus() and field.text() == text and not field.hasSelectedText():
        field.selectAll()


def caret_after_focus(field: L) -> L:
    """A Tab into ``field`` is told to a screen reader before its caret moves (see the module)."""
    field.installEventFilter(_CaretAfterFocus(field))
    return field


def tells_focus_first(field: QLineEdit) -> bool:
    """Whether :func:`caret_after_focus` was applied to ``field`` (for the accessibility walks)."""
    return any(isinstance(child, _CaretAfterFocus) for child in field.children())

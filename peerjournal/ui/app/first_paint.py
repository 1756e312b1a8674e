"""Work left until a window has been painted once (issue 20: unlock shows Today first).

``after_first_paint(widget, call)`` runs ``call`` on the event loop's next turn after the
widget's first paint, or after ``FALLBACK_MS`` if it is never painted (minimised, covered).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2_000  # a window that is not painted (minimised) gets its work all the same


class _FirstPaint(QObject):
    """Watches one widget for its first paint event; runs the call once, then goes away."""

    def __init__(self, widget: QWidget, call: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._call: Callable[[], None] | None = call
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._call is not None:
            # After the paint has reached the screen: the next turn of the loop, not inside it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        call, self._call = self._call, None
        if call is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        call()


def after_first_paint(widget: QWidget, call: Callable[[], None]) -> None:
    """Run ``call`` once, just after ``widget`` is first painted (or after ``FALLBACK_MS``)."""
    _FirstPaint(widget, call)

"""Shows a shared document in a text browser a part at a time, so a long file never freezes
the window: the first screen at once, then one part per turn of the event loop.

Laying out a whole file of months of notes at once took 0.8 s (issue 20); a part is a few
thousand characters (:data:`~peerjournal.ui.sharing.share_view.PART_BUDGET`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from peerjournal.ui.sharing.share_view import PART_BUDGET, page_html

FIRST_SCREEN = 2 * PART_BUDGET
"""Parts up to about this many characters are set at once: more than a screen, and the
whole of a short file (so what is read right after showing it is all there)."""


class DocumentFiller(QObject):
    """Fills ``browser`` with a document's parts; a new document (or text) replaces one still
    being added."""

    def __init__(self, browser: QTextEdit) -> None:
        super().__init__(browser)
        self.browser = browser
        self._parts: Iterator[str] = iter(())
        self._next: str | None = None  # the next part, made already
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._add_next)

    def show_parts(self, parts: Iterable[str]) -> None:
        """Show the parts (joined, a whole document body): the first screen now, the rest
        made and added one per turn of the event loop."""
        self._timer.stop()
        self._parts = iter(parts)
        first: list[str] = []
        size = 0
        for part in self._parts:
            if first and size + len(part) > FIRST_SCREEN:
                self._next = part
                break
            first.append(part)
            size += len(part)
        else:
            self._next = None
        self.browser.setHtml(page_html("".join(first)))
        self.browser.document().setUndoRedoEnabled(False)  # read only: no undo history to keep
        if self._next is not None:
            self._timer.start()

    def show_plain(self, text: str) -> None:
        self._timer.stop()
        self._parts, self._next = iter(()), None
        self.browser.setPlainText(text)

    def pending(self) -> bool:
        """Whether parts are still to be added."""
        return self._next is not None

    def finish(self) -> None:
        """Add every part still waiting now (for reading the whole text at once)."""
        self._timer.stop()
        while self._next is not None:
            self._add_next()

    def _add_next(self) -> None:
        part = self._next
        if part is None:
            return
        self._next = next(self._parts, None)
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(page_html(part))
        if self._next is not None:
            self._timer.start()

"""My plan for a bad day while the journal is locked: the copy the person chose to keep outside
the vault, shown calm and large like :class:`BadDayView`. It reads that file only; the journal
stays locked. Signals: ``unlockRequested()`` ("Unlock my journal")."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from peerjournal.storage.support_plan_copy import CopySection

from peerjournal.ui.support_plan.bad_day_view import TEXT_SCALE
from peerjournal.ui.widgets.make import button, button_row, named


class LockedBadDayView(QDialog):
    """Read-only; Esc or Close closes it."""

    unlockRequested = Signal()

    def __init__(self, sections: Sequence[CopySection], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedBadDayView")
        self.setWindowTitle(self.tr("My plan for a bad day"))
        self.content = named(QTextBrowser(), "badDayContent", self.tr("My plan for a bad day"), self.tr(
            "The parts of your plan you chose to keep for when your journal is locked. Read only."))
        self.content.setOpenLinks(False)
        self.content.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.content.font()
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * TEXT_SCALE)
        self.content.setFont(font)
        self.content.document().setDocumentMargin(font.pointSizeF())
        self.content.setHtml(self._html(sections))
        unlock = button(self.tr("&Unlock my journal"), "unlockButton", self.tr("Unlock my journal"),
                        clicked=self._unlock, auto_default=False)
        close = button(self.tr("&Close"), "closeButton", self.tr("Close"), clicked=self.reject, default=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.content, 1)
        layout.addLayout(button_row(unlock, close))
        self.resize(720, 640)

    def _html(self, sections: Sequence[CopySection]) -> str:
        if not sections:
            return "<p><i>" + escape(self.tr(
                "Nothing is in the copy yet. Unlock your journal to add to your plan.")) + "</i></p>"
        return "".join(
            f"<h2>{escape(s.heading)}</h2><ul>{''.join(f'<li>{escape(i)}</li>' for i in s.items)}</ul>"
            for s in sections)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.content.setFocus()

    def _unlock(self) -> None:
        self.unlockRequested.emit()
        self.accept()

"""The copy of the plan for a bad day follows the journal before the Support plan page is made:
brought up to date when the journal opens, and after each change to the plan or to people
(issue 20: the page is made when first shown; from then on its panel does this).

Signals: ``problem(str)`` with the plain words of a copy that could not be written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from peerjournal.errors import UserError
from peerjournal.storage.journal import Change, Journal
from peerjournal.storage.support_plan_copy import refresh_copy

from peerjournal.ui.app.events import JournalEvents

FOLLOWS = frozenset({Change.SUPPORT_PLAN, Change.PEOPLE})  # a plan saved, a person renamed or deleted


class LockedCopyFollower(QObject):
    """Keeps the copy in step while ``page_made()`` answers false."""

    problem = Signal(str)

    def __init__(self, journal: Journal, events: JournalEvents, page_made: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._page_made = page_made
        events.changed.connect(self._journal_changed)

    def refresh(self) -> None:
        """Write the copy from the plan as stored now (or remove it, when switched off)."""
        try:
            refresh_copy(self.journal)
        except UserError as exc:
            self.problem.emit(str(exc))

    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        if kinds & FOLLOWS and not self._page_made():
            self.refresh()

"""Saving Today's forms as one undoable step that knows the page: undoing the save puts what
was saved back in the forms (when they are empty), so a mistaken Ctrl+Z loses no typing."""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from peerjournal.storage.journal import Journal

from peerjournal.ui.app.undo import AddEntriesCommand, Entry


class SavedEntriesForm(Protocol):
    """What the command tells the page (TodayPage)."""

    def saved_entries_undone(self, entries: list[Entry], when: str) -> None: ...

    def saved_entries_redone(self, entries: list[Entry], when: str) -> None: ...


class SaveTodayCommand(AddEntriesCommand):
    """"Save check-in at 20:02": adds the entries; undo removes them and hands them back to
    the page; redo adds them again and lets the page drop them from its forms."""

    def __init__(self, journal: Journal, entries: list[Entry], page: SavedEntriesForm, when: str) -> None:
        super().__init__(journal, entries, QCoreApplication.translate("Undo", "Save check-in at {time}").format(
            time=when))
        # Weakly: the page owns no step, and a step keeping the page alive would tie the undo
        # stack and the page in a cycle that PySide may free in a crashing order.
        self._page = weakref.ref(page)
        self.when = when
        self.undone_text = QCoreApplication.translate("Undo", "Undone: check-in at {time}.").format(time=when)
        self._done_once = False

    def apply(self) -> None:
        super().apply()
        if self._done_once:  # a redo, not the first save
            page = self._page()
            if page is not None:
                page.saved_entries_redone(list(self.entries), self.when)
        self._done_once = True

    def revert(self) -> None:
        super().revert()
        page = self._page()
        if page is not None:
            page.saved_entries_undone(list(self.entries), self.when)

"""Bridge from the journal's change listeners to a Qt signal views can connect to.

Signals: ``changed(frozenset)`` with the :class:`~peerjournal.storage.journal.Change`
kinds of the committed action.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from peerjournal.storage.journal import Change, Journal


class JournalEvents(QObject):
    changed = Signal(object)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        journal.add_listener(self._on_change)

    def _on_change(self, kinds: frozenset[Change]) -> None:
        self.changed.emit(kinds)

    def detach(self) -> None:
        self._journal.remove_listener(self._on_change)

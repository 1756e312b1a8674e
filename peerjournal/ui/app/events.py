"""Bridge from the journal's change listeners to a Qt signal views can connect to.

Signals: ``changed(frozenset)`` with the :class:`~peerjournal.storage.journal.Change`
kinds of the committed action. :class:`RefreshOnChange` redraws a view on the kinds it shows.
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


class RefreshOnChange:
    """For a view that redraws itself with ``refresh()``: connect ``_journal_changed`` to
    :attr:`JournalEvents.changed`, and it refreshes when a committed change touches one of
    the kinds in ``REFRESH_ON`` (what the view shows)."""

    REFRESH_ON: frozenset[Change] = frozenset()

    def refresh(self) -> None:
        raise NotImplementedError

    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        if kinds & self.REFRESH_ON:
            self.refresh()

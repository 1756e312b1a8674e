"""RefreshOnChange: a view refreshes only on the kinds of change it shows."""

from __future__ import annotations

from peerjournal.storage.journal import Change

from peerjournal.ui.app.events import RefreshOnChange


class _View(RefreshOnChange):
    REFRESH_ON = frozenset({Change.PEOPLE})

    def __init__(self) -> None:
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_refreshes_only_on_its_kinds() -> None:
    view = _View()
    view._journal_changed(frozenset({Change.GOALS}))
    assert view.refreshed == 0
    view._journal_changed(frozenset({Change.GOALS, Change.PEOPLE}))
    assert view.refreshed == 1

"""People fixtures: a shown People page on the test journal."""

from __future__ import annotations

import pytest

from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.people.people_page import PeoplePage


@pytest.fixture
def page(qtbot, journal):
    events = JournalEvents(journal)
    widget = PeoplePage(journal, events)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    events.detach()


@pytest.fixture(params=["window connection", "own connection"])
def import_journal(request, vault_path):
    """A journal as tests make it (bulk changes run on the window's connection) and as the app
    unlocks it (its key kept: a contacts import and its undo run in a worker, issue 20)."""
    vault = create_vault(vault_path, PASSPHRASE)
    if request.param == "own connection":
        vault.close()
        vault = open_vault(vault_path, PASSPHRASE, check_pages_later=True)
        assert vault.can_open_apart
    yield Journal(vault)
    vault.close()

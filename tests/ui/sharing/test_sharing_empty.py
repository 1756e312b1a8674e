"""The Sharing page's tables say kindly that they are empty, instead of showing a blank box."""

from __future__ import annotations

from datetime import UTC, date, datetime

from peerjournal.core.sharing.keys import new_identity
from peerjournal.core.sharing.options import Naming, Section, ShareOptions
from tests.ui.sharing.helpers import sharing_page


def test_empty_tables_say_so_and_the_words_go_when_a_row_comes(qtbot, journal):
    page = sharing_page(qtbot, journal)
    page.resize(900, 900)
    assert page.supporters_table.rowCount() == 0 and page.history_table.rowCount() == 0
    assert page.supporters_empty.isVisible()
    assert page.supporters_empty.text() == "No supporters yet. Add one below."
    assert page.history_empty.isVisible() and page.history_empty.text() == "Nothing shared yet."
    # Inside the table's empty area, and heard with the table.
    assert page.supporters_table.viewport().isAncestorOf(page.supporters_empty)
    assert page.supporters_table.accessibleDescription().startswith("No supporters yet.")

    qtbot.keyClicks(page.name_edit, "Dev")
    page.key_edit.setText(new_identity()[1])
    page.add_button.click()
    assert page.supporters_table.rowCount() == 1
    assert not page.supporters_empty.isVisible()
    assert not page.supporters_table.accessibleDescription().startswith("No supporters yet.")

    (dev,) = journal.sharing.supporters()
    options = ShareOptions(start=date(2026, 12, 1), end=date(2026, 12, 6), sections=frozenset({Section.MOODS}),
                           include_notes=False, naming=Naming.PSEUDONYM, message="", sender_name="Alex")
    journal.sharing.record_share("export-1", dev, options, False, datetime(2026, 12, 6, 12, tzinfo=UTC))
    page.reload()
    assert page.history_table.rowCount() == 1 and not page.history_empty.isVisible()

    journal.sharing.remove_supporter(dev.id)
    page.reload()
    assert page.supporters_empty.isVisible()

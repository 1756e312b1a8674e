"""The copy of the plan for a bad day follows the journal before the Support plan page is made
(issue 20: pages are made when first shown): at opening and after the plan changes."""

from __future__ import annotations

from peerjournal.core.support_plan import SupportPlan
from peerjournal.storage.support_plan_copy import CopyChoice, copy_path, read_copy, save_choice
from tests.ui.helpers import make_window

from peerjournal.ui.support_plan.support_plan_page import SupportPlanPage

STALE = '{"sections": [{"heading": "Old", "items": ["stale"]}]}'


def test_the_copy_follows_the_plan_while_the_page_is_not_made(qtbot, journal):
    journal.plan.save(SupportPlan(what_helps=("Tea",)))
    save_choice(journal, CopyChoice(on=True))
    path = copy_path(journal.vault.path)
    path.write_text(STALE)
    window = make_window(qtbot, journal)
    assert window.findChildren(SupportPlanPage) == []
    # Brought up to date once the window is painted (issue 20: Today first), not before.
    qtbot.waitUntil(lambda: [s.items for s in read_copy(path) or ()] == [("Tea",)], timeout=10_000)
    journal.plan.save(SupportPlan(what_helps=("Tea", "A walk")))  # saved elsewhere (an import, say)
    assert [s.items for s in read_copy(path) or ()] == [("Tea", "A walk")]
    save_choice(journal, CopyChoice(on=False))
    journal.plan.save(SupportPlan(what_helps=("Tea",)))
    assert not path.exists()  # switched off: no copy kept

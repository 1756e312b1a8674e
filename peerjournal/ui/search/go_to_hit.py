"""Opening a search hit where it lives: an entry in its dialog over the Timeline, a person on
People, a goal (or its review), a place or a resource check on Connecting, the plan's part on
My support plan, a reply on Sharing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from peerjournal.core.support_plan import PAIRED, PARTS
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import UserError
from peerjournal.storage.search import SearchHit

if TYPE_CHECKING:
    from peerjournal.ui.app.main_window import MainWindow

ENTRY_KINDS = ("mood", "contact", "activity")
# The page (an English name of the main window's PAGES) each kind of hit opens on.
PAGE_OF = {"mood": "Timeline", "contact": "Timeline", "activity": "Timeline", "person": "People",
           "goal": "Connecting", "review": "Connecting", "place": "Connecting", "check": "Connecting",
           "plan": "Support plan", "reply": "Sharing"}


def plan_part(list_name: str) -> str:
    """The key of the support plan's part that shows ``list_name`` (a list, a response list,
    or "services"); "" when none does."""
    paired = {response: sign for sign, response in PAIRED.items()}
    wanted = paired.get(list_name, list_name)
    return next((key for key, _title, fields in PARTS if wanted in fields), "")


def open_hit(window: MainWindow, hit: SearchHit, go: Callable[[str], None]) -> None:
    """Show ``hit`` in ``window``; ``go`` shows one of its pages by English name."""
    window.raise_()  # in front of the search window, which stays open for the next hit
    window.activateWindow()
    go(PAGE_OF[hit.kind])
    if hit.kind in ENTRY_KINDS:
        kind = EntryKind(hit.kind)
        try:
            record = window.journal.get_entry(kind, int(hit.id))
        except UserError:
            return  # gone since the search ran: the Timeline is shown, nothing to open
        window.open_entry_dialog(kind, record)
    elif hit.kind == "person":
        window.people.select_person(int(hit.id))
    elif hit.kind in ("goal", "review"):
        window.show_connecting(window.connecting.goals)
        window.connecting.goals.select_goal(hit.goal_id if hit.kind == "review" else int(hit.id))
    elif hit.kind == "place":
        window.show_connecting(window.connecting.places)
        window.connecting.places.select_place(int(hit.id))
    elif hit.kind == "check":
        window.show_connecting(window.connecting.resources)
        window.connecting.resources.show_check(int(hit.id))
    elif hit.kind == "plan" and plan_part(hit.part):
        window.support_plan.show_part(plan_part(hit.part))

"""Acting on the Connecting page's prompts: the resource check is offered, a goal is ready.

The resource check prompt opens its tab with "Take the check…" ready (an offer: the person
starts it, or not). The goal review prompt opens the Goals tab on the goal waiting longest
(the one the prompt named, if it is still waiting) with "Review…" ready. The resource tab
follows the Prompts page's choice of how often the check is offered.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from peerjournal.core.connecting.goals import due_for_review
from peerjournal.core.prompts import Prompt, PromptKind
from peerjournal.core.settings import AppSettings
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.connecting.connecting_page import GOALS_TAB, RESOURCES_TAB, ConnectingPage


def show_for_prompt(page: ConnectingPage, journal: Journal, prompt: Prompt) -> None:
    """Show the tab ``prompt`` is about, with its first step focused."""
    if prompt.kind is PromptKind.RESOURCE_CHECK:
        page.tabs.setCurrentIndex(RESOURCES_TAB)
        page.resources.refresh()
        page.resources.take_button.setFocus()
    elif prompt.kind is PromptKind.GOAL_REVIEW:
        page.tabs.setCurrentIndex(GOALS_TAB)
        store = journal.goals
        due = [g.id for g in due_for_review(store.goals(), store.today())]
        goal_id = prompt.goal_id if prompt.goal_id in due else (due[0] if due else None)
        if goal_id is not None:
            page.goals.select_goal(goal_id)
            page.goals.review_button.setFocus()
        else:  # looked back on meanwhile: the list, as it is
            page.goals.tree.setFocus()


class _OfferFollower(QObject):
    """Child of the page, so the service (which outlives a locked window) stops calling it."""

    def __init__(self, page: ConnectingPage) -> None:
        super().__init__(page)
        self.page = page

    def apply(self, settings: AppSettings) -> None:
        p = settings.prompts
        offered = p.enabled and PromptKind.RESOURCE_CHECK in p.kinds
        self.page.resources.set_offer_every(p.resource_check_days if offered else None)


def follow_prompt_settings(page: ConnectingPage, settings: SettingsService) -> None:
    """Keep the resource tab's "offered again after…" in step with the Prompts page."""
    follower = _OfferFollower(page)
    follower.apply(settings.settings)
    settings.changed.connect(follower.apply)

"""After a low check-in (mood 1 or 2), a gentle panel on Today with the plan's own "what helps" and people.

Only when the person switched it on (off by default), and shown at most once a day: the day it
was shown is kept in the vault's meta table (a date, no journal text). Signals:
``wholePlanRequested()`` ("Show my whole plan for a bad day").
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from peerjournal.core.clock import local_day, to_local
from peerjournal.core.support_plan import phone_numbers
from peerjournal.storage.journal import Journal

from peerjournal.ui.widgets.make import action_button, button_row, label, named, text_label

SHOWN_ON_KEY = "what_helps_panel_shown_on"
"""The vault meta key holding the local date (ISO) the panel was last shown."""
LOW_MOOD = 2
"""A check-in at or below this mood is a low one."""


class WhatHelpsPanel(QFrame):
    wholePlanRequested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "whatHelpsPanel", self.tr("What helps you"), self.tr(
            "Shown once today after a low check-in: what you wrote helps you, and who you could contact."))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.journal = journal
        self.intro = label(self.tr("Here's what you wrote helps you."), "whatHelpsIntro", wrap=True)
        self.helps = text_label(name="whatHelpsItems")
        self.people_intro = label(self.tr("People you could contact:"), "whatHelpsPeopleIntro", wrap=True)
        self.people = text_label(name="whatHelpsPeople")
        self.whole_plan = action_button(
            self.tr("Show my &whole plan for a bad day"), "wholeBadDayPlanButton",
            self.tr("Show my whole plan for a bad day"), self.wholePlanRequested.emit)
        self.not_now = action_button(self.tr("&Not now"), "notNowButton", self.tr("Not now"), self.hide,
                                     self.tr("Hides this for today."))
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.helps, self.people_intro, self.people):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.whole_plan, self.not_now))
        self.hide()

    def consider(self, switched_on: bool) -> bool:
        """Show the panel if switched on, there was a low check-in today, it was not shown
        today and the plan has something to show. True when it was shown now."""
        if not switched_on or self.isVisibleTo(self.parentWidget()) or not self._low_today():
            return False
        today = local_day(self.journal.clock()).isoformat()
        if self.journal.get_setting(SHOWN_ON_KEY) == today:
            return False  # never twice a day, even after locking and unlocking
        helps = self.journal.plan.load().what_helps
        people = [self._person_line(c.person_id, c.name) for c in self.journal.plan.contacts()]
        if not helps and not people:
            return False  # nothing of their own to show: stay quiet
        self.intro.setVisible(bool(helps))
        self.helps.setVisible(bool(helps))
        self.helps.setText("\n".join(f"• {line}" for line in helps))
        self.people_intro.setVisible(bool(people))
        self.people.setVisible(bool(people))
        self.people.setText("\n".join(f"{i}. {line}" for i, line in enumerate(people, 1)))
        self.journal.set_setting(SHOWN_ON_KEY, today)
        self.show()
        return True

    def _person_line(self, person_id: int, name: str) -> str:
        numbers = phone_numbers(self.journal.get_person(person_id).notes)
        return " — ".join([name, *numbers])

    def _low_today(self) -> bool:
        now = self.journal.clock()
        midnight = to_local(now).replace(hour=0, minute=0, second=0, microsecond=0)
        moods = self.journal.moods_between(midnight, midnight + timedelta(days=1))
        return any(m.mood <= LOW_MOOD for m in moods)

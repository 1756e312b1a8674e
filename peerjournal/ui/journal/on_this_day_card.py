""""On this day" on Today: now and then, one good (or marked) entry of this date in an earlier year.

Only when the person switched it on (off by default); one memory a day, a different one each
day when there are several; "Not today" hides it until tomorrow (the date is kept in the
vault's meta table, no journal text). A low entry only when the person asked for those too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from peerjournal.core.clock import local_day, to_local
from peerjournal.core.timeline import TimelineRow
from peerjournal.storage.journal import Journal
from peerjournal.storage.on_this_day import OnThisDay

from peerjournal.ui.widgets.dates import when_text
from peerjournal.ui.widgets.make import action_button, button_row, label, named, text_label

HIDDEN_ON_KEY = "on_this_day_hidden_on"
"""The vault meta key holding the local date (ISO) the person chose "Not today"."""


class OnThisDayCard(QFrame):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "onThisDayCard", self.tr("On this day"), self.tr(
            "An entry from this date in an earlier year that you rated good or marked to remember."))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.journal = journal
        self.memories = OnThisDay(journal)
        self.shown: TimelineRow | None = None
        self.heading = label(name="onThisDayHeading", wrap=True)
        self.what = text_label(name="onThisDayWhat")
        self.note = text_label(name="onThisDayNote")
        self.not_today = action_button(self.tr("Not &today"), "onThisDayNotTodayButton", self.tr("Not today"),
                                       self.hide_today, self.tr("Hides this until tomorrow."))
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.what, self.note):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.not_today))
        self.hide()

    def consider(self, switched_on: bool, include_low: bool) -> bool:
        """Show today's memory if switched on, not hidden today and there is one; True if shown."""
        today = local_day(self.journal.clock())
        found = [] if not switched_on or self.journal.get_setting(HIDDEN_ON_KEY) == today.isoformat() \
            else self.memories.memories(today, include_low=include_low)
        if not found:
            self.shown = None
            self.hide()
            return False
        row = found[today.toordinal() % len(found)]  # a different one each day, the same all day
        self.shown = row
        year = to_local(row.at).year
        self.heading.setText(self.tr("On this day in {year}").format(year=year))
        score = f" · {row.score_label}" if row.score_label else ""
        self.what.setText(f"{when_text(row.at)} · {row.summary}{score}")
        self.note.setText(row.note)
        self.note.setVisible(bool(row.note))
        self.show()
        return True

    def hide_today(self) -> None:
        self.journal.set_setting(HIDDEN_ON_KEY, local_day(self.journal.clock()).isoformat())
        self.shown = None
        self.hide()

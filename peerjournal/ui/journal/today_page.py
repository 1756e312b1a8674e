"""Today: a quick check-in (mood, who I was in touch with, what I did) in under a minute.

Keyboard path: 1-5 for mood, Tab to feelings (type, Enter), Tab to the note, then
the people field (type a name, Enter), and Ctrl+Enter saves everything as one step
(undoable). Only the parts filled in are saved. What is typed but not saved is kept as an
encrypted draft when the journal locks, and comes back after unlocking.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.mentions import plain as plain_note
from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.errors import DiskFull, DiskProblem, UserError
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.app.undo import Entry, perform
from peerjournal.ui.drafts.keeper import KEEPER
from peerjournal.ui.drafts.values import DRAFT_VERSION
from peerjournal.ui.journal.entry_forms import ActivityForm, ContactForm, CreatePerson, MoodForm
from peerjournal.ui.journal.mention_contact import with_time_together
from peerjournal.ui.journal.on_this_day_card import OnThisDayCard
from peerjournal.ui.journal.timeline_model import first_line
from peerjournal.ui.journal.today_undo import SaveTodayCommand
from peerjournal.ui.journal.tracker_form import TrackerForm
from peerjournal.ui.journal.what_helps_panel import WhatHelpsPanel
from peerjournal.ui.widgets.dates import day_text, when_text
from peerjournal.ui.widgets.make import button, label, named, page_margin, scrolling
from peerjournal.ui.widgets.status import set_status

TODAY_DRAFT = "today"
"""The draft key for the Today page's check-in."""


def greeting(now: datetime) -> str:
    hour = to_local(now).hour
    if hour < 5:
        return QCoreApplication.translate("TodayPage", "Hello")
    if hour < 12:
        return QCoreApplication.translate("TodayPage", "Good morning")
    if hour < 18:
        return QCoreApplication.translate("TodayPage", "Good afternoon")
    return QCoreApplication.translate("TodayPage", "Good evening")


def _section(title: str, body: QWidget, object_name: str) -> QGroupBox:
    box = QGroupBox(title)
    box.setObjectName(object_name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 4, 8, 4)  # the forms' own rows are spaced; room for two columns
    layout.addWidget(body)
    layout.addStretch(1)  # spare height goes below the form, not between its rows
    return box


class TodayPage(QWidget):
    """Signals: ``badDayPlanRequested()`` (the "My plan for a bad day" button or the panel's link)."""

    badDayPlanRequested = Signal()

    def __init__(
        self,
        journal: Journal,
        events: JournalEvents,
        undo_stack: QUndoStack,
        create_person: CreatePerson | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.journal = journal
        self.undo_stack = undo_stack
        self._settings: SettingsService | None = None
        self._refilled: dict[str, Any] | None = None  # what an undone save put back in the forms

        self.title = label(name="pageTitle")
        self.subtitle = label(name="pageSubtitle")
        self.mood_form = MoodForm(create_person)
        self.tracker_form = TrackerForm()
        self.contact_form = ContactForm(create_person)
        self.activity_form = ActivityForm(create_person)
        actions = self._build_actions()
        self.today_list = named(QListWidget(), "todayList", self.tr("Saved today"), self.tr(
            "What you have saved today. The Timeline page has everything, to change or delete."))
        self.today_list.setMaximumHeight(self.today_list.fontMetrics().lineSpacing() * 5 + 12)
        self.scroll = self._build_forms()

        # The page's one scroll area holds everything but the Save row, which stays in reach.
        layout = QVBoxLayout(self)
        margin = page_margin()  # the style's: the title sits where other pages' titles do
        layout.setContentsMargins(margin, margin, margin, 6)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(actions)
        self._add_save_shortcut()

        self.setTabOrder(self.mood_form.mood, self.mood_form.energy)
        self.setTabOrder(self.mood_form.energy, self.mood_form.feelings.field)
        self.setTabOrder(self.mood_form.feelings.field, self.mood_form.note)
        self.setTabOrder(self.mood_form.note, self.contact_form.people.field)

        events.changed.connect(self._on_change)
        self.refresh_choices()
        self.refresh_today()
        KEEPER.add(self)  # asked for its draft whenever the journal locks

    def _build_bad_day_button(self) -> QPushButton:
        """A quiet button, on the greeting's line, to "My plan for a bad day" (one click)."""
        self.bad_day_button = button(
            self.tr("My plan for a &bad day"), "badDayPlanButton", self.tr("My plan for a bad day"),
            self.tr("Shows what helps you, who to contact and services, in large, calm text."),
            clicked=self.badDayPlanRequested.emit, auto_default=False)
        self.bad_day_button.setFlat(True)  # quiet: there when needed, not calling for attention
        return self.bad_day_button

    def _build_what_helps_panel(self) -> WhatHelpsPanel:
        """The gentle panel after a low check-in (hidden until then; see :meth:`follow_settings`)."""
        self.what_helps = WhatHelpsPanel(self.journal)
        self.what_helps.wholePlanRequested.connect(self.badDayPlanRequested.emit)
        return self.what_helps

    def follow_settings(self, settings: SettingsService) -> None:
        """Use the app settings for "after a low check-in, show what helps" (off by default)."""
        self._settings = settings
        settings.changed.connect(self._settings_changed)  # a bound slot: gone with the page
        self._consider_what_helps()
        self._consider_on_this_day()
        self._show_trackers()

    def _settings_changed(self, _settings: object) -> None:
        self._consider_on_this_day()
        self._show_trackers()

    def _trackers_on(self) -> bool:
        return self._settings is not None and self._settings.settings.show_trackers

    def _show_trackers(self) -> None:
        """The trackers' rows when they are switched on (opt-in) and there are some."""
        on = self._trackers_on()
        if on:
            self.tracker_form.set_trackers(self.journal.trackers.trackers())
        self.trackers_box.setVisible(on and self.tracker_form.has_trackers())

    def _consider_what_helps(self) -> None:
        switched_on = self._settings is not None and self._settings.settings.show_what_helps_after_low
        self.what_helps.consider(switched_on)

    def _consider_on_this_day(self) -> None:
        settings = self._settings.settings if self._settings is not None else None
        self.on_this_day.consider(settings is not None and settings.on_this_day,
                                  settings is not None and settings.on_this_day_low)

    def _build_actions(self) -> QHBoxLayout:
        """The save status, Clear and Save (the default button) in a row."""
        self.status = label(name="statusLabel", accessible=self.tr("Save status"), wrap=True)
        self.clear_button = button(
            self.tr("Clea&r"), "clearButton", self.tr("Clear the form"),
            self.tr("Empties the three forms. Nothing saved is changed."), clicked=self.clear_forms)
        self.save_button = button(
            self.tr("&Save check-in"), "saveButton", self.tr("Save check-in"), self.tr(
                "Saves what you filled in to your journal as one step (Ctrl+Enter). Ctrl+Z undoes it."),
            tooltip=self.tr("Save (Ctrl+Enter)"), default=True, clicked=self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.save_button)
        return actions

    def _build_forms(self) -> QScrollArea:
        """The greeting, the three forms and the day's list in a grid (two columns or one, see
        :meth:`_arrange`), in the page's only scroll area."""
        content = QWidget()
        content.setObjectName("todayContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 8, 0)
        outer.setSpacing(4)
        heading = QHBoxLayout()  # the greeting and the day on one line: more room for the forms
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBaseline)
        heading.addWidget(self._build_bad_day_button(), 0, Qt.AlignmentFlag.AlignBaseline)
        outer.addLayout(heading)
        outer.addWidget(self._build_what_helps_panel())
        self.on_this_day = OnThisDayCard(self.journal)
        outer.addWidget(self.on_this_day)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        outer.addLayout(self._grid, 1)
        self._sections = (
            _section(self.tr("How are you feeling?"), self._mood_and_trackers(), "moodSection"),
            _section(self.tr("Who were you in touch with?"), self.contact_form, "contactSection"),
            _section(self.tr("What did you do?"), self.activity_form, "activitySection"),
        )
        # Contact and activity stay together: the right column, or below the mood form.
        self._right = QWidget()
        self._right.setObjectName("todayRightColumn")
        right = QVBoxLayout(self._right)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self._sections[1])
        right.addWidget(self._sections[2])
        right.addStretch(1)
        self._saved = QWidget()
        self._saved.setObjectName("savedTodayBox")
        saved = QVBoxLayout(self._saved)
        saved.setContentsMargins(0, 0, 0, 0)
        saved.addWidget(label(self.tr("Saved today"), "sectionLabel"))
        saved.addWidget(self.today_list)
        saved.addStretch(1)
        self._columns = 0
        self._arrange(2)
        scroll = scrolling(content, self.tr("Today's forms"), "todayScroll")
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _mood_and_trackers(self) -> QWidget:
        """The mood form, and below it the person's own trackers (hidden unless switched on)."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mood_form)
        self.trackers_box = QWidget()
        self.trackers_box.setObjectName("todayTrackers")
        inner = QVBoxLayout(self.trackers_box)
        inner.setContentsMargins(0, 4, 0, 0)
        inner.addWidget(label(self.tr("My trackers"), "sectionLabel"))
        inner.addWidget(self.tracker_form)
        self.trackers_box.hide()
        layout.addWidget(self.trackers_box)
        return body

    def _add_save_shortcut(self) -> None:
        """Ctrl+Enter (and the platform's Save key) saves from anywhere on the page."""
        save = QAction(self.tr("Save check-in"), self)
        save.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"), QKeySequence.StandardKey.Save])
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

    # -- layout -----------------------------------------------------------
    def _arrange(self, columns: int) -> None:
        """Two columns when there is room (mood and the day's list on the left, contact and
        activity on the right), one below the other when narrow or text is large."""
        if columns == self._columns:
            return
        self._columns = columns
        mood = self._sections[0]
        for widget in (mood, self._right, self._saved):
            self._grid.removeWidget(widget)
        if columns == 2:
            self._grid.addWidget(mood, 0, 0)
            self._grid.addWidget(self._saved, 1, 0)
            self._grid.addWidget(self._right, 0, 1, 2, 1)
        else:
            for row, widget in enumerate((mood, self._right, self._saved)):
                self._grid.addWidget(widget, row, 0)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(3):
            self._grid.setRowStretch(row, 1 if row == 1 and columns == 2 else 0)

    def two_columns_fit(self, width: int) -> bool:
        """Whether the mood form and the right column fit side by side in a page ``width`` wide."""
        margins = self.layout().contentsMargins()
        inner = margins.left() + margins.right() + 8  # the page's and the content's margins
        need = (self._sections[0].minimumSizeHint().width() + self._right.minimumSizeHint().width()
                + self._grid.horizontalSpacing() + inner)
        return width >= need

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        # The page's own width: the scroll area's viewport has not been resized yet here.
        self._arrange(2 if self.two_columns_fit(event.size().width()) else 1)

    # -- data -------------------------------------------------------------
    def refresh_choices(self) -> None:
        self.mood_form.set_feelings(self.journal.feelings())
        names = {p.id: p.name for p in self.journal.people() if p.id is not None}
        self.contact_form.people.set_people(names)
        self.activity_form.people.set_people(names)
        for form in (self.mood_form, self.contact_form, self.activity_form):
            form.note.set_people(names)  # "@" in a note offers them
        self.activity_form.set_categories(self.journal.activity_categories())

    def refresh_today(self) -> None:
        now = self.journal.clock()
        local = to_local(now)
        self.title.setText(greeting(now))
        day = day_text(local.date(), "dddd dd MMMM yyyy")
        self.subtitle.setText(self.tr("{day}  ·  How is today going?").format(day=day))
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        rows = self.journal.timeline(since=midnight)
        self.today_list.clear()
        for row in rows:
            text = f"{to_local(row.at):%H:%M}  {row.kind.label}: {row.summary}"
            if row.score_label:
                text += f" — {row.score_label}"
            if row.note:
                text += f" — {first_line(plain_note(row.note), 60)}"
            self.today_list.addItem(text)
        if not rows:
            self.today_list.addItem(self.tr("Nothing saved yet today."))

    def _on_change(self, kinds: frozenset[Change]) -> None:
        if kinds & {Change.PEOPLE, Change.VOCABULARY}:
            self.refresh_choices()
        if Change.TRACKERS in kinds:
            self._show_trackers()
        if kinds & {Change.MOODS, Change.CONTACTS, Change.ACTIVITIES, Change.PEOPLE}:
            self.refresh_today()
        if Change.MOODS in kinds:
            self._consider_what_helps()
        if kinds & {Change.MOODS, Change.CONTACTS, Change.ACTIVITIES}:
            self._consider_on_this_day()

    # -- actions ----------------------------------------------------------
    def start(self) -> None:
        """Ready for a new check-in: focus the mood picker, scrolled into view."""
        self.mood_form.mood.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.isVisible():  # scrolled back only if out of view: the greeting stays on screen
            self.scroll.ensureWidgetVisible(self.mood_form.mood, 0, 0)

    def preset_contact(self, person_id: int) -> None:
        self.contact_form.people.set_selected([person_id])
        self.contact_form.mode.setFocus()

    def save(self) -> None:
        now = self.journal.clock()
        entries = []
        try:
            tracked = self.tracker_form.values() if not self.trackers_box.isHidden() else ()
        except UserError as exc:
            self._show_status(str(exc), error=True)
            return
        if tracked and self.mood_form.is_empty():
            self._show_status(self.tr("Please choose a mood too: your trackers are saved with the check-in."),
                              error=True)
            self.start()
            return
        if not self.mood_form.is_empty():
            entries.append(replace(self.mood_form.build(now), tracked=tracked))
        if not self.contact_form.is_empty():
            entries.append(self.contact_form.build(now))
        if not self.activity_form.is_empty():
            entries.append(self.activity_form.build(now))
        if not entries:
            self._show_status(self.tr("Choose a mood, a person or an activity first."), error=True)
            self.start()
            return
        try:
            entries = [e.validate(now) for e in entries]
            entries = with_time_together(self, self.journal, entries, now)  # "Also note time with Sam?"
            perform(self.undo_stack, SaveTodayCommand(self.journal, entries, self, when_text(now, "HH:mm")))
        except DiskProblem as exc:  # the forms keep everything: say so, and what to do
            self._show_status(self._not_saved_text(exc), error=True)
            return
        except UserError as exc:
            self._show_status(str(exc), error=True)
            return
        self.clear_forms()
        self._refilled = None
        self._show_status(self.tr("Saved at {time}. You can undo with Ctrl+Z.").format(
            time=when_text(now, "HH:mm")))

    def saved_entries_undone(self, entries: list[Entry], when: str) -> None:
        """A save from this page was undone: what it saved comes back in the forms (unless
        they hold new typing), to change and save again."""
        if any(form.draft() is not None for form in self._forms()):
            self._show_status(self.tr("Undone: the check-in saved at {time} is no longer in your journal.").format(
                time=when))
            return
        forms = {MoodCheckIn: self.mood_form, Contact: self.contact_form, Activity: self.activity_form}
        for entry in entries:
            forms[type(entry)].refill(entry)  # type: ignore[attr-defined]
        self._refilled = self.draft()
        self._show_status(self.tr("Undone: check-in at {time}. It is back in the form, not saved.").format(
            time=when))
        self.start()

    def saved_entries_redone(self, entries: list[Entry], when: str) -> None:
        """The undone save was redone: the forms let go of it if they still hold just that."""
        if self._refilled is not None and self.draft() == self._refilled:
            self.clear_forms()
        self._refilled = None
        self._show_status(self.tr("Saved again (check-in at {time}). You can undo with Ctrl+Z.").format(time=when))

    def _not_saved_text(self, problem: DiskProblem) -> str:
        if isinstance(problem, DiskFull):
            return self.tr("The disk is full, so this wasn't saved. Your typing is still here: "
                           "free some space, then press Save again.")
        return self.tr("The disk could not be written to, so this wasn't saved. Your typing is "
                       "still here: check the disk, then press Save again.")

    def clear_forms(self) -> None:
        for form in self._forms():
            form.clear()
        set_status(self.status, "")
        self.start()

    # -- drafts (kept in the vault when the journal locks) ----------------
    draft_key = TODAY_DRAFT

    def _forms(self) -> tuple[MoodForm, TrackerForm, ContactForm, ActivityForm]:
        return (self.mood_form, self.tracker_form, self.contact_form, self.activity_form)

    def draft(self) -> dict[str, Any] | None:
        """The filled-in parts of the unsaved check-in as JSON-able data; None when nothing is
        filled in. Untouched parts are left out."""
        parts = {form.SECTION: part for form in self._forms() if (part := form.draft()) is not None}
        return {"version": DRAFT_VERSION, **parts} if parts else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the forms from :meth:`draft` data; a part left out is cleared, and unknown
        fields and missing people are skipped."""
        if not isinstance(data, dict):
            data = {}
        for form in self._forms():
            part = data.get(form.SECTION)
            form.restore_draft(part if isinstance(part, dict) else {})
        self._show_status(self.tr("Here is what you were writing before the journal locked. It is not saved yet."))

    def take_draft_part(self, section: str, data: dict[str, Any]) -> bool:
        """Put one part (a "mood", "contact" or "activity" from another dialog's draft) into
        its form, if that form holds nothing yet. False when it does (or isn't one of ours)."""
        form = next((f for f in self._forms() if section == f.SECTION), None)
        if form is None or form.draft() is not None:
            return False
        form.restore_draft(data)
        self._show_status(self.tr("Here is what you were writing before the journal locked. It is not saved yet."))
        return True

    def _show_status(self, text: str, *, error: bool = False) -> None:
        set_status(self.status, text, error=error)


def reopen_today(window: Any, data: dict[str, Any]) -> str | None:
    """After unlocking: what was being typed on Today comes back there, and Today is shown."""
    window.today.restore_draft(data)
    window.go_to(0)
    return None


KEEPER.register_reopener(TODAY_DRAFT, reopen_today, order=0)  # first: a new entry's draft may join it

"""Set a new goal, or change one: what, why, a first step, what might get in the way and what
could help, when to look back on it, and optionally who is helping and where.

The dialog saves through :class:`GoalStore` on Save, so a problem (an empty title, a review
day before the goal was set) shows inside it and nothing typed is lost. ``goal()`` returns
the saved goal after ``accepted``. If the journal locks meanwhile, what is typed is kept as a
draft and the dialog opens again after unlocking.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.goals import (
    DEFAULT_OBSTACLES,
    REVIEW_AFTER_DAYS,
    TITLE_MAX,
    Goal,
    obstacle_label,
)
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.connecting.dialog_drafts import find_record, reopen_on_tab
from peerjournal.ui.connecting.dialog_form import add_foot, buddy_form, save_record
from peerjournal.ui.drafts.keeper import KEEPER, keep_while_shown
from peerjournal.ui.drafts.values import (
    DRAFT_VERSION,
    any_text,
    as_date,
    as_text,
    as_texts,
    choose,
)
from peerjournal.ui.widgets.buttons import save_cancel_buttons
from peerjournal.ui.widgets.dates import from_qdate, to_qdate
from peerjournal.ui.widgets.make import (
    check_box,
    combo,
    date_edit,
    error_label,
    line_edit,
    named,
    note_field,
    text_label,
)

if TYPE_CHECKING:
    from peerjournal.ui.app.main_window import MainWindow

GOAL_DRAFT = "goal"
"""The draft key for a new goal, or changes to one, not saved when the journal locked."""


class GoalDialog(QDialog):
    """New goal (optionally prefilled, e.g. from a gap in the resource check) or, with
    ``goal``, edit that goal's plan."""

    def __init__(self, journal: Journal, parent: QWidget | None = None, *, title: str = "",
                 why: str = "", helper_id: int | None = None, place_id: int | None = None,
                 goal: Goal | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self._journal = journal
        self._store = journal.goals
        self._source = goal
        self._saved: Goal | None = None
        self.setWindowTitle(self.tr("Change this goal") if goal else self.tr("A new goal"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        today = self._store.today()

        self._build_plan_fields()
        obstacles = self._build_obstacles()
        self.review_edit = date_edit("goalReviewDateEdit", self.tr("Day to look back on this goal"),
                                     today + timedelta(days=REVIEW_AFTER_DAYS),
                                     self.tr("On this day the Prompts page can remind you to look back."))
        self.review_edit.setMinimumDate(to_qdate(goal.set_on if goal else today))
        wanted_helper = self._build_helper_combo(goal.helper_person_id if goal else helper_id)
        self.place_combo = combo(
            "goalPlaceCombo", self.tr("Where"), self.tr("A place or group from the Connecting page (optional)."),
            items=[(self.tr("Nowhere in particular"), None)])
        for place in journal.places.places():
            self.place_combo.addItem(place.name, place.id)
        self._build_layout(obstacles)

        if goal is not None:
            self._load(goal)
        else:
            self.title_edit.setText(title)
            self.why_edit.setPlainText(why)
            choose(self.helper_combo, wanted_helper)
            choose(self.place_combo, place_id)
        self.title_edit.setFocus()
        self._as_opened = self._draft_fields()  # a changed goal is kept only if it differs
        keep_while_shown(self)

    def _build_plan_fields(self) -> None:
        """The goal in words: what, why, a first step, and what could help."""
        self.title_edit = line_edit("goalTitleEdit", self.tr("Your goal"),
                                    placeholder=self.tr("e.g. find a walking group"), max_length=TITLE_MAX)
        self.why_edit = note_field("goalWhyEdit", self.tr("Why it matters to you"),
                                   self.tr("What would be different? (optional)"))
        self.first_step_edit = line_edit("goalFirstStepEdit", self.tr("A first step"),
                                         placeholder=self.tr("The smallest thing you could do first"))
        self.help_edit = note_field("goalHelpEdit", self.tr("What could help"),
                                    self.tr("Someone to go with, a bus pass, going early… (optional)"))

    def _build_obstacles(self) -> QWidget:
        """A grid of ticks for the usual obstacles, and a line for the person's own."""
        obstacles = named(QWidget(), "obstaclesBox")
        grid = QGridLayout(obstacles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.obstacle_checks: dict[str, QCheckBox] = {}
        for n, word in enumerate(DEFAULT_OBSTACLES):
            check = check_box(
                obstacle_label(word), "obstacleCheck",
                self.tr("Might get in the way: {word}").format(word=obstacle_label(word)),
                self.tr("Tick anything that might make this harder. It is just for planning."))
            grid.addWidget(check, n // 3, n % 3)
            self.obstacle_checks[word] = check
        self.other_obstacles_edit = line_edit(
            "otherObstaclesEdit", self.tr("Something else that might get in the way"),
            self.tr("Separate several with commas"),
            placeholder=self.tr("Anything else, in your words (commas between)"))
        return obstacles

    def _build_helper_combo(self, wanted: int | None) -> int | None:
        """Who is helping: the journal's people (and ``wanted``, even if archived since).
        Returns ``wanted``, or None when that person is gone."""
        self.helper_combo = combo(
            "goalHelperCombo", self.tr("Who is helping"),
            self.tr("Someone from your people who is helping with this (optional)."),
            items=[(self.tr("Nobody in particular"), None)])
        people = {p.id: p.name for p in self._journal.people() if p.id is not None}
        if wanted is not None and wanted not in people:
            try:  # someone archived since: still shown for this goal
                people[wanted] = self._journal.get_person(wanted).name
            except UserError:
                wanted = None
        for pid, name in people.items():
            self.helper_combo.addItem(name, pid)
        return wanted

    def _build_layout(self, obstacles: QWidget) -> None:
        intro = text_label(self.tr(
            "Something small and your own, like “find a walking group” or “call my brother "
            "once a week”. You can change it, pause it or let it go at any time."
        ), "hintLabel")
        self.error_label = error_label()
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.buttons = save_cancel_buttons(self, "goal", self.tr("Save this goal"),
                                           self.tr("Saves this goal to your journal."))
        form = buddy_form([
            (self.tr("&Goal"), self.title_edit, self.title_edit),
            (self.tr("&Why it matters"), self.why_edit, self.why_edit),
            (self.tr("&First step"), self.first_step_edit, self.first_step_edit),
            (self.tr("Might get in the wa&y"), obstacles,
             self.obstacle_checks[DEFAULT_OBSTACLES[0]]),
            ("", self.other_obstacles_edit, self.other_obstacles_edit),
            (self.tr("What could &help"), self.help_edit, self.help_edit),
            (self.tr("&Look back on"), self.review_edit, self.review_edit),
            (self.tr("Who is helpi&ng"), self.helper_combo, self.helper_combo),
            (self.tr("Whe&re"), self.place_combo, self.place_combo),
        ])
        # The place picker only when there are places to pick.
        form.setRowVisible(self.place_combo, self.place_combo.count() > 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        add_foot(layout, self.error_label, self.buttons)

    def _load(self, goal: Goal) -> None:
        self.title_edit.setText(goal.title)
        self.why_edit.setPlainText(goal.why)
        self.first_step_edit.setText(goal.first_step)
        own = []
        for word in goal.obstacles:
            if word in self.obstacle_checks:
                self.obstacle_checks[word].setChecked(True)
            else:
                own.append(word)
        self.other_obstacles_edit.setText(", ".join(own))
        self.help_edit.setPlainText(goal.what_could_help)
        self.review_edit.setDate(to_qdate(goal.review_on))
        choose(self.helper_combo, goal.helper_person_id)
        choose(self.place_combo, goal.place_id)

    def _obstacles(self) -> tuple[str, ...]:
        chosen = [w for w, check in self.obstacle_checks.items() if check.isChecked()]
        return (*chosen, *self.other_obstacles_edit.text().split(","))

    def _build(self) -> Goal:
        fields = {
            "title": self.title_edit.text(),
            "why": self.why_edit.toPlainText(),
            "first_step": self.first_step_edit.text(),
            "obstacles": self._obstacles(),
            "what_could_help": self.help_edit.toPlainText(),
            "review_on": from_qdate(self.review_edit.date()),
            "helper_person_id": self.helper_combo.currentData(),
            "place_id": self.place_combo.currentData(),
        }
        if self._source is not None:
            return replace(self._source, **fields)
        return Goal(created=self._journal.clock(), **fields)

    def goal(self) -> Goal | None:
        """The saved goal, once the dialog has been accepted."""
        return self._saved

    def accept(self) -> None:
        self._saved = save_record(self._build(), self._source, self._store.add_goal,
                                  self._store.update_goal, self.error_label)
        if self._saved is None:
            if not self.title_edit.text().strip():
                self.title_edit.setFocus()
            return
        super().accept()

    # -- drafts (kept in the vault when the journal locks) ----------------
    draft_key = GOAL_DRAFT

    def _draft_fields(self) -> dict[str, Any]:
        return {
            "version": DRAFT_VERSION,
            "goal": self._source.id if self._source is not None else None,
            "title": self.title_edit.text(),
            "why": self.why_edit.toPlainText(),
            "first_step": self.first_step_edit.text(),
            "obstacles": [w for w, check in self.obstacle_checks.items() if check.isChecked()],
            "other_obstacles": self.other_obstacles_edit.text(),
            "help": self.help_edit.toPlainText(),
            "review_on": from_qdate(self.review_edit.date()).isoformat(),
            "helper": self.helper_combo.currentData(),
            "place": self.place_combo.currentData(),
        }

    def draft(self) -> dict[str, Any] | None:
        """A new goal with anything typed or chosen (a title offered from a gap counts), or a
        goal being changed that differs from how the dialog opened; else None."""
        data = self._draft_fields()
        if self._source is not None:
            return None if data == self._as_opened else data
        typed = any_text(data["title"], data["why"], data["first_step"], data["other_obstacles"], data["help"])
        chosen = data["obstacles"] or data["helper"] is not None or data["place"] is not None
        return data if typed or chosen else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """A field the draft doesn't have stays as the dialog opened; a helper or place no longer
        in the journal leaves "nobody" / "nowhere in particular"."""
        def put(key: str, setter: Any, read: Any = as_text) -> None:
            if key in data:
                setter(read(data[key]))

        put("title", self.title_edit.setText)
        put("why", self.why_edit.setPlainText)
        put("first_step", self.first_step_edit.setText)
        if isinstance(data.get("obstacles"), list):
            chosen = set(as_texts(data["obstacles"]))
            for word, check in self.obstacle_checks.items():
                check.setChecked(word in chosen)
        put("other_obstacles", self.other_obstacles_edit.setText)
        put("help", self.help_edit.setPlainText)
        review_on = as_date(data.get("review_on"))
        if review_on is not None:
            self.review_edit.setDate(to_qdate(review_on))
        put("helper", lambda v: choose(self.helper_combo, v), lambda v: v)
        put("place", lambda v: choose(self.place_combo, v), lambda v: v)


def find_goal(journal: Journal, goal_id: Any) -> Goal | None:
    """The goal a draft was about; None when it is gone, or for an id that isn't one."""
    return find_record(journal.goals.get_goal, goal_id)


def reopen_goal(window: MainWindow, data: dict[str, Any]) -> str | None:
    """The goal dialog on the Goals tab, new or for the goal being changed; dropped (kindly)
    when that goal was deleted meanwhile."""
    goals = window.connecting.goals
    goal_id = data.get("goal")
    if goal_id is not None and find_goal(window.journal, goal_id) is None:
        return QCoreApplication.translate(
            "LockDrafts", "The goal you were changing when the journal locked is no longer in your journal, "
            "so your changes to it could not come back.")
    reopen_on_tab(window, goals, data, goal_id, goals.select_goal, goals.new_goal, goals.edit_goal)
    return None


KEEPER.register_reopener(GOAL_DRAFT, reopen_goal, order=40)

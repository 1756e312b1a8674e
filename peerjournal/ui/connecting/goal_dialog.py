"""Set a new goal, or change one: what, why, a first step, what might get in the way and what
could help, when to look back on it, and optionally who is helping and where.

The dialog saves through :class:`GoalStore` on Save, so a problem (an empty title, a review
day before the goal was set) shows inside it and nothing typed is lost. ``goal()`` returns
the saved goal after ``accepted``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
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

from peerjournal.ui.journal.entry_forms import note_field
from peerjournal.ui.widgets.buttons import (
    date_edit,
    error_label,
    save_cancel_buttons,
    show_error,
    text_label,
)
from peerjournal.ui.widgets.dates import from_qdate, to_qdate


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

        intro = text_label(self.tr(
            "Something small and your own, like “find a walking group” or “call my brother "
            "once a week”. You can change it, pause it or let it go at any time."
        ), "hintLabel")

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("goalTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Your goal"))
        self.title_edit.setPlaceholderText(self.tr("e.g. find a walking group"))
        self.title_edit.setMaxLength(TITLE_MAX)
        self.why_edit = note_field("goalWhyEdit", self.tr("Why it matters to you"),
                                   self.tr("What would be different? (optional)"))
        self.first_step_edit = QLineEdit()
        self.first_step_edit.setObjectName("goalFirstStepEdit")
        self.first_step_edit.setAccessibleName(self.tr("A first step"))
        self.first_step_edit.setPlaceholderText(self.tr("The smallest thing you could do first"))

        obstacles = QWidget()
        obstacles.setObjectName("obstaclesBox")
        grid = QGridLayout(obstacles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.obstacle_checks: dict[str, QCheckBox] = {}
        for n, word in enumerate(DEFAULT_OBSTACLES):
            check = QCheckBox(obstacle_label(word))
            check.setObjectName("obstacleCheck")
            check.setAccessibleName(self.tr("Might get in the way: {word}").format(word=obstacle_label(word)))
            check.setAccessibleDescription(self.tr("Tick anything that might make this harder. It is just for planning."))
            grid.addWidget(check, n // 3, n % 3)
            self.obstacle_checks[word] = check
        self.other_obstacles_edit = QLineEdit()
        self.other_obstacles_edit.setObjectName("otherObstaclesEdit")
        self.other_obstacles_edit.setAccessibleName(self.tr("Something else that might get in the way"))
        self.other_obstacles_edit.setAccessibleDescription(self.tr("Separate several with commas"))
        self.other_obstacles_edit.setPlaceholderText(self.tr("Anything else, in your words (commas between)"))
        self.help_edit = note_field("goalHelpEdit", self.tr("What could help"),
                                    self.tr("Someone to go with, a bus pass, going early… (optional)"))

        self.review_edit = date_edit("goalReviewDateEdit", self.tr("Day to look back on this goal"),
                                     today + timedelta(days=REVIEW_AFTER_DAYS),
                                     self.tr("On this day the Prompts page can remind you to look back."))
        self.review_edit.setMinimumDate(to_qdate(goal.set_on if goal else today))

        self.helper_combo = QComboBox()
        self.helper_combo.setObjectName("goalHelperCombo")
        self.helper_combo.setAccessibleName(self.tr("Who is helping"))
        self.helper_combo.setAccessibleDescription(self.tr("Someone from your people who is helping with this (optional)."))
        self.helper_combo.addItem(self.tr("Nobody in particular"), None)
        people = {p.id: p.name for p in journal.people() if p.id is not None}
        wanted_helper = goal.helper_person_id if goal else helper_id
        if wanted_helper is not None and wanted_helper not in people:
            try:  # someone archived since: still shown for this goal
                people[wanted_helper] = journal.get_person(wanted_helper).name
            except UserError:
                wanted_helper = None
        for pid, name in people.items():
            self.helper_combo.addItem(name, pid)

        self.place_combo = QComboBox()
        self.place_combo.setObjectName("goalPlaceCombo")
        self.place_combo.setAccessibleName(self.tr("Where"))
        self.place_combo.setAccessibleDescription(self.tr("A place or group from the Connecting page (optional)."))
        self.place_combo.addItem(self.tr("Nowhere in particular"), None)
        for place in journal.places.places():
            self.place_combo.addItem(place.name, place.id)

        self.error_label = error_label()
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.buttons = save_cancel_buttons(self, "goal", self.tr("Save this goal"),
                                           self.tr("Saves this goal to your journal."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, QWidget]] = [
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
        ]
        for text, field, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        # The place picker only when there are places to pick.
        form.setRowVisible(self.place_combo, self.place_combo.count() > 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Enter in a one-line field saves (set once the box is in the dialog, so it stays so).
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

        if goal is not None:
            self._load(goal)
        else:
            self.title_edit.setText(title)
            self.why_edit.setPlainText(why)
            self._choose(self.helper_combo, wanted_helper)
            self._choose(self.place_combo, place_id)
        self.title_edit.setFocus()

    @staticmethod
    def _choose(combo: QComboBox, value: int | None) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

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
        self._choose(self.helper_combo, goal.helper_person_id)
        self._choose(self.place_combo, goal.place_id)

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
        goal = self._build()
        try:
            if self._source is None:
                self._saved = self._store.add_goal(goal)
            else:
                self._saved = self._store.update_goal(goal)
        except UserError as exc:
            show_error(self.error_label, str(exc))
            if not self.title_edit.text().strip():
                self.title_edit.setFocus()
            return
        super().accept()

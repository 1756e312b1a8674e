"""Look back on a goal: did it happen (yes / partly / not yet), what got in the way, what next,
and when to look back again. The goal can also be paused, or let go, from here: no judgement.

Saves through :class:`GoalStore`; a problem shows inside the dialog and nothing typed is lost.
After ``accepted``: ``saved_review`` (None when only the goal's state changed) and
``new_status`` (None when the goal stays as it was). If the journal locks meanwhile, what is
filled in is kept as a draft and the dialog opens again after unlocking.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.goals import (
    REVIEW_AFTER_DAYS,
    Goal,
    GoalStatus,
    Happened,
    Review,
)
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.connecting.dialog_drafts import reopen_on_tab
from peerjournal.ui.connecting.dialog_form import add_foot, buddy_form
from peerjournal.ui.connecting.goal_dialog import find_goal
from peerjournal.ui.drafts.keeper import KEEPER, keep_while_shown
from peerjournal.ui.drafts.values import DRAFT_VERSION, any_text, as_date, as_enum, as_text
from peerjournal.ui.widgets.buttons import save_cancel_buttons, show_error
from peerjournal.ui.widgets.dates import from_qdate, to_qdate
from peerjournal.ui.widgets.make import (
    action_button,
    check_box,
    date_edit,
    error_label,
    line_edit,
    named,
    note_field,
    radio_row,
    text_label,
)

if TYPE_CHECKING:
    from peerjournal.ui.app.main_window import MainWindow

REVIEW_DRAFT = "goal_review"
"""The draft key for looking back on a goal, not saved when the journal locked."""


class ReviewDialog(QDialog):
    def __init__(self, journal: Journal, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self._store = journal.goals
        self._goal = goal
        self.saved_review: Review | None = None
        self.new_status: GoalStatus | None = None
        self.setWindowTitle(self.tr("Look back on a goal"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)

        radio_box = self._build_happened()
        self._build_fields(self._store.today())
        others = self._build_other_endings(goal)
        self.error_label = error_label()
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.buttons = save_cancel_buttons(self, "review", self.tr("Save this review"),
                                           self.tr("Saves this look back to the goal's history."))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        for widget in self._build_heading(goal):
            layout.addWidget(widget)
        layout.addLayout(buddy_form([
            (self.tr("Did it happen?"), radio_box, self.happened_radios[Happened.YES]),
            (self.tr("What got in the &way"), self.in_the_way_edit, self.in_the_way_edit),
            (self.tr("What ne&xt"), self.next_edit, self.next_edit),
            (self.tr("Look back a&gain on"), self.next_date_edit, self.next_date_edit),
            ("", self.done_check, self.done_check),
        ]))
        add_foot(layout, self.error_label, self.buttons, others)
        self.happened_radios[Happened.YES].setFocus()
        keep_while_shown(self)

    def _build_heading(self, goal: Goal) -> tuple[QLabel, ...]:
        """The goal's title, a kind word, and the first step it began with (if any)."""
        heading = text_label(goal.title, "sectionLabel")
        intro = text_label(self.tr(
            "However it went is fine. Looking back is how plans get easier to make."
        ), "hintLabel")
        step = text_label(
            self.tr("Your first step was: {step}").format(step=goal.first_step)
            if goal.first_step else "", "hintLabel")
        step.setVisible(bool(goal.first_step))
        return heading, intro, step

    def _build_happened(self) -> QWidget:
        """Yes / partly / not yet, one radio button each in a row (arrow keys move between)."""
        texts = {Happened.YES: self.tr("&Yes"), Happened.PARTLY: self.tr("&Partly"),
                 Happened.NOT_YET: self.tr("&Not yet")}
        self.happened_group, self.happened_radios, radio_box = radio_row(self, (
            (happened, named(
                QRadioButton(text), f"{happened.value}HappenedRadio",
                self.tr("Did it happen: {answer}").format(answer=happened.label),
                self.tr("However it went is fine. The arrow keys move between yes, partly and not yet.")))
            for happened, text in texts.items()))
        return radio_box

    def _build_fields(self, today: date) -> None:
        """What got in the way, what next, when to look back again, and whether it is done."""
        self.in_the_way_edit = note_field("inTheWayEdit", self.tr("What got in the way"),
                                          self.tr("Anything that made it harder (optional)"))
        self.next_edit = line_edit("nextStepEdit", self.tr("What next"),
                                   placeholder=self.tr("A next small step (optional)"))
        self.next_date_edit = date_edit("nextReviewDateEdit", self.tr("Next day to look back"),
                                        today + timedelta(days=REVIEW_AFTER_DAYS),
                                        self.tr("When to look back on this goal again."))
        self.next_date_edit.setMinimumDate(to_qdate(today))
        self.done_check = check_box(
            self.tr("This goal is &done"), "goalDoneCheck", self.tr("This goal is done"),
            self.tr("Tick if you have done what you set out to do. Its history stays."),
            toggled=lambda done: self.next_date_edit.setEnabled(not done))

    def _build_other_endings(self, goal: Goal) -> QHBoxLayout:
        """Pause the goal, or let it go (each hidden when the goal already is so)."""
        self.pause_button = action_button(
            self.tr("P&ause this goal for now"), "pauseGoalButton", self.tr("Pause this goal for now"),
            lambda: self._finish(GoalStatus.PAUSED),
            self.tr("Keeps the goal and its history; you can pick it up again whenever you like"))
        self.pause_button.setVisible(goal.status is not GoalStatus.PAUSED)
        self.let_go_button = action_button(
            self.tr("&Let this goal go — that's fine, plans change"), "letGoButton",
            self.tr("Let this goal go"), lambda: self._finish(GoalStatus.LET_GO),
            self.tr("That's fine, plans change. Its history is kept."))
        self.let_go_button.setVisible(goal.status is not GoalStatus.LET_GO)
        others = QHBoxLayout()
        others.addWidget(self.pause_button)
        others.addWidget(self.let_go_button)
        others.addStretch(1)
        return others

    def happened(self) -> Happened | None:
        return next((h for h, r in self.happened_radios.items() if r.isChecked()), None)

    def _review(self, happened: Happened) -> Review:
        assert self._goal.id is not None
        return Review(goal_id=self._goal.id, on=self._store.today(), happened=happened,
                      in_the_way=self.in_the_way_edit.toPlainText(),
                      next_step=self.next_edit.text())

    def accept(self) -> None:
        """Save the review; the goal is marked done, or gets its next day to look back."""
        happened = self.happened()
        if happened is None:
            show_error(self.error_label, self.tr(
                "Please choose whether it happened: yes, partly or not yet. "
                "Or pause the goal, or let it go."))
            self.happened_radios[Happened.YES].setFocus()
            return
        if self.done_check.isChecked():
            self._save(happened, None, GoalStatus.DONE)
        else:
            self._save(happened, from_qdate(self.next_date_edit.date()), None)

    def _finish(self, status: GoalStatus) -> None:
        """Pause or let go; a review filled in as well is kept with it."""
        happened = self.happened()
        if happened is None:
            try:
                assert self._goal.id is not None
                self._store.set_status(self._goal.id, status)
            except UserError as exc:
                show_error(self.error_label, str(exc))
                return
            self.new_status = status
            super().accept()
            return
        self._save(happened, None, status)

    def _save(self, happened: Happened, next_on: date | None, status: GoalStatus | None) -> None:
        try:
            self.saved_review = self._store.add_review(
                self._review(happened), next_review_on=next_on, status=status)
        except UserError as exc:
            show_error(self.error_label, str(exc))
            return
        self.new_status = status
        super().accept()

    # -- drafts (kept in the vault when the journal locks) ----------------
    draft_key = REVIEW_DRAFT

    def draft(self) -> dict[str, Any] | None:
        """What is filled in (an answer, a tick or any text); None when nothing is."""
        happened = self.happened()
        in_the_way, next_step = self.in_the_way_edit.toPlainText(), self.next_edit.text()
        done = self.done_check.isChecked()
        if happened is None and not done and not any_text(in_the_way, next_step):
            return None
        return {
            "version": DRAFT_VERSION,
            "goal": self._goal.id,
            "happened": happened.value if happened else None,
            "in_the_way": in_the_way,
            "next_step": next_step,
            "next_on": from_qdate(self.next_date_edit.date()).isoformat(),
            "done": done,
        }

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the dialog from :meth:`draft` data; malformed fields are skipped."""
        happened = as_enum(Happened, data.get("happened"))
        if happened is not None:
            self.happened_radios[happened].setChecked(True)
        self.in_the_way_edit.setPlainText(as_text(data.get("in_the_way")))
        self.next_edit.setText(as_text(data.get("next_step")))
        next_on = as_date(data.get("next_on"))
        if next_on is not None:
            self.next_date_edit.setDate(to_qdate(next_on))
        self.done_check.setChecked(data.get("done") is True)


def reopen_review(window: MainWindow, data: dict[str, Any]) -> str | None:
    """Looking back on the goal again, on the Goals tab; dropped (kindly) when the goal was
    deleted meanwhile or is no longer open to look back on."""
    goal_id = data.get("goal")
    goal = find_goal(window.journal, goal_id)
    if goal is None or goal.status is not GoalStatus.ACTIVE:
        return QCoreApplication.translate(
            "LockDrafts", "The goal you were looking back on when the journal locked is no longer open to look "
            "back on, so what you wrote could not come back.")
    goals = window.connecting.goals
    reopen_on_tab(window, goals, data, goal_id, goals.select_goal, goals.review_goal, goals.review_goal)
    return None


KEEPER.register_reopener(REVIEW_DRAFT, reopen_review, order=50)

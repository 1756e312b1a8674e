"""The Goals tab: goals grouped Active / Paused / Let go / Done, the chosen goal's plan and its
history told as a timeline in plain words. Goals whose day has come are gently marked
"ready to look back on". No streaks, scores or percentages anywhere.

Signals: ``goalSaved(object)`` with each goal saved from the goal dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.goals import (
    STATUS_ORDER,
    Goal,
    GoalStatus,
    by_status,
    day_words,
    due_for_review,
    is_due,
    obstacle_label,
)
from peerjournal.errors import UserError
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents, RefreshOnChange
from peerjournal.ui.connecting.detail_panel import reading_list, value_form
from peerjournal.ui.connecting.goal_dialog import GoalDialog
from peerjournal.ui.connecting.goal_review_dialog import ReviewDialog
from peerjournal.ui.widgets import messages
from peerjournal.ui.widgets.accessible import view_shortcut
from peerjournal.ui.widgets.buttons import list_splitter
from peerjournal.ui.widgets.dialog_steps import confirm_then, open_dialog
from peerjournal.ui.widgets.make import action_button, named, text_label

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalsModel(QStandardItemModel):
    """Group rows (one per state that has goals), each with its goals: title, when to look back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("Looking back")])

    def load(self, goals: list[Goal], today) -> None:  # type: ignore[no-untyped-def]
        self.removeRows(0, self.rowCount())  # columns (and their header sizing) stay
        for status, members in by_status(goals).items():
            if not members:
                continue
            group = QStandardItem(status.label)
            group.setEditable(False)
            group.setSelectable(False)
            filler = QStandardItem("")
            filler.setEditable(False)
            filler.setSelectable(False)
            for goal in members:
                title = QStandardItem(goal.title)
                title.setData(goal.id, GOAL_ID_ROLE)
                title.setEditable(False)
                when = QStandardItem(self._when(goal, today))
                when.setData(goal.id, GOAL_ID_ROLE)
                when.setEditable(False)
                group.appendRow([title, when])
            self.appendRow([group, filler])

    def _when(self, goal: Goal, today) -> str:  # type: ignore[no-untyped-def]
        if goal.status is not GoalStatus.ACTIVE:
            return ""
        if is_due(goal, today):
            return self.tr("ready to look back on")
        return day_words(goal.review_on, today)

    def index_of(self, goal_id: int) -> QModelIndex:
        for row in range(self.rowCount()):
            group = self.item(row)
            for child in range(group.rowCount()):
                if group.child(child).data(GOAL_ID_ROLE) == goal_id:
                    return self.indexFromItem(group.child(child))
        return QModelIndex()


class GoalsWidget(QWidget, RefreshOnChange):
    REFRESH_ON = frozenset({Change.GOALS, Change.PEOPLE, Change.PLACES})
    goalSaved = Signal(object)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsWidget")
        self._journal = journal
        self._store = journal.goals
        self._goals: dict[int, Goal] = {}
        self._current: int | None = None
        self.goal_dialog: GoalDialog | None = None
        self.review_dialog: ReviewDialog | None = None

        self.due_label = text_label(name="dueLabel")
        self.new_button = action_button(self.tr("&New goal…"), "newGoalButton", self.tr("New goal"),
                                        lambda: self.new_goal())
        self.new_button.setToolTip(self.tr("New goal (Ctrl+Shift+G)"))
        top = QHBoxLayout()
        # Aligned, the button keeps its own width when the due line is hidden (no goals yet).
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.due_label, 1)

        self.model = GoalsModel(self)
        self.tree = named(QTreeView(), "goalsTree", self.tr("Goals, grouped by state"), self.tr(
            "Choose a goal to see its plan and how it has gone. F2 changes it, Delete deletes it."))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setAccessibleName(self.tr("Goal list columns"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(lambda _i: self.edit_goal())
        self.empty_label = text_label(self.tr(
            "No goals yet. A goal can be small: “say hello to a neighbour”, “find out when the "
            "library group meets”. Gaps in “Do I know someone who could…?” can become goals too."
        ), "emptyLabel")

        splitter = list_splitter("goalsSplitter", self.tree, self.empty_label)
        splitter.addWidget(self._details())
        splitter.setSizes([420, 600])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        view_shortcut(self, self.tree, QKeySequence.StandardKey.Delete, self.delete_goal)
        edit = QAction(self)
        edit.setShortcut(QKeySequence("F2"))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.triggered.connect(self.edit_goal)
        self.addAction(edit)

        events.changed.connect(self._journal_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------
    def _details(self) -> QWidget:
        self.title_label = text_label(name="goalTitleLabel")
        self.status_label = text_label(name="goalStatusLabel")
        form, self.plan_labels = value_form((
            ("why", self.tr("Why it matters")), ("first_step", self.tr("First step")),
            ("obstacles", self.tr("Might get in the way")),
            ("help", self.tr("What could help")), ("helper", self.tr("Who is helping")),
            ("place", self.tr("Where")), ("review_on", self.tr("Look back on")),
        ), "Value")
        self.history_title = text_label(self.tr("How it has gone"), "sectionLabel")
        self.history_list = reading_list("goalHistoryList", self.tr("History of this goal"),
                                         self.tr("Each time you looked back on this goal, and what changed."))
        self.history_list.setWordWrap(True)

        self.review_button = action_button(self.tr("&Review…"), "reviewGoalButton",
                                           self.tr("Look back on this goal"), self.review_goal, self.tr(
            "Opens a short look back: did it happen, what got in the way, what next."))
        self.edit_button = action_button(self.tr("Ed&it…"), "editGoalButton",
                                         self.tr("Change this goal's plan"), self.edit_goal,
                                         self.tr("Opens this goal's plan to change it."))
        self.pause_button = action_button(self.tr("&Pause"), "pauseResumeButton",
                                          self.tr("Pause this goal"), self.toggle_paused, self.tr(
            "A paused goal waits, with its history kept, until you pick it up again."))
        self.let_go_button = action_button(self.tr("&Let go"), "letGoGoalButton",
                                           self.tr("Let this goal go"), self.let_go)
        self.let_go_button.setToolTip(self.tr("That's fine — plans change. Its history is kept."))
        self.delete_button = action_button(
            self.tr("&Delete…"), "deleteGoalButton", self.tr("Delete this goal and its history"),
            self.delete_goal, self.tr("Deletes this goal and its history, after asking. Letting it go keeps the history instead."))
        buttons = QHBoxLayout()
        for button in (self.review_button, self.edit_button, self.pause_button,
                       self.let_go_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.note_label = text_label(name="statusLabel")

        self.details = named(QWidget(), "goalDetails")
        column = QVBoxLayout(self.details)
        column.addWidget(self.title_label)
        column.addWidget(self.status_label)
        column.addLayout(buttons)
        column.addWidget(self.note_label)
        column.addLayout(form)
        column.addWidget(self.history_title)
        column.addWidget(self.history_list, 1)
        self.nothing_label = text_label(self.tr("Choose a goal to see its plan and how it has gone."),
                                        "hintLabel")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        side_layout.addWidget(self.nothing_label)
        side_layout.addStretch(0)
        return side

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self._store.today()
        goals = self._store.goals()
        self._goals = {g.id: g for g in goals if g.id is not None}
        keep = self._current if self._current in self._goals else None
        self.tree.selectionModel().blockSignals(True)
        self.model.load(goals, today)
        self.tree.expandAll()
        self.tree.selectionModel().blockSignals(False)
        self.tree.setVisible(bool(goals))
        self.empty_label.setVisible(not goals)
        due = due_for_review(goals, today)
        if due:
            self.due_label.setText(self.tr("Ready to look back on, whenever suits you: {goals}.")
                                   .format(goals=", ".join(g.title for g in due)))
        self.due_label.setVisible(bool(due))
        if keep is None and goals:
            first = due[0] if due else next(
                (g for s in STATUS_ORDER for g in by_status(goals)[s]), None)
            keep = first.id if first else None
        self.select_goal(keep)

    def select_goal(self, goal_id: int | None) -> None:
        self._current = goal_id
        if goal_id is not None:
            index = self.model.index_of(goal_id)
            if index.isValid():
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(index)
                self.tree.selectionModel().blockSignals(False)
        self._show_details()

    def current_goal(self) -> Goal | None:
        return self._goals.get(self._current) if self._current is not None else None

    def _selection_changed(self) -> None:
        index = self.tree.currentIndex()
        goal_id = index.data(GOAL_ID_ROLE) if index.isValid() else None
        if goal_id is not None:
            self._current = goal_id
            self.note_label.clear()
            self._show_details()

    def _show_details(self) -> None:
        goal = self.current_goal()
        self.details.setVisible(goal is not None)
        self.nothing_label.setVisible(goal is None and bool(self._goals))
        if goal is None:
            return
        today = self._store.today()
        self.title_label.setText(goal.title)
        status = goal.status.label
        if is_due(goal, today):
            status = self.tr("{status} — ready to look back on, whenever suits you").format(status=status)
        self.status_label.setText(status)
        helper = ""
        if goal.helper_person_id is not None:
            try:
                helper = self._journal.get_person(goal.helper_person_id).name
            except UserError:
                helper = ""
        place = ""
        if goal.place_id is not None:
            try:
                place = self._journal.places.get_place(goal.place_id).name
            except UserError:
                place = ""
        values = {
            "why": goal.why, "first_step": goal.first_step,
            "obstacles": ", ".join(obstacle_label(w) for w in goal.obstacles),
            "help": goal.what_could_help, "helper": helper, "place": place,
            "review_on": day_words(goal.review_on, today) if goal.status is GoalStatus.ACTIVE else "",
        }
        for key, value in values.items():
            self.plan_labels[key].setText(value or "—")  # type: ignore[attr-defined]
        self.history_list.clear()
        for item in self._store.history(goal.id):  # type: ignore[arg-type]
            self.history_list.addItem(item.line(today))
        active = goal.status is GoalStatus.ACTIVE
        self.review_button.setEnabled(active)
        if active:
            self.pause_button.setText(self.tr("&Pause"))
            self.pause_button.setAccessibleName(self.tr("Pause this goal"))
        else:
            self.pause_button.setText(self.tr("&Pick up again"))
            self.pause_button.setAccessibleName(self.tr("Pick this goal up again"))
        self.let_go_button.setEnabled(goal.status is not GoalStatus.LET_GO)

    # -- actions -----------------------------------------------------------------------
    def new_goal(self, title: str = "", why: str = "", helper_id: int | None = None,
                 place_id: int | None = None) -> GoalDialog:
        dialog = GoalDialog(self._journal, self, title=title, why=why, helper_id=helper_id,
                            place_id=place_id)
        return self._open_goal_dialog(dialog)

    def edit_goal(self) -> GoalDialog | None:
        goal = self.current_goal()
        if goal is None:
            return None
        return self._open_goal_dialog(GoalDialog(self._journal, self, goal=goal))

    def _open_goal_dialog(self, dialog: GoalDialog) -> GoalDialog:
        self.goal_dialog = dialog
        return open_dialog(dialog, lambda: self._goal_saved(dialog))

    def _goal_saved(self, dialog: GoalDialog) -> None:
        goal = dialog.goal()
        if goal is not None:
            self.select_goal(goal.id)
            self.note_label.setText(self.tr("Saved."))
            self.goalSaved.emit(goal)

    def review_goal(self) -> ReviewDialog | None:
        goal = self.current_goal()
        if goal is None or goal.status is not GoalStatus.ACTIVE:
            return None
        dialog = ReviewDialog(self._journal, goal, self)
        self.review_dialog = dialog
        return open_dialog(dialog, lambda: self._reviewed(dialog))

    def _reviewed(self, dialog: ReviewDialog) -> None:
        words = {
            GoalStatus.DONE: self.tr("Saved. This goal is done; its history stays here."),
            GoalStatus.PAUSED: self.tr("Paused. It's here whenever you want to pick it up."),
            GoalStatus.LET_GO: self.tr("Let go. That's fine — plans change."),
        }
        self.note_label.setText(words.get(dialog.new_status, self.tr("Saved.")))  # type: ignore[arg-type]

    def _set_status(self, status: GoalStatus, note: str) -> None:
        goal = self.current_goal()
        if goal is None or goal.id is None:
            return
        try:
            self._store.set_status(goal.id, status)
        except UserError as exc:
            messages.warn(self, self.tr("Not changed"), str(exc))
            return
        self.note_label.setText(note)

    def toggle_paused(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        if goal.status is GoalStatus.ACTIVE:
            self._set_status(GoalStatus.PAUSED,
                             self.tr("Paused. It's here whenever you want to pick it up."))
        else:
            self._set_status(GoalStatus.ACTIVE, self.tr("Picked up again."))

    def let_go(self) -> None:
        self._set_status(GoalStatus.LET_GO, self.tr("Let go. That's fine — plans change."))

    def delete_goal(self) -> None:
        goal = self.current_goal()
        if goal is None or goal.id is None:
            return
        goal_id = goal.id
        confirm_then(self, (
            self.tr("Delete this goal?"),
            self.tr("Delete “{title}” and its history? This can't be undone. (Letting it go "
                    "keeps its history.)").format(title=goal.title),
            self.tr("Delete"), self.tr("Keep it"),
        ), lambda: self._store.delete_goal(goal_id), self.tr("Not deleted"))

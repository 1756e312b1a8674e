"""The "Do I know someone who could…?" tab: take the check, see what it shows, look back.

Results are in words and in a small table: how many questions have someone, per part;
which rest on one person; which have nobody yet (each can become a goal); which are "not
sure yet"; and what changed since the check before. Past checks can be opened or deleted.

Signals: ``goalRequested(str, str)`` with a goal's title and why it matters, from a
gap's "Make this a goal…" (the Connecting page opens the goal dialog with them).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.resources import (
    CHECK_EVERY_DAYS,
    CheckChange,
    CheckResults,
    ItemResult,
    ResourceCheck,
    check_due,
    compare,
    next_offer,
)
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents, RefreshOnChange
from peerjournal.ui.connecting.resource_check_dialog import ResourceCheckDialog, core_text, question
from peerjournal.ui.connecting.resource_items_dialog import ResourceItemsDialog
from peerjournal.ui.widgets.accessible import chain
from peerjournal.ui.widgets.buttons import local_day_text
from peerjournal.ui.widgets.dialog_steps import (
    confirm_then,
    keep_while_open,
    open_dialog,
    show_dialog,
)
from peerjournal.ui.widgets.make import action_button, column, label, named, scrolling, text_label
from peerjournal.ui.widgets.tables import fill_figures, read_only

__all__ = ["ResourceCheckDialog", "ResourceCheckWidget", "ResourceItemsDialog"]

CHECK_ID_ROLE = Qt.ItemDataRole.UserRole


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is not None and item.widget() is not None:
            item.widget().deleteLater()


class ResourceCheckWidget(QWidget, RefreshOnChange):
    REFRESH_ON = frozenset({Change.RESOURCES, Change.PEOPLE})
    goalRequested = Signal(str, str)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        # People added during a check are undoable (the main window's Edit ▸ Undo; own stack alone).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setObjectName("resourceCheckWidget")
        self._journal = journal
        self._store = journal.resources
        self._shown_id: int | None = None  # the check on show; None: the newest
        self.check_dialog: ResourceCheckDialog | None = None
        self.items_dialog: ResourceItemsDialog | None = None
        self.results: CheckResults | None = None
        self.change: CheckChange | None = None
        self.offer_every_days: int | None = CHECK_EVERY_DAYS  # None: the Prompts page turned the offer off

        intro = text_label(self.tr(
            "Do I know someone who could…? A short check of who you could call on for everyday "
            "help, information and advice, support, and company. Take it whenever you like. "
            "There are no right answers; a “no” is just somewhere you could start."
        ))
        self.status_label = text_label(name="statusLabel")
        top = self._build_top()
        body = QHBoxLayout()
        body.addWidget(self._build_results(), 3)
        body.addLayout(self._build_history(), 1)
        column(self, intro, self.status_label, top, (body, 1))
        events.changed.connect(self._journal_changed)
        self.refresh()

    def _build_top(self) -> QHBoxLayout:
        """Take the check; edit its questions."""
        self.take_button = action_button(
            self.tr("&Take the check…"), "takeCheckButton", self.tr("Take the check"), self.take_check,
            self.tr("Opens the questions, a part at a time. Nothing is kept until you save your answers."))
        self.edit_button = action_button(
            self.tr("Edit the &questions…"), "editQuestionsButton", self.tr("Edit the questions of the check"),
            self.edit_questions,
            self.tr("Change the wording or order of the questions, add your own, or stop asking one."))
        top = QHBoxLayout()
        top.addWidget(self.take_button)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        return top

    def _build_domain_table(self) -> QTableWidget:
        table = named(QTableWidget(), "domainTable", self.tr("Questions with someone, by part"), self.tr(
            "For each part of the check, how many questions had someone, not sure, or no."))
        read_only(table, self.tr("Columns"), alternate=False)
        table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _build_results(self) -> QScrollArea:
        """What the shown check says, in a scroll area (or the words saying it will be there)."""
        self.empty_label = text_label(self.tr(
            "When you have taken the check, what it shows will be here."
        ), "emptyLabel")
        self.results_title = text_label(name="sectionLabel")
        self.summary_label = text_label(name="summaryLabel")
        self.domain_table = self._build_domain_table()
        self.fragile_title = text_label(self.tr("Resting on one person"), "sectionLabel")
        self.fragile_label = text_label(name="fragileLabel")
        self.gaps_title = text_label(self.tr("Nobody yet"), "sectionLabel")
        self.gaps_box = QVBoxLayout()
        self.not_sure_title = text_label(self.tr("Not sure yet"), "sectionLabel")
        self.not_sure_label = text_label(name="notSureLabel")
        self.change_title = text_label(name="sectionLabel")
        self.change_label = text_label(name="changeLabel")
        self.gap_buttons: list[QPushButton] = []

        results = QWidget()
        self.results_box = results
        column = QVBoxLayout(results)
        column.addWidget(self.results_title)
        column.addWidget(self.summary_label)
        column.addWidget(self.domain_table, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.fragile_title, self.fragile_label, self.gaps_title):
            column.addWidget(widget)
        column.addLayout(self.gaps_box)
        for widget in (self.not_sure_title, self.not_sure_label, self.change_title,
                       self.change_label):
            column.addWidget(widget)
        column.addStretch(1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.empty_label)
        inner_layout.addWidget(results)
        inner_layout.addStretch(1)
        return scrolling(inner, self.tr("What the check shows"), "resultsScroll")

    def _build_history(self) -> QVBoxLayout:
        """Past checks, to open one or delete it."""
        self.history_list = named(QListWidget(), "checkHistoryList", self.tr("Past checks"),
                                  self.tr("Choose a check to see what it showed."))
        self.history_list.currentItemChanged.connect(lambda *_: self._history_chosen())
        self.delete_button = action_button(
            self.tr("&Delete this check…"), "deleteCheckButton", self.tr("Delete the chosen check"),
            self.delete_check, self.tr("Deletes the check chosen in the list, after asking. This can't be undone."))
        history = QVBoxLayout()
        history.addWidget(label(self.tr("&Past checks"), "sectionLabel", buddy=self.history_list))
        history.addWidget(self.history_list, 1)
        history.addWidget(self.delete_button)
        return history

    # -- refreshing -----------------------------------------------------------
    def refresh(self) -> None:
        checks = self._store.checks()
        self._show_status(checks[0].taken if checks else None)
        self.history_list.blockSignals(True)
        self.history_list.clear()
        results = {c.id: self._store.results(c) for c in checks}
        for check in checks:
            r = results[check.id]
            row = QListWidgetItem(self.tr("{day}: someone for {n} of {total}").format(
                day=local_day_text(check.taken), n=r.with_someone, total=r.answered))
            row.setData(CHECK_ID_ROLE, check.id)
            self.history_list.addItem(row)
        if self._shown_id not in results:
            self._shown_id = None
        shown = self._shown_id if self._shown_id is not None else (checks[0].id if checks else None)
        for i in range(self.history_list.count()):
            if self.history_list.item(i).data(CHECK_ID_ROLE) == shown:
                self.history_list.setCurrentRow(i)
        self.history_list.blockSignals(False)
        self.delete_button.setEnabled(bool(checks))
        self.empty_label.setVisible(not checks)
        self.results_box.setVisible(bool(checks))
        if not checks:
            self.results = self.change = None
            return
        index = next(i for i, c in enumerate(checks) if c.id == shown)
        self.results = results[shown]
        before = checks[index + 1] if index + 1 < len(checks) else None
        self.change = compare(results[before.id], self.results) if before else None
        self._show_results(self.results, self.change)

    def set_offer_every(self, days: int | None) -> None:
        """Follow the Prompts page: how often the check is offered (``None``: not offered)."""
        self.offer_every_days = days
        self._show_status(self._store.last_taken())

    def _show_status(self, last: datetime | None) -> None:
        now = self._journal.clock()
        every = self.offer_every_days
        if last is None:
            text = self.tr("You haven't taken the check yet. It takes a few minutes.")
        elif every is None:
            text = self.tr("You last took the check on {day}. You can take it again whenever you like."
                           ).format(day=local_day_text(last))
        elif check_due(last, now, every):
            text = self.tr(
                "You last took the check on {day}. It has been a few months, so you might like "
                "to take it again and see what has changed, whenever suits you."
            ).format(day=local_day_text(last))
        else:
            offer = next_offer(last, every)
            assert offer is not None
            text = self.tr(
                "You last took the check on {day}. It will be offered again after {next}, "
                "and you can take it any time before then."
            ).format(day=local_day_text(last), next=local_day_text(offer))
        self.status_label.setText(text)

    def _names(self, result: ItemResult, names: dict[int | None, str]) -> str:
        parts = []
        for pid in result.person_ids:
            name = names.get(pid, "")
            if pid in result.archived_ids:
                name = self.tr("{name} (archived)").format(name=name)
            parts.append(name)
        return ", ".join(parts) if parts else self.tr("nobody named now")

    def _show_results(self, results: CheckResults, change: CheckChange | None) -> None:
        self.results_title.setText(self.tr("Your check on {day}").format(day=local_day_text(results.taken)))
        lines = [self.tr("Someone came to mind for {n} of the {total} questions you answered.").format(
            n=results.with_someone, total=results.answered)]
        for count in results.domains:
            if count.answered:
                lines.append(self.tr("{part}: someone for {n} of {total}.").format(
                    part=core_text(count.domain.label), n=count.with_someone, total=count.answered))
        self.summary_label.setText("\n".join(lines))

        headers = [self.tr("Part"), self.tr("Someone"), self.tr("Not sure"), self.tr("No")]
        fill_figures(self.domain_table, headers, [
            [core_text(count.domain.label), str(count.with_someone), str(count.not_sure), str(count.no)]
            for count in results.domains])

        fragile = results.fragile
        names = {p.id: p.name for p in self._journal.people(include_archived=True)}
        self.fragile_title.setVisible(bool(fragile))
        self.fragile_label.setVisible(bool(fragile))
        self.fragile_label.setText("\n".join(
            self.tr("{question} Only {names}.").format(question=question(i.text), names=self._names(i, names))
            for i in fragile
        ))

        _clear(self.gaps_box)
        self.gap_buttons = []
        self.gaps_title.setVisible(bool(results.gaps))
        for gap in results.gaps:
            self.gaps_box.addWidget(self._gap_row(gap, results.taken))
        chain([self.domain_table, *self.gap_buttons])  # where they stand, not after the list of checks

        self.not_sure_title.setVisible(bool(results.not_sure))
        self.not_sure_label.setVisible(bool(results.not_sure))
        self.not_sure_label.setText("\n".join(question(i.text) for i in results.not_sure))

        self.change_title.setVisible(change is not None)
        self.change_label.setVisible(change is not None)
        if change is not None:
            self.change_title.setText(self.tr("Since your check on {day}").format(
                day=local_day_text(change.since)))
            self.change_label.setText(self._change_text(change))

    def _gap_row(self, gap: ItemResult, taken: datetime) -> QWidget:
        row = QWidget()
        row.setObjectName("gapRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(question(gap.text), "gapLabel"), 1)
        what = core_text(gap.text)
        button = QPushButton(self.tr("Make this a goal…"))
        button.setObjectName("makeGoalButton")
        button.setAccessibleName(self.tr("Make a goal: find someone who could {what}").format(what=what))
        button.setAccessibleDescription(self.tr("Opens a new goal with this filled in, for you to change or save."))
        button.setAutoDefault(False)
        title = self.tr("Find someone who could {what}").format(what=what)
        why = self.tr("When I took the check on {day}, nobody came to mind who could {what}.").format(
            day=local_day_text(taken), what=what)
        button.clicked.connect(lambda: self.goalRequested.emit(title, why))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.gap_buttons.append(button)
        return row

    def _change_text(self, change: CheckChange) -> str:
        if change.nothing_changed:
            return self.tr("The same as last time.")
        lines = []
        for d in change.domains:
            if d.difference:
                lines.append(self.tr("{part}: someone for {before} questions then, {after} now.").format(
                    part=core_text(d.domain.label), before=d.before, after=d.after))
        for item in change.gained:
            lines.append(self.tr("Someone now: {question}").format(question=question(item.text)))
        if len(change.more_people) > 3:  # a long list would hide the rest
            lines.append(self.tr("More people now for {n} questions.").format(
                n=len(change.more_people)))
        else:
            for item in change.more_people:
                lines.append(self.tr("More people now: {question}").format(
                    question=question(item.text)))
        for item in change.lost:
            lines.append(self.tr("Nobody this time: {question}").format(question=question(item.text)))
        return "\n".join(lines)

    # -- actions ----------------------------------------------------------------
    def _history_chosen(self) -> None:
        row = self.history_list.currentItem()
        if row is None:
            return
        check_id = row.data(CHECK_ID_ROLE)
        newest = self.history_list.item(0).data(CHECK_ID_ROLE)
        self._shown_id = None if check_id == newest else check_id
        self.refresh()

    def show_check(self, check_id: int | None) -> None:
        """Show a past check's results (None: the newest)."""
        self._shown_id = check_id
        self.refresh()

    def take_check(self) -> ResourceCheckDialog:
        dialog = ResourceCheckDialog(self._journal, self, undo_stack=self.undo_stack)
        dialog.saved.connect(self._check_saved)
        keep_while_open(self, "check_dialog", dialog, closed=self.take_button.setFocus)
        show_dialog(dialog)
        return dialog

    def _check_saved(self, check: ResourceCheck) -> None:
        self.show_check(None)


    def edit_questions(self) -> ResourceItemsDialog:
        dialog = ResourceItemsDialog(self._journal, self)
        self.items_dialog = dialog
        return open_dialog(dialog)

    def delete_check(self) -> None:
        row = self.history_list.currentItem()
        if row is None:
            return
        check_id = row.data(CHECK_ID_ROLE)
        confirm_then(self, (
            self.tr("Delete this check?"),
            self.tr("Delete your check from {day}? This can't be undone.").format(
                day=local_day_text(self._store.get(check_id).taken)),
            self.tr("Delete"), self.tr("Keep it"),
        ), lambda: self._store.delete_check(check_id), self.tr("Not deleted"))

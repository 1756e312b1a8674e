"""The Sharing page's "Replies from your supporters": open a reply file, and the replies opened
before, with what was added and what was not; each can be read again (Read again… or a double
click). No signals; :meth:`RepliesBox.reload` refreshes. The list is read when the box is first
shown, as summaries (a reply's notes and content are read when it is read again; issue 20).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QGroupBox, QVBoxLayout, QWidget

from peerjournal.core.clock import to_local
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.replies import ReplySummary

from peerjournal.ui.sharing.reply_open import ReplyDialog, open_reply_file, summary_text
from peerjournal.ui.sharing.reply_read import ReplyReadDialog
from peerjournal.ui.widgets import make, messages
from peerjournal.ui.widgets.dates import when_text
from peerjournal.ui.widgets.dialog_steps import keep_while_open, show_dialog
from peerjournal.ui.widgets.tables import fill_rows, history_table


class RepliesBox(QGroupBox):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Replies from your supporters"))
        self.setObjectName("repliesBox")
        self.journal = journal
        self.store = journal.replies
        self.dialog: QDialog | None = None
        self._shown: list[str] = []  # the reply id of each row

        self.open_button = make.button(
            self.tr("&Open a reply from a supporter…"), "openReplyButton",
            self.tr("Open a reply from a supporter"),
            self.tr("Choose a reply file, read it, and decide what to add. Nothing is added without you."),
            clicked=lambda: self.open_reply())
        top = make.intro_row(self.tr(
            "A supporter can send you a reply file with a note, places or groups to try and "
            "goals you talked about. You choose what to add; nothing is added without you."
        ), self.open_button)

        headers = [self.tr("Opened"), self.tr("From"), self.tr("Added"), self.tr("Not added")]
        self.table = history_table(
            headers, "replyHistoryTable", self.tr("Replies you have opened"),
            self.tr("Each reply you opened, who from, and what you added or not."), self.tr("Columns"),
            alternate=False)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self.read_again())
        self.empty = make.label(self.tr("No replies opened yet."), "hintLabel")
        self.read_button = make.button(
            self.tr("Read a&gain…"), "readReplyButton", self.tr("Read the chosen reply again"),
            self.tr("Shows the chosen reply's note and suggestions, with what you accepted and declined."),
            clicked=lambda: self.read_again())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(make.button_row(self.read_button))
        layout.addWidget(self.empty)
        self._due = True  # read when first shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._due:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._due = False
        history = self.store.summaries()
        self._shown = [record.reply_id for record in history]
        fill_rows(self.table, [self._cells(record) for record in history])
        self.table.setVisible(bool(history))
        self.read_button.setVisible(bool(history))
        self.empty.setVisible(not history)
        self._update_buttons()

    def _chosen(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._shown) or not self.table.selectionModel().hasSelection():
            return None
        return self._shown[row]

    def _update_buttons(self) -> None:
        self.read_button.setEnabled(self._chosen() is not None)

    def read_again(self) -> ReplyReadDialog | None:
        """The chosen reply as it was finished, read only (None when none is chosen)."""
        reply_id = self._chosen()
        if reply_id is None:
            return None
        dialog = ReplyReadDialog(self.store.get(reply_id), self)
        show_dialog(dialog)
        return keep_while_open(self, "dialog", dialog)

    def _cells(self, record: ReplySummary) -> tuple[str, ...]:
        opened = to_local(record.opened)
        none = self.tr("—")
        return (
            when_text(opened, "d MMM yyyy, HH:mm"), record.supporter_name,
            ", ".join(record.accepted) or none,
            ", ".join(record.declined) or none,
        )

    def open_reply(self) -> ReplyDialog | ReplyReadDialog | None:
        dialog = open_reply_file(self, self.journal)
        if dialog is None:
            return None
        return keep_while_open(self, "dialog", dialog, lambda: self._finished(dialog))

    def _finished(self, dialog: ReplyDialog | ReplyReadDialog) -> None:
        self.reload()
        if isinstance(dialog, ReplyDialog) and dialog.record is not None:
            messages.inform(self, self.tr("Reply finished"), summary_text(dialog.record))

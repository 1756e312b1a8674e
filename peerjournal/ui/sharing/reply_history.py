"""The Sharing page's "Replies from your supporters": open a reply file, and the replies opened
before, with what was added and what was not. No signals; :meth:`RepliesBox.reload` refreshes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from peerjournal.core.clock import to_local
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.replies import ReplyRecord

from peerjournal.ui.sharing.reply_open import ReplyDialog, open_reply_file, summary_text
from peerjournal.ui.widgets import make, messages
from peerjournal.ui.widgets.dates import when_text
from peerjournal.ui.widgets.dialog_steps import keep_while_open
from peerjournal.ui.widgets.tables import fill_rows, history_table


class RepliesBox(QGroupBox):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Replies from your supporters"))
        self.setObjectName("repliesBox")
        self.journal = journal
        self.store = journal.replies
        self.dialog: ReplyDialog | None = None

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
        self.empty = make.label(self.tr("No replies opened yet."), "hintLabel")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.reload()

    def reload(self) -> None:
        history = self.store.history()
        fill_rows(self.table, [self._cells(record) for record in history])
        self.table.setVisible(bool(history))
        self.empty.setVisible(not history)

    def _cells(self, record: ReplyRecord) -> tuple[str, ...]:
        opened = to_local(record.opened)
        none = self.tr("—")
        return (
            when_text(opened, "d MMM yyyy, HH:mm"), record.supporter_name,
            ", ".join(d.title for d in record.accepted) or none,
            ", ".join(d.title for d in record.declined) or none,
        )

    def open_reply(self) -> ReplyDialog | None:
        dialog = open_reply_file(self, self.journal)
        if dialog is None:
            return None
        return keep_while_open(self, "dialog", dialog, lambda: self._finished(dialog))

    def _finished(self, dialog: ReplyDialog) -> None:
        self.reload()
        if dialog.record is not None:
            messages.inform(self, self.tr("Reply finished"), summary_text(dialog.record))

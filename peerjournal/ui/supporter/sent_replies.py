"""The replies a supporter sent to one person: when, and what (the note and each suggestion),
kept in the supporter vault since supporter migration 3. Replies written before then show
only when and how many suggestions they held.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.reply import ProposedGoal, Suggestion
from peerjournal.storage.supporter.replies import SentReply

from peerjournal.ui.supporter.supporter_models import day_text
from peerjournal.ui.widgets import make
from peerjournal.ui.widgets.dialog_steps import show_dialog

translate = QCoreApplication.translate


class SentReplies(QObject):
    """The context of this module's counted texts: lupdate reads a plural (numerus) form from
    ``self.tr(text, "", n)`` in a class, never from ``QCoreApplication.translate``."""

    def suggestions(self, n: int) -> str:
        return self.tr("%n suggestion(s)", "", n)


def _suggestions(n: int) -> str:
    return SentReplies().suggestions(n)


def summary_line(reply: SentReply) -> str:
    """One line for the list: the day, and the first words of the note or the suggestions."""
    day = day_text(to_local(reply.created))
    if reply.document is None:
        return translate("SentReplies", "{day}: {suggestions} (written before replies were kept)").format(
            day=day, suggestions=_suggestions(reply.suggestions))
    what = reply.notes.strip().splitlines()[0] if reply.notes.strip() else ""
    if len(what) > 60:
        what = what[:59] + "…"
    titles = ", ".join(item.title for item in reply.items)
    parts = [p for p in (what, titles) if p]
    return translate("SentReplies", "{day}: {what}").format(day=day, what=" · ".join(parts))


def _item_html(item: Suggestion) -> str:
    if isinstance(item, ProposedGoal):
        kind = translate("SentReplies", "A goal or next step")
        rows = ((translate("SentReplies", "Why it matters"), item.why),
                (translate("SentReplies", "First step"), item.first_step))
    else:
        kind = translate("SentReplies", "A place or group")
        rows = ((translate("SentReplies", "What"), item.what), (translate("SentReplies", "When"), item.when),
                (translate("SentReplies", "Getting there"), item.how_to_get_there),
                (translate("SentReplies", "Contact"), item.contact))
    details = "".join(f"<br>{escape(name)}: {escape(value)}" for name, value in rows if value)
    return f"<p><i>{escape(kind)}</i><br><b>{escape(item.title)}</b>{details}</p>"


def reply_html(reply: SentReply, person_name: str) -> str:
    """The reply as sent, every value escaped (the supporter's own words, never markup)."""
    head = translate("SentReplies", "Your reply to {name}, written on {day}.").format(
        name=person_name, day=day_text(to_local(reply.created)))
    parts = [f"<p>{escape(head)}</p>"]
    if reply.document is None:
        older = translate("SentReplies", "This reply was written before PeerJournal kept what replies "
                          "said. It held {suggestions}.")
        parts.append(f"<p>{escape(older.format(suggestions=_suggestions(reply.suggestions)))}</p>")
        return "".join(parts)
    signed = str(reply.document.get("supporter_name", ""))
    if signed:
        signed_as = translate("SentReplies", "Signed as: {name}").format(name=signed)
        parts.append(f"<p>{escape(signed_as)}</p>")
    if reply.notes:
        note = escape(reply.notes).replace("\n", "<br>")
        heading = translate("SentReplies", "Your note")
        parts.append(f"<h3>{escape(heading)}</h3><p>{note}</p>")
    if reply.items:
        heading = translate("SentReplies", "Suggestions")
        parts.append(f"<h3>{escape(heading)}</h3>")
        parts.extend(_item_html(item) for item in reply.items)
    return "".join(parts)


class SentReplyDialog(QDialog):
    """One reply the supporter sent, read only."""

    def __init__(self, reply: SentReply, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentReplyDialog")
        self.setWindowTitle(self.tr("Your reply to {name}").format(name=person_name))
        self.text = make.named(QTextBrowser(), "sentReplyBrowser", self.tr("The reply you sent"),
                               self.tr("What the reply said, as it was sent."))
        self.text.setOpenLinks(False)
        self.text.setHtml(reply_html(reply, person_name))
        close = make.button(self.tr("&Close"), "closeSentReplyButton", self.tr("Close this reply"),
                            self.tr("Closes this window. Nothing changes."), clicked=self.reject,
                            auto_default=False)
        make.column(self, (self.text, 1), make.button_row(close))
        self.resize(560, 480)


class SentRepliesBox(QWidget):
    """The list of replies sent to the person shown, newest first, and Read reply…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentRepliesBox")
        self.replies: list[SentReply] = []
        self.person_name = ""
        self.dialog: SentReplyDialog | None = None
        self.list = make.named(QListWidget(), "sentRepliesList", self.tr("Replies you sent"), self.tr(
            "Newest first: when you wrote each reply, and what it said. Choose one and Read it."))
        self.list.setMaximumHeight(100)
        # A long line wraps in the narrow side rather than needing a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.read())
        self.empty = make.hint_label(self.tr("No replies sent yet."))
        self.read_button = make.button(
            self.tr("R&ead reply…"), "readSentReplyButton", self.tr("Read the chosen reply"),
            self.tr("Shows what the chosen reply said, as you sent it."), clicked=lambda: self.read(),
            auto_default=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(make.label(self.tr("Replies you sent"), "sectionLabel", wrap=True))
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignRight)
        self.show_replies([], "")

    def show_replies(self, replies: list[SentReply], person_name: str) -> None:
        self.replies, self.person_name = replies, person_name
        self.list.clear()
        for reply in replies:
            self.list.addItem(QListWidgetItem(summary_line(reply)))
        self.list.setVisible(bool(replies))
        self.read_button.setVisible(bool(replies))
        self.empty.setVisible(not replies)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.read_button.setEnabled(0 <= self.list.currentRow() < len(self.replies))

    def read(self) -> SentReplyDialog | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.replies):
            return None
        dialog = SentReplyDialog(self.replies[row], self.person_name, self)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        show_dialog(dialog)
        return dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

"""Open a reply from a supporter: read their notes, then accept or decline each suggestion.

    choose a ``.pjreply`` file → size cap → decrypt + verify + check (nothing stored)
    → the reply: notes, and each suggestion with Accept / Decline
    → Finish: accepted goals and places are added, the reply is recorded as opened

Nothing enters the journal without the person's click on Finish, after a decision on
every suggestion; closing the reply before that changes nothing, and the file can be
opened again later. A refused file is explained in plain words and changes nothing.

Signals of :class:`ReplyDialog`: ``accepted`` once finished (``record`` says what happened).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.reply import OpenedReply, SuggestionKind
from peerjournal.errors import ReplyError, UserError
from peerjournal.ops.reply import accept_reply, read_reply
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.replies import ReplyRecord
from peerjournal.storage.sharing.shares import Supporter

from peerjournal.ui.sharing.reply_read import ReplyReadDialog
from peerjournal.ui.sharing.suggestion_card import SuggestionCard
from peerjournal.ui.sharing.suggestion_card import reply_label as _label
from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.dates import day_text
from peerjournal.ui.widgets.dialog_steps import show_dialog


class ReplyDialog(QDialog):
    """A reply, opened and checked, waiting for the person's decisions."""

    def __init__(self, journal: Journal, opened: OpenedReply, supporter: Supporter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyDialog")
        self.journal = journal
        self.opened = opened
        self.supporter = supporter
        self.record: ReplyRecord | None = None
        self.setWindowTitle(self.tr("A reply from {name}").format(name=supporter.name))

        written = to_local(opened.created)
        heading = _label(
            self.tr("{name} wrote this on {day}.").format(
                name=supporter.name, day=day_text(written, "d MMMM yyyy")),
            "pageSubtitle",
        )
        intro = _label(self.tr(
            "Nothing is added to your journal unless you accept it. Choose Accept or Decline "
            "for each suggestion, then Finish. You can close this and come back to it later."
        ) if opened.items else self.tr("There are no suggestions in this reply, only a note."),
            "hintLabel")
        # The signature proves the reply came from the key added; only reading the fingerprint
        # aloud together proves that key is really theirs.
        self.unchecked_note = _label(self.tr(
            "You haven't yet compared {name}'s fingerprint with them aloud, so check with them "
            "that this reply is theirs before you accept anything (Sharing page, Mark as checked)."
        ).format(name=supporter.name), "warningLabel")
        self.unchecked_note.setVisible(not journal.replies.is_checked(supporter.id))
        self.notes_heading = _label(self.tr("Their note"), "sectionLabel")
        self.notes = _label(opened.notes, "replyNotesLabel")
        self.notes.setAccessibleName(self.tr("{name}'s note").format(name=supporter.name))
        for widget in (self.notes_heading, self.notes):
            widget.setVisible(bool(opened.notes))

        self.cards = [SuggestionCard(item) for item in opened.items]
        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        for card in self.cards:
            card.group.buttonToggled.connect(self._update)
            cards_layout.addWidget(card)
        cards_layout.addStretch(1)
        scroll = make.scrolling(cards, self.tr("Suggestions"), "suggestionsArea")
        scroll.setVisible(bool(self.cards))

        self.progress = _label("", "statusLabel")
        self.error = _label("", "errorLabel")
        self.error.hide()
        self.later_button = make.action_button(
            self.tr("Decide &later"), "replyLaterButton", self.tr("Close without adding anything"),
            self.reject, self.tr("You can open the reply file again later"))
        self.finish_button = make.button(
            self.tr("&Finish"), "finishReplyButton", self.tr("Finish: add what you accepted"),
            self.tr("Adds what you accepted and nothing else. Ready once every suggestion has a choice."),
            default=True, clicked=self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.finish_button)

        make.column(self, heading, intro, self.unchecked_note, self.notes_heading, self.notes, (scroll, 1), self.error, buttons)
        self._update()
        self.resize(620, 640 if self.cards else 360)

    def decisions(self) -> dict[str, bool]:
        return {c.item.id: c.decision for c in self.cards if c.decision is not None}

    def _update(self, *_: object) -> None:
        decided = len(self.decisions())
        total = len(self.cards)
        self.finish_button.setEnabled(decided == total)
        if total:
            self.progress.setText(
                self.tr("{decided} of {total} decided").format(decided=decided, total=total))

    def finish(self) -> None:
        try:
            self.record = accept_reply(self.journal, self.opened, self.supporter, self.decisions())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


def summary_text(record: ReplyRecord) -> str:
    """What finishing a reply did, in a sentence or two (for the message afterwards)."""
    translate = QCoreApplication.translate
    parts: list[str] = []
    goals = [d.title for d in record.accepted if d.kind is SuggestionKind.GOAL]
    places = [d.title for d in record.accepted if d.kind is SuggestionKind.PLACE]
    if goals:
        parts.append(translate("ReplyOpen", "Added to your goals: {titles}.").format(
            titles=", ".join(goals)))
    if places:
        parts.append(translate("ReplyOpen", "Added to your places and groups: {titles}.").format(
            titles=", ".join(places)))
    if record.declined:
        parts.append(translate("ReplyOpen", "Not added: {titles}.").format(
            titles=", ".join(d.title for d in record.declined)))
    if not parts:
        parts.append(translate("ReplyOpen", "Nothing was added."))
    parts.append(translate("ReplyOpen", "The Sharing page lists the replies you have opened."))
    return " ".join(parts)


def open_reply_file(parent: QWidget, journal: Journal) -> ReplyDialog | ReplyReadDialog | None:
    """Ask for a reply file and open it; the dialog (shown with ``open()``), or None if the
    person cancelled or the file was refused (then they were told why). A reply finished
    before opens read only, as it was finished."""
    translate = QCoreApplication.translate
    path = files.choose_open(
        parent, translate("ReplyOpen", "Open a reply from a supporter"),
        translate("ReplyOpen", "PeerJournal replies (*.pjreply);;All files (*)"),
    )
    if path is None:
        return None
    try:
        found = read_reply(journal, path)
    except ReplyError as exc:
        messages.warn(parent, translate("ReplyOpen", "This reply can't be opened"), str(exc))
        return None
    dialog: ReplyDialog | ReplyReadDialog
    if isinstance(found, ReplyRecord):
        dialog = ReplyReadDialog(found, parent)
    else:
        dialog = ReplyDialog(journal, *found, parent)
    show_dialog(dialog)
    return dialog

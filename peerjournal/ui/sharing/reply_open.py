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

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.reply import (
    OpenedReply,
    ProposedGoal,
    SuggestedPlace,
    Suggestion,
    SuggestionKind,
)
from peerjournal.errors import ReplyError, UserError
from peerjournal.ops.reply import accept_reply, open_reply
from peerjournal.storage.journal import Journal
from peerjournal.storage.sharing.replies import ReplyRecord
from peerjournal.storage.sharing.shares import Supporter

from peerjournal.ui.widgets import files, make, messages
from peerjournal.ui.widgets.dates import day_text


def _label(text: str, object_name: str = "", *, plain: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)  # the supporter's words, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class SuggestionCard(QFrame):
    """One suggestion, its details, and Accept / Decline (one of them, changeable until Finish)."""

    def __init__(self, item: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("suggestionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        is_goal = isinstance(item, ProposedGoal)
        kind = self.tr("A goal or next step") if is_goal else self.tr("A place or group")
        self.kind_label = _label(kind, "sectionLabel")
        self.title_label = _label(item.title)
        self.title_label.setObjectName("suggestionTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.details = _label(self._details_text(item), "suggestionDetails", plain=False)
        self.details.setTextFormat(Qt.TextFormat.RichText)  # our layout; every value escaped
        self.details.setVisible(bool(self.details.text()))

        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("acceptSuggestionButton")
        self.accept_button.setAccessibleName(self.tr("Accept: {title}").format(title=item.title))
        self.accept_button.setAccessibleDescription(
            self.tr("Adds it to your goals") if is_goal else self.tr("Adds it to your places and groups")
        )
        self.decline_button = QPushButton(self.tr("&Decline"))
        self.decline_button.setObjectName("declineSuggestionButton")
        self.decline_button.setAccessibleName(self.tr("Decline: {title}").format(title=item.title))
        self.decline_button.setAccessibleDescription(self.tr("Nothing is added"))
        self.group = QButtonGroup(self)
        for button in (self.accept_button, self.decline_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.group.addButton(button)
        self.status = _label("", "statusLabel")
        self.status.setAccessibleName(self.tr("Your choice"))
        self.group.buttonToggled.connect(self._show_status)
        self._show_status()

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

    def _details_text(self, item: Suggestion) -> str:
        if isinstance(item, SuggestedPlace):
            rows = ((self.tr("What"), item.what), (self.tr("When"), item.when),
                    (self.tr("Getting there"), item.how_to_get_there), (self.tr("Contact"), item.contact))
        else:
            rows = ((self.tr("Why it matters"), item.why), (self.tr("First step"), item.first_step))
        return "<br>".join(
            f"{escape(name)}: {escape(value).replace(chr(10), '<br>')}" for name, value in rows if value
        )

    @property
    def decision(self) -> bool | None:
        """True to accept, False to decline, None while undecided."""
        if self.accept_button.isChecked():
            return True
        if self.decline_button.isChecked():
            return False
        return None

    def _show_status(self, *_: object) -> None:
        decision = self.decision
        goal = isinstance(self.item, ProposedGoal)
        if decision is None:
            text = self.tr("Not decided yet")
        elif decision:
            text = self.tr("Will be added to your goals") if goal else self.tr("Will be added to your places and groups")
        else:
            text = self.tr("Declined: nothing will be added")
        self.status.setText(text)


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

        make.column(self, heading, intro, self.notes_heading, self.notes, (scroll, 1), self.error, buttons)
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


def open_reply_file(parent: QWidget, journal: Journal) -> ReplyDialog | None:
    """Ask for a reply file and open it; the dialog (shown with ``open()``), or None if the
    person cancelled or the file was refused (then they were told why)."""
    translate = QCoreApplication.translate
    path = files.choose_open(
        parent, translate("ReplyOpen", "Open a reply from a supporter"),
        translate("ReplyOpen", "PeerJournal replies (*.pjreply);;All files (*)"),
    )
    if path is None:
        return None
    try:
        opened, supporter = open_reply(journal, path)
    except ReplyError as exc:
        messages.warn(parent, translate("ReplyOpen", "This reply can't be opened"), str(exc))
        return None
    dialog = ReplyDialog(journal, opened, supporter, parent)
    dialog.open()
    return dialog

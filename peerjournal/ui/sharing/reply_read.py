"""A finished reply, read again: the supporter's note and each suggestion with what the person
decided. Read only: nothing can be accepted twice. Opened from the replies history on the
Sharing page, or by opening a finished reply's file again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.reply import SuggestionKind
from peerjournal.storage.sharing.replies import Decision, ReplyRecord

from peerjournal.ui.sharing.suggestion_card import SuggestionCard
from peerjournal.ui.widgets import make
from peerjournal.ui.widgets.dates import day_text


def decision_text(decision: Decision) -> str:
    translate = QCoreApplication.translate
    if not decision.accepted:
        return translate("ReplyRead", "You declined it: nothing was added.")
    if decision.kind is SuggestionKind.GOAL:
        return translate("ReplyRead", "You accepted it: added to your goals.")
    return translate("ReplyRead", "You accepted it: added to your places and groups.")


class ReplyReadDialog(QDialog):
    """One reply finished before, as it was: its note, its suggestions, each decision."""

    def __init__(self, record: ReplyRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyReadDialog")
        self.record = record
        self.setWindowTitle(self.tr("A reply from {name}").format(name=record.supporter_name))
        heading = make.text_label(self.tr("{name} wrote this on {written}. You finished it on {finished}.").format(
            name=record.supporter_name, written=day_text(to_local(record.created), "d MMMM yyyy"),
            finished=day_text(to_local(record.opened), "d MMMM yyyy")), "pageSubtitle")
        self.notes_heading = make.text_label(self.tr("Their note"), "sectionLabel")
        self.notes = make.text_label(record.notes, "replyNotesLabel")
        self.notes.setAccessibleName(self.tr("{name}'s note").format(name=record.supporter_name))
        for widget in (self.notes_heading, self.notes):
            widget.setVisible(bool(record.notes))

        self.cards, self.lines = self._decisions()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (*self.cards, *self.lines):
            inner_layout.addWidget(widget)
        inner_layout.addStretch(1)
        scroll = make.scrolling(inner, self.tr("Suggestions and what you decided"), "suggestionsArea")
        scroll.setVisible(bool(record.decisions))
        none = make.text_label(self.tr("There were no suggestions in this reply, only a note."), "hintLabel")
        none.setVisible(not record.decisions)
        # Read only: nothing here is lost by closing, and Enter never needs a default.
        close = make.button(self.tr("&Close"), "closeReplyButton", self.tr("Close this reply"),
                            self.tr("Closes this window. Nothing changes."), clicked=self.reject,
                            auto_default=False)
        make.column(self, heading, self.notes_heading, self.notes, none, (scroll, 1), make.button_row(close))
        self.resize(620, 600 if record.decisions else 320)

    def _decisions(self) -> tuple[list[SuggestionCard], list[QLabel]]:
        """A card per suggestion when the reply's content was kept; else a line per decision
        (replies finished by an older version kept only titles and decisions)."""
        if self.record.items:
            cards = []
            for item, decision in zip(self.record.items, self.record.decisions, strict=True):
                card = SuggestionCard(item)
                card.accept_button.hide()
                card.decline_button.hide()
                card.status.setText(decision_text(decision))
                cards.append(card)
            return cards, []
        lines = []
        for decision in self.record.decisions:
            kind = (self.tr("A goal or next step") if decision.kind is SuggestionKind.GOAL
                    else self.tr("A place or group"))
            lines.append(make.text_label(self.tr("{kind}: {title}. {decision}").format(
                kind=kind, title=decision.title, decision=decision_text(decision)), "suggestionLine"))
        return [], lines

"""One suggestion of a supporter's reply as a card: what it is, its details, and Accept /
Decline (hidden when the reply is read again after it was finished)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.sharing.reply import ProposedGoal, SuggestedPlace, Suggestion


def reply_label(text: str, object_name: str = "", *, plain: bool = True) -> QLabel:
    """A wrapped, selectable label for a reply's words (plain text unless ``plain`` is False)."""
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
        self.kind_label = reply_label(kind, "sectionLabel")
        self.title_label = reply_label(item.title)
        self.title_label.setObjectName("suggestionTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.details = reply_label(self._details_text(item), "suggestionDetails", plain=False)
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
        self.status = reply_label("", "statusLabel")
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

"""The in-window banner for a waiting prompt: one kind line, one way to act, later, or no thanks.

Shows the first waiting prompt (and how many more). Inside the unlocked window it may use
names from the journal; notifications outside the window stay generic.

Signals: ``actRequested(object)``, ``snoozeRequested(object, object)`` (prompt, Snooze),
``dismissRequested(object)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from peerjournal.core.prompts import Prompt, PromptFacts, PromptKind, Snooze
from peerjournal.i18n import QT_TRANSLATE_NOOP

# Marked for translation (context "PromptBanner"), translated when shown.
ACTION_TEXT = {
    PromptKind.CHECK_IN: QT_TRANSLATE_NOOP("PromptBanner", "Check in now"),
    PromptKind.CONTACTS: QT_TRANSLATE_NOOP("PromptBanner", "Note who I was in touch with"),
    PromptKind.ACTIVITIES: QT_TRANSLATE_NOOP("PromptBanner", "Note what I did"),
    PromptKind.STAY_IN_TOUCH: QT_TRANSLATE_NOOP("PromptBanner", "Log a contact"),
    PromptKind.ISOLATION: QT_TRANSLATE_NOOP("PromptBanner", "Note a contact"),
    PromptKind.RESOURCE_CHECK: QT_TRANSLATE_NOOP("PromptBanner", "Look at who I can call on"),
    PromptKind.GOAL_REVIEW: QT_TRANSLATE_NOOP("PromptBanner", "Look back on it"),
}


class PromptBanner(QFrame):
    actRequested = Signal(object)
    snoozeRequested = Signal(object, object)
    dismissRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptBanner")
        self.setAccessibleName(self.tr("Reminder"))
        self.prompt: Prompt | None = None
        self.title = QLabel()
        self.title.setObjectName("promptTitle")
        self.text = QLabel()
        self.text.setObjectName("promptText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.more = QLabel()
        self.more.setObjectName("hintLabel")
        self.act_button = QPushButton()
        self.act_button.setObjectName("promptActButton")
        self.act_button.setAccessibleDescription(self.tr("Opens what this reminder asks about."))
        self.act_button.clicked.connect(lambda: self._emit(self.actRequested))
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setObjectName("promptLaterButton")
        self.later_button.setAccessibleName(self.tr("Remind me later"))
        self.later_button.setAccessibleDescription(self.tr(
            "Opens a short menu: in 15 minutes, in an hour, or tomorrow."))
        menu = QMenu(self.later_button)
        menu.setObjectName("snoozeMenu")
        self.snooze_actions: dict[Snooze, QAction] = {}
        for choice, label in ((Snooze.QUARTER_HOUR, self.tr("In 15 minutes")), (Snooze.HOUR, self.tr("In an hour")),
                              (Snooze.TOMORROW, self.tr("Tomorrow"))):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, c=choice: self._snooze(c))
            self.snooze_actions[choice] = action
        self.later_button.setMenu(menu)
        self.dismiss_button = QPushButton(self.tr("No, thanks"))
        self.dismiss_button.setObjectName("promptDismissButton")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this reminder"))
        self.dismiss_button.setAccessibleDescription(self.tr("Puts this reminder away. Nothing else changes."))
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismissRequested))

        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addWidget(self.more)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(words, 1)
        for button in (self.act_button, self.later_button, self.dismiss_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_prompts(self, prompts: list[Prompt], facts: PromptFacts | None) -> None:
        self.prompt = prompts[0] if prompts else None
        if self.prompt is None:
            self.hide()
            return
        prompt = self.prompt
        self.title.setText(prompt.title)
        self.text.setText(prompt.text(facts, detailed=True))
        action = QCoreApplication.translate("PromptBanner", ACTION_TEXT[prompt.kind])
        if prompt.kind is PromptKind.STAY_IN_TOUCH and facts and prompt.person_id in facts.names:
            action = self.tr("Log a contact with {name}").format(name=facts.names[prompt.person_id])  # type: ignore[index]
        self.act_button.setText(action)
        self.act_button.setAccessibleName(action)
        extra = len(prompts) - 1
        self.more.setText(self.tr("%n more reminder(s) after this one.", "", extra) if extra else "")
        self.more.setVisible(bool(extra))
        self.setAccessibleDescription(f"{prompt.title}. {self.text.text()}")
        self.show()

    def _emit(self, signal) -> None:  # type: ignore[no-untyped-def]
        if self.prompt is not None:
            signal.emit(self.prompt)

    def _snooze(self, choice: Snooze) -> None:
        if self.prompt is not None:
            self.snoozeRequested.emit(self.prompt, choice)

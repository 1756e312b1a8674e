"""First start: "I keep a journal" or "I support people". Asked once, when no vault exists yet.

Signals: ``chosen(str)`` with ``"journal"`` or ``"supporter"``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerjournal import APP_NAME
from peerjournal.storage.vault.database import JOURNAL, SUPPORTER


class StartDialog(QDialog):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        heading = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME))
        heading.setObjectName("pageTitle")
        question = QLabel(self.tr("How will you use it? You can always make the other kind later."))
        question.setWordWrap(True)
        self.journal_button = QPushButton(self.tr("I keep a &journal"))
        self.journal_button.setObjectName("keepJournalButton")
        self.journal_button.setAccessibleName(self.tr("I keep a journal"))
        self.journal_button.setDefault(True)
        journal_hint = QLabel(self.tr("For yourself: how you feel, the people in your life, what you do."))
        self.supporter_button = QPushButton(self.tr("I &support people"))
        self.supporter_button.setObjectName("supportPeopleButton")
        self.supporter_button.setAccessibleName(self.tr("I support people"))
        supporter_hint = QLabel(self.tr("For peer workers: open what the people you support choose to share with you."))
        for hint in (journal_hint, supporter_hint):
            hint.setObjectName("hintLabel")
            hint.setWordWrap(True)
        # What the words under each button say, also said by a screen reader on the button.
        self.journal_button.setAccessibleDescription(journal_hint.text())
        self.supporter_button.setAccessibleDescription(supporter_hint.text())
        self.journal_button.clicked.connect(lambda: self._choose(JOURNAL))
        self.supporter_button.clicked.connect(lambda: self._choose(SUPPORTER))
        quit_button = QPushButton(self.tr("&Quit"))
        quit_button.setObjectName("quitButton")
        quit_button.setAccessibleName(self.tr("Quit"))
        quit_button.setAccessibleDescription(self.tr("Closes {app} without making anything.").format(app=APP_NAME))
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(question)
        for button, hint in ((self.journal_button, journal_hint), (self.supporter_button, supporter_hint)):
            layout.addWidget(button)
            layout.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(quit_button)
        layout.addLayout(row)
        self.setMinimumWidth(460)

    def _choose(self, kind: str) -> None:
        self.chosen.emit(kind)
        self.accept()

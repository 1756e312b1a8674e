"""The system tray icon, where the desktop has one: a quiet way in, and prompts as notifications.

Notification text is generic ("Time for your check-in") unless the person chose to see
names; nothing from the journal appears outside the window by default.

Signals: ``openRequested()`` (icon clicked or "Open"), ``promptClicked(object)``
(the last notification was clicked), ``newCheckInRequested()``, ``supportPlanRequested()``,
``badDayPlanRequested()`` ("My plan for a bad day"),
``lockRequested()``, ``quitRequested()``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from peerjournal import APP_NAME
from peerjournal.core.prompts import Prompt, PromptFacts


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def notification_text(prompt: Prompt, facts: PromptFacts | None, show_details: bool) -> tuple[str, str]:
    """(title, message) for a notification: generic unless details were allowed."""
    return prompt.title, prompt.text(facts, detailed=show_details)


class Tray(QObject):
    openRequested = Signal()
    promptClicked = Signal(object)
    newCheckInRequested = Signal()
    supportPlanRequested = Signal()
    badDayPlanRequested = Signal()
    lockRequested = Signal()
    quitRequested = Signal()

    def __init__(self, icon: QIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon or QApplication.windowIcon(), self)
        self.icon.setToolTip(APP_NAME)
        self.last_prompt: Prompt | None = None
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open {app}").format(app=APP_NAME), self.openRequested.emit)
        self.menu.addAction(self.tr("New check-in"), self.newCheckInRequested.emit)
        self.support_plan_action = self.menu.addAction(self.tr("My support plan"), self.supportPlanRequested.emit)
        self.support_plan_action.setObjectName("traySupportPlanAction")
        self.bad_day_action = self.menu.addAction(self.tr("My plan for a bad day"), self.badDayPlanRequested.emit)
        self.bad_day_action.setObjectName("trayBadDayAction")
        self.lock_action = self.menu.addAction(self.tr("Lock"), self.lockRequested.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.quitRequested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_locked(self, locked: bool) -> None:
        self.lock_action.setEnabled(not locked)

    def notify(self, prompt: Prompt, facts: PromptFacts | None, show_details: bool) -> None:
        self.last_prompt = prompt
        title, text = notification_text(prompt, facts, show_details)
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()

    def _message_clicked(self) -> None:
        if self.last_prompt is not None:
            self.promptClicked.emit(self.last_prompt)
        else:
            self.openRequested.emit()

"""Helpers the prompt tests share: a window with a prompt service on a fake clock."""

from __future__ import annotations

from peerjournal.storage.journal import Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.main_window import MainWindow
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.prompts.prompt_service import PromptService


def make_window(qtbot, journal: Journal, settings_file, clock) -> tuple[MainWindow, PromptService]:
    journal.clock = clock
    service = PromptService(SettingsService(settings_file), clock)
    service.attach(journal)
    window = MainWindow(journal, JournalEvents(journal), prompts=service)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window._service = service  # keep it alive with the window
    return window, service

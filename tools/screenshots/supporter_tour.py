"""Supporter mode: the window before and after a share is opened, each tab of the review, and
its dialogs (the name question, rename, write a reply, About)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QTabWidget

from peerjournal.storage.supporter.store import SupporterStore
from tools.screenshots.journal_tour import tab_name
from tools.screenshots.shooter import Shooter
from tools.screenshots.supporter_side import open_in_window

from peerjournal.ui.supporter.supporter_window import SupporterWindow


def show_window(window, size: tuple[int, int] | None) -> None:  # type: ignore[no-untyped-def]
    """Maximised on a real screen (as big as it gets); offscreen, ``size`` in logical pixels."""
    if size is None:
        window.showMaximized()
    else:
        window.resize(*size)
        window.show()
    window.raise_()
    window.activateWindow()


def shoot_supporter(store: SupporterStore, share: Path, shooter: Shooter,
                    size: tuple[int, int] | None) -> SupporterWindow:
    window = SupporterWindow(store, demo=True)
    show_window(window, size)
    shooter.shot("supporter-no-files-yet", window)
    open_in_window(window, share, lambda dialog: shooter.shot("supporter-dialog-whose-file", dialog))
    shoot_review(window, shooter, "supporter-review")
    dialog = window.rename_person()
    if dialog is not None:
        shooter.shot("supporter-dialog-rename-person", dialog)
        shooter.close_dialogs()
    compose = window.write_reply()
    if compose is not None:
        tabs = compose.findChild(QTabWidget, "suggestionTabs")
        assert tabs is not None
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            shooter.shot(f"supporter-dialog-write-a-reply-{tab_name(tabs, tab)}", compose)
        compose.done(QDialog.DialogCode.Rejected)
    shooter.modal_name = "supporter-dialog-about"
    window.about()
    return window


def shoot_review(window: SupporterWindow, shooter: Shooter, name: str) -> None:
    """The person's page, once per tab of its charts."""
    panel = window.person_panel
    charts = [t for t in panel.findChildren(QTabWidget) if t.isVisibleTo(panel)]
    if not charts:
        shooter.shot(name, window)
    for tabs in charts:
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            shooter.shot(f"{name}-{tab_name(tabs, tab)}", window)

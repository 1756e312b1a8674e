"""The journal's pages, tabs and main dialogs, reached the way the accessibility walk reaches
them (``tests/ui/test_accessibility.py``), each pictured once it is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QDialog, QTabWidget

from peerjournal.core.connecting.goals import GoalStatus
from peerjournal.core.connecting.resources import Reply
from peerjournal.core.vocabulary import EntryKind
from tools.screenshots.shooter import Shooter, slug

from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.app.passphrase_dialog import ChangePassphraseDialog
from peerjournal.ui.app.unlock_dialog import UnlockDialog
from peerjournal.ui.widgets import files
from peerjournal.ui.widgets.dialog_steps import fit_to_screen

Views = Callable[[QDialog], Iterator[str]]


def tab_name(tabs: QTabWidget, index: int) -> str:
    """The tab's page object name (the same in every language), else its text."""
    page = tabs.widget(index)
    return (page.objectName() if page is not None else "") or tabs.tabText(index)


def each_view(window: MainWindow) -> Iterator[str]:
    """Show every page and every tab of every tab widget on it in turn; yield a name for each."""
    people = window.people
    people.select_person(next(p.id for p in window.journal.people() if not p.archived and p.id is not None))
    for index, name in enumerate(PAGES):
        window.go_to(index)
        page = window.stack.currentWidget()
        assert page is not None
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        if not tab_widgets:
            yield f"page-{name}"
        for tabs in tab_widgets:
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                yield f"page-{name}-{tab_name(tabs, tab)}"


def shoot_pages(window: MainWindow, shooter: Shooter) -> None:
    for name in each_view(window):
        shooter.shot(name, window)
    window.go_to(0)


# -- the dialogs ------------------------------------------------------------------------------
def _views_of_share(dialog: QDialog) -> Iterator[str]:
    yield "choices"
    preview = dialog.findChild(QAbstractButton, "previewButton")
    assert preview is not None, "the Share dialog has no previewButton"
    preview.click()
    yield "preview"


def _views_of_resource_check(dialog: Any) -> Iterator[str]:
    for part in range(dialog.pages.count()):
        dialog.go(part - dialog.pages.currentIndex())
        box = next(b for b in dialog.boxes if dialog.page_of(b) == part)
        box.radios[Reply.YES].click()
        yield f"part-{part + 1}"


def _views_of_tabs(dialog: QDialog) -> Iterator[str]:
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        yield tab_name(tabs, tab)


def main_dialogs(window: MainWindow, folder: Path, reply: Path | None) -> list[tuple[str, Callable[[], object], Views | None]]:
    """(name, how to open it, its views) for each main dialog of the journal."""
    journal = window.journal

    def active_goal_review():  # type: ignore[no-untyped-def]
        goals = window.connecting.goals
        goals.select_goal(next(g.id for g in journal.goals.goals() if g.status is GoalStatus.ACTIVE))
        return goals.review_goal()

    def newest(kind):  # type: ignore[no-untyped-def]
        return next(r for r in journal.timeline() if r.kind is kind)

    def add_someone():  # type: ignore[no-untyped-def]
        check = window.connecting.resources.take_check()
        return check.open_add_person(check.boxes[0])

    def person(add: bool):  # type: ignore[no-untyped-def]
        people = window.people
        if add:
            people.open_add_dialog()
        else:
            people.select_person(next(p.id for p in journal.people() if p.help_kinds and p.id is not None))
            people.open_edit_dialog()
        return people.person_dialog

    def open_reply():  # type: ignore[no-untyped-def]
        files.next_paths.append(reply)
        return window.open_reply()

    dialogs: list[tuple[str, Callable[[], object], Views | None]] = [
        ("new-check-in", lambda: window.open_entry_dialog(EntryKind.MOOD), None),
        ("new-contact", lambda: window.log_contact_with(None), None),
        ("new-activity", window.log_activity, None),
        ("edit-check-in", lambda: window.edit_entry(newest(EntryKind.MOOD)), None),
        ("edit-contact", lambda: window.edit_entry(newest(EntryKind.CONTACT)), None),
        ("edit-activity", lambda: window.edit_entry(newest(EntryKind.ACTIVITY)), None),
        ("new-person", lambda: person(True), None),
        ("edit-person", lambda: person(False), None),
        ("word-lists", window.edit_lists, _views_of_tabs),
        ("share", window.sharing.open_share_dialog, _views_of_share),
        ("pdf-summary", window.export_summary, None),
        ("goal", window.connecting.new_goal, None),
        ("goal-review", active_goal_review, None),
        ("place", window.connecting.places.add_place, None),
        ("resource-check", window.connecting.resources.take_check, _views_of_resource_check),
        ("resource-check-add-someone", add_someone, None),
        ("resource-questions", window.connecting.resources.edit_questions, None),
        ("vcard-import", window.import_vcard, None),
        ("take-all-my-data", window.take_all_data, None),
        ("change-passphrase", lambda: ChangePassphraseDialog(journal.vault, window), None),
        ("unlock", lambda: UnlockDialog(journal.vault.path), None),
        ("create-a-journal", lambda: UnlockDialog(folder / "new" / "journal.pjvault"), None),
    ]
    if reply is not None:
        dialogs.insert(dialogs.index(next(d for d in dialogs if d[0] == "change-passphrase")),
                       ("reply-from-a-supporter", open_reply, None))
    return dialogs


def shoot_dialogs(window: MainWindow, shooter: Shooter, folder: Path, reply: Path | None,
                  prefix: str = "dialog") -> None:
    """Open each main dialog, picture each of its views, close it; then About."""
    for name, open_dialog, views in main_dialogs(window, folder, reply):
        dialog = open_dialog()
        if not isinstance(dialog, QDialog):
            raise RuntimeError(f"{name}: no dialog opened")
        if not dialog.isVisible():  # as the app shows the unlock and start dialogs
            fit_to_screen(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        for view in (views(dialog) if views else [""]):
            shooter.shot(f"{prefix}-{name}-{view}" if view else f"{prefix}-{name}", dialog)
        shooter.close_dialogs()
        if dialog.parent() is None:
            dialog.deleteLater()
    shooter.modal_name = f"{prefix}-about"
    window.about()  # a message box: the shooter pictures and closes it


__all__ = ["each_view", "shoot_dialogs", "shoot_pages", "slug"]

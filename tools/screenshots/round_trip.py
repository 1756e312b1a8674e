"""The sharing round trip of issue 14, a picture at each step: the journal shares with "No
names" → the supporter opens and reviews it → writes a reply (a note, a place, a goal) → the
journal opens it, accepts and declines, finishes → reads it again from the replies history.

Widgets are found by their object names, so the walk keeps working when a dialog's layout changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from peerjournal.core.sharing.options import Naming
from peerjournal.storage.sharing.shares import Supporter
from peerjournal.storage.supporter.store import SupporterStore
from tools.screenshots.shooter import Shooter
from tools.screenshots.supporter_side import open_in_window
from tools.screenshots.supporter_tour import shoot_review, show_window

from peerjournal.ui.app.main_window import PAGES, MainWindow
from peerjournal.ui.supporter.supporter_window import SupporterWindow
from peerjournal.ui.widgets import files


def wait_until(condition: Callable[[], object], what: str, seconds: int = 60) -> None:
    for _ in range(seconds * 10):
        if condition():
            return
        QTest.qWait(100)
    raise RuntimeError(f"round trip: {what} did not happen within {seconds} s")


def gone(dialog: QWidget) -> bool:
    """Closed, or already deleted once closed."""
    return not isValid(dialog) or not dialog.isVisible()


def child(parent: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = parent.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"round trip: no {kind.__name__} named {name!r} in {parent.objectName()!r}")
    return found


def type_into(parent: QWidget, name: str, text: str) -> None:
    field = child(parent, QWidget, name)
    if isinstance(field, QLineEdit):
        field.setText(text)
    elif isinstance(field, QPlainTextEdit | QTextEdit):
        field.setPlainText(text)
    else:
        raise RuntimeError(f"round trip: {name!r} is not a text field")


def choose_no_names(dialog: QDialog) -> None:
    """"No names (Person A…)": the naming combo's choice, or a button of that name."""
    combo = dialog.findChild(QComboBox, "namingCombo")
    if combo is not None and combo.findData(Naming.PSEUDONYM) >= 0:
        combo.setCurrentIndex(combo.findData(Naming.PSEUDONYM))
        return
    button = next((b for b in dialog.findChildren(QAbstractButton)
                   if "pseudonym" in b.objectName().casefold() or "noname" in b.objectName().casefold()), None)
    if button is None:
        raise RuntimeError("round trip: the Share dialog offers no 'No names' choice")
    button.click()


def share_with_no_names(window: MainWindow, supporter: Supporter, shooter: Shooter, folder: Path) -> Path:
    window.go_to(PAGES.index("Sharing"))
    shooter.shot("trip-journal-sharing-page", window)
    dialog = window.sharing.open_share_dialog(supporter.id)
    choose_no_names(dialog)
    type_into(dialog, "senderNameEdit", "Alex")
    shooter.shot("trip-share-choices-no-names", dialog)
    child(dialog, QAbstractButton, "previewButton").click()
    shooter.shot("trip-share-preview", dialog)
    browser = child(dialog, QTextEdit, "previewBrowser")
    bar = browser.verticalScrollBar()
    if bar.maximum() > 0:
        bar.setValue(bar.maximum() // 2)
        shooter.shot("trip-share-preview-further-down", dialog)
    path = folder / "share-no-names.pjshare"
    files.next_paths.append(path)
    shooter.modal_name = "trip-share-saved-message"
    child(dialog, QAbstractButton, "saveShareButton").click()
    wait_until(lambda: path.exists() and gone(dialog), "saving the share")
    shooter.shot("trip-journal-sharing-history", window)
    return path


def review_and_reply(store: SupporterStore, share: Path, shooter: Shooter, folder: Path,
                     size: tuple[int, int] | None) -> tuple[SupporterWindow, Path]:
    window = SupporterWindow(store, demo=True)
    show_window(window, size)
    open_in_window(window, share, lambda dialog: shooter.shot("trip-supporter-whose-file", dialog))
    shoot_review(window, shooter, "trip-supporter-review")
    compose = window.write_reply()
    if compose is None:
        raise RuntimeError("round trip: the supporter can't write a reply")
    type_into(compose, "replyNameEdit", "Jo")
    type_into(compose, "replyNotesEdit", "Lovely to see you on Tuesday. Here are the two things we talked about.")
    child(compose, QTabWidget, "suggestionTabs").setCurrentIndex(0)
    for name, text in (("placeNameEdit", "Riverside Walkers"), ("placeWhatEdit", "A walking group"),
                       ("placeWhenEdit", "Sundays at 10")):
        type_into(compose, name, text)
    child(compose, QAbstractButton, "addPlaceButton").click()
    child(compose, QTabWidget, "suggestionTabs").setCurrentIndex(1)
    type_into(compose, "goalTitleEdit", "Join the choir")
    type_into(compose, "goalWhyEdit", "You said you miss singing.")
    type_into(compose, "goalFirstStepEdit", "Ask about the open evening")
    shooter.shot("trip-supporter-reply-compose-goal-typed", compose)
    child(compose, QAbstractButton, "addGoalButton").click()
    shooter.shot("trip-supporter-reply-compose-ready", compose)
    path = folder / "reply-from-jo.pjreply"
    files.next_paths.append(path)
    child(compose, QAbstractButton, "saveReplyButton").click()
    wait_until(lambda: path.exists() and gone(compose), "saving the reply")
    shooter.shot("trip-supporter-reply-sent", window)
    return window, path


def open_and_finish(window: MainWindow, reply: Path, shooter: Shooter) -> None:
    window.raise_()
    window.activateWindow()
    files.next_paths.append(reply)
    dialog = window.open_reply()
    if dialog is None:
        raise RuntimeError("round trip: the journal did not open the reply")
    shooter.shot("trip-journal-reply-open", dialog)
    for card in dialog.findChildren(QWidget, "suggestionCard"):
        title = child(card, QWidget, "suggestionTitle").text()
        which = "declineSuggestionButton" if title == "Riverside Walkers" else "acceptSuggestionButton"
        child(card, QAbstractButton, which).click()
    shooter.shot("trip-journal-reply-decided", dialog)
    shooter.modal_name = "trip-journal-reply-finished-message"
    child(dialog, QAbstractButton, "finishReplyButton").click()
    wait_until(lambda: gone(dialog), "finishing the reply")
    QCoreApplication.processEvents()


def read_again(window: MainWindow, reply: Path, shooter: Shooter) -> None:
    window.go_to(PAGES.index("Sharing"))
    table = child(window.sharing, QTableWidget, "replyHistoryTable")
    table.selectRow(0)
    scroll_to(table)
    shooter.shot("trip-journal-replies-history", window)
    child(window.sharing, QAbstractButton, "readReplyButton").click()
    wait_until(lambda: _open_dialog(window) is not window, "reading the reply again")
    shooter.shot("trip-journal-reply-read-again", _open_dialog(window))
    shooter.close_dialogs()
    files.next_paths.append(reply)
    again = window.open_reply()  # the same file once more: read only, not an error
    shooter.shot("trip-journal-same-reply-file-again", again if isinstance(again, QWidget) else window)
    shooter.close_dialogs()


def scroll_to(widget: QWidget) -> None:
    """Scroll the page around ``widget`` so it shows (the replies history is below the fold)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 40)


def _open_dialog(window: MainWindow) -> QWidget:
    return next((w for w in window.findChildren(QDialog) if w.isVisible()), window)


def round_trip(window: MainWindow, store: SupporterStore, supporter: Supporter, shooter: Shooter,
               folder: Path, size: tuple[int, int] | None) -> None:
    share = share_with_no_names(window, supporter, shooter, folder)
    support_window, reply = review_and_reply(store, share, shooter, folder, size)
    open_and_finish(window, reply, shooter)
    read_again(window, reply, shooter)
    support_window.close_for_lock()
    support_window.deleteLater()

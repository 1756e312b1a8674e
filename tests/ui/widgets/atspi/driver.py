"""Types a unique passphrase into every passphrase field of the real dialogs (or, with ``plain``,
into a bare QLineEdit in Password mode) while an AT-SPI listener runs, edits and clears it, and
prints what the listener was sent.

With ``create``, instead fails to create a journal (the two passphrases differ); with ``walk``,
``supporter`` or ``insights``, tabs through Today and the create dialog, the supporter window, or
each Insights tab, and lists what is focusable there.
Run inside ``xvfb-run -a dbus-run-session --`` (test_passphrase_field_atspi.py does). Prints
``SECRET <json>`` for each passphrase typed and ``EVENT <json>`` for each event seen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

os.environ["QT_ACCESSIBILITY"] = "1"
os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget  # noqa: E402

from tests.ui.widgets.atspi import PART_CREATE  # noqa: E402

SENTINEL = "passphrase-test-done"
LISTENER = Path(__file__).with_name("listener.py")
Fields = list[tuple[QWidget, list[QLineEdit]]]


def wait_until(done: Callable[[], bool], what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QTest.qWait(20)


def plain_field() -> Fields:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName("Plain password field")
    return [(field, [field])]


def dialog_fields(folder: Path) -> Fields:
    """Every dialog that asks for a passphrase, with its passphrase fields."""
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.database import Vault, create_vault

    from peerjournal.ui.app.passphrase_dialog import ChangePassphraseDialog
    from peerjournal.ui.app.unlock_dialog import UnlockDialog
    from peerjournal.ui.sharing.share_dialog import PASSPHRASE_CHOICE, ShareDialog
    from peerjournal.ui.supporter.supporter_dialogs import SharePassphraseDialog
    from peerjournal.ui.widgets import messages

    unlock = UnlockDialog(folder / "new.pjvault")  # creating: passphrase and again
    unlock.show_check.click()  # typed while shown on screen
    assert unlock.passphrase.is_shown() and unlock.confirm.is_shown()
    change = ChangePassphraseDialog(cast(Vault, None))  # the vault is only used on submit
    opening = SharePassphraseDialog("from-sam.pjshare")
    restore, restore_field = messages.passphrase_dialog(None, "Restore a backup", "The backup's passphrase:")
    share = ShareDialog(Journal(create_vault(folder / "journal.pjvault", "correct horse battery")))
    share.supporter.setCurrentIndex(share.supporter.findData(PASSPHRASE_CHOICE))
    return [(unlock, [unlock.passphrase, unlock.confirm]), (change, [change.current, change.new, change.again]),
            (opening, [opening.passphrase]), (restore, [restore_field]),
            (share, [share.passphrase, share.passphrase_again])]


def type_edit_and_clear(field: QLineEdit, secret: str) -> None:
    """Type, correct a character, select all and delete, type again, clear as the dialogs do."""
    field.setFocus()
    QTest.keyClicks(field, secret)
    wait_until(lambda: field.text() == secret, "typing")
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, secret[-1])
    wait_until(lambda: field.text() == secret, "the corrected passphrase")
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    wait_until(lambda: field.text() == "", "deleting")
    QTest.keyClicks(field, secret)
    wait_until(lambda: field.text() == secret, "typing again")
    field.clear()
    wait_until(lambda: field.text() == "", "clearing")


def failed_create(folder: Path) -> list[QWidget]:
    """Create a journal with two passphrases that differ, as a person would: type, Enter."""
    from peerjournal.ui.app.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(folder / "new.pjvault")
    dialog.show()
    QTest.qWait(300)
    for field, words in ((dialog.passphrase, "river stones and moss"), (dialog.confirm, "river stones and mosses")):
        field.setFocus()
        QTest.keyClicks(field, words)
    QTest.keyClick(dialog.confirm, Qt.Key.Key_Return)
    wait_until(lambda: "not the same" in dialog.match_label.text(), "the mismatch")
    QTest.qWait(500)
    dialog.hide()
    return [dialog]  # kept: the listener asks about its labels afterwards


def tab_through(window: QWidget, first: QWidget, tabs: int) -> None:
    """Show ``window``, put the focus on ``first`` and press Tab ``tabs`` times."""
    window.show()
    window.activateWindow()
    QTest.qWait(500)
    first.setFocus()
    QTest.qWait(200)
    for _ in range(tabs):
        focused = QApplication.focusWidget()
        QTest.keyClick(focused if focused is not None else window, Qt.Key.Key_Tab)
        QTest.qWait(150)


def walk_today_and_create(folder: Path) -> list[QWidget]:
    """Tab through Today and the create dialog; both stay open for the listener's look round."""
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.database import create_vault

    from peerjournal.ui.app.events import JournalEvents
    from peerjournal.ui.app.main_window import MainWindow
    from peerjournal.ui.app.unlock_dialog import UnlockDialog

    journal = Journal(create_vault(folder / "journal.pjvault", "correct horse battery"))
    window = MainWindow(journal, JournalEvents(journal))
    window.resize(1280, 900)
    tab_through(window, window.today.mood_form.mood, 30)
    window.journal_keep = journal  # type: ignore[attr-defined]
    dialog = UnlockDialog(folder / "new.pjvault")
    between = QLabel("between")
    between.show()
    QTest.qWait(200)
    between.setAccessibleName(PART_CREATE)  # the events after this are the dialog's
    QTest.qWait(300)
    tab_through(dialog, dialog.passphrase, 8)
    return [window, dialog, between]


def walk_insights(folder: Path) -> list[QWidget]:
    """The Insights page on the demo journal, one window per tab (the listener looks round
    what is showing), each tabbed through; they stay open for the listener's look round."""
    from peerjournal.demo.seed import seed_demo
    from peerjournal.storage.journal import Journal
    from peerjournal.storage.vault.database import create_vault

    from peerjournal.ui.app.events import JournalEvents
    from peerjournal.ui.insights.insights_page import InsightsPage

    journal = Journal(create_vault(folder / "journal.pjvault", "correct horse battery"))
    seed_demo(journal)
    events = JournalEvents(journal)
    pages: list[QWidget] = []
    for tab in range(InsightsPage(journal, events).tabs.count()):
        page = InsightsPage(journal, events)
        page.setWindowTitle(f"Insights tab {tab}")
        page.resize(1280, 900)
        page.show()
        page.tabs.setCurrentIndex(tab)
        wait_until(lambda p=page: p._network_step is None and p._mood_reading is None, "the tab's reading")
        QTest.qWait(300)
        tab_through(page, page.tabs.tabBar(), 12)
        pages.append(page)
    pages[0].journal_keep = journal  # type: ignore[attr-defined]
    pages[0].events_keep = events  # type: ignore[attr-defined]
    return pages


def walk_supporter(folder: Path) -> list[QWidget]:
    """The supporter window with the ``--supporter-demo`` data, a person's review shown, and
    Tab pressed through it; it stays open for the listener's look round."""
    from peerjournal.demo.supporter import DEMO_SUPPORTER_PASSPHRASE, seed_supporter_demo
    from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
    from peerjournal.storage.supporter.store import SupporterStore
    from peerjournal.storage.vault.database import create_vault

    from peerjournal.ui.supporter.supporter_window import SupporterWindow

    # As DemoSupporter makes it, inside the driver's temp folder (gone with it).
    store = SupporterStore(create_vault(folder / "supporter.pjvault", DEMO_SUPPORTER_PASSPHRASE, SUPPORTER_MIGRATIONS))
    seed_supporter_demo(store, folder)
    window = SupporterWindow(store, demo=True)
    window.resize(1280, 900)
    first = store.people()[0]
    assert first.id is not None
    window.show_person(first.id)
    tab_through(window, window.people_view, 40)
    window.store_keep = store  # type: ignore[attr-defined]
    return [window]


def type_secrets(windows: Fields) -> list[QWidget]:
    """Type, edit and clear a unique passphrase in each field; the windows are kept (the
    listener asks about the fields after the typing)."""
    number = 0
    for window, fields in windows:
        window.show()
        QTest.qWait(200)
        for field in fields:
            number += 1
            secret = f"Kv{number}Wq{number}Zj"
            print("SECRET " + json.dumps(secret), flush=True)
            type_edit_and_clear(field, secret)
        window.hide()
    return [window for window, _ in windows]


def main(mode: str) -> None:
    with tempfile.TemporaryDirectory(prefix="pj-atspi-") as folder:
        seen = Path(folder) / "events.jsonl"
        app_name = "pj-atspi-driver" if mode in ("walk", "supporter", "insights") else ""
        listener = subprocess.Popen(["/usr/bin/python3", str(LISTENER), SENTINEL, str(seen), app_name],
                                    stdout=subprocess.PIPE, text=True)
        assert listener.stdout is not None
        if listener.stdout.readline().strip() != "READY":
            raise SystemExit("the AT-SPI listener did not start")
        app = QApplication(sys.argv[:1])
        app.setApplicationName("pj-atspi-driver")
        marker = QLabel("working")
        marker.show()
        kept: list[QWidget] = []
        if mode == "create":
            kept = failed_create(Path(folder))
        elif mode == "walk":
            kept = walk_today_and_create(Path(folder))
        elif mode == "supporter":
            kept = walk_supporter(Path(folder))
        elif mode == "insights":
            kept = walk_insights(Path(folder))
        else:
            kept = type_secrets(plain_field() if mode == "plain" else dialog_fields(Path(folder)))
        marker.setAccessibleName(SENTINEL)  # the listener stops after this one
        wait_until(lambda: listener.poll() is not None, "the listener", seconds=240)
        kept.clear()  # open until the listener had its look round
        for line in seen.read_text(encoding="utf-8").splitlines():
            print("EVENT " + line, flush=True)
        del app


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dialogs")

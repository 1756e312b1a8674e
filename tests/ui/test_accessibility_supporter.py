"""Accessibility of what comes before the journal and of supporter mode: the start dialog, the
unlock and create dialogs in the states the journal walk doesn't reach, and the supporter
window with a person's two files, with every dialog it opens.

The same walk as ``test_accessibility.py`` (``accessible_walk.py``): every control named and described as a screen
reader gets it, reachable with Tab, and Tab going through in reading order.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabBar,
    QWidget,
)

from peerjournal.core.records import MoodCheckIn
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.options import Naming, ShareOptions
from peerjournal.core.sharing.package import seal, seal_with_passphrase
from peerjournal.storage.files.backup import back_up, backups_dir
from peerjournal.storage.vault.database import SUPPORTER
from tests.ui.accessible_walk import describe, order_problems, problems_in, spoken
from tests.ui.conftest import PASSPHRASE
from tests.ui.supporter import conftest as supporter
from tests.ui.supporter.helpers import (
    FIRST,
    SECOND,
    SharingJournal,
    accept_as_is,
    make_window,
    open_share,
    share_from_another_sam,
)

from peerjournal.ui.app.start_dialog import StartDialog
from peerjournal.ui.app.unlock_dialog import UnlockDialog
from peerjournal.ui.supporter.reply_compose import ReplyComposeDialog
from peerjournal.ui.supporter.supporter_dialogs import PersonNameDialog, SharePassphraseDialog
from peerjournal.ui.supporter.supporter_window import PERSON_PAGE, SupporterWindow
from peerjournal.ui.widgets import files

# The fixtures shared with test_supporter_window.py.
store, public, sam, inbox = supporter.store, supporter.public, supporter.sam, supporter.inbox


def share_with_reply_to(journal: SharingJournal, folder: Path, recipient: str, period, *,
                        made_days_ago: int = 0) -> Path:
    """A ``.pjshare`` as a journal saves it today: with the key a reply goes to, so the
    supporter can write one."""
    options = ShareOptions(start=period[0], end=period[1], sender_name=journal.sender_name,
                           message="Thank you for Tuesday.", naming=Naming.FIRST)
    doc = build_document(
        journal.repo.snapshot(options, recipient), options, recipient=recipient,
        signer=journal.repo.signer(), export_id=new_export_id(),
        created=datetime.now(UTC) - timedelta(days=made_days_ago),
        reply_to=journal.journal.replies.reply_to(),
    )
    path = folder / f"share-{doc['export_id'][:8]}.pjshare"
    path.write_bytes(seal(doc, journal.repo.signing_key(), recipient))
    return path


def _mnemonic(text: str) -> str:
    """The letter after a single ``&`` ("Save &key file…" → "k"), or ""."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1:at + 2].casefold() if at >= 0 else ""


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys that two things shown at once in ``root`` both claim: buttons, labels
    that lead to a field, tabs, and a window's menus."""
    owners: dict[str, list[str]] = {}

    def claim(text: str, what: str) -> None:
        if key := _mnemonic(text):
            owners.setdefault(key, []).append(what)

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text(), describe(widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text(), f"label {widget.text()!r}")
        elif isinstance(widget, QTabBar):  # every tab's letter works, not only the open one's
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    claim(widget.tabText(index), f"tab {widget.tabText(index)!r}")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            claim(action.text(), f"menu {action.text()!r}")
    return [f"Alt+{key.upper()} is claimed by " + ", ".join(who) for key, who in sorted(owners.items())
            if len(who) > 1]


def walk(qtbot, dialog: QWidget, start: QWidget | None = None) -> list[str]:
    """What is wrong in ``dialog`` (a window): names, descriptions, reach, Tab's order and
    Alt+letter keys claimed twice."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QCoreApplication.processEvents()
    start = start or QApplication.focusWidget()
    assert start is not None and (start is dialog or dialog.isAncestorOf(start)), start
    return problems_in(dialog) + order_problems(qtbot, dialog, dialog, start) + mnemonic_clashes(dialog)


# -- before any journal is open ---------------------------------------------------------
def test_the_start_dialog(qtbot):
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    problems = walk(qtbot, dialog)
    assert not problems, "\n".join(problems)


def test_the_unlock_dialog_in_the_states_the_journal_walk_leaves_out(qtbot, journal, vault_path, tmp_path):
    problems = []
    create_supporter = UnlockDialog(tmp_path / "new" / "supporter.pjvault", kind=SUPPORTER)
    qtbot.addWidget(create_supporter)
    problems += [f"create a supporter vault: {p}" for p in walk(qtbot, create_supporter)]

    from_data = UnlockDialog(tmp_path / "new" / "journal.pjvault")
    qtbot.addWidget(from_data)
    files.next_paths.append(tmp_path / "my-data.json")
    from_data.show()
    from_data.from_data.choose_button.click()
    assert from_data.from_data.empty_button.isVisible()
    problems += [f"create from a data file: {p}" for p in walk(qtbot, from_data)]

    # A journal damaged by a crash: the dialog offers the newest good backup.
    journal.add_mood(MoodCheckIn(at=datetime.now(UTC), mood=4))
    back_up(journal.vault, backups_dir(vault_path), now=datetime.now(UTC))
    journal.vault.close()
    data = bytearray(vault_path.read_bytes())
    for i in range(5000, 5200):
        data[i] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    vault_path.with_name(vault_path.name + "-wal").write_bytes(b"")
    damaged = UnlockDialog(vault_path)
    qtbot.addWidget(damaged)
    damaged.show()
    qtbot.keyClicks(damaged.passphrase, PASSPHRASE)
    damaged.submit()
    qtbot.waitUntil(damaged.restore_button.isVisible, timeout=30_000)
    problems += [f"damaged journal: {p}" for p in walk(qtbot, damaged)]
    assert not problems, "\n".join(problems)


# -- supporter mode ---------------------------------------------------------------------
def window_problems(qtbot, window: SupporterWindow) -> list[str]:
    """The walk over the whole window, Tab starting from the key at the top (or, once someone has
    shared and the key has moved to File ▸ My key, from the list of people)."""
    window.activateWindow()  # a dialog just closed may have left no window active
    qtbot.waitUntil(window.isActiveWindow)
    QCoreApplication.processEvents()
    key = window.key_panel.key_edit
    start = key if key.isVisible() else window.findChild(QWidget, "peopleTable")
    return (problems_in(window) + order_problems(qtbot, window, window, start)
            + mnemonic_clashes(window))


def look(qtbot, label: str, found: list[str], then=None):
    """An answer for :func:`open_share` that walks the dialog asked, then answers it."""
    def answer(dialog: QWidget) -> None:
        found.extend(f"{label}: {p}" for p in walk(qtbot, dialog))
        if then is not None:
            then(dialog)
    return answer


def test_the_supporter_window_empty_then_with_a_persons_two_files(qtbot, store, public, sam, inbox):
    window = make_window(qtbot, store)
    problems = [f"no one yet: {p}" for p in window_problems(qtbot, window)]

    first = share_with_reply_to(sam, inbox, public, FIRST, made_days_ago=10)
    opened = open_share(qtbot, window, first, answer=look(qtbot, "someone new", problems, accept_as_is))
    assert opened.outcome == "imported" and len(opened.dialogs) == 1
    assert open_share(qtbot, window, share_with_reply_to(sam, inbox, public, SECOND)).outcome == "imported"
    assert window.pages.currentIndex() == PERSON_PAGE
    panel = window.person_panel
    assert panel.exports.rowCount() == 2 and panel.review.comparison.isVisible()

    charts = panel.review.charts
    shown = [i for i in range(charts.count()) if charts.isTabVisible(i)]
    assert len(shown) == 2  # moods and contacts were shared; no activities
    for index in shown:
        charts.setCurrentIndex(index)
        problems += [f"Sam ▸ {charts.tabText(index)}: {p}" for p in window_problems(qtbot, window)]
    panel.select_export_row(1)  # the first file: nothing earlier to compare with
    problems += [f"Sam ▸ the first file: {p}" for p in window_problems(qtbot, window)]

    panel.clear()
    window.reload()
    assert window.pages.currentWidget() is window.choose_label
    problems += [f"no one chosen: {p}" for p in window_problems(qtbot, window)]
    assert not problems, "\n".join(problems)


def test_the_supporter_dialogs(qtbot, store, public, sam, inbox, tmp_path):
    window = make_window(qtbot, store)
    problems: list[str] = []
    open_share(qtbot, window, share_with_reply_to(sam, inbox, public, FIRST), answer=accept_as_is)

    # Someone else's journal claiming the name "Sam": a warning, and a name already taken.
    clash = share_from_another_sam(tmp_path, inbox, public)

    def name_taken(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonNameDialog) and dialog.warning.isVisible()
        # A screen reader on the field says why this file is flagged, and why OK won't work.
        assert "signed by a different journal" in spoken(dialog.name_edit)[1]
        dialog.name_edit.setText("Sam")
        assert dialog.error.isVisible() and not dialog.ok_button.isEnabled()
        said = spoken(dialog.name_edit)[1]
        assert said.startswith(dialog.error.text()) and "Please choose a different name" in said
        assert "different journal" in said
        problems.extend(f"name taken: {p}" for p in problems_in(dialog) + mnemonic_clashes(dialog))
        dialog.name_edit.setText("Sam from the allotment")
        assert "Please choose a different name" not in spoken(dialog.name_edit)[1]
        dialog.cancel_button.click()

    outcome = open_share(qtbot, window, clash, answer=look(qtbot, "a name clash", problems, name_taken))
    assert outcome.outcome == "cancelled"

    # A file locked with a passphrase.
    locked = inbox / "locked.pjshare"
    locked.write_bytes(seal_with_passphrase(sam.document("passphrase", SECOND), sam.repo.signing_key(),
                                            "blue kettle morning"))

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SharePassphraseDialog)
        dialog.cancel_button.click()

    outcome = open_share(qtbot, window, locked, answer=look(qtbot, "passphrase", problems, cancel))
    assert outcome.outcome == "cancelled"

    rename = window.rename_person()
    assert isinstance(rename, PersonNameDialog)
    problems += [f"rename: {p}" for p in walk(qtbot, rename)]
    rename.reject()

    reply = window.write_reply()
    assert isinstance(reply, ReplyComposeDialog)
    problems += [f"reply ▸ a place: {p}" for p in walk(qtbot, reply)]
    reply.tabs.setCurrentIndex(1)
    problems += [f"reply ▸ a goal: {p}" for p in walk(qtbot, reply)]
    qtbot.keyClicks(reply.goal_title, "Call my brother once a week")
    reply.add_goal_button.click()
    assert reply.list.count() == 1 and reply.remove_button.isEnabled()
    problems += [f"reply ▸ with a suggestion: {p}" for p in walk(qtbot, reply)]
    reply.reject()
    assert not problems, "\n".join(problems)


def test_the_mnemonic_check_can_fail(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    for text in ("&Save", "&Send", "Save && close", "&Cancel"):
        QPushButton(text, form)
    copy = QPushButton("&Copy", form)
    copy.hide()
    found = mnemonic_clashes(form)
    assert found == ["Alt+S is claimed by QPushButton '' '&Save', QPushButton '' '&Send'"], found
    copy.show()  # shown, it claims Alt+C as Cancel does
    assert [p[:5] for p in mnemonic_clashes(form)] == ["Alt+C", "Alt+S"]

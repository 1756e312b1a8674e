"""No dialog throws typed input away on Enter: its default button is never Cancel or Close, and
Enter pressed in a field with something typed never rejects the dialog.

The walk reuses the accessibility walk's main dialogs (a window full of demo data, every
dialog its menus and pages open, each view of each), plus supporter mode's dialogs.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
)

from peerjournal.core.sharing.keys import new_identity
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.replies import ReplyAddress
from peerjournal.storage.supporter.store import CaseloadPerson, SupporterStore
from peerjournal.storage.vault.database import create_vault
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_accessibility import each_dialog, main_dialogs, window  # noqa: F401 - a fixture

from peerjournal.ui.app import workers
from peerjournal.ui.supporter.reply_compose import ReplyComposeDialog
from peerjournal.ui.supporter.supporter_dialogs import PersonNameDialog, SharePassphraseDialog

LEAVING = {"cancel", "close", "no", "not now", "back", "don't save", "discard"}


def _leaves(button: QPushButton) -> bool:
    """A button that goes away without keeping what was typed."""
    text = button.text().replace("&", "").strip().rstrip("…").casefold()
    name = button.objectName().casefold()
    return text in LEAVING or "cancel" in name or "close" in name


def default_problems(dialog: QDialog) -> list[str]:
    """What is wrong with the button Enter would press in ``dialog`` as it is shown now."""
    shown = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog) and b.window() is dialog]
    return [f"Enter presses {b.objectName() or b.text()!r}" for b in shown if b.isDefault() and _leaves(b)]


def typed_fields(dialog: QDialog) -> list[QLineEdit]:
    """The line edits a person types into (not those inside a date, number or list box)."""
    return [field for field in dialog.findChildren(QLineEdit)
            if field.isVisibleTo(dialog) and field.isEnabled() and not field.isReadOnly()
            and not isinstance(field.parent(), QAbstractSpinBox | QComboBox)]


def enter_rejects(qtbot, dialog: QDialog) -> bool:
    """Type into the first field and press Enter: did the dialog close as cancelled?"""
    fields = typed_fields(dialog)
    if not fields:
        return False
    fields[0].setFocus()
    qtbot.keyClicks(fields[0], "x")
    dialog.setResult(QDialog.DialogCode.Accepted)  # only a reject sets it back
    qtbot.keyClick(fields[0], Qt.Key.Key_Return)
    # Work Enter started (an unlock trying the passphrase) ends before the dialog is closed.
    qtbot.waitUntil(lambda: not workers._pending, timeout=60_000)
    QCoreApplication.processEvents()
    return not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def _close_all() -> None:
    for open_one in reversed(QApplication.topLevelWidgets()):
        if isinstance(open_one, QDialog) and open_one.isVisible():
            open_one.done(QDialog.DialogCode.Rejected)
    QCoreApplication.processEvents()


def test_no_main_dialog_has_a_leaving_default_button(qtbot, window, journal, tmp_path):  # noqa: F811
    problems, seen = [], 0
    for label, dialog in each_dialog(qtbot, window, journal, tmp_path):
        seen += 1
        problems += [f"{label}: {p}" for p in default_problems(dialog)]
    assert seen >= len(main_dialogs(window, journal, tmp_path))
    assert not problems, "\n".join(problems)


def test_enter_in_a_typed_field_never_cancels_a_main_dialog(qtbot, window, journal, tmp_path):  # noqa: F811
    problems, tried = [], 0
    for label, open_dialog, _views in main_dialogs(window, journal, tmp_path):
        dialog = open_dialog()
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
        dialog.show()
        QCoreApplication.processEvents()
        tried += bool(typed_fields(dialog))
        if enter_rejects(qtbot, dialog):
            problems.append(label)
        _close_all()
    assert tried >= 5
    assert not problems, "Enter cancelled: " + ", ".join(problems)


@pytest.fixture
def store(tmp_path):
    vault = create_vault(tmp_path / "supporter" / "supporter.pjvault", PASSPHRASE, SUPPORTER_MIGRATIONS)
    yield SupporterStore(vault)
    vault.close()


def test_supporter_modes_dialogs(qtbot, store):
    now = datetime.now(UTC)
    sam = CaseloadPerson(id=1, name="Sam", signer="", added=now, export_count=1, last_export_created=now)
    address = ReplyAddress(reply_to=new_identity()[1], export_created=now, in_reply_to=None)
    problems = []
    for dialog in (SharePassphraseDialog("share.pjshare"),
                   PersonNameDialog(title="Someone new", intro="", name="", others=[], ok_text="&Add"),
                   ReplyComposeDialog(store, sam, address)):
        qtbot.addWidget(dialog)
        dialog.show()
        problems += [f"{type(dialog).__name__}: {p}" for p in default_problems(dialog)]
        if enter_rejects(qtbot, dialog):
            problems.append(f"{type(dialog).__name__}: Enter cancelled")
    assert not problems, "\n".join(problems)


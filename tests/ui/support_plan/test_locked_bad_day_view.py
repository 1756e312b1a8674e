"""My plan for a bad day from the tray while locked: only when the person kept a copy; it
reads that file and nothing else; without a copy, unlock first as before."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from peerjournal.demo.seed import seed_demo
from peerjournal.storage.support_plan_copy import CopyChoice, copy_path, save_choice
from tests.ui.conftest import PASSPHRASE
from tests.ui.support_plan.conftest import tray_action


def test_with_a_copy_the_tray_shows_it_while_the_journal_stays_locked(qtbot, journal, vault_path, started):
    seed_demo(journal, days=14)
    save_choice(journal, CopyChoice(on=True, parts=("crisis", "reasons")))
    plan = journal.plan.load()
    keep_well = plan.keep_well[0]
    ctl = started(locked=True)
    tray_action(ctl, "My plan for a bad day").trigger()
    view = ctl.locked_bad_day_view
    assert view is not None and view.isVisible()
    assert ctl.window is None and ctl.vault is None  # still locked
    text = view.content.toPlainText()
    assert plan.what_helps[0] in text and plan.reasons[0] in text and "Priya" in text
    assert keep_well not in text  # a part that was not ticked
    copy_path(vault_path).write_text('{"sections": [{"heading": "Only from the file", "items": ["x"]}]}')
    view.close()
    tray_action(ctl, "My plan for a bad day").trigger()
    assert "Only from the file" in ctl.locked_bad_day_view.content.toPlainText()  # the file, nothing else
    with qtbot.waitSignal(ctl.windowShown, timeout=20_000):
        ctl.locked_bad_day_view.findChild(QPushButton, "unlockButton").click()
        qtbot.keyClicks(ctl.unlock_dialog.passphrase, PASSPHRASE)
        ctl.unlock_dialog.submit()
    assert ctl.window.bad_day_view is not None and ctl.window.bad_day_view.isVisible()


def test_without_a_copy_the_tray_asks_to_unlock_first(qtbot, journal, vault_path, started):
    ctl = started(locked=True)
    dialog = ctl.unlock_dialog
    tray_action(ctl, "My plan for a bad day").trigger()
    assert ctl.locked_bad_day_view is None and ctl.unlock_dialog is dialog
    assert ctl.pending_bad_day_plan

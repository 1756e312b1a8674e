"""The supporter's unlock (issue 20): the daily backup (and the page check before it) starts
once the supporter's window is painted, not in the turns that build and paint it."""

from __future__ import annotations

from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.vault.database import create_vault, open_vault
from tests.ui.conftest import PASSPHRASE

from peerjournal.ui.app import first_paint
from peerjournal.ui.app.controller import AppController

WAIT_MS = 60_000


def _supporter_vault(tmp_path):  # noqa: ANN001, ANN202
    path = tmp_path / "supporter" / "supporter.pjvault"
    create_vault(path, PASSPHRASE, SUPPORTER_MIGRATIONS).close()
    return path


def test_the_backup_starts_after_the_supporter_window_is_painted(qtbot, tmp_path, settings_file, clock):
    path = _supporter_vault(tmp_path)
    ctl = AppController(path, settings_file=settings_file, clock=clock, use_tray=False)
    started: list[bool] = []
    real = ctl._start_daily_backup
    ctl._start_daily_backup = lambda window, vault: started.append(window.isVisible()) or real(window, vault)
    try:
        ctl.start(open_vault(path, PASSPHRASE))
        assert ctl.supporter_window is not None and ctl.supporter_window.isVisible()
        assert started == []  # not in the turn that built and showed the window
        qtbot.waitUntil(lambda: started == [True], timeout=WAIT_MS)
    finally:
        ctl._drop_journal()


def test_a_lock_before_the_first_paint_starts_no_backup(qtbot, tmp_path, settings_file, clock, monkeypatch):
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 20)
    path = _supporter_vault(tmp_path)
    ctl = AppController(path, settings_file=settings_file, clock=clock, use_tray=False)
    started: list[bool] = []
    ctl._start_daily_backup = lambda window, vault: started.append(True)
    ctl.start(open_vault(path, PASSPHRASE))
    ctl.lock()
    qtbot.addWidget(ctl.unlock_dialog)
    qtbot.wait(300)
    assert started == [] and ctl.vault is None

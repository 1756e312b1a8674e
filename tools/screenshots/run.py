"""Starts PeerJournal as ``--demo`` does (the real controller and windows), adds a temporary
supporter, and runs the tour or the round trip; everything temporary is deleted at the end."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from peerjournal import APP_NAME
from peerjournal.core.settings import Theme
from peerjournal.demo.throwaway import DemoJournal
from peerjournal.storage.files.settings_file import SettingsFile
from tools.screenshots.journal_tour import shoot_dialogs, shoot_pages
from tools.screenshots.shooter import Shooter
from tools.screenshots.supporter_side import make_supporter, reply_file, share_for
from tools.screenshots.supporter_tour import shoot_supporter, show_window

from peerjournal.ui.app import style
from peerjournal.ui.app.controller import AppController
from peerjournal.ui.app.translations import install_translators
from peerjournal.ui.widgets import files


def run(args: argparse.Namespace, size: tuple[int, int]) -> list[Path]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    install_translators(args.language)
    style.apply_style(app)
    files.enable_test_mode()  # file choosers take their answers from files.next_paths
    shooter = Shooter(args.out)
    logical = None if shooter.real_screen else tuple(round(n / args.scale) for n in size)
    demo = DemoJournal()
    scratch = Path(tempfile.mkdtemp(prefix="peerjournal-shots-"))
    controller = AppController(demo.path, demo=True, settings_file=SettingsFile(demo.folder / "settings"),
                               use_tray=False)
    try:
        style.use_theme(Theme(args.theme.replace("-", "_")))
        controller.start(demo.create(days=args.days))
        controller.autolock.set_idle_minutes(0)  # no input comes; never lock halfway
        window = controller.window
        assert window is not None
        show_window(window, logical)
        store, supporter = make_supporter(scratch, window.journal)
        window.sharing.reload()
        if args.round_trip:
            from tools.screenshots.round_trip import round_trip

            round_trip(window, store, supporter, shooter, scratch, logical)
        else:
            _tour(args, window, store, supporter, shooter, scratch, logical)
        return shooter.written
    finally:
        shooter.close_dialogs()
        controller.quit()
        demo.cleanup()
        shutil.rmtree(scratch, ignore_errors=True)


def _tour(args, window, store, supporter, shooter, scratch, logical) -> None:  # type: ignore[no-untyped-def]
    reply = None
    if "pages" not in args.skip:
        shoot_pages(window, shooter)
    if "supporter" not in args.skip:
        share = share_for(window.journal, supporter, scratch)
        support_window = shoot_supporter(store, share, shooter, logical)
        person = store.people()[0]
        reply = reply_file(store, person.id, scratch)
        support_window.close_for_lock()
        support_window.deleteLater()
    if "dialogs" not in args.skip:
        window.raise_()
        window.activateWindow()
        shoot_dialogs(window, shooter, scratch, reply)

"""Composition root: command line, QApplication, style, paths, and the app controller.

The only module that sees every layer.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path

from peerjournal import APP_ID, APP_NAME, __version__
from peerjournal.system.build_info import build_id, version_text
from peerjournal.system.paths import default_supporter_vault_path, default_vault_path
from peerjournal.system.privacy import disable_core_dumps


class _VersionAction(argparse.Action):
    """``--version``: the version and build, looked up only when asked (git may be slow)."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        print(version_text(build_id()))
        parser.exit()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="peerjournal",
        description="A private, encrypted journal of mood, people and activities.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--vault", type=Path, metavar="PATH",
        help=f"open or create the journal at PATH (default: {default_vault_path()})",
    )
    where.add_argument(
        "--demo", action="store_true",
        help="open a throwaway journal with sample data, deleted when you quit",
    )
    where.add_argument(
        "--supporter-demo", action="store_true",
        help="open a throwaway supporter journal with a directory and sample shared files, deleted when you quit",
    )
    where.add_argument(
        "--supporter", action="store_true",
        help=f"supporter mode: open (or create) the supporter vault at {default_supporter_vault_path()}",
    )
    parser.add_argument(
        "--language", metavar="CODE",
        help="show the app in this language (e.g. de; default: the system's); "
             "'pseudo' marks every translated text, for checking translations",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and build, then exit")
    # Given by PeerJournal itself when it starts afresh at lock (see _relaunch_locked); by
    # hand they only start at the unlock dialog, as a plain start does.
    parser.add_argument("--locked", choices=("dialog", "tray"), help=argparse.SUPPRESS)
    parser.add_argument("--lock-lost", metavar="CODES", help=argparse.SUPPRESS)
    parser.add_argument("--waiting", action="append", metavar="REMINDER", help=argparse.SUPPRESS)
    # For the package tests (scripts/test_packages.sh): create or open the journal at PATH,
    # passphrase on stdin, no window. See system/journal_check.py.
    parser.add_argument("--check-journal", type=Path, metavar="PATH", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def relaunch_command(args: argparse.Namespace, locked_args: list[str]) -> list[str]:
    """The command line that starts PeerJournal afresh, locked: the same program (a frozen
    bundle runs its own executable), the same language, ``locked_args`` for the rest."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "peerjournal"]
    language = [f"--language={args.language}"] if args.language else []
    return [*program, *language, *locked_args]


def _relaunch_locked(args: argparse.Namespace, locked_args: list[str]) -> None:
    """Replace this process (same PID) by a fresh PeerJournal that starts locked: only ending
    the process frees what was typed and the passphrase for sure. Does not return."""
    command = relaunch_command(args, locked_args)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    _close_on_exec()
    os.execv(command[0], command)


def open_other_command(args: argparse.Namespace, kind: str) -> list[str]:
    """The command line that starts PeerJournal for the other kind of vault: supporter mode,
    or the person's own journal at its usual place (made there the first time)."""
    other = ["--supporter"] if kind == "supporter" else ["--vault", str(default_vault_path())]
    return relaunch_command(args, other)


def _open_other(args: argparse.Namespace, kind: str) -> None:
    """Start that PeerJournal as a separate program, not waiting for it (each keeps its own lock)."""
    subprocess.Popen(open_other_command(args, kind), stdin=subprocess.DEVNULL, start_new_session=True,
                     close_fds=True)


def _close_on_exec() -> None:
    """Every descriptor but stdin, stdout and stderr closes with the exec: the display's and
    the session bus's connections among them, so the old windows and tray icon go with it."""
    folder = "/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        with suppress(OSError, ValueError):
            if int(name) > 2:
                os.set_inheritable(int(name), False)


def vault_path_for(args: argparse.Namespace) -> Path | None:
    """The vault to open; None when there is none yet and the first-start question decides."""
    if args.vault is not None:
        return Path(args.vault)
    if args.supporter:
        return default_supporter_vault_path()
    for path in (default_vault_path(), default_supporter_vault_path()):
        if path.exists():
            return path
    return None


def _has_display(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> bool:
    """False only on Linux with no X11 or Wayland display (Windows and macOS always have one)."""
    if not platform.startswith("linux"):
        return True
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def _quit_on_signals(app):  # type: ignore[no-untyped-def]
    """Ctrl+C or SIGTERM close the journal cleanly (and delete a demo journal). Returns the
    timer that wakes Python up for its signal handlers."""
    from PySide6.QtCore import QTimer

    # Posted, not called: a signal during a slow start comes before app.exec(), and quit()
    # before the event loop runs is lost; a posted quit runs as soon as the loop starts.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: QTimer.singleShot(0, app.quit))
    # Python only runs signal handlers between bytecodes; wake it up now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def main(argv: list[str] | None = None) -> int:
    started = time.time()  # leftovers older than this are no running session's
    args = parse_args(argv)
    disable_core_dumps()
    if args.check_journal is not None:
        from peerjournal.system.journal_check import check_journal

        return check_journal(args.check_journal, sys.stdin, sys.stdout)
    if not _has_display():
        print(
            f"{APP_NAME} needs a graphical desktop, and no display was found "
            "(neither DISPLAY nor WAYLAND_DISPLAY is set).",
            file=sys.stderr,
        )
        return 2

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from peerjournal.storage.files.orphans import clean_orphans
    from peerjournal.storage.vault.database import JOURNAL, SUPPORTER

    from peerjournal.ui.app.controller import AppController
    from peerjournal.ui.app.relaunch import LockedStart
    from peerjournal.ui.app.style import apply_style
    from peerjournal.ui.app.translations import install_translators

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    install_translators(args.language)
    apply_style(app)

    _quit_on_signals(app)
    demo = None
    if args.demo or args.supporter_demo:
        from peerjournal.demo.supporter import DEMO_SUPPORTER_PASSPHRASE, DemoSupporter
        from peerjournal.demo.throwaway import DEMO_PASSPHRASE, DemoJournal

        # --supporter-demo: a throwaway supporter journal with a directory and two people.
        demo = DemoSupporter() if args.supporter_demo else DemoJournal()
        from peerjournal.storage.files.settings_file import SettingsFile

        hint = (QCoreApplication.translate("app", "This is the demo supporter journal. Its passphrase is: {passphrase}")
                .format(passphrase=DEMO_SUPPORTER_PASSPHRASE) if args.supporter_demo else
                QCoreApplication.translate("app", "This is the demo journal. Its passphrase is: {passphrase}").format(
                    passphrase=DEMO_PASSPHRASE))
        controller = AppController(
            demo.path, demo=True, settings_file=SettingsFile(demo.folder / "settings"), unlock_hint=hint,
        )
        try:
            controller.start(demo.create())
        except BaseException:
            demo.cleanup()
            raise
    else:
        vault_path = vault_path_for(args)
        # Temp files and check copies left by a session that was killed (never raises).
        clean_orphans(vault_path or default_vault_path(), started=started)
        # The demo locks in this process: its journal is a throwaway one whose passphrase is
        # shown to everyone, and it is deleted when this process ends.
        controller = AppController(
            vault_path, create_kind=SUPPORTER if args.supporter else JOURNAL,
            relaunch=lambda locked: _relaunch_locked(args, locked.args()),
            open_other=lambda kind: _open_other(args, kind),
        )
        vault_path = controller.vault_path
        controller.start(locked=LockedStart.parse(vault_path, args.locked, args.lock_lost, args.waiting)
                         if args.locked and vault_path is not None else None)
    try:
        return app.exec()
    finally:
        controller.quit()
        if demo is not None:
            demo.cleanup()

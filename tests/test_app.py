"""The command line: --version, --help, no display, and --demo starting for real in a subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from peerjournal import __version__
from peerjournal.app import parse_args, relaunch_command, vault_path_for
from peerjournal.system.build_info import build_id, version_text
from peerjournal.system.paths import default_supporter_vault_path, default_vault_path


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "peerjournal", *args],
        capture_output=True, text=True, timeout=timeout, env=env or os.environ.copy(),
    )


def test_version_and_help():
    # The version, then the build when known (from a checkout: its git commit).
    assert run("--version").stdout.strip() == version_text(build_id())
    assert version_text(build_id()).startswith(f"PeerJournal {__version__}")
    help_text = run("--help").stdout
    assert "--demo" in help_text and "--vault PATH" in help_text


def test_vault_flag_and_defaults(tmp_path):
    assert vault_path_for(parse_args(["--vault", str(tmp_path / "j.pjvault")])) == tmp_path / "j.pjvault"
    assert default_vault_path().parent == Path(os.environ["PEERJOURNAL_DATA_DIR"])
    assert vault_path_for(parse_args([])) is None  # nothing yet: the first-start question decides
    assert vault_path_for(parse_args(["--supporter"])) == default_supporter_vault_path()
    default_supporter_vault_path().parent.mkdir(parents=True)
    default_supporter_vault_path().write_bytes(b"x")
    assert vault_path_for(parse_args([])) == default_supporter_vault_path()
    default_vault_path().write_bytes(b"x")  # a journal, if there is one, comes first
    assert vault_path_for(parse_args([])) == default_vault_path()


def test_no_display_gives_a_clear_message():
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = run(env=env)
    if not sys.platform.startswith("linux"):
        return
    assert result.returncode == 2
    assert "needs a graphical desktop" in result.stderr
    assert "Traceback" not in result.stderr


def run_demo_until_up(tmp_path: Path, flag: str, up: Callable[[], bool], wait: float, settle: float) -> None:
    """Start ``peerjournal FLAG`` (its temporary files in ``tmp_path``); once ``up()`` and ``settle``
    seconds on, end it as the desktop does (SIGTERM): it quits cleanly, without a traceback."""
    env = os.environ.copy()
    env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "peerjournal", flag],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and not up():
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.2)
        assert up(), f"{flag} never came up"
        time.sleep(settle)  # the window is up and running
        assert proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr


def test_demo_starts_shows_data_and_cleans_up(tmp_path):
    def demo_bytes() -> int:  # vault plus its write-ahead log
        return sum(f.stat().st_size for f in tmp_path.glob("peerjournal-demo-*/demo.pjvault*"))

    run_demo_until_up(tmp_path, "--demo", lambda: demo_bytes() >= 100_000, wait=60, settle=2)  # ~90 days of entries
    assert not list(tmp_path.glob("peerjournal-demo-*")), "the demo journal was not deleted on exit"


def test_a_signal_before_the_event_loop_starts_still_quits(qapp):
    """SIGTERM or Ctrl+C while the window is still being built (a slow start) must not be lost:
    QApplication.quit() before exec() does nothing, so the app would run on for ever."""
    from PySide6.QtCore import QTimer

    from peerjournal.app import _quit_on_signals

    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(1))  # the event loop would otherwise never end
    try:
        wake = _quit_on_signals(qapp)
        signal.raise_signal(signal.SIGTERM)  # the handler runs now, before the loop
        guard.start(5000)
        assert qapp.exec() == 0
    finally:
        guard.stop()
        wake.stop()
        for signum, handler in saved.items():
            signal.signal(signum, handler)


def test_the_fresh_start_at_lock_keeps_program_and_language_and_starts_locked(tmp_path, monkeypatch):
    from peerjournal.ui.app.relaunch import LockedStart

    vault = Path("-j.pjvault")  # a name starting with "-" stays a name
    args = parse_args([f"--vault={vault}", "--language", "de"])
    locked = LockedStart(vault, show_dialog=False, lost=("typing-full",))
    command = relaunch_command(args, locked.args())
    assert command[:3] == [sys.executable, "-m", "peerjournal"]
    again = parse_args(command[3:])
    assert again.language == "de" and again.vault == vault
    assert LockedStart.parse(again.vault, again.locked, again.lock_lost) == locked
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # a PyInstaller bundle runs itself
    assert relaunch_command(parse_args([]), ["--locked", "dialog"]) == [sys.executable, "--locked", "dialog"]
    assert "--locked" not in run("--help").stdout  # PeerJournal's own, not offered to people


def test_check_in_reminders_still_waiting_come_through_the_fresh_start(tmp_path):
    from datetime import UTC, datetime

    from peerjournal.core.prompts import Prompt, PromptKind

    from peerjournal.ui.app.relaunch import LockedStart

    due = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    slot = Prompt(PromptKind.CHECK_IN, "check_in|2026-12-06|09:00", due, covers=("contacts|2026-12-06|09:00",))
    nudge = Prompt(PromptKind.STAY_IN_TOUCH, "stay_in_touch|2026-12-01|7", due, person_id=7)
    args = LockedStart(tmp_path / "j", waiting=(slot, nudge)).args()
    assert "stay_in_touch" not in " ".join(args)  # a nudge names someone: never on a command line
    parsed = parse_args([*args, "--waiting", "nonsense", "--waiting", "isolation|x;2026-12-06T09:00:00+00:00;"])
    assert LockedStart.parse(parsed.vault, parsed.locked, parsed.lock_lost, parsed.waiting).waiting == (slot,)


def test_start_removes_what_a_killed_session_left_behind():
    data = Path(os.environ["PEERJOURNAL_DATA_DIR"])
    old = time.time() - 24 * 3600
    check = data / ".pjcheck-abcd1234"
    temp = data / "backups" / ".journal-20261201-101500.pjbackup.0123456789abcdef.tmp"
    look_alike = data / "backups" / "journal-20261201-101500.pjbackup"
    check.mkdir(parents=True)
    temp.parent.mkdir()
    for path in (check / "journal.pjvault", temp, look_alike):
        path.write_bytes(b"left over")
        os.utime(path, (old, old))
    os.utime(check, (old, old))
    env = os.environ.copy()
    env.update(QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "peerjournal"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (check.exists() or temp.exists()):
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not check.exists() and not temp.exists()
    assert look_alike.read_bytes() == b"left over"
    assert "Traceback" not in stderr


def test_the_other_kind_starts_with_the_same_program_and_language():
    from peerjournal.app import open_other_command

    args = parse_args(["--language", "de"])
    supporter = parse_args(open_other_command(args, "supporter")[3:])
    assert supporter.supporter and supporter.language == "de" and supporter.vault is None
    journal = parse_args(open_other_command(parse_args(["--supporter"]), "journal")[3:])
    assert journal.vault == default_vault_path() and not journal.supporter


def test_only_linux_without_x11_or_wayland_has_no_display():
    from peerjournal.app import _has_display

    assert _has_display("win32", {}) and _has_display("darwin", {})
    assert not _has_display("linux", {})
    assert _has_display("linux", {"DISPLAY": ":0"}) and _has_display("linux", {"WAYLAND_DISPLAY": "wayland-0"})
    assert _has_display("linux", {"QT_QPA_PLATFORM": "offscreen"})
    assert not _has_display("linux", {"QT_QPA_PLATFORM": "xcb"})


def test_supporter_demo_starts_and_cleans_up(tmp_path):
    """--supporter-demo: a throwaway supporter journal (a directory, two people's files)."""
    assert parse_args(["--supporter-demo"]).supporter_demo

    def up() -> bool:  # the sample journals that make the two people's files are gone once the window is up
        return bool(list(tmp_path.glob("peerjournal-demo-supporter-*/supporter.pjvault"))
                    and not list(tmp_path.glob("peerjournal-demo-supporter-*/*-journal.pjvault*")))

    run_demo_until_up(tmp_path, "--supporter-demo", up, wait=90, settle=3)
    assert not list(tmp_path.glob("peerjournal-demo-supporter-*")), "the demo was not deleted on exit"

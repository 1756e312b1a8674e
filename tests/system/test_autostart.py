"""Autostart: the freedesktop entry end to end, the macOS agent, and the pure text builders."""

from __future__ import annotations

import configparser
import json
import os
import plistlib
import shlex
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerjournal import APP_ID, __version__
from peerjournal.errors import UserError
from peerjournal.system import autostart
from peerjournal.system.build_info import build_id, version_text

ENTRY_NAME = f"{APP_ID}.desktop"


@pytest.fixture(autouse=True)
def _linux(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs as on a Linux desktop outside a sandbox, from a source install."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)


@pytest.fixture
def entry_path() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / ENTRY_NAME


def _entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def _spec_exec_argv(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry spec says (string escapes, then %%, then quotes)."""
    unescaped = []
    chars = iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars)
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[nxt])
        else:
            unescaped.append(c)
    text = "".join(unescaped).replace("%%", "%")
    args: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        arg = []
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    i += 1
                    assert text[i] in '"`$\\'
                arg.append(text[i])
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                arg.append(text[i])
                i += 1
        args.append("".join(arg))
    return args


# -- Linux, end to end -------------------------------------------------------------------
def test_supported_on_linux() -> None:
    assert autostart.supported() == (True, "")


def test_enable_writes_the_entry(entry_path: Path) -> None:
    autostart.set_enabled(True)
    assert entry_path == autostart.desktop_entry_path()
    entry = _entry(entry_path.read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "PeerJournal"
    assert entry["Comment"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert shlex.split(entry["Exec"]) == [sys.executable, "-m", "peerjournal"]
    assert _spec_exec_argv(entry["Exec"]) == [sys.executable, "-m", "peerjournal"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_entry_is_0600(entry_path: Path) -> None:
    autostart.set_enabled(True)
    assert stat.S_IMODE(entry_path.stat().st_mode) == 0o600


def test_exec_line_really_starts_peerjournal(entry_path: Path, tmp_path: Path) -> None:
    # From another folder, as at login: only an installed package is found by -m.
    autostart.set_enabled(True)
    argv = shlex.split(_entry(entry_path.read_text(encoding="utf-8"))["Exec"])
    result = subprocess.run(
        [*argv, "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == version_text(build_id())  # the version, then the build
    assert result.stdout.startswith(f"PeerJournal {__version__}")


def test_is_enabled_follows_enable_and_disable(entry_path: Path) -> None:
    assert autostart.is_enabled() is False
    autostart.set_enabled(True)
    assert autostart.is_enabled() is True
    autostart.set_enabled(True)  # twice is fine
    assert autostart.is_enabled() is True
    autostart.set_enabled(False)
    assert not entry_path.exists()
    assert autostart.is_enabled() is False


def test_disable_when_absent_is_fine(entry_path: Path) -> None:
    autostart.set_enabled(False)
    assert not entry_path.exists()
    assert not entry_path.parent.exists()


@pytest.mark.parametrize("switch_off", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_entry_switched_off_by_the_desktop_counts_as_disabled(
    entry_path: Path, switch_off: str
) -> None:
    autostart.set_enabled(True)
    text = entry_path.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true\n", "")
    entry_path.write_text(text + switch_off + "\n", encoding="utf-8")
    assert autostart.is_enabled() is False
    autostart.set_enabled(True)  # turning it on again rewrites the entry
    assert autostart.is_enabled() is True


def test_without_xdg_config_home_uses_dot_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for value in (None, "", "relative/path"):  # unset, empty and relative all mean "default"
        if value is None:
            monkeypatch.delenv("XDG_CONFIG_HOME")
        else:
            monkeypatch.setenv("XDG_CONFIG_HOME", value)
        assert autostart.desktop_entry_path() == tmp_path / ".config" / "autostart" / ENTRY_NAME
    autostart.set_enabled(True)
    assert (tmp_path / ".config" / "autostart" / ENTRY_NAME).is_file()


def test_frozen_app_runs_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Peer Journal/peerjournal")
    assert autostart.launch_command() == ["/opt/Peer Journal/peerjournal"]


def test_flatpak_is_not_supported(monkeypatch: pytest.MonkeyPatch, entry_path: Path) -> None:
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    ok, why = autostart.supported()
    assert ok is False
    assert "sandbox" in why
    assert autostart.is_enabled() is False
    with pytest.raises(UserError):
        autostart.set_enabled(True)
    assert not entry_path.exists()


def test_unknown_system_is_not_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "sunos5")
    ok, why = autostart.supported()
    assert ok is False
    assert why.endswith(".") and "PeerJournal" in why
    assert autostart.is_enabled() is False
    with pytest.raises(UserError, match="isn't available"):
        autostart.set_enabled(True)


@pytest.mark.parametrize("platform", ["freebsd14", "openbsd7"])
def test_bsds_use_the_freedesktop_entry(
    monkeypatch: pytest.MonkeyPatch, entry_path: Path, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    autostart.set_enabled(True)
    assert entry_path.is_file()


# -- the Exec quoting -----------------------------------------------------------------------
AWKWARD = [
    '/home/ann/My Apps/we$ird `x` "q" \\b\\ it\'s #(x)/python',
    "-m",
    "peerjournal",
    "50%",
    "%u",
    "",
    "tab\there",
    "new\nline",
]


def test_exec_quoting_round_trips_awkward_arguments() -> None:
    value = autostart.desktop_exec(AWKWARD)
    assert "\n" not in value and "\t" not in value  # can't break out of the Exec line
    assert _spec_exec_argv(value) == AWKWARD


def test_exec_quotes_the_program_always() -> None:
    assert autostart.desktop_exec(["/usr/bin/python3", "-m", "peerjournal"]) == (
        '"/usr/bin/python3" -m peerjournal'
    )


@pytest.mark.skipif(shutil.which("gio") is None, reason="needs GLib's gio tool")
def test_glib_launches_the_entry_with_the_exact_arguments(tmp_path: Path) -> None:
    # GLib (GNOME's autostart) is the reader that matters most; ask it directly.
    # (A '%' in the program path itself is the one thing GLib mishandles: not tried here.)
    folder = tmp_path / 'odd $HOME `x` "q" \\b\\ it\'s #(x)'
    folder.mkdir()
    program = folder / "py thon"
    out = tmp_path / "argv.json"
    program.write_text(
        f"#!{sys.executable}\nimport json, sys\n"
        f"open({str(out)!r}, 'w').write(json.dumps(sys.argv))\n"
    )
    program.chmod(0o755)
    command = [str(program), *AWKWARD[1:]]
    entry = tmp_path / "entry.desktop"
    entry.write_text(autostart.desktop_entry(command), encoding="utf-8")
    result = subprocess.run(["gio", "launch", str(entry)], capture_output=True, text=True,
                            timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.1)  # let the child finish writing
    assert json.loads(out.read_text()) == command


# -- macOS and Windows builders ---------------------------------------------------------------
def test_launch_agent_plist() -> None:
    command = ["/Applications/PeerJournal.app/Contents/MacOS/PeerJournal"]
    agent = plistlib.loads(autostart.launch_agent_plist(command))
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True


def test_launch_agent_path(tmp_path: Path) -> None:
    assert autostart.launch_agent_path(tmp_path) == (
        tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    )


def test_macos_enable_and_disable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    agent_path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert autostart.is_enabled() is False
    autostart.set_enabled(True)
    assert autostart.is_enabled() is True
    agent = plistlib.loads(agent_path.read_bytes())
    assert agent["ProgramArguments"] == [sys.executable, "-m", "peerjournal"]
    autostart.set_enabled(False)
    assert not agent_path.exists()
    assert autostart.is_enabled() is False


def test_windows_run_value_quotes_spaces() -> None:
    value = autostart.windows_run_value([r"C:\Program Files\PeerJournal\PeerJournal.exe"])
    assert value == r'"C:\Program Files\PeerJournal\PeerJournal.exe"'


def test_windows_prefers_pythonw(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python.exe"))
    assert autostart.launch_command()[0] == str(tmp_path / "python.exe")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    assert autostart.launch_command() == [str(tmp_path / "pythonw.exe"), "-m", "peerjournal"]

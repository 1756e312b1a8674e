""""Start with my computer": a login item in the form each desktop expects. No Qt.

- Linux and the BSDs: a freedesktop autostart entry in ``$XDG_CONFIG_HOME/autostart``.
- macOS: a launchd agent in ``~/Library/LaunchAgents``.
- Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.

The entry holds only the command that starts PeerJournal: no vault path, nothing from
the journal. The text builders are pure functions so they can be tested on any system.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from peerjournal import APP_ID, APP_NAME
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate
from peerjournal.storage.vault.atomic import write_atomic

WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
NOT_SUPPORTED = QT_TRANSLATE_NOOP(
    "autostart",
    "Starting PeerJournal with your computer isn't available on this system. "
    "You can add it to your login items yourself.",
)
IN_FLATPAK = QT_TRANSLATE_NOOP(
    "autostart",
    "PeerJournal runs in a sandbox here, so it can't add itself to your login items. "
    "You can add it in your system's startup settings.",
)

# Characters that make the Desktop Entry spec require an argument to be quoted.
_DESKTOP_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_DESKTOP_ESCAPED_IN_QUOTES = '"`$\\'


# -- what to run ------------------------------------------------------------------------
def launch_command() -> list[str]:
    """The command that starts this PeerJournal, as it is installed right now."""
    if getattr(sys, "frozen", False):
        return [sys.executable]  # a bundled app: the executable is PeerJournal itself
    executable = sys.executable
    if sys.platform == "win32":
        # python.exe would open a console window at every login; pythonw.exe doesn't.
        windowless = Path(executable).with_name("pythonw.exe")
        if windowless.exists():
            executable = str(windowless)
    return [executable, "-m", "peerjournal"]


# -- pure builders ---------------------------------------------------------------------------
def desktop_exec(command: Sequence[str]) -> str:
    """``command`` as the value of a Desktop Entry ``Exec`` key (already string-escaped).

    Spec: an argument with reserved characters goes in double quotes, with ``"`$\\``
    backslash-escaped inside; ``%`` is written ``%%`` (it starts field codes); then the
    value as a whole gets the string escapes, which doubles every backslash. The program
    is always quoted so a path with spaces can't be misread.
    """
    parts = []
    for index, arg in enumerate(command):
        if index == 0 or not arg or _DESKTOP_RESERVED.intersection(arg):
            arg = '"' + "".join("\\" + c if c in _DESKTOP_ESCAPED_IN_QUOTES else c for c in arg) + '"'
        parts.append(arg.replace("%", "%%"))
    value = " ".join(parts)
    # String escapes last; \n, \t, \r also keep a strange path from starting a new key line.
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the freedesktop autostart entry that runs ``command``."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Your private journal, ready for a check-in",
        f"Exec={desktop_exec(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def launch_agent_plist(command: Sequence[str]) -> bytes:
    """The launchd agent (XML plist) that runs ``command`` at login."""
    return plistlib.dumps({
        "Label": APP_ID,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",  # a GUI app the person uses: don't throttle it
    })


def windows_run_value(command: Sequence[str]) -> str:
    """The Run value: a Windows command line, quoted the way CreateProcess splits it."""
    return subprocess.list2cmdline(list(command))


# -- where the entry lives -----------------------------------------------------------------
def desktop_entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME", "")
    # The XDG spec says to ignore a relative path here, like an unset one.
    base = Path(config) if os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def launch_agent_path(home: Path | None = None) -> Path:
    return (home if home is not None else Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


# -- the public API ---------------------------------------------------------------------------
def _system() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        return "freedesktop"
    return "other"


def supported() -> tuple[bool, str]:
    """(handled here?, a sentence for the UI when not)."""
    system = _system()
    if system == "other":
        return False, translate("autostart", NOT_SUPPORTED)
    if system == "freedesktop" and os.environ.get("FLATPAK_ID"):
        # The sandbox's ~/.config/autostart is not the one the desktop reads.
        return False, translate("autostart", IN_FLATPAK)
    return True, ""


def is_enabled() -> bool:
    """Whether PeerJournal's login item is present (and not switched off by the desktop)."""
    if not supported()[0]:
        return False
    system = _system()
    if system == "windows":
        return _windows_is_enabled()
    if system == "macos":
        return launch_agent_path().is_file()
    return _desktop_entry_active(desktop_entry_path())


def set_enabled(enabled: bool) -> None:
    """Add or remove the login item; raises :class:`UserError` with a plain message on failure."""
    ok, why_not = supported()
    if not ok:
        raise UserError(why_not)
    system = _system()
    if system == "windows":
        _windows_set_enabled(enabled)
        return
    path = launch_agent_path() if system == "macos" else desktop_entry_path()
    if enabled:
        content = (
            launch_agent_plist(launch_command()) if system == "macos"
            else desktop_entry(launch_command()).encode("utf-8")
        )
        write_atomic(path, content, what="the login item")
        return
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(translate(
            "autostart", "Could not stop PeerJournal starting with your computer: {path} could not be removed."
        ).format(path=path)) from exc


def _desktop_entry_active(path: Path) -> bool:
    """Present, and not turned off by a desktop's own startup settings (which edit the file)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    in_main_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_main_group = line == "[Desktop Entry]"
        elif in_main_group and "=" in line:
            key, _, value = line.partition("=")
            key, value = key.strip(), value.strip()
            if (key, value) in (("Hidden", "true"), ("X-GNOME-Autostart-enabled", "false")):
                return False
    return True


# Inside `if sys.platform == "win32"` blocks, which type checkers on other systems skip.
def _windows_is_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_NAME)
        except OSError:
            return False
        return True
    return False


def _windows_set_enabled(enabled: bool) -> None:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0,
                                    winreg.KEY_SET_VALUE) as key:
                if enabled:
                    command = windows_run_value(launch_command())
                    winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, command)
                else:
                    with contextlib.suppress(FileNotFoundError):  # already off
                        winreg.DeleteValue(key, APP_NAME)
        except OSError as exc:
            raise UserError(translate("autostart", "Could not change whether PeerJournal starts with your computer.")
                            ) from exc

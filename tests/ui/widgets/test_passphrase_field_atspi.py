"""Over real AT-SPI, as Orca or any program in the session hears it: a passphrase typed into any of
our dialogs, edited and cleared, is sent as bullets only; a plain Qt password field (the control)
sends every character and, when cleared, the whole passphrase.

Needs an X server, a D-Bus session with the accessibility bus, and PyGObject's Atspi for the
system Python (Debian: xvfb xauth dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0 libxcb-cursor0);
skipped without them.
"""

from __future__ import annotations

import ctypes.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from peerjournal.ui.widgets.passphrase_field import MASK

ROOT = Path(__file__).resolve().parents[3]
SYSTEM_PYTHON = "/usr/bin/python3"
PACKAGES = "xvfb xauth dbus-daemon at-spi2-core python3-gi gir1.2-atspi-2.0 libxcb-cursor0"


def qt_xcb_missing() -> str:
    """The system libraries Qt's xcb platform plugin can't find (it is what carries AT-SPI)."""
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return "Qt's xcb platform plugin"
    if ctypes.util.find_library("xcb-cursor") is None:  # loaded at run time, unseen by ldd
        return "libxcb-cursor0"
    if shutil.which("ldd") is None:
        return ""
    listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return " ".join(line.split()[0] for line in listed.splitlines() if "not found" in line)


def missing_tools() -> str:
    for tool in ("xvfb-run", "xauth", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        return "the accessibility bus (at-spi2-core)"
    if missing := qt_xcb_missing():
        return missing
    probe = [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(probe, capture_output=True).returncode != 0:
        return "Atspi for the system Python (python3-gi, gir1.2-atspi-2.0)"
    return ""


@pytest.fixture(scope="module", autouse=True)
def _atspi_tools():
    """Checked when these tests run, not when any test is collected."""
    if missing := missing_tools():
        pytest.skip(f"the AT-SPI test needs {missing} (apt-get install {PACKAGES})")


def run_driver(mode: str) -> tuple[list[str], list[dict]]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        ["xvfb-run", "-a", "dbus-run-session", "--", sys.executable, "-m", "tests.ui.widgets.atspi.driver", mode],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    secrets = [json.loads(line.removeprefix("SECRET ")) for line in lines if line.startswith("SECRET ")]
    events = [json.loads(line.removeprefix("EVENT ")) for line in lines if line.startswith("EVENT ")]
    return secrets, events


def text_changes(events: list[dict]) -> list[dict]:
    return [e for e in events if e["type"].startswith("object:text-changed") and e["source_role"] == "password text"]


def test_a_plain_qt_password_field_sends_the_passphrase():
    """The control: proves the listener hears what a screen reader hears (the fault this fixes)."""
    (secret,), events = run_driver("plain")
    sent = [e["any_data"] for e in text_changes(events)]
    assert set(secret) <= set("".join(sent))  # each typed character went out
    assert secret in sent  # and the whole passphrase when the field was cleared


def test_no_character_of_a_passphrase_leaves_any_dialog():
    secrets, events = run_driver("dialogs")
    assert len(secrets) == 9  # unlock ×2, change ×3, opening a share, restoring a backup, sharing ×2
    changes = text_changes(events)
    heard = {e["source_name"] for e in changes}
    assert len(heard) == 9 and len(changes) >= 9 * len(secrets[0])  # every field was heard typing
    for event in changes:
        assert set(event["any_data"]) <= {MASK}, event
    for event in events:
        said = f'{event["any_data"]} {event["source_name"]}'
        assert not any(secret in said for secret in secrets), event

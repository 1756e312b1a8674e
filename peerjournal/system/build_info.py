"""Which build of PeerJournal is running: the version, and a build id when one is known.

A bundle carries a stamp file written by build.spec (the git commit it was built from and
the build date); a source checkout asks git. Both are optional: without them it is just the
version. Used by ``--version`` and Help -> About, so a person can say exactly what they run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from peerjournal import APP_NAME, __version__

STAMP_FILENAME = "build-stamp.txt"
_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def read_stamp(folder: Path) -> str | None:
    """The first line of the stamp file in ``folder``, or None when there is none (or it's empty)."""
    try:
        text = (folder / STAMP_FILENAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    return line[:80] or None  # a stamp is short; never echo a whole stray file


def git_commit(root: Path = _SOURCE_ROOT) -> str | None:
    """The short commit of a source checkout at ``root``, or None (no git, not a checkout)."""
    if not (root / ".git").exists():
        return None
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short=10", "HEAD"],
            capture_output=True, text=True, timeout=5, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and commit else None


def build_id() -> str | None:
    """The bundle's stamp when frozen, else the checkout's commit; None when neither is known."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return read_stamp(Path(bundle))
    return git_commit()


def version_and_build(build: str | None) -> str:
    """``0.1.0``, with ``(build …)`` after it when the build is known."""
    return f"{__version__} (build {build})" if build else __version__


def version_text(build: str | None) -> str:
    """``PeerJournal 0.1.0 (build …)``: what ``--version`` prints."""
    return f"{APP_NAME} {version_and_build(build)}"

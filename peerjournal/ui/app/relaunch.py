"""Starting afresh at lock: what a fresh PeerJournal needs to know, on its command line.

Python and Qt can't wipe what was typed (nor the passphrase) from memory, so once Lock has
kept the drafts and closed the vault, the process replaces itself with a fresh one that
starts locked (``app.py`` does the ``exec``; the PID stays the same). The command line holds
no journal data: where the vault is, whether to show the unlock dialog or wait in the tray,
and codes for what the lock could not keep (see :mod:`peerjournal.ui.app.lock_notice`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LOCKED_FLAG = "--locked"
LOST_FLAG = "--lock-lost"
DIALOG = "dialog"
TRAY = "tray"


@dataclass(frozen=True)
class LockedStart:
    """Start locked at ``vault_path``; ``show_dialog`` False waits in the tray (if there is one)."""

    vault_path: Path
    show_dialog: bool = True
    lost: tuple[str, ...] = ()

    def args(self) -> list[str]:
        """The command-line arguments that bring this state to the fresh process."""
        args = ["--vault", str(self.vault_path), LOCKED_FLAG, DIALOG if self.show_dialog else TRAY]
        if self.lost:
            args += [LOST_FLAG, ",".join(self.lost)]
        return args

    @classmethod
    def parse(cls, vault_path: Path, locked: str, lost: str | None) -> LockedStart:
        """The other side of :meth:`args` (codes are checked when they are said)."""
        codes = tuple(code for code in (lost or "").split(",") if code)
        return cls(Path(vault_path), show_dialog=locked != TRAY, lost=codes)

"""Starting afresh at lock: what a fresh PeerJournal needs to know, on its command line.

Python and Qt can't wipe what was typed (nor the passphrase) from memory, so once Lock has
kept the drafts and closed the vault, the process replaces itself with a fresh one that
starts locked (``app.py`` does the ``exec``; the PID stays the same). The command line holds
no journal data: where the vault is, whether to show the unlock dialog or wait in the tray,
codes for what the lock could not keep (see :mod:`peerjournal.ui.app.lock_notice`), and the
check-in reminders still waiting (their kind, day and time; never anything that names someone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peerjournal.core.prompts import SLOT_KINDS, Prompt, PromptKind

LOCKED_FLAG = "--locked"
LOST_FLAG = "--lock-lost"
WAITING_FLAG = "--waiting"
DIALOG = "dialog"
TRAY = "tray"


@dataclass(frozen=True)
class LockedStart:
    """Start locked at ``vault_path``; ``show_dialog`` False waits in the tray (if there is one)."""

    vault_path: Path
    show_dialog: bool = True
    lost: tuple[str, ...] = ()
    waiting: tuple[Prompt, ...] = ()

    def args(self) -> list[str]:
        """The command-line arguments that bring this state to the fresh process."""
        # "--vault=PATH" in one piece: a path starting with "-" is still a path.
        args = [f"--vault={self.vault_path}", LOCKED_FLAG, DIALOG if self.show_dialog else TRAY]
        if self.lost:
            args.append(f"{LOST_FLAG}={','.join(self.lost)}")
        for prompt in self.waiting:
            if prompt.kind in SLOT_KINDS:  # the only kind a locked journal keeps waiting
                args.append(f"{WAITING_FLAG}={prompt.key};{prompt.due.isoformat()};{','.join(prompt.covers)}")
        return args

    @classmethod
    def parse(cls, vault_path: Path, locked: str, lost: str | None,
              waiting: list[str] | None = None) -> LockedStart:
        """The other side of :meth:`args` (codes are checked when they are said; a reminder
        that doesn't read right is left out)."""
        codes = tuple(code for code in (lost or "").split(",") if code)
        prompts = tuple(p for text in waiting or () if (p := _slot_prompt(text)) is not None)
        return cls(Path(vault_path), show_dialog=locked != TRAY, lost=codes, waiting=prompts)


def _slot_prompt(text: str) -> Prompt | None:
    try:
        key, due, covers = text.split(";")
        kind = PromptKind(key.split("|", 1)[0])
        when = datetime.fromisoformat(due)
    except ValueError:
        return None
    if kind not in SLOT_KINDS or when.tzinfo is None:
        return None
    return Prompt(kind, key, when, covers=tuple(c for c in covers.split(",") if c))

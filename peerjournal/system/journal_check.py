"""A hidden command-line check that a journal file opens, for the package tests (no window).

``peerjournal --check-journal PATH`` reads the passphrase from standard input (never from
the command line or the environment, where other users and logs could see it). With no
file at PATH it creates a journal there and makes one backup beside it, as the app would;
with one, it unlocks it (bringing its schema up to date, as opening in the app does) and
closes it. It prints only the schema version: never anything from the journal.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from peerjournal.errors import UserError
from peerjournal.storage.files.backup import back_up
from peerjournal.storage.vault.database import create_vault, open_vault


def check_journal(path: Path, stdin: TextIO, out: TextIO) -> int:
    """Create or open the journal at ``path``; 0 when it worked, 1 with a plain message if not."""
    passphrase = stdin.readline().rstrip("\r\n")
    try:
        if path.exists():
            vault = open_vault(path, passphrase)
            what = "opened"
        else:
            vault = create_vault(path, passphrase)
            back_up(vault, now=datetime.now(UTC))
            what = "created"
        try:
            out.write(f"{what} {path.name}: schema version {vault.schema_version()}\n")
        finally:
            vault.close()
    except UserError as exc:
        out.write(f"{exc}\n")
        return 1
    return 0

"""``--demo``: a throwaway encrypted journal in a temp folder, full of sample data, deleted on exit."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from peerjournal.demo.seed import seed_demo
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.database import Vault, create_vault

DEMO_PASSPHRASE = "demo journal"


class DemoJournal:
    """Owns the temp folder; ``cleanup()`` removes it and everything in it."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="peerjournal-demo-"))
        self.path = self.folder / "demo.pjvault"

    def create(self, days: int = 90) -> Vault:
        vault = create_vault(self.path, DEMO_PASSPHRASE)
        seed_demo(Journal(vault), days=days)
        return vault

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

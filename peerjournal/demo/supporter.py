"""``--supporter --demo``: a throwaway supporter vault with a directory and two people whose
shared files (made by real sample journals) have gaps, so every screen has something to show."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from peerjournal.core.clock import local_day, utc_now
from peerjournal.core.connecting.goals import Goal
from peerjournal.core.connecting.resources import DEFAULT_ITEMS, Answer, Reply
from peerjournal.core.records import MoodCheckIn, Person
from peerjournal.core.sharing.document import build_document, new_export_id
from peerjournal.core.sharing.options import BASIC_SECTIONS, Naming, Section, ShareOptions
from peerjournal.core.vocabulary import Closeness, Relationship
from peerjournal.demo.seed import seed_demo
from peerjournal.demo.supporter_directory import DEMO_DIRECTORY
from peerjournal.storage.journal import Journal
from peerjournal.storage.supporter.migrations import SUPPORTER_MIGRATIONS
from peerjournal.storage.supporter.store import SupporterStore
from peerjournal.storage.vault.database import Vault, create_vault

DEMO_SUPPORTER_PASSPHRASE = "demo supporter"
_SECTIONS = BASIC_SECTIONS | {Section.RESOURCE_CHECK, Section.GOALS}


@dataclass(frozen=True)
class _Share:
    """A share as the supporter's import takes it (already opened and checked)."""

    document: dict[str, Any]
    signer: str
    export_id: str


def _share_of(journal: Journal, recipient: str, sender: str, message: str, days: int) -> _Share:
    now = journal.clock()
    options = ShareOptions(start=local_day(now - timedelta(days=days)), end=local_day(now),
                           sections=frozenset(_SECTIONS), sender_name=sender, message=message,
                           naming=Naming.FIRST)
    signer = journal.sharing.signer()
    # reply_to, as a real share has it, so the worker can write a reply in the demo.
    document = build_document(journal.sharing.snapshot(options, recipient), options, recipient=recipient,
                              signer=signer, export_id=new_export_id(), created=now,
                              reply_to=journal.replies.reply_to())
    return _Share(document, signer, document["export_id"])


def _seed_jo(journal: Journal, now: datetime) -> None:
    """A small journal: two people, a few moods, a check with gaps in belonging and emotional
    support, and a goal not started."""
    ana = journal.add_person(Person(name="Ana", relationship=Relationship.FRIEND, closeness=Closeness.MIDDLE))
    kim = journal.add_person(Person(name="Kim", relationship=Relationship.FRIEND, closeness=Closeness.MIDDLE))
    assert ana.id is not None and kim.id is not None
    for offset, mood in ((12, 2), (9, 3), (6, 2), (3, 3), (1, 3)):
        journal.add_mood(MoodCheckIn(at=now - timedelta(days=offset, hours=2), mood=mood))
    items = {(i.domain, i.text): i for i in journal.resources.items()}
    answers = []
    for index, key in enumerate(DEFAULT_ITEMS):
        item = items[key]
        assert item.id is not None
        # Gaps in belonging and emotional support; a lift rests on Ana alone.
        reply = Reply.NO if item.domain.value in ("belonging", "emotional") and index % 2 else Reply.YES
        people = () if reply is Reply.NO else (ana.id,) if index == 3 else (ana.id, kim.id)
        answers.append(Answer(item.id, item.domain, item.text, reply, people))
    journal.resources.save_check(answers, taken=now - timedelta(days=4))
    journal.goals.add_goal(Goal(title="Try a craft group", created=now - timedelta(days=5),
                                review_on=local_day(now + timedelta(days=9))))


def seed_supporter_demo(store: SupporterStore, folder: Path) -> None:
    """The directory, and two people's files made by sample journals kept in ``folder`` only
    while they are made (they are deleted afterwards)."""
    recipient = store.identity()[1]
    for entry in DEMO_DIRECTORY:
        store.directory.add(entry)
    people = (("sam", "Sam", "Thanks for last week. The walking group idea is still on my mind.", 30),
              ("jo", "Jo", "Here is my check from this week.", 14))
    for key, name, message, days in people:
        path = folder / f"{key}-journal.pjvault"
        vault = create_vault(path, DEMO_SUPPORTER_PASSPHRASE)
        try:
            journal = Journal(vault)
            now = utc_now() - timedelta(minutes=1)
            if key == "sam":
                seed_demo(journal, now=now, days=days)
            else:
                _seed_jo(journal, now)
            store.import_share(_share_of(journal, recipient, name, message, days), new_person_name=name)
        finally:
            vault.close()
        for leftover in folder.glob(f"{key}-journal.pjvault*"):
            leftover.unlink(missing_ok=True)


class DemoSupporter:
    """Owns the temp folder; ``cleanup()`` removes it and everything in it."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="peerjournal-demo-supporter-"))
        self.path = self.folder / "supporter.pjvault"

    def create(self) -> Vault:
        vault = create_vault(self.path, DEMO_SUPPORTER_PASSPHRASE, SUPPORTER_MIGRATIONS)
        try:
            seed_supporter_demo(SupporterStore(vault), self.folder)
        except BaseException:
            vault.close()
            raise
        return vault

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

"""Resource checks for the sample journal: the earlier one on the day of the sample's earlier
network snapshot (which it would have saved), the later one a couple of weeks ago."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from peerjournal.core.connecting.resources import DEFAULT_ITEMS, Answer
from peerjournal.demo.resource_answers import EARLIER, LATER, DemoAnswers
from peerjournal.demo.snapshots import EARLIER_DAYS
from peerjournal.errors import BugError
from peerjournal.storage.journal import Journal

LATER_DAYS = 12


def seed_demo_checks(journal: Journal, now: datetime, stored_ids: Sequence[int]) -> None:
    """``stored_ids[i]`` is the id the sample's person ``i`` got."""
    store = journal.resources
    by_text = {(i.domain, i.text): i for i in store.items(include_retired=True)}

    def answers(demo: DemoAnswers) -> list[Answer]:
        result = []
        for index, (reply, people) in demo.items():
            item = by_text.get(DEFAULT_ITEMS[index])
            if item is None or item.id is None:
                raise BugError("The sample's questions are not in this journal.")
            result.append(Answer(item.id, item.domain, item.text, reply,
                                 tuple(stored_ids[p] for p in people)))
        return result

    with journal.batch():
        store.save_check(answers(EARLIER), taken=now - timedelta(days=EARLIER_DAYS))
        store.save_check(answers(LATER), taken=now - timedelta(days=LATER_DAYS))

"""Network snapshots for the sample journal: two dates that differ, so the comparison has something
to show on first look (people met since, people who moved circle)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from peerjournal.core.connecting.network_history import (
    REASON_RESOURCE_CHECK,
    REASON_SAVED,
    Snapshot,
)
from peerjournal.core.vocabulary import Closeness
from peerjournal.demo.sample_text import BEV, DEV, MARCUS, PRIYA, SAM, TOM
from peerjournal.storage.journal import Journal

EARLIER_DAYS = 150  # before the sample's entries start: last contacts unknown then
LATER_DAYS = 20


def seed_demo_snapshots(journal: Journal, now: datetime, stored_ids: Sequence[int]) -> None:
    """``stored_ids[i]`` is the id the sample's person ``i`` got. Two snapshots, oldest first:
    about five months ago (with a resource check; before Bev and Dev, with Marcus further out,
    Priya in the middle and Tom close) and three weeks ago (Sam then in the middle circle)."""
    store = journal.snapshots
    with journal.batch():
        today = store.current()
        later_at = now - timedelta(days=LATER_DAYS)
        last = store.last_in_touch(before=later_at)
        later_members = tuple(
            replace(m, closeness=Closeness.MIDDLE if m.person_id == stored_ids[SAM] else m.closeness,
                    last_contact=last.get(m.person_id) if m.person_id is not None else None)
            for m in today.members
        )
        earlier_circles = {stored_ids[MARCUS]: Closeness.OUTER, stored_ids[PRIYA]: Closeness.MIDDLE,
                           stored_ids[TOM]: Closeness.CLOSE}
        not_yet = {stored_ids[BEV], stored_ids[DEV]}
        earlier_members = tuple(
            replace(m, last_contact=None,
                    closeness=earlier_circles.get(m.person_id or 0, m.closeness))
            for m in today.members if m.person_id not in not_yet
        )
        store.save_snapshot(Snapshot(None, now - timedelta(days=EARLIER_DAYS),
                                     REASON_RESOURCE_CHECK, earlier_members))
        store.save_snapshot(Snapshot(None, later_at, REASON_SAVED, later_members))

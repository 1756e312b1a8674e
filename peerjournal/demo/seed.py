"""Store the sample journal from :mod:`peerjournal.demo.sample` in a journal, in one transaction."""

from __future__ import annotations

from datetime import datetime

from peerjournal.core.clock import to_local
from peerjournal.demo.goals import seed_demo_goals
from peerjournal.demo.journal_supporter import seed_demo_supporter
from peerjournal.demo.resource_checks import seed_demo_checks
from peerjournal.demo.sample import demo_journal, link_mentions, link_people
from peerjournal.demo.snapshots import seed_demo_snapshots
from peerjournal.demo.support_plan import seed_demo_support_plan
from peerjournal.demo.trackers import add_demo_trackers, with_demo_values
from peerjournal.errors import BugError
from peerjournal.storage.journal import Journal


def seed_demo(journal: Journal, now: datetime | None = None, days: int = 90) -> None:
    """Add the sample people and ``days`` days of entries ending at ``now``.

    ``now`` defaults to the journal's clock and must not be later than it, or the entries
    would be in the journal's future. One batch: it all lands or none of it does, and
    listeners hear about it once.
    """
    # Naive local time: the sample's days keep their own summer or winter offset.
    data = demo_journal(to_local(now or journal.clock()).replace(tzinfo=None), days)
    with journal.batch():
        stored_ids: list[int] = []
        for person in data.people:
            stored = journal.add_person(person)
            if stored.id is None:
                raise BugError("A stored person has no id.")
            stored_ids.append(stored.id)
        sleep_id, meds_id = add_demo_trackers(journal)
        for mood in data.moods:
            journal.add_mood(with_demo_values(link_mentions(mood, stored_ids), sleep_id, meds_id))
        for contact in data.contacts:
            journal.add_contact(link_people(contact, stored_ids))
        for activity in data.activities:
            journal.add_activity(link_people(activity, stored_ids))
        seed_demo_snapshots(journal, now or journal.clock(), stored_ids)
        seed_demo_support_plan(journal, stored_ids)
        seed_demo_checks(journal, now or journal.clock(), stored_ids)
        seed_demo_goals(journal, now or journal.clock(), stored_ids)
        seed_demo_supporter(journal)

"""What the connecting sections of a share are made from: the support plan, the latest
resource check in the period, goals with their reviews, and network snapshots taken in the
period. Read only for the sections the person chose; nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peerjournal.core.connecting.network_history import Snapshot
from peerjournal.core.connecting.resources import CheckResults
from peerjournal.core.sharing.document import in_period
from peerjournal.core.sharing.options import Section, ShareOptions
from peerjournal.core.sharing.sections import SNAPSHOTS_MAX, GoalShare
from peerjournal.core.support_plan import SupportPlan
from peerjournal.storage.journal import Journal


@dataclass(frozen=True)
class ConnectingRecords:
    support_plan: SupportPlan | None = None
    resource_check: CheckResults | None = None
    goals: tuple[GoalShare, ...] = ()
    network_snapshots: tuple[Snapshot, ...] = ()
    person_ids: frozenset[int] = field(default_factory=frozenset)
    """Everyone these records name, so the share can give each a label."""


def connecting_records(journal: Journal, options: ShareOptions) -> ConnectingRecords:
    """The records of the chosen connecting sections (call inside the snapshot's ``batch()``,
    for one consistent read)."""
    chosen = options.sections
    start, end = options.start, options.end
    named: set[int] = set()
    plan = check = None
    goals: tuple[GoalShare, ...] = ()
    snapshots: tuple[Snapshot, ...] = ()
    if chosen & {Section.SUPPORT_PLAN, Section.CRISIS_PLAN}:
        plan = journal.plan.load()
        named.update(plan.contacts)
        if Section.CRISIS_PLAN in chosen:
            named.update(plan.not_involved)
    if Section.RESOURCE_CHECK in chosen:
        store = journal.resources
        latest = next((c for c in store.checks() if in_period(c.taken, start, end)), None)
        if latest is not None:
            check = store.results(latest)
            named.update(pid for item in check.items for pid in item.person_ids)
    if Section.GOALS in chosen:
        goal_store = journal.goals
        goals = tuple(
            GoalShare(g, tuple(goal_store.reviews(g.id)), tuple(goal_store.status_changes(g.id)))
            for g in goal_store.goals() if g.id is not None
        )
        named.update(s.goal.helper_person_id for s in goals if s.goal.helper_person_id is not None)
    if Section.NETWORK_SNAPSHOTS in chosen:
        snapshot_store = journal.snapshots
        infos = [i for i in snapshot_store.snapshots() if in_period(i.taken, start, end)]
        snapshots = tuple(snapshot_store.get(i.id) for i in infos[:SNAPSHOTS_MAX])
        named.update(m.person_id for s in snapshots for m in s.members if m.person_id is not None)
    return ConnectingRecords(plan, check, goals, snapshots, frozenset(named))

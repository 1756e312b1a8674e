"""The PDF summary's data with people's names hidden in the person's own words, as for shares:
under "No names" each known name in a note, title, plan line… becomes that person's label,
under "First names only" full names and surnames become the first name.

Applied to the records before the report is built, so the report's own words (dates such as
"3 May 2026" for a person called May) are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TypeVar

from peerjournal.core.connecting.network_history import Snapshot
from peerjournal.core.connecting.resources import CheckResults
from peerjournal.core.mentions import render as render_mentions
from peerjournal.core.sharing.naming import AMBIGUOUS_LABEL, first_name, people_scrubber
from peerjournal.core.sharing.sections import GoalShare
from peerjournal.core.summary.model import SummaryData
from peerjournal.core.support_plan import LIST_FIELDS, PAIRED, SupportPlan
from peerjournal.core.trackers import TrackedValue

Scrub = Callable[[str], str]
R = TypeVar("R")


def _texts(scrub: Scrub, texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(scrub(t) for t in texts)


def _plan(plan: object, scrub: Scrub) -> object:
    if not isinstance(plan, SupportPlan):
        return plan  # another kind of plan record: left as it is (tests only)
    lines = {field: _texts(scrub, plan.lines(field)) for field in LIST_FIELDS}
    lines |= {responses: _texts(scrub, plan.responses(field)) for field, responses in PAIRED.items()}
    return replace(
        plan, **lines,  # type: ignore[arg-type]
        services=tuple(replace(s, name=scrub(s.name), what=scrub(s.what),
                               how_to_contact=scrub(s.how_to_contact), notes=scrub(s.notes))
                       for s in plan.services))


def _check(check: CheckResults | None, scrub: Scrub) -> CheckResults | None:
    if check is None:
        return None
    return replace(check, items=tuple(replace(i, text=scrub(i.text)) for i in check.items))


def _goal(share: GoalShare, scrub: Scrub) -> GoalShare:
    goal = share.goal
    goal = replace(goal, title=scrub(goal.title), why=scrub(goal.why),
                   first_step=scrub(goal.first_step), what_could_help=scrub(goal.what_could_help),
                   obstacles=_texts(scrub, goal.obstacles))
    reviews = tuple(replace(r, in_the_way=scrub(r.in_the_way), next_step=scrub(r.next_step))
                    for r in share.reviews)
    return replace(share, goal=goal, reviews=reviews)


def _snapshot(snapshot: Snapshot, scrub: Scrub) -> Snapshot:
    return replace(snapshot, reason=scrub(snapshot.reason))


def _mentions_shown(data: SummaryData, labels: Mapping[int, str], naming: str) -> SummaryData:
    """``data`` with each mention in a note as the person's label (someone no longer in the
    journal: their last name under full names, "someone" otherwise)."""
    def name_of(person_id: int, name: str) -> str:
        return labels.get(person_id) or (name if naming == "full" else AMBIGUOUS_LABEL)

    def shown(note: str) -> str:
        return render_mentions(note, name_of)
    return replace(
        data,
        moods=tuple(_changed(m, note=shown(m.note)) for m in data.moods),
        contacts=tuple(_changed(c, note=shown(c.note)) for c in data.contacts),
        activities=tuple(_changed(a, note=shown(a.note)) for a in data.activities),
    )


def _changed(record: R, **fields: object) -> R:
    """``record`` with ``fields``, or ``record`` itself when they are what it holds already:
    thirty years of entries (142,000) were copied twice whole although few notes name anyone
    (issue 20)."""
    if all(getattr(record, name) == value for name, value in fields.items()):
        return record
    return replace(record, **fields)  # type: ignore[type-var]


def hide_names(data: SummaryData, labels: Mapping[int, str], naming: str) -> SummaryData:
    """``data`` with every known person's name in free text replaced by their label
    (``labels``: person id → label); unchanged under full names but for people named in notes
    (``core.mentions``), who show as their label."""
    data = _mentions_shown(data, labels, naming)
    pairs = [(p.name, labels[p.id]) for p in data.people if p.id is not None and p.id in labels]
    for snapshot in data.network_snapshots:  # names kept then: renamed or deleted since
        for m in snapshot.members:
            gone = AMBIGUOUS_LABEL if naming == "pseudonym" else first_name(m.name)
            pairs.append((m.name, labels.get(m.person_id, gone) if m.person_id is not None else gone))
    scrubber = people_scrubber(pairs, naming)
    if scrubber is None or not scrubber:
        return data
    scrub = scrubber.scrub
    return replace(
        data,
        moods=tuple(_changed(m, note=scrub(m.note), feelings=_texts(scrub, m.feelings),
                             tracked=tuple(_tracked(scrub, v) for v in m.tracked)) for m in data.moods),
        contacts=tuple(_changed(c, note=scrub(c.note)) for c in data.contacts),
        activities=tuple(_changed(a, title=scrub(a.title), category=scrub(a.category), note=scrub(a.note))
                         for a in data.activities),
        people=tuple(replace(p, notes=scrub(p.notes)) for p in data.people),
        support_plan=_plan(data.support_plan, scrub),  # type: ignore[arg-type]
        resource_check=_check(data.resource_check, scrub),
        previous_check=_check(data.previous_check, scrub),
        goals=tuple(_goal(g, scrub) for g in data.goals),
        network_snapshots=tuple(_snapshot(s, scrub) for s in data.network_snapshots),
        trackers=tuple(replace(t, name=scrub(t.name), unit=scrub(t.unit), low_word=scrub(t.low_word),
                               high_word=scrub(t.high_word), choices=_texts(scrub, t.choices))
                       for t in data.trackers),
    )


def _tracked(scrub: Callable[[str], str], value: TrackedValue) -> TrackedValue:
    """A chosen value is the person's words (one of the tracker's choices): hidden the same way."""
    return TrackedValue(value.tracker_id, scrub(value.value)) if isinstance(value.value, str) else value

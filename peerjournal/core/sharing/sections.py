"""The connecting sections of a share: my support plan, the resource check, goals and
reviews, network snapshots. How each is written into a document and checked when read.

Names go through the same labels as the rest of the share (full, first names or
"Person A…"); free text the person wrote about a goal, a review or a service goes in only
with their notes (``notes``). The lines of the support plan itself are the plan: choosing
the section shares them. The layout is in docs/sharing-format.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peerjournal.core.clock import to_local, to_storage
from peerjournal.core.connecting.goals import Goal, GoalStatus, Happened, Review, StatusChange
from peerjournal.core.connecting.network_history import Snapshot, SnapshotMember
from peerjournal.core.connecting.resources import CheckResults, Domain, Reply
from peerjournal.core.sharing import checks as c
from peerjournal.core.sharing.checks import Problem
from peerjournal.core.sharing.naming import first_name
from peerjournal.core.support_plan import CRISIS_FIELDS, LIST_FIELDS, PAIRED, SupportPlan
from peerjournal.core.vocabulary import Closeness, HelpKind, Relationship, stored_choice

Label = Callable[[int], str]
"""Person id → their label in this share."""

SNAPSHOTS_MAX = 20  # the newest ones in the period, if there are more
REMOVED_LABEL = "someone no longer in the journal"  # a snapshot member deleted since
_DAY = timedelta(days=1)  # a local date may be a day ahead of the UTC one

_DOMAINS = frozenset(d.value for d in Domain)
_REPLIES = frozenset(r.value for r in Reply)
_STATUSES = frozenset(s.value for s in GoalStatus)
_HAPPENED = frozenset(h.value for h in Happened)
_CLOSENESS = frozenset(m.value for m in Closeness) | {""}  # "": not set
_HELP = frozenset(m.value for m in HelpKind)
_RELATIONSHIPS = frozenset(m.value for m in Relationship) | {""}


@dataclass(frozen=True)
class GoalShare:
    """A goal with its reviews and changes of state, as the journal hands them over."""

    goal: Goal
    reviews: tuple[Review, ...] = ()
    changes: tuple[StatusChange, ...] = ()


# -- writing -------------------------------------------------------------------------
def support_plan_content(plan: SupportPlan, label: Label, notes: bool) -> dict[str, Any]:
    services = []
    for s in plan.services:
        item = {"name": s.name, "what": s.what, "how_to_contact": s.how_to_contact}
        if notes:
            item["note"] = s.notes
        services.append(item)
    content: dict[str, Any] = {
        field: [{"text": sign, "response": response} for sign, response in plan.items(field)]
        if field in PAIRED else list(plan.lines(field))
        for field in LIST_FIELDS
    }
    return content | {
        "contacts": [label(pid) for pid in plan.contacts],
        "not_involved": [label(pid) for pid in plan.not_involved],
        "services": services,
        "updated": to_storage(plan.updated) if plan.updated else None,
    }


def crisis_plan_content(plan: SupportPlan, label: Label, notes: bool) -> dict[str, Any]:
    """The support plan's crisis part alone: its lists, the people to involve and not (as
    labels), and services."""
    content: dict[str, Any] = {field: list(plan.lines(field)) for field in CRISIS_FIELDS}
    content["contacts"] = [label(pid) for pid in plan.contacts]
    content["not_involved"] = [label(pid) for pid in plan.not_involved]
    content["services"] = support_plan_content(plan, label, notes)["services"]
    content["updated"] = to_storage(plan.updated) if plan.updated else None
    return content


def resource_check_content(results: CheckResults | None, label: Label) -> dict[str, Any] | None:
    if results is None:
        return None
    return {
        "taken": to_storage(results.taken),
        "items": [
            {"domain": i.domain.value, "text": i.text, "reply": i.reply.value,
             "people": [label(pid) for pid in i.person_ids]}
            for i in results.items
        ],
    }


def _status_at(share: GoalShare, end: date) -> GoalStatus:
    """The goal's state at the end of the period (its changes after that are not shared)."""
    if all(ch.on <= end for ch in share.changes):
        return share.goal.status
    before = [ch for ch in share.changes if ch.on <= end]
    return before[-1].status if before else GoalStatus.ACTIVE


def goals_content(goals: Sequence[GoalShare], label: Label, notes: bool,
                  start: date, end: date) -> list[dict[str, Any]]:
    """Goals set by the end of the period that were active or paused then, or had a review
    or change of state in it; their reviews and changes up to the end of the period."""
    shared = []
    for share in goals:
        goal = share.goal
        if goal.set_on > end:
            continue
        reviews = [r for r in share.reviews if r.on <= end]
        changes = [ch for ch in share.changes if ch.on <= end]
        status = _status_at(share, end)
        busy = (start <= goal.set_on or any(start <= r.on for r in reviews)
                or any(start <= ch.on for ch in changes))
        if status not in (GoalStatus.ACTIVE, GoalStatus.PAUSED) and not busy:
            continue
        item: dict[str, Any] = {
            "title": goal.title, "status": status.value, "set_on": goal.set_on.isoformat(),
            "review_on": goal.review_on.isoformat(),
            "helper": label(goal.helper_person_id) if goal.helper_person_id is not None else None,
            "obstacles": list(goal.obstacles),
            "reviews": [_review(r, notes) for r in reviews],
            "changes": [{"on": ch.on.isoformat(), "status": ch.status.value} for ch in changes],
        }
        if notes:
            item.update(why=goal.why, first_step=goal.first_step, what_could_help=goal.what_could_help)
        shared.append(item)
    return sorted(shared, key=lambda g: (g["set_on"], g["title"].casefold()))


def _review(review: Review, notes: bool) -> dict[str, Any]:
    item: dict[str, Any] = {"on": review.on.isoformat(), "happened": review.happened.value}
    if notes:
        item.update(in_the_way=review.in_the_way, next_step=review.next_step)
    return item


def snapshot_member_label(member: SnapshotMember, label: Label, naming: str) -> str:
    """A member's label; one deleted from the journal since has only the name kept then."""
    if member.person_id is not None:
        try:
            return label(member.person_id)
        except ValueError:
            pass  # a person the journal no longer has (the id was kept): as if deleted
    if naming == "full":
        return member.name
    if naming == "first":
        return first_name(member.name)
    return REMOVED_LABEL


def snapshots_content(snapshots: Sequence[Snapshot], label: Label, naming: str) -> list[dict[str, Any]]:
    """The snapshots taken in the period, oldest first (the newest ``SNAPSHOTS_MAX``)."""
    chosen = sorted(snapshots, key=lambda s: s.taken)[-SNAPSHOTS_MAX:]
    return [
        {
            "taken": to_storage(s.taken), "reason": s.reason,
            "members": sorted((
                {"label": snapshot_member_label(m, label, naming),
                 "relationship": stored_choice(m.relationship), "closeness": stored_choice(m.closeness),
                 "help": [k.value for k in HelpKind if k in m.help_kinds],
                 "last_contact": to_local(m.last_contact).date().isoformat() if m.last_contact else None}
                for m in s.members
            ), key=lambda m: (m["closeness"] != "close", m["closeness"] != "middle", m["closeness"] != "outer",
                              m["label"].casefold(), m["label"])),
        }
        for s in chosen
    ]


# -- checking ------------------------------------------------------------------------
def _note_keys(notes: bool, *keys: str) -> tuple[str, ...]:
    return keys if notes else ()


PLAN_WHOLE_FROM = 3
"""The format version from which the support plan section carries every part."""
PLAN_V2_LISTS = ("keep_well", "early_signs", "what_helps", "contacts")
"""The support plan's lists in format version 2 (only three of the plan's parts)."""
PLAN_LISTS = (*(f for f in LIST_FIELDS if f not in PAIRED), "contacts", "not_involved")
"""The support plan's lists of text from format version 3 on; the :data:`PAIRED` ones are items."""


def check_support_plan(value: Any, path: str, notes: bool, latest: datetime,
                       version: int = PLAN_WHOLE_FROM) -> None:
    """The whole plan: from version 3 every part, paired items as ``{"text", "response"}``."""
    whole = version >= PLAN_WHOLE_FROM
    lists = PLAN_LISTS if whole else PLAN_V2_LISTS
    plan = c.fields(value, path, (*lists, *(PAIRED if whole else ()), "services", "updated"))
    for key in lists:
        c.texts(plan[key], f"{path}.{key}")
    for key in PAIRED if whole else ():
        for i, raw in enumerate(c.items(plan[key], f"{path}.{key}")):
            item = c.fields(raw, f"{path}.{key}[{i}]", ("text", "response"))
            sign = c.text(item["text"], f"{path}.{key}[{i}].text")
            response = c.text(item["response"], f"{path}.{key}[{i}].response")
            if not (sign.strip() or response.strip()):
                raise Problem(f"{path}.{key}[{i}]", "must not be empty")
    for i, raw in enumerate(c.items(plan["services"], f"{path}.services")):
        where = f"{path}.services[{i}]"
        s = c.fields(raw, where, ("name", "what", "how_to_contact"), _note_keys(notes, "note"))
        c.text(s["name"], f"{where}.name", empty=False)
        c.text(s["what"], f"{where}.what")
        c.text(s["how_to_contact"], f"{where}.how_to_contact")
        if "note" in s:
            c.text(s["note"], f"{where}.note")
    if plan["updated"] is not None and c.moment(plan["updated"], f"{path}.updated") > latest:
        raise Problem(f"{path}.updated", "is after the file was made")


def check_crisis_plan(value: Any, path: str, notes: bool, latest: datetime) -> None:
    plan = c.fields(value, path, (*CRISIS_FIELDS, "contacts", "not_involved", "services", "updated"))
    for key in (*CRISIS_FIELDS, "contacts", "not_involved"):
        c.texts(plan[key], f"{path}.{key}")
    check_support_plan({"keep_well": [], "early_signs": [], "what_helps": [], "contacts": [],
                        "services": plan["services"], "updated": plan["updated"]}, path, notes, latest,
                       version=2)  # only its services and time


def check_resource_check(value: Any, path: str, earliest: datetime, latest: datetime) -> None:
    if value is None:
        return
    check = c.fields(value, path, ("taken", "items"))
    taken = c.moment(check["taken"], f"{path}.taken")
    if not earliest <= taken < latest:
        raise Problem(f"{path}.taken", "is outside the shared period")
    for i, raw in enumerate(c.items(check["items"], f"{path}.items")):
        where = f"{path}.items[{i}]"
        item = c.fields(raw, where, ("domain", "text", "reply", "people"))
        c.choice(item["domain"], f"{where}.domain", _DOMAINS)
        c.text(item["text"], f"{where}.text", empty=False)
        reply = c.choice(item["reply"], f"{where}.reply", _REPLIES)
        people = c.texts(item["people"], f"{where}.people")
        if people and reply != Reply.YES:
            raise Problem(f"{where}.people", "names someone for an answer that is not yes")


def _goals_in_order(goals: list[dict[str, Any]], path: str) -> None:
    """By ``set_on`` then title, case-folded: the writer's order (docs/sharing-format.md)."""
    keys = [(g["set_on"], g["title"].casefold()) for g in goals]
    if keys != sorted(keys):
        raise Problem(path, "is not sorted by set_on then title")


def check_goals(value: Any, path: str, notes: bool, end: date) -> None:
    _check_each_goal(value, path, notes, end)
    _goals_in_order(value, path)


def _check_each_goal(value: Any, path: str, notes: bool, end: date) -> None:
    for i, raw in enumerate(c.items(value, path)):
        where = f"{path}[{i}]"
        goal = c.fields(raw, where, ("title", "status", "set_on", "review_on", "helper",
                                     "obstacles", "reviews", "changes"),
                        _note_keys(notes, "why", "first_step", "what_could_help"))
        c.text(goal["title"], f"{where}.title", empty=False)
        c.choice(goal["status"], f"{where}.status", _STATUSES)
        set_on = c.day(goal["set_on"], f"{where}.set_on")
        if set_on > end:
            raise Problem(f"{where}.set_on", "is after the shared period")
        c.day(goal["review_on"], f"{where}.review_on")
        if goal["helper"] is not None:
            c.text(goal["helper"], f"{where}.helper", empty=False)
        c.texts(goal["obstacles"], f"{where}.obstacles")
        for key in ("why", "first_step", "what_could_help"):
            if key in goal:
                c.text(goal[key], f"{where}.{key}")
        for n, review in enumerate(c.items(goal["reviews"], f"{where}.reviews")):
            at = f"{where}.reviews[{n}]"
            r = c.fields(review, at, ("on", "happened"), _note_keys(notes, "in_the_way", "next_step"))
            if not set_on <= c.day(r["on"], f"{at}.on") <= end:
                raise Problem(f"{at}.on", "is outside the goal's time in the period")
            c.choice(r["happened"], f"{at}.happened", _HAPPENED)
            for key in ("in_the_way", "next_step"):
                if key in r:
                    c.text(r[key], f"{at}.{key}")
        for n, change in enumerate(c.items(goal["changes"], f"{where}.changes")):
            at = f"{where}.changes[{n}]"
            ch = c.fields(change, at, ("on", "status"))
            if c.day(ch["on"], f"{at}.on") > end:
                raise Problem(f"{at}.on", "is after the shared period")
            c.choice(ch["status"], f"{at}.status", _STATUSES)


def check_snapshots(value: Any, path: str, earliest: datetime, latest: datetime) -> None:
    snapshots = c.items(value, path)
    if len(snapshots) > SNAPSHOTS_MAX:
        raise Problem(path, f"has more than {SNAPSHOTS_MAX} snapshots")
    previous: datetime | None = None
    for i, raw in enumerate(snapshots):
        where = f"{path}[{i}]"
        snap = c.fields(raw, where, ("taken", "reason", "members"))
        taken = c.moment(snap["taken"], f"{where}.taken")
        if not earliest <= taken < latest:
            raise Problem(f"{where}.taken", "is outside the shared period")
        if previous is not None and taken < previous:
            raise Problem(path, "is not in time order")
        previous = taken
        c.text(snap["reason"], f"{where}.reason", limit=200, empty=False)
        for n, member in enumerate(c.items(snap["members"], f"{where}.members")):
            at = f"{where}.members[{n}]"
            m = c.fields(member, at, ("label", "relationship", "closeness", "help", "last_contact"))
            c.text(m["label"], f"{at}.label", empty=False)
            c.choice(m["relationship"], f"{at}.relationship", _RELATIONSHIPS)
            c.choice(m["closeness"], f"{at}.closeness", _CLOSENESS)
            c.distinct_choices(m["help"], f"{at}.help", _HELP)
            if (m["last_contact"] is not None
                    and c.day(m["last_contact"], f"{at}.last_contact") > taken.date() + _DAY):
                raise Problem(f"{at}.last_contact", "is after the snapshot was taken")

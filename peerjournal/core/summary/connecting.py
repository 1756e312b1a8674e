"""The printable summary's connecting sections: "Do I know someone who could…?", goals and
reviews, and the network over time, as report blocks. Pure Python, no Qt.

What counts as notes (in only when the person includes their notes, as for sharing): the
words they wrote about a goal (why it matters, the first step, what could help) and in its
reviews (what got in the way, what next). Always in when the section is chosen: goal
titles, their state, the days they were set and looked back on, what might get in the way
(short words, mostly chosen from a list), the questions of the check, and people, named as
the person chose. Nothing here counts progress, scores or streaks: a goal's story is told
in plain words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from peerjournal.core.clock import to_local
from peerjournal.core.connecting import resources
from peerjournal.core.connecting.goals import GoalStatus, history, obstacle_label
from peerjournal.core.connecting.network_history import (
    CIRCLE_ORDER,
    REASON_RESOURCE_CHECK,
    REASON_SAVED,
    Snapshot,
    SnapshotMember,
    circle_counts,
    circle_word,
    compare,
    network_shape,
    shape_words,
)
from peerjournal.core.connecting.resources import DOMAIN_LABELS, CheckResults, ItemResult
from peerjournal.core.sharing.document import first_name, in_period
from peerjournal.core.sharing.options import Naming
from peerjournal.core.sharing.sections import GoalShare
from peerjournal.core.summary.model import Block, Bullets, Heading, Paragraph, Table, day_text
from peerjournal.core.vocabulary import Closeness, relationship_label
from peerjournal.i18n import in_sentence, translate

Translate = Callable[[str], str]
Label = Callable[[int], str]
"""Person id → how they appear (the summary's naming choice)."""

NO_LONGER_LISTED = "someone no longer in your list"
MORE_PEOPLE_LISTED = 3  # more than this many "more people now" lines become one count


@dataclass(frozen=True)
class PeopleNames:
    """How people appear: a label for anyone in the journal, the naming for anyone since
    deleted (a snapshot keeps only their name as it was)."""

    label: Label
    known: frozenset[int]
    naming: Naming

    def member(self, member: SnapshotMember, tr: Translate) -> str:
        if member.person_id is not None and member.person_id in self.known:
            return self.label(member.person_id)
        if self.naming is Naming.FULL:
            return member.name
        if self.naming is Naming.FIRST:
            return first_name(member.name)
        return tr(NO_LONGER_LISTED)


def _moment(at: datetime) -> str:
    local = to_local(at)
    return f"{day_text(local.date())}, {local:%H:%M}"


# -- Do I know someone who could…? -------------------------------------------------------
def _check_text(text: str) -> str:
    """A default question or part in the person's language; their own wording as typed."""
    return translate(resources.TR_CONTEXT, text)


def _question(tr: Translate, item: ItemResult) -> str:
    return tr("…{what}?").format(what=_check_text(item.text))


def resource_check_blocks(results: CheckResults | None, previous: CheckResults | None,
                          start: date, end: date, label: Label, tr: Translate) -> list[Block]:
    """The latest check in the period: per part, resting on one person, nobody yet, not
    sure yet, and what changed since the check before (which may be before the period)."""
    if results is None or not in_period(results.taken, start, end):
        return [Paragraph(tr("You didn't take the resource check in this period."))]
    blocks: list[Block] = [Paragraph(
        tr("Your check on {day}: someone came to mind for {n} of the {total} questions you "
           "answered.").format(day=day_text(to_local(results.taken).date()),
                               n=results.with_someone, total=results.answered))]
    blocks.append(Table(
        (tr("Part"), tr("Someone"), tr("Not sure"), tr("No")),
        tuple((_check_text(DOMAIN_LABELS[c.domain]), str(c.with_someone), str(c.not_sure),
               str(c.no)) for c in results.domains)))
    if results.fragile:
        blocks += [Heading(tr("Resting on one person")), Bullets(tuple(
            tr("{question} Only {names}.").format(
                question=_question(tr, i), names=", ".join(label(p) for p in i.person_ids))
            for i in results.fragile))]
    if results.gaps:
        blocks += [Heading(tr("Nobody yet")),
                   Bullets(tuple(_question(tr, i) for i in results.gaps))]
    if results.not_sure:
        blocks += [Heading(tr("Not sure yet")),
                   Bullets(tuple(_question(tr, i) for i in results.not_sure))]
    if previous is None or previous.taken >= results.taken:
        blocks.append(Paragraph(tr("This was your first check, so there is nothing earlier to "
                                   "compare it with."), quiet=True))
        return blocks
    blocks.append(Heading(tr("Since your check on {day}").format(
        day=day_text(to_local(previous.taken).date()))))
    blocks.append(Bullets(_check_change(previous, results, tr)))
    return blocks


def _check_change(previous: CheckResults, results: CheckResults, tr: Translate) -> tuple[str, ...]:
    change = resources.compare(previous, results)
    if change.nothing_changed:
        return (tr("The same as last time."),)
    lines = [tr("{part}: questions with someone went from {before} to {after}.").format(
        part=_check_text(DOMAIN_LABELS[d.domain]), before=d.before, after=d.after)
        for d in change.domains if d.difference]
    lines += [tr("Someone now: {question}").format(question=_question(tr, i))
              for i in change.gained]
    if len(change.more_people) > MORE_PEOPLE_LISTED:
        lines.append(tr("More people now for {n} questions.").format(n=len(change.more_people)))
    else:
        lines += [tr("More people now: {question}").format(question=_question(tr, i))
                  for i in change.more_people]
    lines += [tr("Nobody this time: {question}").format(question=_question(tr, i))
              for i in change.lost]
    return tuple(lines)


# -- goals and reviews ---------------------------------------------------------------------
def status_at(share: GoalShare, end: date) -> GoalStatus:
    """The goal's state at the end of the period (later changes don't count)."""
    before = [ch for ch in sorted(share.changes, key=lambda ch: ch.at) if ch.on <= end]
    if len(before) == len(share.changes):
        return share.goal.status
    return before[-1].status if before else GoalStatus.ACTIVE


def goals_in_period(goals: Sequence[GoalShare], start: date, end: date) -> list[GoalShare]:
    """Goals set by the end of the period that were active or paused then, or were set,
    looked back on or changed in it (the same goals sharing gives), oldest first."""
    chosen = []
    for share in goals:
        if share.goal.set_on > end:
            continue
        busy = (start <= share.goal.set_on
                or any(start <= r.on <= end for r in share.reviews)
                or any(start <= ch.on <= end for ch in share.changes))
        if busy or status_at(share, end) in (GoalStatus.ACTIVE, GoalStatus.PAUSED):
            chosen.append(share)
    return sorted(chosen, key=lambda s: (s.goal.set_on, s.goal.title.casefold()))


def goal_blocks(goals: Sequence[GoalShare], start: date, end: date, label: Label,
                notes: bool, tr: Translate) -> list[Block]:
    """Each goal of the period: its plan, then its story up to the end of the period."""
    shown = goals_in_period(goals, start, end)
    if not shown:
        return [Paragraph(tr("No goals were set, worked on or looked back on in this period."))]
    blocks: list[Block] = []
    if not notes:
        blocks.append(Paragraph(tr("What you wrote about each goal and in your reviews is left "
                                   "out, as your notes are."), quiet=True))
    for share in shown:
        goal = share.goal
        plan = [tr("Set on {day}.").format(day=day_text(goal.set_on)),
                tr("At the end of this period: {state}.").format(
                    state=status_at(share, end).label.lower())]
        if goal.helper_person_id is not None:
            plan.append(tr("Helping with it: {name}").format(name=label(goal.helper_person_id)))
        if goal.obstacles:
            plan.append(tr("What might get in the way: {words}").format(
                words=", ".join(obstacle_label(w) for w in goal.obstacles)))
        if notes:
            for heading, words in ((tr("Why it matters: {words}"), goal.why),
                                   (tr("First step: {words}"), goal.first_step),
                                   (tr("What could help: {words}"), goal.what_could_help)):
                if words.strip():
                    plan.append(heading.format(words=words.strip()))
        reviews = [r for r in share.reviews if r.on <= end]
        changes = [ch for ch in share.changes if ch.on <= end]
        if not notes:  # the story without the person's own words
            goal = replace(goal, first_step="")
            reviews = [replace(r, in_the_way="", next_step="") for r in reviews]
        story = tuple(item.line() for item in history(goal, reviews, changes))
        blocks += [Heading(goal.title), Bullets(tuple(plan)),
                   Paragraph(tr("How it went:")), Bullets(story)]
    return blocks


# -- the network over time -----------------------------------------------------------------
def shape_line(snapshot: Snapshot, tr: Translate) -> str:
    """Who was in the network, in one line (``network_history.shape_words``, worded for a
    past snapshot)."""
    return shape_words(network_shape(snapshot), tr, then=True)


def _reason(reason: str, tr: Translate) -> str:
    return {REASON_RESOURCE_CHECK: tr("after a resource check"),
            REASON_SAVED: tr("saved by you")}.get(reason, reason)


def snapshot_blocks(snapshots: Sequence[Snapshot], start: date, end: date, names: PeopleNames,
                    tr: Translate) -> list[Block]:
    """Snapshots taken in the period: when, why, people per circle and the shape of the
    network; then what differs between the first and the last of them."""
    shown = sorted((s for s in snapshots if in_period(s.taken, start, end)),
                   key=lambda s: (s.taken, s.id or 0))
    if not shown:
        return [Paragraph(tr("No snapshots of your network were taken in this period."))]
    rows = []
    for snap in shown:
        counts = circle_counts(snap)
        rows.append((_moment(snap.taken), _reason(snap.reason, tr),
                     *(str(counts[c]) for c in CIRCLE_ORDER), str(len(snap.members))))
    blocks: list[Block] = [
        Table((tr("Taken"), tr("Why"), tr("Close circle"), tr("Middle circle"),
               tr("Outer circle"), tr("In all")), tuple(rows)),
        Heading(tr("The shape of your network")),
        Bullets(tuple(tr("{day}: {shape}").format(day=_moment(s.taken), shape=shape_line(s, tr))
                      for s in shown)),
    ]
    if len(shown) == 1:
        blocks.append(Paragraph(tr("Only one snapshot was taken in this period, so there is "
                                   "nothing to compare it with."), quiet=True))
        return blocks
    first, last = shown[0], shown[-1]
    blocks.append(Heading(tr("From {first} to {last}").format(
        first=day_text(to_local(first.taken).date()), last=day_text(to_local(last.taken).date()))))
    blocks.append(Bullets(_differences(first, last, names, tr)))
    return blocks


def _differences(first: Snapshot, last: Snapshot, names: PeopleNames,
                 tr: Translate) -> tuple[str, ...]:
    result = compare(first, last)

    def who(m: SnapshotMember) -> str:
        return tr("{name} ({relationship}, {circle})").format(
            name=names.member(m, tr), relationship=in_sentence(tr(relationship_label(m.relationship))),
            circle=circle_word(m.closeness, tr))

    if result.unchanged:
        lines = [tr("Nobody new, moved or gone between these two dates.")]
    else:
        lines = [tr("{new} new, {moved} moved circle, {gone} no longer on the map.").format(
            new=len(result.new), moved=len(result.moved), gone=len(result.gone))]
    lines += [tr("New: {who}").format(who=who(m)) for m in result.new]
    for mv in result.moved:
        text = (tr("Moved closer: {name}, from the {before} to the {after}") if mv.closer
                else tr("Moved further out: {name}, from the {before} to the {after}"))
        lines.append(text.format(name=names.member(mv.after, tr),
                                 before=circle_word(mv.before.closeness, tr),
                                 after=circle_word(mv.after.closeness, tr)))
    lines += [tr("No longer on the map: {who}").format(who=who(m)) for m in result.gone]
    for row in result.circles:
        if row.change and isinstance(row.what, Closeness):
            lines.append(tr("People in the {circle}: {before} then, {after} at the end.").format(
                circle=circle_word(row.what, tr), before=row.earlier, after=row.later))
    return tuple(lines)

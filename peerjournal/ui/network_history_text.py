"""The network over time in words, through Qt's translations: reasons, shapes, differences.

The English source strings match :func:`peerjournal.core.connecting.network_history.describe_shape`,
so with no translation installed the UI and the core say the same thing.
"""

from __future__ import annotations

from peerjournal.core.connecting.network_history import (
    REASON_NOW,
    REASON_RESOURCE_CHECK,
    REASON_SAVED,
    Comparison,
    Group,
    Shape,
    ShapeKind,
    Snapshot,
    SnapshotMember,
    network_shape,
)
from peerjournal.core.vocabulary import Closeness, HelpKind

from peerjournal.ui.dates import when_text as moment_text
from peerjournal.ui.i18n import context_tr

CONTEXT = "NetworkHistoryWidget"


_translate = context_tr(CONTEXT)  # lupdate files this module's tr("…") texts without a context


def tr(text: str) -> str:
    return _translate(text)


def group_word(group: Group) -> str:
    return {
        Group.FAMILY: tr("family"),
        Group.FRIENDS: tr("friends"),
        Group.PEERS: tr("peers"),
        Group.PROFESSIONALS: tr("professionals"),
        Group.OTHERS: tr("neighbours, colleagues and others"),
    }[group]


def circle_word(closeness: Closeness) -> str:
    return {
        Closeness.CLOSE: tr("close circle"),
        Closeness.MIDDLE: tr("middle circle"),
        Closeness.OUTER: tr("outer circle"),
    }[closeness]


def count_label(what: Closeness | HelpKind) -> str:
    if isinstance(what, Closeness):
        return {
            Closeness.CLOSE: tr("In the close circle"),
            Closeness.MIDDLE: tr("In the middle circle"),
            Closeness.OUTER: tr("In the outer circle"),
        }[what]
    return {
        HelpKind.PRACTICAL: tr("Down for practical help"),
        HelpKind.EMOTIONAL: tr("Down for emotional support"),
        HelpKind.ADVICE: tr("Down for advice / information"),
        HelpKind.COMPANY: tr("Down for company"),
        HelpKind.CRISIS: tr("Down for help in a crisis"),
    }[what]


def _and(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def shape_line(shape: Shape) -> str:
    if shape.kind is ShapeKind.EMPTY:
        return tr("Nobody is on your map yet; people you add will appear here.")
    group, count = shape.groups[0]
    word = group_word(group)
    present = [tr("others") if g is Group.OTHERS else group_word(g)
               for g in Group if g in dict(shape.groups)]
    if shape.kind is ShapeKind.ONE:
        line = tr("One person so far ({group})").format(group=word)
    elif shape.kind is ShapeKind.ALL:
        line = tr("All {group} ({total} people)").format(group=word, total=shape.total)
    elif shape.kind is ShapeKind.MOSTLY:
        line = tr("Mostly {group} ({count} of {total} people)").format(
            group=word, count=count, total=shape.total)
    elif shape.kind is ShapeKind.MIX:
        line = tr("A mix of {groups}").format(groups=_and(present))
    else:
        line = tr("A varied mix: {groups}").format(groups=_and(present))
    if shape.close_circle == 0:
        line += tr("; nobody in the close circle yet")
    return line + "."


def describe(snapshot: Snapshot) -> str:
    return shape_line(network_shape(snapshot))


def reason_text(reason: str) -> str:
    return {
        REASON_RESOURCE_CHECK: tr("after a resource check"),
        REASON_SAVED: tr("saved by you"),
        REASON_NOW: tr("your network today"),
    }.get(reason, reason)


def when_text(snapshot: Snapshot) -> str:
    """"12 March 2026 (saved by you)", or "Now (your network today)" for the live network."""
    if snapshot.id is None:
        return tr("Now ({reason})").format(reason=reason_text(REASON_NOW))
    return tr("{date} ({reason})").format(
        date=moment_text(snapshot.taken, "dd MMMM yyyy, HH:mm"), reason=reason_text(snapshot.reason))


def _who(m: SnapshotMember) -> str:
    return tr("{name} ({relationship}, {circle})").format(
        name=m.name, relationship=m.relationship.label.lower(), circle=circle_word(m.closeness))


def difference_lines(result: Comparison) -> list[str]:
    """One line per difference: new, moved circle, no longer on the map, a long time quiet."""
    lines = [tr("New: {who}").format(who=_who(m)) for m in result.new]
    for mv in result.moved:
        text = (tr("Moved closer: {name}, from the {before} to the {after}") if mv.closer
                else tr("Moved further out: {name}, from the {before} to the {after}"))
        lines.append(text.format(name=mv.after.name, before=circle_word(mv.before.closeness),
                                 after=circle_word(mv.after.closeness)))
    lines += [tr("No longer on the map: {who}").format(who=_who(m)) for m in result.gone]
    for lt in result.long_time:
        if lt.days is None:
            lines.append(tr("No contact noted yet: {name}").format(name=lt.member.name))
        else:
            lines.append(tr("Not in touch for {days} days: {name}").format(
                days=lt.days, name=lt.member.name))
    return lines


def summary_line(result: Comparison) -> str:
    if result.unchanged:
        return tr("Nobody new, moved or gone between these two dates.")
    return tr("{new} new, {moved} moved circle, {gone} no longer on the map.").format(
        new=len(result.new), moved=len(result.moved), gone=len(result.gone))

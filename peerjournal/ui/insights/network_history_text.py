"""The network over time in words, through Qt's translations: reasons, shapes, differences.

Shapes, groups and circles are worded once in :mod:`peerjournal.core.connecting.network_history`
(:func:`~peerjournal.core.connecting.network_history.shape_words`), here through this
module's ``tr``.
"""

from __future__ import annotations

from peerjournal.core.connecting.network_history import (
    REASON_NOW,
    REASON_RESOURCE_CHECK,
    REASON_SAVED,
    Comparison,
    Shape,
    Snapshot,
    SnapshotMember,
    network_shape,
    shape_words,
)
from peerjournal.core.connecting.network_history import circle_word as _circle_word
from peerjournal.core.vocabulary import Closeness, HelpKind, relationship_label
from peerjournal.i18n import in_sentence

from peerjournal.ui.app.translations import context_tr
from peerjournal.ui.widgets.dates import when_text as moment_text

CONTEXT = "NetworkHistoryWidget"


_translate = context_tr(CONTEXT)  # lupdate files this module's tr("…") texts without a context


def tr(text: str) -> str:
    return _translate(text)


def circle_word(closeness: Closeness | None) -> str:
    return _circle_word(closeness, tr)


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


def shape_line(shape: Shape) -> str:
    return shape_words(shape, tr)


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
        date=moment_text(snapshot.taken, "d MMMM yyyy, HH:mm"), reason=reason_text(snapshot.reason))


def _who(m: SnapshotMember) -> str:
    return tr("{name} ({relationship}, {circle})").format(
        name=m.name, relationship=in_sentence(relationship_label(m.relationship)), circle=circle_word(m.closeness))


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
            lines.append(tr("Not in touch yet: {name}").format(name=lt.member.name))
        else:
            lines.append(tr("Not in touch for {days} days: {name}").format(
                days=lt.days, name=lt.member.name))
    return lines


def summary_line(result: Comparison) -> str:
    if result.unchanged:
        return tr("Nobody new, moved or gone between these two dates.")
    return tr("{new} new, {moved} moved circle, {gone} no longer on the map.").format(
        new=len(result.new), moved=len(result.moved), gone=len(result.gone))

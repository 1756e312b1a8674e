"""The connecting sections of a shared document as HTML (support plan, resource check, goals,
network snapshots), for the person's preview and the supporter's review alike.

Every value from the document is escaped. Counts, "rests on one person", gaps, the shape of
the network and what changed between snapshots are worked out here from the shared content,
with the same rules and words as the person's own pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from peerjournal.core.clock import local_noon
from peerjournal.core.connecting.goals import (
    Goal,
    GoalStatus,
    Happened,
    Review,
    StatusChange,
    history,
)
from peerjournal.core.connecting.network_history import (
    CIRCLE_ORDER,
    Snapshot,
    SnapshotMember,
    circle_counts,
    compare,
)
from peerjournal.core.connecting.resources import DOMAIN_LABELS, REPLY_LABELS, Domain
from peerjournal.core.support_plan import CRISIS_FIELDS, LIST_FIELDS, paired_line
from peerjournal.core.support_plan import heading as plan_heading
from peerjournal.core.vocabulary import Closeness, Relationship, optional_choice

from peerjournal.ui.app.translations import context_tr
from peerjournal.ui.insights import (
    describe,
    difference_lines,
    reason_text,
    summary_line,
)
from peerjournal.ui.widgets.dates import day_text, when_text

_translate = context_tr("ShareView")  # lupdate files this module's tr("…") texts without a context


def tr(text: str) -> str:
    return _translate(text)


def _day(text: str) -> str:
    return day_text(date.fromisoformat(text), "d MMMM yyyy")


def _when(text: str) -> str:
    return when_text(datetime.fromisoformat(text), "d MMMM yyyy")


def _list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in items) + f"</{tag}>"


# -- my support plan -------------------------------------------------------------------
def _plan_lists(plan: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """The plan's lists with their headings: every part from format version 3 (a paired item
    as "sign → what I'll do"), the three lists of a version-2 file otherwise."""
    if "reasons" not in plan:  # a version-2 file
        return [(tr("Things that keep me well"), plan.get("keep_well", [])),
                (tr("Early signs that I'm struggling"), plan.get("early_signs", [])),
                (tr("What helps then"), plan.get("what_helps", []))]
    return [(plan_heading(field), [_item(x) for x in plan.get(field) or []]) for field in LIST_FIELDS]


def _item(value: Any) -> str:
    if isinstance(value, dict):
        return paired_line(str(value.get("text", "")), str(value.get("response", "")))
    return str(value)


def support_plan_html(plan: dict[str, Any]) -> str:
    # Each tr() stands outside the f-strings: lupdate doesn't read inside them.
    html = ["<h3>" + escape(tr("My support plan")) + "</h3>"]
    empty = True
    for heading, lines in _plan_lists(plan):
        if lines:
            empty = False
            html.append(f"<p><b>{escape(heading)}</b></p>{_list(lines)}")
    if plan.get("contacts"):
        empty = False
        html.append("<p><b>" + escape(tr("People I can contact, in order")) + "</b></p>")
        html.append(_list(plan["contacts"], ordered=True))
    if plan.get("not_involved"):
        empty = False
        html.append(f"<p><b>{escape(plan_heading('not_involved'))}</b></p>{_list(plan['not_involved'])}")
    if plan.get("services"):
        empty = False
        html.append("<p><b>" + escape(tr("Services and helplines")) + "</b></p><ul>")
        for s in plan["services"]:
            bits = [f"<b>{escape(s['name'])}</b>"]
            bits += [escape(s[k]) for k in ("what", "how_to_contact") if s.get(k)]
            note = f"<br><i>{escape(s['note'])}</i>" if s.get("note") else ""
            html.append(f"<li>{' · '.join(bits)}{note}</li>")
        html.append("</ul>")
    if empty:
        html.append("<p>" + escape(tr("No support plan written yet.")) + "</p>")
    elif plan.get("updated"):
        changed = tr("Last changed on {day}.").format(day=_when(plan["updated"]))
        html.append(f"<p><i>{escape(changed)}</i></p>")
    return "".join(html)


# -- my crisis plan --------------------------------------------------------------------
def crisis_plan_html(plan: dict[str, Any]) -> str:
    title = tr("My crisis plan")
    html = [f"<h3>{escape(title)}</h3>"]
    shown = False
    for field in CRISIS_FIELDS[:1] + ("contacts", "not_involved") + CRISIS_FIELDS[1:]:
        lines = plan.get(field) or []
        if lines:
            shown = True
            html.append(f"<p><b>{escape(plan_heading(field))}</b></p>{_list(lines, field == 'contacts')}")
    services = plan.get("services") or []
    if services:
        shown = True
        html.append(support_plan_html({"services": services}).split("</h3>", 1)[1])
    if not shown:
        empty = tr("No crisis plan written yet.")
        html.append(f"<p>{escape(empty)}</p>")
    return "".join(html)


# -- the resource check ----------------------------------------------------------------
def _domain(value: str) -> str:
    return QCoreApplication.translate("ResourceCheck", DOMAIN_LABELS.get(value, value))


def _question(text: str) -> str:
    return "…" + QCoreApplication.translate("ResourceCheck", text)


def resource_check_html(check: dict[str, Any] | None) -> str:
    # Each tr() stands outside the f-strings: lupdate doesn't read inside them.
    heading = "<h3>" + escape(tr("Do I know someone who could…?")) + "</h3>"
    if check is None:
        return heading + "<p>" + escape(tr("No resource check was taken in this period.")) + "</p>"
    items = check.get("items", [])
    taken = tr("Taken on {day}.").format(day=_when(check["taken"]))
    html = [heading, f"<p>{escape(taken)}</p>"]
    rows = []
    for domain in Domain:
        answered = [i for i in items if i["domain"] == domain.value]
        if answered:
            someone = sum(1 for i in answered if i["reply"] == "yes")
            rows.append(f"<tr><td>{escape(_domain(domain.value))}</td><td>" + escape(
                tr("{n} of {total} with someone").format(n=someone, total=len(answered))) + "</td></tr>")
    if rows:
        html.append("<table cellpadding='3'>" + "".join(rows) + "</table>")
    groups = (
        (tr("Resting on one person"),
         [f"{_question(i['text'])} ({i['people'][0]})" for i in items
          if i["reply"] == "yes" and len(i["people"]) == 1]),
        (tr("Nobody yet"), [_question(i["text"]) for i in items if i["reply"] == "no"]),
        (tr("Not sure yet"), [_question(i["text"]) for i in items if i["reply"] == "not_sure"]),
    )
    for title, lines in groups:
        if lines:
            html.append(f"<p><b>{escape(title)}</b></p>{_list(lines)}")
    html.append("<table cellpadding='3'>")
    for i in items:
        reply = QCoreApplication.translate("ResourceCheck", REPLY_LABELS.get(i["reply"], i["reply"]))
        who = ", ".join(i["people"])
        html.append(f"<tr><td>{escape(_question(i['text']))}</td><td>{escape(reply)}</td>"
                    f"<td>{escape(who)}</td></tr>")
    html.append("</table>")
    return "".join(html)


# -- goals and reviews -----------------------------------------------------------------
def _noon(day: date) -> datetime:
    # Local noon: noon UTC is the next day east of UTC+12 (a goal "set" a day late in Auckland).
    return local_noon(day)


def goals_html(goals: list[dict[str, Any]]) -> str:
    html = ["<h3>" + escape(tr("Goals and reviews")) + "</h3>"]
    if not goals:
        return html[0] + "<p>" + escape(tr("No goals in this period.")) + "</p>"
    for g in goals:
        status = GoalStatus(g["status"])
        set_on, review_on = date.fromisoformat(g["set_on"]), date.fromisoformat(g["review_on"])
        goal = Goal(title=g["title"], review_on=max(review_on, set_on), created=_noon(set_on),
                    first_step=g.get("first_step", ""), status=status)
        reviews = [Review(0, date.fromisoformat(r["on"]), Happened(r["happened"]),
                          r.get("in_the_way", ""), r.get("next_step", "")) for r in g["reviews"]]
        changes = [StatusChange(0, _noon(date.fromisoformat(c["on"])), GoalStatus(c["status"]))
                   for c in g["changes"]]
        facts = [status.label, tr("look back on {day}").format(day=_day(g["review_on"]))]
        if g.get("helper"):
            facts.append(tr("with {name}").format(name=g["helper"]))
        html.append(f"<p><b>{escape(g['title'])}</b> · {escape(' · '.join(facts))}")
        for key, label in (("why", tr("Why it matters")), ("what_could_help", tr("What could help"))):
            if g.get(key):
                html.append(f"<br>{escape(label)}: {escape(g[key])}")
        if g.get("obstacles"):
            html.append("<br>" + escape(tr("What might get in the way: {words}").format(
                words=", ".join(g["obstacles"]))))
        html.append("</p>")
        html.append(_list([item.line() for item in history(goal, reviews, changes)]))
    return "".join(html)


# -- network snapshots -----------------------------------------------------------------
def _snapshot(doc: dict[str, Any], n: int) -> Snapshot:
    members = tuple(
        SnapshotMember(
            person_id=None, name=m["label"], relationship=optional_choice(Relationship, m["relationship"]),
            closeness=optional_choice(Closeness, m["closeness"]),
            last_contact=_noon(date.fromisoformat(m["last_contact"])) if m.get("last_contact") else None,
        )
        for m in doc["members"]
    )
    return Snapshot(n + 1, datetime.fromisoformat(doc["taken"]), doc["reason"], members)


def _who_was_there(snap: Snapshot, circle_names: dict[Closeness, str]) -> str:
    """Everyone the snapshot names, by circle: the file holds their labels, so the preview shows them."""
    lines = []
    for circle in CIRCLE_ORDER:
        names = [m.name for m in snap.members if m.closeness is circle]
        if names:
            lines.append(tr("In the {circle} circle: {names}").format(
                circle=circle_names[circle], names=", ".join(names)))
    unplaced = [m.name for m in snap.members if m.closeness is None]
    if unplaced:
        lines.append(tr("Not placed in a circle yet: {names}").format(names=", ".join(unplaced)))
    return "".join(f"<br>{escape(line)}" for line in lines)


def snapshots_html(snapshots: list[dict[str, Any]]) -> str:
    html = ["<h3>" + escape(tr("Network snapshots")) + "</h3>"]
    if not snapshots:
        return html[0] + "<p>" + escape(tr("No snapshots of the network were saved in this period.")) + "</p>"
    parsed = [_snapshot(s, n) for n, s in enumerate(snapshots)]
    circle_names = {Closeness.CLOSE: tr("close"), Closeness.MIDDLE: tr("middle"), Closeness.OUTER: tr("outer")}
    for snap in parsed:
        counts = circle_counts(snap)
        circles = ", ".join(f"{circle_names[c]} {counts[c]}" for c in CIRCLE_ORDER)
        title = tr("{day} ({reason})").format(day=_when(snap.taken.isoformat()), reason=reason_text(snap.reason))
        people = tr("{n} people: {circles}").format(n=len(snap.members), circles=circles)
        html.append(f"<p><b>{escape(title)}</b><br>{escape(people)}"
                    f"<br>{escape(describe(snap))}{_who_was_there(snap, circle_names)}</p>")
    if len(parsed) > 1:
        result = compare(parsed[0], parsed[-1])
        html.append("<p><b>" + escape(tr("From {first} to {last}").format(
            first=_when(parsed[0].taken.isoformat()), last=_when(parsed[-1].taken.isoformat()))) + "</b><br>")
        html.append(escape(summary_line(result)) + "</p>")
        lines = difference_lines(result)
        if lines:
            html.append(_list(lines))
    return "".join(html)


def sections_html(content: dict[str, Any], renderers: Iterable[tuple[str, Callable[[Any], str]]]) -> str:
    """Each (content key, renderer) in order, rendered where the document holds that key
    (a section the person did not share is simply absent)."""
    return "".join(render(content[key]) for key, render in renderers if key in content)


def connecting_html(content: dict[str, Any]) -> str:
    """Every connecting section the document holds, in the order the share dialog lists them."""
    return sections_html(content, (
        ("support_plan", support_plan_html),
        ("crisis_plan", crisis_plan_html),
        ("resource_check", resource_check_html),
        ("goals", goals_html),
        ("network_snapshots", snapshots_html),
    ))

"""A shared document as the supporter sees it: the same rendering for the person's preview
and the supporter's review, so "what you see is what they get".

Plain HTML for QTextBrowser, whole (:func:`document_html`) or in parts a window adds one at a
time (:func:`document_parts`, shown by :mod:`.share_view_filler`). Every value from the
document is escaped; mood and "how it felt" are shown in the person's words (with a bar),
never as a score ("4/5") nor by colour alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta
from html import escape
from typing import Any

from peerjournal.core.clock import to_local
from peerjournal.core.sharing.options import NAMING_LABELS, SECTION_LABELS, Naming, Section
from peerjournal.core.sharing.trackers import tracker_lines
from peerjournal.core.vocabulary import (
    ENERGY_LABELS,
    FELT_LABELS,
    MOOD_LABELS,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
    closeness_label,
    relationship_label,
)
from peerjournal.i18n import in_sentence, translate

from peerjournal.ui.sharing.share_view_connecting import connecting_html
from peerjournal.ui.widgets.charts import app_mood_colour
from peerjournal.ui.widgets.dates import day_text, when_text


def _when(text: str) -> str:
    return when_text(datetime.fromisoformat(text), "ddd dd MMM, HH:mm")


def _day(text: str) -> str:
    return day_text(date.fromisoformat(text), "ddd d MMMM yyyy")


def _label(enum: type, value: str) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return value


def _relationship(value: str | None) -> str:
    """A shared person's relationship in words; "" (not set) is said as "Relationship not set"."""
    return _label(Relationship, value) if value else relationship_label(None)


def _scale(value: int | None, labels: Mapping[int, str]) -> str:
    """The person's word for a scale ("Good"), never a score ("4/5")."""
    if value is None:
        return ""
    return escape(labels.get(value, str(value)))


def _bar(value: int) -> str:
    width = value * 24
    return (f'<table cellspacing="0" cellpadding="0"><tr><td width="{width}" '
            f'bgcolor="{app_mood_colour(value).name()}">&nbsp;</td></tr></table>')


def _note(entry: dict[str, Any]) -> str:
    note = entry.get("note")
    return f'<br><i>{escape(note)}</i>' if note else ""


PART_BUDGET = 5_000
"""About how many characters of HTML one part holds: a long section is cut into tables of rows
this size, so a window can add one part per event-loop turn (issue 20: a file of 240 check-ins
with notes, laid out at once, froze the supporter's review for 0.8 s)."""


def document_html(doc: dict[str, Any], *, title: str = "") -> str:
    """The whole document as one HTML page."""
    return page_html("".join(document_parts(doc, title=title)))


def page_html(body: str) -> str:
    """``body`` (one or more parts) as an HTML page in the document's font."""
    return f"<html><body style='font-family: sans-serif'>{body}</body></html>"


def document_parts(doc: dict[str, Any], *, title: str = "") -> Iterator[str]:
    """The document's body in parts, in reading order: the heading and what was shared, then
    each section (a long one in several tables of rows). Joined they are the whole body.
    Each part is made when asked for, so a window can make and add one at a time."""
    content = doc.get("content", {})
    yield _heading_html(doc, title)
    for key, render in (("summary", _summary_parts), ("moods", _moods_html),
                        ("contacts", _contacts_html), ("activities", _activities_html),
                        ("trackers", _trackers_parts), ("people", _people_parts)):
        if key in content:
            yield from render(content[key])
    connecting = connecting_html(content)
    if connecting:
        yield connecting


def _heading_html(doc: dict[str, Any], title: str) -> str:
    period = doc.get("period", {})
    # Each translate() stands outside the f-strings: lupdate doesn't read inside them.
    title = title or translate("ShareView", "Shared journal")
    parts = [
        f"<h2>{escape(title)}</h2>",
        "<p><b>" + escape(translate("ShareView", "{start} to {end}").format(
            start=_day(period["start"]), end=_day(period["end"]))) + "</b>",
    ]
    if doc.get("sender_name"):
        parts.append("<br>" + escape(translate("ShareView", "From: {name}").format(name=doc["sender_name"])))
    sections = [SECTION_LABELS[Section(s)] for s in doc.get("sections", [])]
    naming = NAMING_LABELS.get(Naming(doc.get("naming", "first")), "")
    notes = (translate("ShareView", "Notes included.") if doc.get("include_notes")
             else translate("ShareView", "Notes not included."))
    parts.append("<br>" + escape(translate("ShareView", "Shared: {sections}. {notes} People: {naming}.").format(
        sections=", ".join(sections), notes=notes, naming=naming)) + "</p>")
    if doc.get("message"):
        message = translate("ShareView", "Message")
        parts.append(f"<h3>{escape(message)}</h3><p>{escape(doc['message']).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


def _tables(head: str, rows: Iterable[str]) -> Iterator[str]:
    """``head`` and the rows in tables of about :data:`PART_BUDGET` characters each, one part a table."""
    table: list[str] = []
    size = 0
    for row in rows:
        table.append(row)
        size += len(row)
        if size >= PART_BUDGET:
            yield head + "<table cellpadding='3'>" + "".join(table) + "</table>"
            table, size, head = [], 0, ""
    if table or head:
        yield head + "<table cellpadding='3'>" + "".join(table) + "</table>"


def _summary_parts(summary: dict[str, Any]) -> Iterator[str]:
    yield _summary_html(summary)


def _trackers_parts(trackers: list[dict[str, Any]]) -> Iterator[str]:
    yield _trackers_html(trackers)


def _people_parts(people: list[dict[str, Any]]) -> Iterator[str]:
    yield _people_html(people)


def _summary_html(summary: dict[str, Any]) -> str:
    average = summary.get("average_mood")
    rows = [
        (translate("ShareView", "Days in the period"), summary.get("days")),
        (translate("ShareView", "Check-ins"), summary.get("check_ins")),
        (translate("ShareView", "Average mood"),
         translate("ShareView", "about {word}").format(word=MOOD_LABELS[min(5, max(1, round(average)))])
         if isinstance(average, int | float) else "—"),
        (translate("ShareView", "Contacts"), summary.get("contacts")),
        (translate("ShareView", "Different people"), summary.get("distinct_people")),
        (translate("ShareView", "Activities"), summary.get("activities")),
    ]
    html = ["<h3>" + escape(translate("ShareView", "Summary")) + "</h3><table cellpadding='3'>"]
    html += [f"<tr><td>{escape(k)}</td><td><b>{escape(str(v))}</b></td></tr>" for k, v in rows]
    html.append("</table>")
    for heading, counts, enum in ((translate("ShareView", "Contacts by how"), summary.get("contacts_by_mode", {}),
                                   ContactMode),
                                  (translate("ShareView", "Activities by kind"),
                                   summary.get("activities_by_category", {}), None)):
        if counts:
            items = ", ".join(f"{escape(_label(enum, k) if enum else k)}: {n}" for k, n in sorted(counts.items()))
            html.append(f"<p>{escape(heading)}: {items}</p>")
    return "".join(html)


def _week_of(text: str) -> date:
    day = to_local(datetime.fromisoformat(text)).date()
    return day - timedelta(days=day.weekday())


def _weekly_table(entries: list[dict[str, Any]], key: str, label) -> str:  # type: ignore[no-untyped-def]
    """Counts per week (Monday first) and per kind, as a small table a screen reader can read."""
    weeks = sorted({_week_of(e["at"]) for e in entries})
    kinds = sorted({e[key] for e in entries})
    counts = Counter((_week_of(e["at"]), e[key]) for e in entries)
    head = "".join(f"<th>{escape(label(k))}</th>" for k in kinds)
    week_of, everything = translate("ShareView", "Week of"), translate("ShareView", "All")
    rows = [f"<table cellpadding='3' border='0'><tr><th align='left'>{escape(week_of)}"
            f"</th>{head}<th>{escape(everything)}</th></tr>"]
    for week in weeks:
        cells = "".join(f"<td align='center'>{counts.get((week, k), 0) or ''}</td>" for k in kinds)
        total = sum(counts.get((week, k), 0) for k in kinds)
        rows.append(f"<tr><td>{escape(day_text(week, 'd MMM'))}</td>{cells}<td align='center'><b>{total}</b></td></tr>")
    rows.append("</table>")
    return "".join(rows)


def _moods_html(moods: list[dict[str, Any]]) -> Iterator[str]:
    heading = "<h3>" + escape(translate("ShareView", "Mood check-ins")) + "</h3>"
    if not moods:
        yield heading + "<p>" + escape(translate("ShareView", "No check-ins in this period.")) + "</p>"
        return
    bars: dict[int, str] = {}  # five moods: each bar made once

    def row(m: dict[str, Any]) -> str:
        feelings = escape(", ".join(m.get("feelings", [])))
        energy = ("<br>" + translate("ShareView", "Energy: {energy}").format(
            energy=_scale(m.get("energy"), ENERGY_LABELS))) if m.get("energy") else ""
        bar = bars.get(m["mood"]) or bars.setdefault(m["mood"], _bar(m["mood"]))
        return (f"<tr><td valign='top'>{escape(_when(m['at']))}</td><td valign='top'>{bar}</td>"
                f"<td valign='top'><b>{_scale(m['mood'], MOOD_LABELS)}</b>"
                f"{'<br>' + feelings if feelings else ''}{energy}{_note(m)}</td></tr>")
    yield from _tables(heading, (row(m) for m in moods))


def _empty_html(heading: str, text: str) -> str:
    """A section's heading with the line that says it holds nothing in this period."""
    return f"<h3>{escape(heading)}</h3><p>{escape(text)}</p>"


def _felt_line(entry: dict[str, Any]) -> str:
    felt = _scale(entry.get("felt"), FELT_LABELS)
    return "<br>" + escape(translate("ShareView", "Felt: {felt}")).format(felt=felt) if felt else ""


def _dated_rows(heading: str, entries: list[dict[str, Any]], key: str, kind_label: Callable[[str], str],
                body: Callable[[dict[str, Any]], str]) -> Iterator[str]:
    """Contacts and activities alike: the heading, counts per week by ``key``, then one row
    an entry (when, ``body``, how it felt, the note)."""
    head = f"<h3>{escape(heading)}</h3>" + _weekly_table(entries, key, kind_label) + "<p></p>"
    rows = (
        f"<tr><td valign='top'>{escape(_when(entry['at']))}</td><td valign='top'>"
        f"{body(entry)}{_felt_line(entry)}{_note(entry)}</td></tr>"
        for entry in entries
    )
    return _tables(head, rows)


def _contact_body(c: dict[str, Any]) -> str:
    minutes = (", " + translate("ShareView", "{n} min").format(n=c["duration_min"])) if c.get("duration_min") else ""
    how = escape(translate("ShareView", "{how} with {people}").format(
        how=_label(ContactMode, c["mode"]), people=", ".join(c.get("people", []))))
    return f"{how}{escape(minutes)}"


def _contacts_html(contacts: list[dict[str, Any]]) -> Iterator[str]:
    if not contacts:
        return iter([_empty_html(translate('ShareView', 'Contacts'),
                                 translate('ShareView', 'No contacts in this period.'))])
    return _dated_rows(translate('ShareView', 'Contacts ({n})').format(n=len(contacts)), contacts, "mode",
                       lambda m: _label(ContactMode, m), _contact_body)


def _activity_body(a: dict[str, Any]) -> str:
    who = (" " + escape(translate("ShareView", "(with {people})").format(people=", ".join(a["people"])))
           if a.get("people") else "")
    return f"<b>{escape(a['title'])}</b> · {escape(a['category'])}{who}"


def _activities_html(activities: list[dict[str, Any]]) -> Iterator[str]:
    if not activities:
        return iter([_empty_html(translate('ShareView', 'Activities'),
                                 translate('ShareView', 'No activities in this period.'))])
    return _dated_rows(translate('ShareView', 'Activities ({n})').format(n=len(activities)), activities,
                       "category", str, _activity_body)


def _trackers_html(trackers: list[dict[str, Any]]) -> str:
    """Each tracker, then its values by time (the section "My trackers")."""
    heading = translate("ShareView", "My trackers")  # outside the f-strings: lupdate reads it
    html = [f"<h3>{escape(heading)}</h3>"]
    if not trackers:
        return html[0] + "<p>" + escape(translate("ShareView", "No tracker values in this period.")) + "</p>"
    for name, values in tracker_lines(trackers):
        html.append(f"<p><b>{escape(name)}</b></p><ul>")
        html += [f"<li>{escape(_when(at))}: {escape(text)}</li>" for at, text in values]
        html.append("</ul>")
    return "".join(html)


def _people_html(people: list[dict[str, Any]]) -> str:
    heading = "<h3>" + escape(translate("ShareView", "People and network")) + "</h3>"
    if not people:
        return heading + "<p>" + escape(translate("ShareView", "No people shared.")) + "</p>"
    html = [heading]
    for circle in (*Closeness, None):  # then those not placed in a circle yet ("" in the file)
        members = [p for p in people if (p.get("closeness") or None) == (circle.value if circle else None)]
        if not members:
            continue
        html.append(f"<p><b>{escape(closeness_label(circle))}</b></p><ul>")
        for p in members:
            helps = ", ".join(in_sentence(_label(HelpKind, h)) for h in p.get("help", []))
            can_give = (" · " + escape(translate("ShareView", "can give {help}").format(help=helps))) if helps else ""
            html.append(
                f"<li>{escape(p['label'])} · {escape(_relationship(p.get('relationship')))}"
                f"{can_give}{_note(p)}</li>"
            )
        html.append("</ul>")
    return "".join(html)

"""A printable summary for a chosen period: headings, sentences, tables and chart series.

The person makes the same choices as for sharing (period, sections, notes, how people are
named); the figures come from the same insights as the Insights page, and the connecting
sections (support plan, resource check, goals, network snapshots) from
:mod:`peerjournal.core.summary.connecting`. Pure Python, no Qt:
:mod:`peerjournal.ui.sharing.pdf_summary` lays a :class:`Report` out as a PDF. Every sentence goes through ``tr`` first (the UI passes Qt's translate, context
``"SummaryReport"``), then numbers and names are filled in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypeVar

from peerjournal.core.clock import to_local
from peerjournal.core.insights import (
    ActivityEvent,
    ContactEvent,
    Factor,
    History,
    MoodPoint,
    activities_per_week,
    better_days,
    connection_signals,
    contacts_per_week,
    daily_moods,
    days_in_touch,
    help_grid,
    mood_series,
    week_start,
)
from peerjournal.core.insights.better_days import PATTERN_NOTE, sentence
from peerjournal.core.insights.history import month_start, next_month
from peerjournal.core.insights.trackers import tracker_weeks
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.document import first_name, in_period, pseudonym_label
from peerjournal.core.sharing.options import NAMING_LABELS, SECTION_LABELS, Naming, Section
from peerjournal.core.sharing.summary import summary
from peerjournal.core.summary.connecting import (
    PeopleNames,
    goal_blocks,
    resource_check_blocks,
    snapshot_blocks,
)
from peerjournal.core.summary.hidden_names import hide_names
from peerjournal.core.summary.model import (
    BarChartSpec,
    Block,
    Bullets,
    Heading,
    MoodChartSpec,
    NoteItem,
    Paragraph,
    Report,
    ReportSection,
    SummaryData,
    SummaryOptions,
    SupportPlanLike,
    SupportService,
    Table,
    day_text,
)
from peerjournal.core.support_plan import CRISIS_FIELDS, LIST_FIELDS, PARTS, SupportPlan
from peerjournal.core.support_plan import heading as plan_heading
from peerjournal.core.vocabulary import (
    FELT_LABELS,
    MOOD_LABELS,
    ContactMode,
    HelpKind,
    activity_kind_label,
    closeness_label,
    closeness_rank,
    relationship_label,
)
from peerjournal.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate_count

__all__ = [  # the model is re-exported, so callers need only this module
    "HEADINGS", "SECTION_ORDER", "SUPPORT_PLAN", "SUPPORT_PLAN_LABEL", "BarChartSpec", "Block", "Bullets",
    "Heading", "MoodChartSpec", "NoteItem", "Paragraph", "Report", "ReportSection",
    "SummaryData", "SummaryOptions", "SupportPlanLike", "SupportService", "Table",
    "build_report", "day_text", "person_labels",
]

Translate = Callable[[str], str]
_E = TypeVar("_E", Contact, Activity)

TITLE = "PeerJournal summary"
FOOTER = "PeerJournal summary — private"
SUPPORT_PLAN = Section.SUPPORT_PLAN  # kept for callers of the time it was a separate flag
SUPPORT_PLAN_LABEL = SECTION_LABELS[Section.SUPPORT_PLAN]
WEEKLY_UP_TO_DAYS = 16 * 7  # longer periods are counted by month, so tables stay short
TOP_FEELINGS = 10
SECTION_ORDER = (Section.SUMMARY, Section.MOODS, Section.CONTACTS, Section.ACTIVITIES,
                 Section.PEOPLE, Section.TRACKERS, Section.SUPPORT_PLAN, Section.RESOURCE_CHECK, Section.GOALS,
                 Section.NETWORK_SNAPSHOTS, Section.CRISIS_PLAN)
"""Every sharing section, in the order the summary shows them (the dialog's order too)."""
HEADINGS = {  # where the report's heading differs from the choice's label
    Section.RESOURCE_CHECK: QT_TRANSLATE_NOOP("SummaryReport", "Do I know someone who could…?"),
    Section.NETWORK_SNAPSHOTS: QT_TRANSLATE_NOOP("SummaryReport", "Network over time"),
}


def _same(text: str) -> str:
    return text


# -- small helpers ---------------------------------------------------------------------
def person_labels(people: Sequence[Person], naming: Naming) -> dict[int, str]:
    """Person id → how they appear. "Person A, B…" follow the order people were added."""
    known = sorted((p for p in people if p.id is not None), key=lambda p: p.id or 0)
    if naming is Naming.FULL:
        return {p.id: p.name for p in known if p.id is not None}
    if naming is Naming.FIRST:
        return {p.id: first_name(p.name) for p in known if p.id is not None}
    return {p.id: pseudonym_label(n) for n, p in enumerate(known) if p.id is not None}


def _short_day(day: date) -> str:
    return format_date(day, "ddd d MMM yyyy")


def _mood_word(value: float) -> str:
    return MOOD_LABELS[min(5, max(1, round(value)))]


def _days(n: int) -> str:
    """"1 day", "3 days": a plural form in the report's context, through the installed
    translator (the one the report's one-argument ``tr`` comes from in the app, which can't
    carry a count; the English forms without one)."""
    return translate_count("SummaryReport", "%n day(s)", n, ("%n day", "%n days"))


@dataclass(frozen=True)
class _Period:
    start: date
    end: date
    weekly: bool

    def buckets(self) -> list[date]:
        if self.weekly:
            first, last = week_start(self.start), week_start(self.end)
            return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
        months, month = [], month_start(self.start)
        while month <= self.end:
            months.append(month)
            month = next_month(month)
        return months

    def bucket_of(self, day: date) -> date:
        return week_start(day) if self.weekly else month_start(day)

    def label(self, bucket: date) -> str:
        return format_date(bucket, "d MMM yyyy" if self.weekly else "MMM yyyy")

    def heading(self, tr: Translate) -> str:
        return tr("Week of") if self.weekly else tr("Month")


class _Builder:
    """The report's sections from one period's entries."""

    def __init__(self, options: SummaryOptions, data: SummaryData, tr: Translate) -> None:
        start, end = options.start, options.end
        self.options, self.tr, self.data = options, tr, data
        self.period = _Period(start, end, (end - start).days + 1 <= WEEKLY_UP_TO_DAYS)
        self.moods = sorted((m for m in data.moods if in_period(m.at, start, end)),
                            key=lambda m: m.at)
        self.contacts = sorted((c for c in data.contacts if in_period(c.at, start, end)),
                               key=lambda c: c.at)
        self.activities = sorted((a for a in data.activities if in_period(a.at, start, end)),
                                 key=lambda a: a.at)
        self.people = data.people
        self.labels = person_labels(data.people, options.naming)
        self.history = History(
            moods=tuple(MoodPoint(m.at, m.mood) for m in self.moods),
            contacts=tuple(ContactEvent(c.at, c.mode, c.person_ids) for c in self.contacts),
            activities=tuple(ActivityEvent(a.at, a.category, a.felt, a.person_ids)
                             for a in self.activities),
            people=tuple(data.people),
        )

    def label(self, person_id: int) -> str:
        return self.labels.get(person_id, self.tr("someone no longer in your list"))

    def names(self, person_ids: Sequence[int]) -> str:
        return ", ".join(self.label(pid) for pid in person_ids)

    # -- summary figures ------------------------------------------------------------
    def summary_section(self) -> list[Block]:
        tr, opts = self.tr, self.options
        figures = summary(opts.start, opts.end, self.moods, self.contacts, self.activities)
        average = figures["average_mood"]
        logged = len(daily_moods(self.history, opts.start, opts.end))
        rows = [
            (tr("Days in the period"), str(figures["days"])),
            (tr("Days with a check-in"), str(logged)),
            (tr("Check-ins"), str(figures["check_ins"])),
            (tr("Average mood"), f"{format_number(average, 1)} ({tr(_mood_word(average))})"
             if average is not None else "—"),
            (tr("Contacts"), str(figures["contacts"])),
            (tr("Different people you were in touch with"), str(figures["distinct_people"])),
            (tr("Activities"), str(figures["activities"])),
        ]
        blocks: list[Block] = [Table((tr("In this period"), tr("Number")), tuple(rows))]
        blocks.append(Heading(tr("What went with better days")))
        found = better_days(self.history, opts.start, opts.end)
        all_found = found.findings
        if not opts.people_patterns:  # what went with whom: only when ticked
            found = replace(found, findings=tuple(
                f for f in all_found if f.factor is not Factor.PERSON))
        if not found.findings:
            blocks.append(Paragraph(tr("Patterns about the people you named are left out.")
                                    if all_found else found.message, quiet=True))
            return blocks
        blocks.append(Paragraph(tr(PATTERN_NOTE), quiet=True))
        items = []
        for f in found.findings:
            label = self.label(int(f.key)) if f.factor is Factor.PERSON and f.key is not None \
                else f.label
            items.append(sentence(f.factor, label, f.with_mood, f.with_days, f.without_mood, f.without_days))
        blocks.append(Bullets(tuple(items)))
        return blocks

    # -- moods ----------------------------------------------------------------------
    def mood_section(self) -> list[Block]:
        tr, opts = self.tr, self.options
        if not self.moods:
            return [Paragraph(tr("No mood check-ins in this period."))]
        series = mood_series(self.history, opts.start, opts.end)
        values = [v for _, v in series.daily if v is not None]
        text = tr("Check-ins on {logged} of {days}, on average {average}.").format(
            logged=len(values), days=_days(len(series.daily)),
            average=tr(_mood_word(sum(values) / len(values))))
        if min(values) != max(values):
            text += " " + tr("It ranged from {low} to {high}.").format(
                low=tr(_mood_word(min(values))), high=tr(_mood_word(max(values))))
        text += " " + tr("Days without a check-in are left as gaps, never counted as low.")
        blocks: list[Block] = [
            MoodChartSpec("mood", tr("Mood over time"), text, tuple(series.daily),
                          tuple(series.average)),
            Paragraph(text, quiet=True),
        ]
        by_bucket: dict[date, list[MoodCheckIn]] = {}
        for mood in self.moods:
            by_bucket.setdefault(self.period.bucket_of(to_local(mood.at).date()), []).append(mood)
        daily = daily_moods(self.history, opts.start, opts.end)
        rows = []
        for bucket in self.period.buckets():
            days = [v for d, v in daily.items() if self.period.bucket_of(d) == bucket]
            average = f"{format_number(sum(days) / len(days), 1)} ({tr(_mood_word(sum(days) / len(days)))})" \
                if days else "—"
            rows.append((self.period.label(bucket), str(len(by_bucket.get(bucket, ()))),
                         str(len(days)), average))
        blocks.append(Table((self.period.heading(tr), tr("Check-ins"), tr("Days with a check-in"),
                             tr("Average mood")), tuple(rows)))
        feelings = Counter(f for m in self.moods for f in m.feelings)
        if feelings:
            blocks.append(Heading(tr("Feelings you noted most often")))
            top = sorted(feelings.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_FEELINGS]
            blocks.append(Table((tr("Feeling"), tr("Times")),
                                tuple((name, str(n)) for name, n in top)))
        if opts.include_notes:
            blocks += self._notes(
                (m.at, tr("Check-in: {mood}").format(mood=tr(m.mood_label)), m.note)
                for m in self.moods)
        return blocks

    # -- contacts -------------------------------------------------------------------
    def _counts(self, events: Sequence[_E], kinds: list[str],
                key: Callable[[_E], str]) -> list[list[int]]:
        """Entries per bucket (week or month) and kind, for periods the insights don't cover."""
        buckets = self.period.buckets()
        index = {b: i for i, b in enumerate(buckets)}
        table = [[0] * len(kinds) for _ in buckets]
        position = {k: i for i, k in enumerate(kinds)}
        for event in events:
            row = index.get(self.period.bucket_of(to_local(event.at).date()))
            if row is not None:
                table[row][position[key(event)]] += 1
        return table

    def _bar_blocks(self, key: str, title: str, unit: str, kinds: list[str],
                    kind_labels: list[str], values: list[list[int]]) -> list[Block]:
        tr = self.tr
        labels = [self.period.label(b) for b in self.period.buckets()]
        totals = [sum(v) for v in values]
        description = tr("{bars} bars from {first} to {last}, {total} {unit} in all.").format(
            bars=len(labels), first=labels[0], last=labels[-1], total=sum(totals), unit=unit)
        chart = BarChartSpec(key, title, description, tuple(labels), tuple(kind_labels),
                             tuple(tuple(v) for v in values), unit)
        rows = tuple((lab, *map(str, v), str(sum(v))) for lab, v in zip(labels, values, strict=True))
        return [chart, Table((self.period.heading(tr), *kind_labels, tr("Total")), rows)]

    def contact_section(self) -> list[Block]:
        tr = self.tr
        if not self.contacts:
            return [Paragraph(tr("No contacts noted in this period."))]
        modes = list(ContactMode)
        if self.period.weekly:  # the Insights page's own weekly counts
            tallies = contacts_per_week(self.history, self.options.start, self.options.end)
            values = [[t.counts.get(m, 0) for m in modes] for t in tallies]
        else:
            values = self._counts(self.contacts, [str(m) for m in modes], lambda c: str(c.mode))
        title = tr("Contacts each week, by way of contact") if self.period.weekly \
            else tr("Contacts each month, by way of contact")
        blocks = self._bar_blocks("contacts", title, tr("contacts"), [str(m) for m in modes],
                                  [tr(m.label) for m in modes], values)
        blocks.append(Heading(tr("Who you were in touch with")))
        blocks.append(self._in_touch_table())
        if self.options.include_notes:
            blocks += self._notes(
                (c.at, tr("{way} with {people}").format(way=tr(c.mode.label),
                                                        people=self.names(c.person_ids)), c.note)
                for c in self.contacts)
        return blocks

    def _in_touch_table(self) -> Table:
        """Everyone in touch in the period (contacts, and activities together when the summary
        holds activities): their contacts, in person, and the last day in touch."""
        tr = self.tr
        per_person: dict[int, list[Contact]] = {}
        for contact in self.contacts:
            for pid in contact.person_ids:
                per_person.setdefault(pid, []).append(contact)
        touch = days_in_touch(self._seen())
        order = sorted(touch, key=lambda p: (-len(per_person.get(p, ())), self.label(p).casefold()))
        return Table(
            (tr("Person"), tr("Contacts"), tr("In person"), tr("Last in touch")),
            tuple((self.label(pid), str(len(per_person.get(pid, ()))),
                   str(sum(1 for c in per_person.get(pid, ()) if c.mode == ContactMode.IN_PERSON)),
                   _short_day(max(touch[pid]))) for pid in order))

    def _seen(self) -> History:
        """The period's history with only the kinds of entry chosen for the summary: time in
        touch (a contact, or an activity together) never shows an entry left out."""
        chosen = self.options.sections
        return replace(
            self.history,
            contacts=self.history.contacts if Section.CONTACTS in chosen else (),
            activities=self.history.activities if Section.ACTIVITIES in chosen else ())

    # -- activities -----------------------------------------------------------------
    def activity_section(self) -> list[Block]:
        tr = self.tr
        if not self.activities:
            return [Paragraph(tr("No activities noted in this period."))]
        totals = Counter(activity_kind_label(a.category) for a in self.activities)
        kinds = sorted(totals, key=lambda c: (-totals[c], c.casefold()))
        if self.period.weekly:
            tallies = activities_per_week(self.history, self.options.start, self.options.end)
            values = [[t.counts.get(k, 0) for k in kinds] for t in tallies]
        else:
            values = self._counts(self.activities, kinds, lambda a: activity_kind_label(a.category))
        title = tr("Activities each week, by kind") if self.period.weekly \
            else tr("Activities each month, by kind")
        blocks = self._bar_blocks("activities", title, tr("activities"), kinds, kinds, values)
        rows = []
        for kind in kinds:
            done = [a for a in self.activities if activity_kind_label(a.category) == kind]
            felt = [a.felt for a in done if a.felt is not None]
            felt_text = tr(FELT_LABELS[min(5, max(1, round(sum(felt) / len(felt))))]) \
                if felt else "—"
            rows.append((kind, str(len(done)), str(sum(1 for a in done if a.person_ids)),
                         felt_text))
        blocks.append(Heading(tr("What you did")))
        blocks.append(Table((tr("Kind"), tr("Times"), tr("With others"),
                             tr("How it felt, on average")), tuple(rows)))
        if self.options.include_notes:
            blocks += self._notes(
                (a.at, tr("{title} ({kind})").format(title=a.title, kind=a.category) if a.category else a.title,
                 a.note)
                for a in self.activities)
        return blocks

    # -- the person's own trackers ----------------------------------------------------
    def trackers_section(self) -> list[Block]:
        """Each tracker noted in the period: on how many days each value was noted."""
        tr = self.tr
        blocks: list[Block] = []
        for tracker in self.data.trackers:
            points = [(m.at, v.value) for m in self.moods for v in m.tracked if v.tracker_id == tracker.id]
            if not points:
                continue
            weeks = tracker_weeks(tracker, points, self.options.start, self.options.end)
            totals = [sum(week[i] for week in weeks.counts) for i in range(len(weeks.parts))]
            blocks.append(Heading(tracker.name))
            blocks.append(Paragraph(tr("Noted on {days}.").format(days=_days(weeks.days))))
            blocks.append(Table((tr("Value"), tr("Days")), tuple(
                (part, str(n)) for part, n in zip(weeks.parts, totals, strict=True) if n)))
        return blocks or [Paragraph(tr("No tracker values noted in this period."))]

    # -- people ---------------------------------------------------------------------
    def people_section(self) -> list[Block]:
        tr, chosen = self.tr, self.options.sections
        named: set[int] = set()
        if Section.CONTACTS in chosen:
            named.update(pid for c in self.contacts for pid in c.person_ids)
        if Section.ACTIVITIES in chosen:
            named.update(pid for a in self.activities for pid in a.person_ids)
        shown = sorted(
            (p for p in self.people if p.id is not None and (not p.archived or p.id in named)),
            key=lambda p: (closeness_rank(p.closeness), self.label(p.id or 0).casefold()))
        if not shown:
            return [Paragraph(tr("No people are in your list yet."))]
        seen = self._seen()
        counted = Section.CONTACTS in chosen or Section.ACTIVITIES in chosen
        touch = days_in_touch(seen)
        notes = self.options.include_notes
        headers = (tr("Person"), tr("Relationship"), tr("Circle"), tr("Can help with"),
                   *((tr("Days in touch"),) if counted else ()), *((tr("Notes"),) if notes else ()))
        rows = []
        for p in shown:
            assert p.id is not None
            helps = ", ".join(tr(k.label) for k in HelpKind if k in p.help_kinds)
            rows.append((self.label(p.id), tr(relationship_label(p.relationship)), tr(closeness_label(p.closeness)), helps,
                         *((str(len(touch.get(p.id, ()))),) if counted else ()),
                         *((p.notes,) if notes else ())))
        blocks: list[Block] = [Table(headers, tuple(rows))]
        grid = help_grid(shown)
        blocks.append(Heading(tr("Who can help with what")))
        blocks.append(Table(
            (tr("Kind of help"), tr("Who")),
            tuple((tr(row.kind.label), ", ".join(self.label(p.id or 0) for p in row.people)
                   or "—") for row in grid.rows)))
        ideas = tuple(tr(row.suggestion) for row in grid.rows if row.suggestion)
        if ideas:
            blocks.append(Heading(tr("Where nobody is down yet")))
            blocks.append(Bullets(ideas))
        if counted:
            blocks.append(Heading(tr("Keeping in touch")))
            blocks.append(Bullets(self._signals(seen, Section.CONTACTS in chosen)))
        return blocks

    def _signals(self, seen: History, contacts: bool) -> tuple[str, ...]:
        tr, end = self.tr, self.options.end
        signals = connection_signals(seen, end)
        since = signals.days_since_in_person
        lines = []
        if not contacts:
            pass  # in person is a way of contact: nothing to say without the contacts
        elif since is None:
            lines.append(tr("No in-person contact is noted in this period."))
        elif since == 0:
            lines.append(tr("You saw someone in person on the last day of this period."))
        else:
            lines.append(tr("At the end of this period it had been {days} since you last saw "
                            "someone in person.").format(days=_days(since)))
        for item in signals.longer_than_usual:
            lines.append(tr("{name}: {days} since you were last in touch, at the end of this "
                            "period; usually about every {usual}.").format(
                name=self.label(item.person_id), days=_days(item.days_since),
                usual=_days(max(1, round(item.usual_gap_days)))))
        return tuple(lines) or (tr("Nobody has gone longer than usual without being in touch, "
                                   "by the end of this period."),)

    # -- support plan ---------------------------------------------------------------
    def support_plan_section(self) -> list[Block]:
        plan = self.data.support_plan
        if plan is None:
            return [Paragraph(self.tr("You haven't written a support plan yet."))]
        return self.plan_section(plan)

    def plan_section(self, plan: SupportPlanLike) -> list[Block]:
        tr = self.tr
        if isinstance(plan, SupportPlan):
            return self._whole_plan(plan) or [Paragraph(tr("Your support plan has nothing in it yet."))]
        blocks: list[Block] = []
        for heading, items in ((tr("What keeps me well"), plan.keep_well),
                               (tr("Early signs that things are getting harder"), plan.early_signs),
                               (tr("What helps"), plan.what_helps)):
            kept = tuple(i.strip() for i in items if i.strip())
            if kept:
                blocks += [Heading(heading), Bullets(kept)]
        blocks += self._plan_callers(plan) + self._plan_services(plan)
        return blocks or [Paragraph(tr("Your support plan has nothing in it yet."))]

    def _whole_plan(self, plan: SupportPlan) -> list[Block]:
        """Every part of the plan in its order; a paired item as "sign → what I'll do"."""
        blocks: list[Block] = []
        for _key, _title, fields in PARTS:
            for field in fields:
                if field in LIST_FIELDS:
                    kept = tuple(i.strip() for i in plan.shown_lines(field) if i.strip())
                    blocks += [Heading(plan_heading(field)), Bullets(kept)] if kept else []
                elif field == "contacts":
                    blocks += self._plan_callers(plan)
                elif field == "not_involved" and plan.not_involved:
                    blocks += [Heading(plan_heading(field)),
                               Bullets(tuple(self.label(p) for p in plan.not_involved))]
                elif field == "services":
                    blocks += self._plan_services(plan)
        return blocks

    def _plan_callers(self, plan: SupportPlanLike) -> list[Block]:
        tr = self.tr
        people = {p.id: p for p in self.people if p.id is not None}
        callers = tuple(
            tr("{name} ({relationship})").format(name=self.label(pid),
                                                 relationship=tr(relationship_label(people[pid].relationship)))
            for pid in plan.contacts if pid in people)
        return [Heading(tr("People I can call on")), Bullets(callers)] if callers else []

    def _plan_services(self, plan: SupportPlanLike) -> list[Block]:
        tr = self.tr
        blocks: list[Block] = []
        if plan.services:
            notes = self.options.include_notes
            blocks.append(Heading(tr("Services")))
            blocks.append(Table(
                (tr("Service"), tr("What they do"), tr("How to contact them"),
                 *((tr("Notes"),) if notes else ())),
                tuple((s.name, s.what, s.how_to_contact, *((s.notes,) if notes else ()))
                      for s in plan.services)))
        return blocks

    def crisis_plan_section(self) -> list[Block]:
        """The crisis part alone (what the person wrote in it; people as in shares)."""
        plan = self.data.support_plan
        blocks: list[Block] = []
        for field in CRISIS_FIELDS if isinstance(plan, SupportPlan) else ():
            kept = tuple(i.strip() for i in plan.lines(field) if i.strip())  # type: ignore[union-attr]
            if kept:
                blocks += [Heading(plan_heading(field)), Bullets(kept)]
        if isinstance(plan, SupportPlan):
            for field, ids in (("contacts", plan.contacts), ("not_involved", plan.not_involved)):
                if ids:
                    blocks += [Heading(plan_heading(field)), Bullets(tuple(self.label(p) for p in ids))]
            if plan.services:
                blocks += [Heading(plan_heading("services")), Bullets(tuple(
                    " — ".join(x for x in (s.name, s.how_to_contact, s.what) if x) for s in plan.services))]
        return blocks or [Paragraph(self.tr("Your crisis plan has nothing in it yet."))]

    # -- connecting ---------------------------------------------------------------
    def resource_check_section(self) -> list[Block]:
        return resource_check_blocks(self.data.resource_check, self.data.previous_check,
                                     self.options.start, self.options.end, self.label, self.tr)

    def goals_section(self) -> list[Block]:
        return goal_blocks(self.data.goals, self.options.start, self.options.end, self.label,
                           self.options.include_notes, self.tr)

    def snapshots_section(self) -> list[Block]:
        names = PeopleNames(self.label, frozenset(self.labels), self.options.naming)
        return snapshot_blocks(self.data.network_snapshots, self.options.start,
                               self.options.end, names, self.tr)

    # -- notes ----------------------------------------------------------------------
    def _notes(self, entries: Iterable[tuple[datetime, str, str]]) -> list[Block]:
        items: list[Block] = [
            NoteItem(f"{_short_day(to_local(at).date())}, {to_local(at):%H:%M}", about, note)
            for at, about, note in entries if note.strip()
        ]
        heading: list[Block] = [Heading(self.tr("Your notes"))]
        return heading + (items or [Paragraph(self.tr("No notes in this period."), quiet=True)])


def build_report(options: SummaryOptions, data: SummaryData, *, made: date,
                 tr: Translate = _same) -> Report:
    """The summary of ``data`` for ``options`` (already validated); ``made`` is today.
    Names in the person's own words follow the chosen naming, as in shares."""
    data = hide_names(data, person_labels(data.people, options.naming), str(options.naming))
    builder = _Builder(options, data, tr)
    sections: list[ReportSection] = []
    parts = {
        Section.SUMMARY: builder.summary_section, Section.MOODS: builder.mood_section,
        Section.CONTACTS: builder.contact_section, Section.ACTIVITIES: builder.activity_section,
        Section.PEOPLE: builder.people_section,
        Section.SUPPORT_PLAN: builder.support_plan_section,
        Section.RESOURCE_CHECK: builder.resource_check_section,
        Section.GOALS: builder.goals_section,
        Section.NETWORK_SNAPSHOTS: builder.snapshots_section,
        Section.CRISIS_PLAN: builder.crisis_plan_section,
        Section.TRACKERS: builder.trackers_section,
    }
    for section in SECTION_ORDER:
        if section in options.sections:
            heading = tr(HEADINGS.get(section, SECTION_LABELS[section]))
            sections.append(ReportSection(str(section), heading, tuple(parts[section]())))

    days = (options.end - options.start).days + 1
    period = tr("{start} to {end}").format(start=day_text(options.start), end=day_text(options.end))
    names = [s.heading for s in sections]
    about = (
        tr("Period: {period} ({days})").format(period=period, days=_days(days)),
        tr("Made on {day}").format(day=day_text(made)),
        tr("In this summary: {sections}.").format(sections=", ".join(names)),
        tr("Your notes are included.") if options.include_notes
        else tr("Your notes are not included."),
        tr("How people appear: {naming}.").format(naming=tr(NAMING_LABELS[options.naming])),
        tr("This summary is private: it holds only what you chose, and you decide who sees it. "
           "There are no scores here, just pictures of what you noted, to talk about in "
           "whatever way helps you."),
    )
    charts = tuple(b for s in sections for b in s.blocks
                   if isinstance(b, MoodChartSpec | BarChartSpec))
    return Report(tr(TITLE), period, about, tuple(sections), tr(FOOTER), charts,
                  tr("Page {n} of {total}"))

"""What a printable summary is made of: the person's choices, the journal's data, and the
report itself (headings, sentences, tables, chart series), as plain frozen records.

:mod:`peerjournal.core.summary.report` builds a :class:`Report`; ``peerjournal.ui.sharing.pdf_summary``
lays it out as a PDF. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from peerjournal.core.connecting.network_history import Snapshot
from peerjournal.core.connecting.resources import CheckResults
from peerjournal.core.insights import SeriesPoint
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.options import DEFAULT_SECTIONS, Naming, Section
from peerjournal.core.sharing.sections import GoalShare
from peerjournal.core.trackers import Tracker
from peerjournal.errors import ValidationError
from peerjournal.i18n import format_date, translate


def day_text(day: date) -> str:
    """A day as the summary writes it: "3 June 2026"."""
    return format_date(day, "d MMMM yyyy")


# -- what the person chose, and what the journal hands over ---------------------------
@dataclass(frozen=True)
class SummaryOptions:
    start: date
    end: date  # inclusive, local calendar dates
    sections: frozenset[Section] = DEFAULT_SECTIONS  # the same choices as sharing: no figures
    include_notes: bool = False  # off unless the person turns it on, as for sharing
    naming: Naming = Naming.FIRST
    # "On days you were in touch with Mum your mood averaged…": statements about named people
    # go in only when the person ticks them (under the summary figures).
    people_patterns: bool = False

    def validate(self, today: date) -> SummaryOptions:
        if self.end < self.start:
            raise ValidationError(translate("summary", "The end of the period is before its start."))
        if self.end > today:
            raise ValidationError(translate("summary", "The period can't end in the future."))
        if not self.sections:
            raise ValidationError(translate("summary", "Please choose at least one thing to put in the summary."))
        return self


class SupportService(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def what(self) -> str: ...
    @property
    def how_to_contact(self) -> str: ...
    @property
    def notes(self) -> str: ...


class SupportPlanLike(Protocol):
    """What the summary reads from a support plan (``storage.support_plan_repo``'s record)."""

    @property
    def keep_well(self) -> Sequence[str]: ...
    @property
    def early_signs(self) -> Sequence[str]: ...
    @property
    def what_helps(self) -> Sequence[str]: ...
    @property
    def contacts(self) -> Sequence[int]: ...
    @property
    def services(self) -> Sequence[SupportService]: ...


@dataclass(frozen=True)
class SummaryData:
    """Entries (any order; those outside the period are left out) and every person.

    The connecting sections' records are filled in only for the sections chosen: the
    latest resource check taken in the period with the one taken just before it (at any
    time), every goal with its reviews and changes of state (the report picks those of the
    period), and the network snapshots (those taken outside the period are left out).
    """

    moods: tuple[MoodCheckIn, ...] = ()
    contacts: tuple[Contact, ...] = ()
    activities: tuple[Activity, ...] = ()
    people: tuple[Person, ...] = ()  # archived ones included
    support_plan: SupportPlanLike | None = None
    resource_check: CheckResults | None = None
    previous_check: CheckResults | None = None
    goals: tuple[GoalShare, ...] = ()
    network_snapshots: tuple[Snapshot, ...] = ()
    trackers: tuple[Tracker, ...] = ()  # the person's own (retired too), when chosen; values on moods


# -- the report ------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    quiet: bool = False  # a note about the figures rather than a figure


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class NoteItem:
    """One of the person's own notes: when, what it was about, and the words as typed."""

    when: str
    about: str
    text: str


@dataclass(frozen=True)
class MoodChartSpec:
    key: str
    title: str
    description: str
    daily: tuple[SeriesPoint, ...]
    average: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class BarChartSpec:
    key: str
    title: str
    description: str
    labels: tuple[str, ...]
    series: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]  # values[bar][series]
    unit: str


Block = Heading | Paragraph | Bullets | Table | NoteItem | MoodChartSpec | BarChartSpec


@dataclass(frozen=True)
class ReportSection:
    key: str  # a Section value
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Report:
    title: str
    period: str
    about: tuple[str, ...]  # lines under the title: period, date made, what is in it
    sections: tuple[ReportSection, ...]
    footer: str
    charts: tuple[MoodChartSpec | BarChartSpec, ...] = field(default=())
    page_template: str = "Page {n} of {total}"

    def page_label(self, n: int, total: int) -> str:
        return self.page_template.format(n=n, total=total)

    def plain_text(self) -> str:
        """Every word of the report, in order (for tests and a quick look)."""
        lines = [self.title, *self.about]
        for section in self.sections:
            lines.append(section.heading)
            for block in section.blocks:
                lines.extend(_block_words(block))
        return "\n".join(lines)


def _block_words(block: Block) -> list[str]:
    if isinstance(block, Heading | Paragraph):
        return [block.text]
    if isinstance(block, Bullets):
        return list(block.items)
    if isinstance(block, Table):
        return [" | ".join(row) for row in (block.headers, *block.rows)]
    if isinstance(block, NoteItem):
        return [f"{block.when} · {block.about}", block.text]
    return [block.title, block.description]

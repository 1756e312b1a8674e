"""What the person chose to share, and what the journal hands over for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from peerjournal.core.connecting.network_history import Snapshot
from peerjournal.core.connecting.resources import CheckResults
from peerjournal.core.records import Activity, Contact, MoodCheckIn, Person
from peerjournal.core.sharing.sections import GoalShare
from peerjournal.core.support_plan import SupportPlan
from peerjournal.core.trackers import Tracker
from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, Labels, translate

MESSAGE_MAX = 2_000
SENDER_NAME_MAX = 80


class Section(StrEnum):
    MOODS = "moods"
    CONTACTS = "contacts"
    ACTIVITIES = "activities"
    PEOPLE = "people"
    SUMMARY = "summary"
    TRACKERS = "trackers"  # the person's own trackers (issue 16, format version 2): off unless ticked
    # Connecting sections (format version 2): off unless the person ticks them.
    SUPPORT_PLAN = "support_plan"
    RESOURCE_CHECK = "resource_check"
    GOALS = "goals"
    NETWORK_SNAPSHOTS = "network_snapshots"
    CRISIS_PLAN = "crisis_plan"  # the support plan's crisis part alone


# Read through the table, the labels come translated (context "sharing").
SECTION_LABELS: Labels[Section] = Labels("sharing", {
    Section.MOODS: QT_TRANSLATE_NOOP("sharing", "Mood check-ins"),
    Section.CONTACTS: QT_TRANSLATE_NOOP("sharing", "Contacts"),
    Section.ACTIVITIES: QT_TRANSLATE_NOOP("sharing", "Activities"),
    Section.PEOPLE: QT_TRANSLATE_NOOP("sharing", "People and network"),
    Section.SUMMARY: QT_TRANSLATE_NOOP("sharing", "Summary figures"),
    Section.SUPPORT_PLAN: QT_TRANSLATE_NOOP("sharing", "My support plan"),
    Section.RESOURCE_CHECK: QT_TRANSLATE_NOOP("sharing", "Do I know someone who could…? (resource check)"),
    Section.GOALS: QT_TRANSLATE_NOOP("sharing", "Goals and reviews"),
    Section.NETWORK_SNAPSHOTS: QT_TRANSLATE_NOOP("sharing", "Network snapshots"),
    Section.CRISIS_PLAN: QT_TRANSLATE_NOOP("sharing", "My crisis plan"),
    Section.TRACKERS: QT_TRANSLATE_NOOP("sharing", "My trackers"),
})

BASIC_SECTIONS = frozenset(
    {Section.MOODS, Section.CONTACTS, Section.ACTIVITIES, Section.PEOPLE, Section.SUMMARY}
)
"""The first five sections, offered first (the connecting sections are listed after them)."""
CONNECTING_SECTIONS = frozenset(Section) - BASIC_SECTIONS - {Section.TRACKERS}
DEFAULT_SECTIONS = BASIC_SECTIONS - {Section.SUMMARY}
"""What is ticked until the person chooses otherwise: the least. Summary figures (counts and
averages that invite watching how often the app was used) and the connecting sections only
when ticked."""


class Naming(StrEnum):
    FULL = "full"
    FIRST = "first"
    PSEUDONYM = "pseudonym"


NAMING_LABELS: Labels[Naming] = Labels("sharing", {
    Naming.FULL: QT_TRANSLATE_NOOP("sharing", "Full names"),
    Naming.FIRST: QT_TRANSLATE_NOOP("sharing", "First names only"),
    Naming.PSEUDONYM: QT_TRANSLATE_NOOP("sharing", "No names (Person A, Person B…)"),
})


@dataclass(frozen=True)
class ShareOptions:
    start: date
    end: date  # inclusive, local calendar dates
    sections: frozenset[Section] = DEFAULT_SECTIONS
    include_notes: bool = False  # off unless the person turns it on
    # People and network lists only the people the shared content names, unless the person
    # ticks "my whole network" (everyone not archived as well).
    whole_network: bool = False
    naming: Naming = Naming.FIRST
    message: str = ""
    sender_name: str = ""

    def validate(self, today: date) -> ShareOptions:
        if self.end < self.start:
            raise ValidationError(translate("sharing", "The end of the period is before its start."))
        if self.end > today:
            raise ValidationError(translate("sharing", "The period can't end in the future."))
        if not self.sections:
            raise ValidationError(translate("sharing", "Please choose at least one thing to share."))
        if len(self.message) > MESSAGE_MAX:
            raise ValidationError(translate("sharing", "The message can be at most {n} characters.").format(
                n=f"{MESSAGE_MAX:,}"))
        if len(self.sender_name.strip()) > SENDER_NAME_MAX:
            raise ValidationError(translate("sharing", "Your name can be at most {n} characters.").format(
                n=SENDER_NAME_MAX))
        return self


@dataclass(frozen=True)
class JournalSnapshot:
    """The journal's records for a share: entries in the period, and the people they need."""

    moods: tuple[MoodCheckIn, ...] = ()
    contacts: tuple[Contact, ...] = ()
    activities: tuple[Activity, ...] = ()
    # Everyone the journal knows, archived too: the builder needs every name to hide it in
    # free text, and lists only those it should.
    people: tuple[Person, ...] = ()
    labels: dict[int, str] = field(default_factory=dict)  # person id → label for this export
    # The connecting sections' records, filled in only when chosen; every person they name
    # is in ``people`` (and ``labels``).
    support_plan: SupportPlan | None = None
    resource_check: CheckResults | None = None  # the latest check in the period
    goals: tuple[GoalShare, ...] = ()
    network_snapshots: tuple[Snapshot, ...] = ()  # those taken in the period
    trackers: tuple[Tracker, ...] = ()  # the person's trackers (retired too), when chosen

"""One row of the timeline: a light summary of any entry, cheap enough to hold tens of thousands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from peerjournal.core.vocabulary import FELT_LABELS, MOOD_LABELS, ContactMode, EntryKind
from peerjournal.i18n import translate

# (stored UTC time, kind value, id): the timeline's total order, newest first = largest first.
TimelineKey = tuple[str, str, int]


@dataclass(frozen=True, slots=True)
class TimelineRow:
    kind: EntryKind
    id: int
    at: datetime
    score: int | None
    summary: str
    note: str
    # The stored time text, as sorted in the vault: with kind and id, where the next page starts.
    stamp: str = field(default="", compare=False)

    @property
    def key(self) -> TimelineKey:
        """Where this row sits in the newest-first order: (stored time, kind, id), compared as is."""
        return (self.stamp, self.kind.value, self.id)

    @property
    def score_label(self) -> str:
        if self.score is None:
            return ""
        labels = MOOD_LABELS if self.kind is EntryKind.MOOD else FELT_LABELS
        return labels.get(self.score, "")


def mood_summary(feelings: str | None) -> str:
    if feelings:
        return translate("timeline", "Feeling {feelings}").format(feelings=feelings)
    return translate("timeline", "Check-in")


def contact_summary(mode: str, names: str | None) -> str:
    try:
        how = ContactMode(mode).label
    except ValueError:
        how = mode
    return translate("timeline", "{how} with {names}").format(how=how, names=names) if names else how


def activity_summary(category: str, title: str, names: str | None = None) -> str:
    text = f"{category}: {title}" if category else title  # a kind not chosen isn't said
    return translate("timeline", "{text} (with {names})").format(text=text, names=names) if names else text


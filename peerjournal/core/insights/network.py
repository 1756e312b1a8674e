"""My network: who can help with what, and where nobody (or only professionals) is down yet.

The suggestions are data, keyed by kind of help and by gap, so they can be edited or
translated; they name options some people use, never advice on what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import HelpKind, Relationship, closeness_rank
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate


class HelpGap(StrEnum):
    NOBODY = "nobody"
    ONLY_PROFESSIONALS = "only_professionals"


# Marked for translation (context "insights"); help_grid translates the one it picks.
SUGGESTIONS: dict[HelpKind, dict[HelpGap, str]] = {
    HelpKind.PRACTICAL: {
        HelpGap.NOBODY: QT_TRANSLATE_NOOP(
            "insights", "Nobody is down yet for practical help. Some people find this through "
            "a neighbour, a local community group or a volunteer service."),
        HelpGap.ONLY_PROFESSIONALS: QT_TRANSLATE_NOOP(
            "insights", "Only professionals are down for practical help so far. "
            "Some people also find it through a neighbour, a community group or a time bank."),
    },
    HelpKind.EMOTIONAL: {
        HelpGap.NOBODY: QT_TRANSLATE_NOOP(
            "insights", "Nobody is down yet for emotional support. Some people find this "
            "through a peer support group or a listening line."),
        HelpGap.ONLY_PROFESSIONALS: QT_TRANSLATE_NOOP(
            "insights", "Only professionals are down for emotional support so far. "
            "Some people also find it in a peer support group, a friend or a listening line."),
    },
    HelpKind.ADVICE: {
        HelpGap.NOBODY: QT_TRANSLATE_NOOP(
            "insights", "Nobody is down yet for advice or information. Some people find this "
            "through an advice centre, a library or a peer-led service."),
        HelpGap.ONLY_PROFESSIONALS: QT_TRANSLATE_NOOP(
            "insights", "Only professionals are down for advice so far. Some people "
            "also ask others with lived experience, in a peer group or an online forum."),
    },
    HelpKind.COMPANY: {
        HelpGap.NOBODY: QT_TRANSLATE_NOOP(
            "insights", "Nobody is down yet for company. Some people find this through a group "
            "or club, volunteering, or a drop-in."),
        HelpGap.ONLY_PROFESSIONALS: QT_TRANSLATE_NOOP(
            "insights", "Only professionals are down for company so far. Some people "
            "find company through a group or club, a class, or volunteering."),
    },
    HelpKind.CRISIS: {
        HelpGap.NOBODY: QT_TRANSLATE_NOOP(
            "insights", "Nobody is down yet for help in a crisis. Some people keep a crisis line "
            "number to hand, or ask someone they trust whether they could be on this list."),
        HelpGap.ONLY_PROFESSIONALS: QT_TRANSLATE_NOOP(
            "insights", "Only professionals are down for help in a crisis so far. "
            "Some people also keep a crisis line number to hand, or add someone they trust."),
    },
}



@dataclass(frozen=True)
class HelpRow:
    """One kind of help: who is down for it, and a suggestion where there is a gap."""

    kind: HelpKind
    people: tuple[Person, ...]
    nobody: bool
    only_professionals: bool
    suggestion: str | None

    @property
    def person_ids(self) -> frozenset[int]:
        return frozenset(p.id for p in self.people if p.id is not None)


@dataclass(frozen=True)
class HelpGrid:
    """Rows are kinds of help (vocabulary order); columns are people, close circle first."""

    people: tuple[Person, ...]
    rows: tuple[HelpRow, ...]

    def row(self, kind: HelpKind) -> HelpRow:
        return next(r for r in self.rows if r.kind == kind)

    def can_help(self, person_id: int, kind: HelpKind) -> bool:
        return person_id in self.row(kind).person_ids


def help_grid(people: Iterable[Person],
              suggestions: Mapping[HelpKind, Mapping[HelpGap, str]] = SUGGESTIONS) -> HelpGrid:
    """From every person (``History.people`` or the journal's list); archived ones are left out."""
    current = sorted(
        (p for p in people if not p.archived),
        key=lambda p: (closeness_rank(p.closeness), p.name.casefold()),
    )
    rows = []
    for kind in HelpKind:
        helpers = tuple(p for p in current if kind in p.help_kinds)
        nobody = not helpers
        only_professionals = bool(helpers) and all(
            p.relationship == Relationship.PROFESSIONAL for p in helpers
        )
        gap = (
            HelpGap.NOBODY if nobody
            else HelpGap.ONLY_PROFESSIONALS if only_professionals
            else None
        )
        text = suggestions.get(kind, {}).get(gap) if gap else None
        suggestion = translate("insights", text) if text else None
        rows.append(HelpRow(kind, helpers, nobody, only_professionals, suggestion))
    return HelpGrid(tuple(current), tuple(rows))

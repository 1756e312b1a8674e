"""My support plan: what the person writes for themselves about staying well and getting help.

Shaped like a Wellness Recovery Action Plan (WRAP), every part optional: a daily keep-well
list, triggers and what I can do, early warning signs and what I'll do, when things are
breaking down, a crisis plan (people to involve and not, what helps and what doesn't,
practical things, decisions, places, services), after a crisis, and reasons that matter. Everything here is the person's own words; nothing is pre-filled
as advice. Pure Python: the vault keeps it (``storage.support_plan_repo``), the UI edits
it, sharing and the printed summary read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

LIST_FIELDS = (
    "keep_well", "daily_needs", "triggers", "early_signs", "breakdown_signs", "well_like",
    "what_helps", "not_helpful", "practical", "decisions", "places_prefer", "places_avoid",
    "after_crisis", "reasons",
)
"""The plan's lists of lines (the person's own words), in the order they are shown.
``keep_well``, ``early_signs`` and ``what_helps`` are the three lists plans had before."""

PAIRED: dict[str, str] = {
    "triggers": "trigger_actions",
    "early_signs": "early_sign_actions",
    "breakdown_signs": "breakdown_needs",
}
"""Lists whose every item carries its own response ("sign → what I'll do"): the list's field,
and the field holding each item's response at the same place ("" when there is none). An item
may have a response and no sign (a vault's unpaired old "what I'll do" lines)."""

CRISIS_FIELDS = ("well_like", "what_helps", "not_helpful", "practical", "decisions",
                 "places_prefer", "places_avoid")
"""The crisis plan's lists; with ``contacts``, ``not_involved`` and ``services`` they are the
crisis part (printed alone as a card, shared as its own section)."""

PARTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("daily", QT_TRANSLATE_NOOP("SupportPlan", "Every day"), ("keep_well", "daily_needs")),
    ("triggers", QT_TRANSLATE_NOOP("SupportPlan", "Triggers"), ("triggers",)),
    ("early", QT_TRANSLATE_NOOP("SupportPlan", "Early warning signs"), ("early_signs",)),
    ("breaking", QT_TRANSLATE_NOOP("SupportPlan", "When things are breaking down"),
     ("breakdown_signs",)),
    ("crisis", QT_TRANSLATE_NOOP("SupportPlan", "Crisis plan"),
     ("well_like", "contacts", "not_involved", *CRISIS_FIELDS[1:], "services")),
    ("after", QT_TRANSLATE_NOOP("SupportPlan", "After a crisis"), ("after_crisis",)),
    ("reasons", QT_TRANSLATE_NOOP("SupportPlan", "What keeps me going"), ("reasons",)),
)
"""The plan's parts: (key, title to translate in context "SupportPlan", fields in order)."""

HEADINGS: dict[str, str] = {
    "keep_well": QT_TRANSLATE_NOOP("SupportPlan", "What I do to stay well"),
    "daily_needs": QT_TRANSLATE_NOOP("SupportPlan", "What I need each day"),
    "triggers": QT_TRANSLATE_NOOP("SupportPlan", "Things that can set me off"),
    "trigger_actions": QT_TRANSLATE_NOOP("SupportPlan", "What I can do if one happens"),
    "early_signs": QT_TRANSLATE_NOOP("SupportPlan", "Early signs that I'm struggling"),
    "early_sign_actions": QT_TRANSLATE_NOOP("SupportPlan", "What I'll do when I notice them"),
    "breakdown_signs": QT_TRANSLATE_NOOP("SupportPlan", "Signs that things are breaking down"),
    "breakdown_needs": QT_TRANSLATE_NOOP("SupportPlan", "What I need others to do then"),
    "well_like": QT_TRANSLATE_NOOP("SupportPlan", "What I'm like when I'm well"),
    "contacts": QT_TRANSLATE_NOOP("SupportPlan", "People I want involved, in order"),
    "not_involved": QT_TRANSLATE_NOOP("SupportPlan", "People I don't want involved"),
    "what_helps": QT_TRANSLATE_NOOP("SupportPlan", "What helps me"),
    "not_helpful": QT_TRANSLATE_NOOP("SupportPlan", "What doesn't help"),
    "practical": QT_TRANSLATE_NOOP("SupportPlan", "Practical things to take care of"),
    "decisions": QT_TRANSLATE_NOOP("SupportPlan", "Who may make which decisions"),
    "places_prefer": QT_TRANSLATE_NOOP("SupportPlan", "Places I'd rather go"),
    "places_avoid": QT_TRANSLATE_NOOP("SupportPlan", "Places I'd rather not go"),
    "services": QT_TRANSLATE_NOOP("SupportPlan", "Services and helplines"),
    "after_crisis": QT_TRANSLATE_NOOP("SupportPlan", "What I need after a crisis, in order"),
    "reasons": QT_TRANSLATE_NOOP("SupportPlan", "Reasons that matter to me"),
}
"""Each field's heading (context "SupportPlan"), the same on the page, the card and the copy."""


def heading(field: str) -> str:
    """The field's heading in the person's language."""
    return translate("SupportPlan", HEADINGS[field])


def paired_line(sign: str, response: str) -> str:
    """One item of a paired list as one line of text: "sign → what I'll do"."""
    if not response:
        return sign
    return f"{sign} → {response}" if sign else f"→ {response}"


def part_title(key: str) -> str:
    """A part's title in the person's language."""
    return translate("SupportPlan", dict((k, t) for k, t, _ in PARTS)[key])

LINE_MAX = 300
LINES_MAX = 50
CONTACTS_MAX = 30
SERVICES_MAX = 30
SERVICE_NAME_MAX = 120
SERVICE_WHAT_MAX = 200
SERVICE_HOW_MAX = 500
SERVICE_NOTES_MAX = 2000

_CONTEXT = "SupportPlan"


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def clean_lines(lines: Iterable[str]) -> tuple[str, ...]:
    """Lines as kept: spaces tidied (a line break inside a line becomes a space), empty
    lines dropped. Raises :class:`ValidationError` for a line or a list that is too long."""
    kept = tuple(line for line in (_one_line(raw) for raw in lines) if line)
    for line in kept:
        if len(line) > LINE_MAX:
            raise ValidationError(
                _tr("A line can be at most {limit} characters. Perhaps split it into two? "
                    "It starts: “{start}…”").format(limit=LINE_MAX, start=line[:40])
            )
    if len(kept) > LINES_MAX:
        raise ValidationError(_tr("A list can hold at most {limit} lines.").format(limit=LINES_MAX))
    return kept


@dataclass(frozen=True)
class Service:
    """A service or helpline the person chose to note down (never suggested by PeerJournal).

    ``what``: what it is or when it is open ("helpline, evenings"); ``how_to_contact``:
    a phone number, web address or street address, as the person wrote it.
    """

    name: str
    what: str = ""
    how_to_contact: str = ""
    notes: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(s.strip() for s in (self.name, self.what, self.how_to_contact, self.notes))

    def validate(self) -> Service:
        """The service as kept; raises :class:`ValidationError` with a readable sentence."""
        name = _one_line(self.name)
        what = _one_line(self.what)
        how = self.how_to_contact.strip()
        notes = self.notes.strip()
        if not name:
            raise ValidationError(
                _tr("Please give each service a name, such as the name of a helpline or a team.")
            )
        limits = (
            (name, SERVICE_NAME_MAX, _tr("A service's name can be at most {limit} characters.")),
            (what, SERVICE_WHAT_MAX, _tr("“What it is” can be at most {limit} characters.")),
            (how, SERVICE_HOW_MAX, _tr("“How to contact” can be at most {limit} characters.")),
            (notes, SERVICE_NOTES_MAX, _tr("Notes about a service can be at most {limit} characters.")),
        )
        for value, limit, message in limits:
            if len(value) > limit:
                raise ValidationError(message.format(limit=limit))
        return Service(name=name, what=what, how_to_contact=how, notes=notes)


@dataclass(frozen=True)
class SupportPlan:
    """The whole plan. Stable record: sharing and the printed summary read these fields.

    Every name in :data:`LIST_FIELDS` is a tuple of lines in the person's words and order
    (headings in :data:`HEADINGS`). Besides them:

    - ``contacts``: ids of people (from People) I want involved, in the order I'd contact them.
      Archived people stay in the plan; people deleted from the journal drop out.
    - ``not_involved``: ids of people I don't want involved (never also in ``contacts``).
    - ``services``: services and helplines, in the person's order.
    - ``updated``: when the plan was last saved (UTC), None if never.
    """

    keep_well: tuple[str, ...] = ()
    daily_needs: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    trigger_actions: tuple[str, ...] = ()
    early_signs: tuple[str, ...] = ()
    early_sign_actions: tuple[str, ...] = ()
    breakdown_signs: tuple[str, ...] = ()
    breakdown_needs: tuple[str, ...] = ()
    well_like: tuple[str, ...] = ()
    what_helps: tuple[str, ...] = ()
    not_helpful: tuple[str, ...] = ()
    practical: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    places_prefer: tuple[str, ...] = ()
    places_avoid: tuple[str, ...] = ()
    after_crisis: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    contacts: tuple[int, ...] = ()
    not_involved: tuple[int, ...] = ()
    services: tuple[Service, ...] = ()
    updated: datetime | None = None

    def lines(self, field: str) -> tuple[str, ...]:
        """The lines of one of :data:`LIST_FIELDS`."""
        if field not in LIST_FIELDS:
            raise KeyError(field)
        value: tuple[str, ...] = getattr(self, field)
        return value

    def responses(self, field: str) -> tuple[str, ...]:
        """The response of each item of a :data:`PAIRED` list, "" where there is none."""
        lines = self.lines(field)
        given: tuple[str, ...] = getattr(self, PAIRED[field])
        return tuple(given[i] if i < len(given) else "" for i in range(len(lines)))

    def items(self, field: str) -> tuple[tuple[str, str], ...]:
        """A :data:`PAIRED` list's items as (sign, response) pairs, in order."""
        return tuple(zip(self.lines(field), self.responses(field), strict=True))

    def shown_lines(self, field: str) -> tuple[str, ...]:
        """A list's lines as shown in a copy, a share or print: paired items as "sign → response"."""
        if field in PAIRED:
            return tuple(paired_line(s, r) for s, r in self.items(field))
        return self.lines(field)

    @property
    def is_empty(self) -> bool:
        """Nothing written, nobody chosen, no services."""
        return not (any(self.lines(f) for f in LIST_FIELDS) or self.contacts or self.not_involved
                    or self.services)

    @property
    def crisis_is_empty(self) -> bool:
        """Nothing in the crisis part (what a card or a crisis share would show)."""
        return not (any(self.lines(f) for f in CRISIS_FIELDS) or self.contacts or self.not_involved
                    or self.services)

    def validate(self) -> SupportPlan:
        """The plan as kept: lines tidied, empty lines and empty services dropped, people
        listed once (first place kept). Raises :class:`ValidationError` otherwise."""
        contacts = _people(self.contacts)
        not_involved = _people(self.not_involved)
        if len(contacts) + len(not_involved) > CONTACTS_MAX:
            raise ValidationError(
                _tr("Your plan can list at most {limit} people.").format(limit=CONTACTS_MAX)
            )
        if set(contacts) & set(not_involved):
            raise ValidationError(_tr(
                "Someone is both among the people you want involved and the people you don't. "
                "Please take them out of one of the two lists."))
        services = tuple(s.validate() for s in self.services if not s.is_empty)
        if len(services) > SERVICES_MAX:
            raise ValidationError(
                _tr("Your plan can list at most {limit} services.").format(limit=SERVICES_MAX)
            )
        if self.updated is not None and self.updated.tzinfo is None:
            raise ValidationError(_tr("A time must say which time zone it is in."))
        lines: dict[str, tuple[str, ...]] = {
            field: clean_lines(self.lines(field)) for field in LIST_FIELDS if field not in PAIRED}
        for field, response_field in PAIRED.items():
            lines[field], lines[response_field] = clean_pairs(self.lines(field), self.responses(field))
        return replace(self, contacts=contacts, not_involved=not_involved, services=services,
                       **lines)  # type: ignore[arg-type]


def clean_pairs(signs: Iterable[str], responses: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Paired items as kept (signs, responses, as long as each other): each side tidied like a
    line, an item dropped only when both sides are empty. Raises like :func:`clean_lines`."""
    pairs = [(_one_line(s), _one_line(r)) for s, r in zip(signs, responses, strict=True)]
    kept = [(s, r) for s, r in pairs if s or r]
    clean_lines(s or r for s, r in kept)  # the list's length
    for sign, response in kept:
        clean_lines((sign, response))  # each side's length
    return tuple(s for s, _ in kept), tuple(r for _, r in kept)


def _people(ids: Iterable[int]) -> tuple[int, ...]:
    """Person ids, each once (first place kept); raises for anything that is not an id."""
    kept: list[int] = []
    for pid in ids:
        if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
            raise ValidationError(_tr("One of the people in your plan is not in your journal."))
        if pid not in kept:
            kept.append(pid)
    return tuple(kept)


@dataclass(frozen=True)
class PlanContact:
    """A person in the plan as the UI shows them: archived people are marked, not dropped."""

    person_id: int
    name: str
    archived: bool = False


_PHONE = re.compile(r"\+?\d[\d ()/.\-]{4,}\d")
_PHONE_DIGITS_MIN = 6
_DATE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")  # a birthday in the notes is not a number to call


def phone_numbers(notes: str) -> tuple[str, ...]:
    """The phone numbers written in a person's notes (as a contacts import keeps them: "Phone: …"),
    in order, each once. Only number-like runs with at least six digits; the rest of the notes
    is never shown on a bad-day view."""
    found = (m.group(0).strip() for m in _PHONE.finditer(notes or ""))
    numbers = (n for n in found
               if sum(c.isdigit() for c in n) >= _PHONE_DIGITS_MIN and not _DATE.fullmatch(n))
    return tuple(dict.fromkeys(numbers))

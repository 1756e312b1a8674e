"""My support plan: what the person writes for themselves about staying well and getting help.

In the spirit of recovery and wellness plans: what keeps me well, early signs that I'm
struggling, what helps then, people I can contact (in the order I'd contact them) and
services or helplines. Everything here is the person's own words; nothing is pre-filled
as advice. Pure Python: the vault keeps it (``storage.support_plan_repo``), the UI edits
it, sharing and the printed summary read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from peerjournal.errors import ValidationError
from peerjournal.i18n import translate

LIST_FIELDS = ("keep_well", "early_signs", "what_helps")
"""The plan's three lists of lines, in the order they are shown."""

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

    - ``keep_well``: things that keep me well, one per line.
    - ``early_signs``: early signs that I'm struggling.
    - ``what_helps``: what helps then.
    - ``contacts``: ids of people (from People) I can contact, in the order I'd contact them.
      Archived people stay in the plan; people deleted from the journal drop out.
    - ``services``: services and helplines, in the person's order.
    - ``updated``: when the plan was last saved (UTC), None if never.
    """

    keep_well: tuple[str, ...] = ()
    early_signs: tuple[str, ...] = ()
    what_helps: tuple[str, ...] = ()
    contacts: tuple[int, ...] = ()
    services: tuple[Service, ...] = ()
    updated: datetime | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing written, nobody chosen, no services."""
        return not (self.keep_well or self.early_signs or self.what_helps or self.contacts
                    or self.services)

    def validate(self) -> SupportPlan:
        """The plan as kept: lines tidied, empty lines and empty services dropped, people
        listed once (first place kept). Raises :class:`ValidationError` otherwise."""
        contacts: list[int] = []
        for pid in self.contacts:
            if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
                raise ValidationError(_tr("One of the people in your plan is not in your journal."))
            if pid not in contacts:
                contacts.append(pid)
        if len(contacts) > CONTACTS_MAX:
            raise ValidationError(
                _tr("Your plan can list at most {limit} people.").format(limit=CONTACTS_MAX)
            )
        services = tuple(s.validate() for s in self.services if not s.is_empty)
        if len(services) > SERVICES_MAX:
            raise ValidationError(
                _tr("Your plan can list at most {limit} services.").format(limit=SERVICES_MAX)
            )
        if self.updated is not None and self.updated.tzinfo is None:
            raise ValidationError(_tr("A time must say which time zone it is in."))
        return replace(
            self,
            keep_well=clean_lines(self.keep_well),
            early_signs=clean_lines(self.early_signs),
            what_helps=clean_lines(self.what_helps),
            contacts=tuple(contacts),
            services=services,
        )


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

"""Places and groups the person keeps: local groups, clubs, services and places to go.

Each has a name and, if the person wants, what it is, when it is on, how to get there and
a contact, plus notes. Activities logged there and goals can be linked to a place (storage
keeps the links). Pure: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from peerjournal.core.records import NOTE_MAX
from peerjournal.errors import ValidationError
from peerjournal.i18n import translate

TR_CONTEXT = "Places"
NAME_MAX = 120
FIELD_MAX = 1_000  # what, when, how to get there, contact (as a supporter's reply allows)


def _tr(text: str) -> str:
    return translate(TR_CONTEXT, text)


def _field(value: str, what: str, limit: int = FIELD_MAX) -> str:
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise ValidationError(
            _tr("{what} can be at most {limit} characters.").format(what=what, limit=f"{limit:,}")
        )
    return cleaned


@dataclass(frozen=True)
class Place:
    name: str
    what: str = ""
    when: str = ""
    how_to_get_there: str = ""
    contact: str = ""
    notes: str = ""
    id: int | None = None

    def validate(self) -> Place:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(
                _tr("Please give the place or group a name, for example “Tuesday walking group”.")
            )
        if len(name) > NAME_MAX:
            raise ValidationError(
                _tr("A place's name can be at most {n} characters.").format(n=NAME_MAX)
            )
        return replace(
            self, name=name,
            what=_field(self.what, _tr("What it is")),
            when=_field(self.when, _tr("When it is on")),
            how_to_get_there=_field(self.how_to_get_there, _tr("How to get there")),
            contact=_field(self.contact, _tr("The contact")),
            notes=_field(self.notes, _tr("Notes"), NOTE_MAX),
        )

"""One entry of the supporter's directory: a group, service or place, what it is, how to reach
it, and the needs it can meet (the resource check's areas and free tags). Pure: no Qt, no SQL.

An entry describes a place, never a person: it has no field for anyone the worker supports.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum

from peerjournal.core.connecting.resources import Domain
from peerjournal.core.sharing.reply import FIELD_MAX, TITLE_MAX, SuggestedPlace
from peerjournal.errors import ValidationError
from peerjournal.i18n import QT_TRANSLATE_NOOP, translate

TAG_MAX = 40
TAGS_MAX = 12
TEXT_FIELDS = ("what", "when", "where", "how_to_get_there", "contact", "cost")


class Access(StrEnum):
    """How the place can be reached or joined; the value is what storage and files keep."""

    STEP_FREE = "step_free"
    QUIET = "quiet"
    ONLINE = "online"


ACCESS_LABELS: dict[Access, str] = {
    Access.STEP_FREE: QT_TRANSLATE_NOOP("Directory", "Step-free"),
    Access.QUIET: QT_TRANSLATE_NOOP("Directory", "Quiet"),
    Access.ONLINE: QT_TRANSLATE_NOOP("Directory", "Online"),
}


@dataclass(frozen=True)
class DirectoryEntry:
    """A group, service or place the worker knows; ``id`` is None until stored."""

    name: str
    what: str = ""
    when: str = ""
    where: str = ""
    how_to_get_there: str = ""
    contact: str = ""
    cost: str = ""
    access: frozenset[Access] = frozenset()
    domains: frozenset[Domain] = frozenset()
    tags: tuple[str, ...] = ()
    id: int | None = field(default=None, compare=False)

    def validate(self) -> DirectoryEntry:
        """The entry tidied; :class:`ValidationError` in plain words if it can't be kept."""
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(translate("Directory", "Please give the place or group a name."))
        if len(name) > TITLE_MAX:
            raise ValidationError(translate("Directory", "A name can be at most {n} characters.").format(
                n=TITLE_MAX))
        texts = {key: getattr(self, key).strip() for key in TEXT_FIELDS}
        for text in texts.values():
            if len(text) > FIELD_MAX:
                raise ValidationError(translate(
                    "Directory", "Each line can be at most {n} characters.").format(n=f"{FIELD_MAX:,}"))
        try:
            access = frozenset(Access(a) for a in self.access)
            domains = frozenset(Domain(d) for d in self.domains)
        except ValueError:
            raise ValidationError(translate("Directory", "This entry has a choice PeerJournal doesn't know.")) from None
        return replace(self, name=name, access=access, domains=domains, tags=clean_tags(self.tags), **texts)

    @property
    def key(self) -> tuple[str, str]:
        """What makes two entries the same place: name and where, normalised."""
        return normalised(self.name), normalised(self.where)

    def as_suggestion(self) -> SuggestedPlace:
        """A copy for a reply: what the reply keeps, so later edits here never change it."""
        where = ", ".join(part for part in (self.where, self.how_to_get_there) if part)
        what = ", ".join(part for part in (self.what, self.cost) if part)
        return SuggestedPlace(name=self.name, what=what[:FIELD_MAX], when=self.when,
                              how_to_get_there=where[:FIELD_MAX], contact=self.contact)


def normalised(text: str) -> str:
    """Case, accents, punctuation and spacing folded, so "St. Mary's  Hall" matches "st marys hall"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch if ch.isalnum() else " " if ch.isspace() or ch in "-/,&" else ""
                   for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.split())


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Free tags tidied, duplicates (by :func:`normalised`) dropped, in the order given."""
    seen: dict[str, str] = {}
    for tag in tags:
        tidy = " ".join(str(tag).split())
        if not tidy:
            continue
        if len(tidy) > TAG_MAX:
            raise ValidationError(translate("Directory", "A tag can be at most {n} characters.").format(n=TAG_MAX))
        seen.setdefault(normalised(tidy), tidy)
    if len(seen) > TAGS_MAX:
        raise ValidationError(translate("Directory", "An entry can have at most {n} tags.").format(n=TAGS_MAX))
    return tuple(seen.values())


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one line, separated by commas."""
    return clean_tags(text.split(","))

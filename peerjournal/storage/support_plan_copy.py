"""The bad-day copy: the parts of the plan the person ticked, kept outside the vault.

Only if the person switches it on (off by default): then "My plan for a bad day" opens from
the tray while the journal is locked. The copy is a small JSON file beside the vault, written
atomically and owner-only (0600), readable by anyone using this computer account. It holds
only the ticked parts' headings and lines, the names of the people chosen there with the phone
numbers in their notes, and the services; nothing else of the journal. The choice itself is
kept inside the vault; switching off removes the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerjournal.core.support_plan import LIST_FIELDS, PARTS, heading, phone_numbers
from peerjournal.errors import UserError
from peerjournal.i18n import translate
from peerjournal.storage.journal import Journal
from peerjournal.storage.vault.atomic import write_atomic

SETTING_KEY = "bad_day_copy"
"""Where the choice is kept, inside the vault (``meta``): JSON {"on": bool, "parts": [...]}."""

DEFAULT_PARTS = ("crisis",)
COPY_VERSION = 1
COPY_MAX_BYTES = 512 * 1024  # a plan is small; anything bigger is not our copy


@dataclass(frozen=True)
class CopyChoice:
    """Whether the copy is kept, and which parts of the plan (keys of ``PARTS``) go in it."""

    on: bool = False
    parts: tuple[str, ...] = DEFAULT_PARTS


@dataclass(frozen=True)
class CopySection:
    """One heading and its lines, as the locked view shows them."""

    heading: str
    items: tuple[str, ...]


def copy_path(vault_path: Path) -> Path:
    """The copy's place: beside the vault, named after it."""
    return vault_path.with_name(vault_path.name + ".bad-day-plan.json")


def load_choice(journal: Journal) -> CopyChoice:
    raw = journal.get_setting(SETTING_KEY)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    known = {key for key, _, _ in PARTS}
    parts = data.get("parts") if isinstance(data, dict) else None
    kept = tuple(p for p in parts if p in known) if isinstance(parts, list) else DEFAULT_PARTS
    return CopyChoice(on=bool(isinstance(data, dict) and data.get("on") is True), parts=kept)


def save_choice(journal: Journal, choice: CopyChoice) -> None:
    """Keep the choice and make the file follow it: written when on, removed when off."""
    journal.set_setting(SETTING_KEY, json.dumps({"on": choice.on, "parts": list(choice.parts)}))
    refresh_copy(journal, choice)


def refresh_copy(journal: Journal, choice: CopyChoice | None = None) -> None:
    """Write the copy again from the plan as stored (or remove it when the choice is off)."""
    choice = choice or load_choice(journal)
    path = copy_path(journal.vault.path)
    if not choice.on:
        remove_copy(path)
        return
    data = {"version": COPY_VERSION, "sections": [
        {"heading": s.heading, "items": list(s.items)} for s in copy_sections(journal, choice.parts)]}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                 what=translate("BadDayCopy", "the copy of your plan for a bad day"))


def remove_copy(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(translate(
            "BadDayCopy", "The copy of your plan for a bad day could not be removed. "
            "You could delete it yourself: {path}").format(path=path)) from exc


def copy_sections(journal: Journal, parts: tuple[str, ...]) -> tuple[CopySection, ...]:
    """The ticked parts, in the plan's order: each non-empty field as a heading and its lines."""
    plan = journal.plan.load()
    sections: list[CopySection] = []
    for key, _title, fields in PARTS:
        if key not in parts:
            continue
        for field in fields:
            if field in LIST_FIELDS:
                items = plan.shown_lines(field)  # paired items as "sign → response"
            elif field == "services":
                items = tuple(" — ".join(x for x in (s.name, s.how_to_contact, s.what) if x)
                              for s in plan.services)
            else:
                people = journal.plan.contacts() if field == "contacts" else journal.plan.not_involved()
                items = tuple(_person_line(journal, c.person_id, c.name, field == "contacts")
                              for c in people)
            if items:
                sections.append(CopySection(heading(field), items))
    return tuple(sections)


def _person_line(journal: Journal, person_id: int, name: str, with_numbers: bool) -> str:
    """A name, and for people to contact the phone numbers in their notes (only those)."""
    numbers = phone_numbers(journal.get_person(person_id).notes) if with_numbers else ()
    return " — ".join((name, *numbers))


def read_copy(path: Path) -> tuple[CopySection, ...] | None:
    """The copy as kept (None when there is none or it can't be read as one): for the tray
    while the journal is locked. Read leniently: anything malformed is left out."""
    try:
        if path.stat().st_size > COPY_MAX_BYTES:
            return None
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        return None
    kept = []
    for raw in data["sections"]:
        if isinstance(raw, dict) and isinstance(raw.get("heading"), str) and isinstance(raw.get("items"), list):
            kept.append(CopySection(raw["heading"], tuple(i for i in raw["items"] if isinstance(i, str))))
    return tuple(kept)

"""A form's unsaved state as JSON-able data and back, for drafts kept when the journal locks.

Capturing reads only what the person can see in the forms. Restoring is lenient: missing,
unknown or malformed fields are skipped, and people no longer in the journal are dropped
(the people picker ignores ids it doesn't know).
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from peerjournal.core.vocabulary import ContactMode

from peerjournal.ui.journal.entry_forms import ActivityForm, ContactForm, MoodForm

TODAY_DRAFT = "today"
"""The draft key for the Today page's check-in."""

DRAFT_VERSION = 1

E = TypeVar("E", bound=Enum)


# -- reading untrusted values ------------------------------------------------------
def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _ints(value: Any) -> list[int]:
    return [v for v in value if _int(v) is not None] if isinstance(value, list) else []


def _texts(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def _enum(cls: type[E], value: Any) -> E | None:
    try:
        return cls(value)
    except (ValueError, TypeError):
        return None


def _filled(section: dict[str, Any], ignore: tuple[str, ...] = ()) -> bool:
    """Anything typed or chosen; ``ignore`` names fields that always have a value."""
    return any(
        (v.strip() if isinstance(v, str) else v) for k, v in section.items() if k not in ignore
    )


# -- the three forms ---------------------------------------------------------------
def capture_mood(form: MoodForm) -> dict[str, Any]:
    return {
        "mood": form.mood.value(),
        "energy": form.energy.value(),
        "feelings": list(form.feelings.selected()),
        "note": form.note.toPlainText(),
    }


def restore_mood(form: MoodForm, data: dict[str, Any]) -> None:
    form.clear()
    form.mood.setValue(_int(data.get("mood")))
    form.energy.setValue(_int(data.get("energy")))
    form.feelings.set_selected(_texts(data.get("feelings")))
    form.note.setPlainText(_text(data.get("note")))


def capture_contact(form: ContactForm) -> dict[str, Any]:
    mode = _enum(ContactMode, form.mode.currentData())  # the combo hands back the enum's plain str value
    return {
        "people": list(form.people.selected()),
        "mode": mode.value if mode is not None else None,
        "duration": form.duration.value(),
        "felt": form.felt.value(),
        "note": form.note.toPlainText(),
    }


def restore_contact(form: ContactForm, data: dict[str, Any]) -> None:
    form.clear()
    form.people.set_selected(_ints(data.get("people")))
    mode = _enum(ContactMode, data.get("mode"))
    if mode is not None:
        form.mode.setCurrentIndex(max(0, form.mode.findData(mode)))
    minutes = _int(data.get("duration")) or 0
    form.duration.setValue(min(max(0, minutes), form.duration.maximum()))  # no OverflowError
    form.felt.setValue(_int(data.get("felt")))
    form.note.setPlainText(_text(data.get("note")))


def capture_activity(form: ActivityForm) -> dict[str, Any]:
    return {
        "title": form.title.text(),
        "category": form.category.currentText(),
        "people": list(form.people.selected()),
        "felt": form.felt.value(),
        "note": form.note.toPlainText(),
    }


def restore_activity(form: ActivityForm, data: dict[str, Any]) -> None:
    form.clear()
    form.title.setText(_text(data.get("title")))
    category = _text(data.get("category")).strip()
    if category:
        if form.category.findText(category) < 0:  # removed from the list since: keep it, as load() does
            form.category.addItem(category)
        form.category.setCurrentText(category)
    form.people.set_selected(_ints(data.get("people")))
    form.felt.setValue(_int(data.get("felt")))
    form.note.setPlainText(_text(data.get("note")))


# -- a whole check-in --------------------------------------------------------------
def capture_check_in(mood: MoodForm, contact: ContactForm, activity: ActivityForm) -> dict[str, Any] | None:
    """The filled-in parts of a check-in, or None when nothing has been typed or chosen.

    Broader than the forms' ``is_empty()`` (which decides what gets *saved*): a contact
    note typed before picking a person is still worth keeping.
    """
    draft: dict[str, Any] = {}
    sections = (
        ("mood", capture_mood(mood), ()),
        ("contact", capture_contact(contact), ("mode",)),
        ("activity", capture_activity(activity), ("category",)),
    )
    for name, section, always_set in sections:
        if _filled(section, always_set):
            draft[name] = section
    if not draft:
        return None
    return {"version": DRAFT_VERSION, **draft}


def restore_check_in(
    mood: MoodForm, contact: ContactForm, activity: ActivityForm, data: dict[str, Any]
) -> None:
    """Fill the forms from :func:`capture_check_in` data; a part left out is cleared."""
    if not isinstance(data, dict):
        data = {}
    for name, form, restore in (
        ("mood", mood, restore_mood),
        ("contact", contact, restore_contact),
        ("activity", activity, restore_activity),
    ):
        section = data.get(name)
        restore(form, section if isinstance(section, dict) else {})


def capture_new_entry(form: MoodForm | ContactForm | ActivityForm) -> tuple[str, dict[str, Any]] | None:
    """A "Log a contact/activity…" dialog's unsaved form, as the matching check-in section."""
    if isinstance(form, MoodForm):
        name, section, always_set = "mood", capture_mood(form), ()
    elif isinstance(form, ContactForm):
        name, section, always_set = "contact", capture_contact(form), ("mode",)
    else:
        name, section, always_set = "activity", capture_activity(form), ("category",)
    return (name, section) if _filled(section, always_set) else None


EDIT_DRAFT = "edit"


def restore_section(form: MoodForm | ContactForm | ActivityForm, data: dict[str, Any]) -> None:
    """Put a captured section back into the form of the same kind. A form changing a saved
    entry stays on that entry (restoring clears the form first, which would forget it)."""
    editing = form._source
    if isinstance(form, MoodForm):
        restore_mood(form, data)
    elif isinstance(form, ContactForm):
        restore_contact(form, data)
    else:
        restore_activity(form, data)
    form._source = editing  # type: ignore[assignment]

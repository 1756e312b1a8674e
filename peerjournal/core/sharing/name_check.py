"""Words in a share that look like names or contact details the journal doesn't know, so the
preview can point them out before the person saves.

What counts: a capitalised word that does not start a sentence ("met Tariq at the café"), an
@handle, an e-mail address, a phone number. To keep false alarms few, these are not flagged:
the names of people in the journal (they follow the chosen naming already), the labels in
the file, the journal's own words (moods, feelings, activity kinds, relationships…), the
person's own feelings and activity kinds, month and weekday names, "I" and its forms, and
words in capitals ("NHS").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from peerjournal.core.sharing.free_text import free_texts
from peerjournal.core.sharing.naming import TITLES, name_words
from peerjournal.core.vocabulary import (
    DEFAULT_ACTIVITY_CATEGORIES,
    DEFAULT_FEELINGS,
    ENERGY_LABELS,
    FELT_LABELS,
    MOOD_LABELS,
    Closeness,
    ContactMode,
    HelpKind,
    Relationship,
)

CALENDAR_WORDS = frozenset(w.casefold() for w in ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Christmas", "Easter"])
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][\w.]*\w|(?<![\w@.])@\w")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d ()./-]{5,}\d(?!\w)")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_MARKS = frozenset(".!?:;\n…•–—*")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
SERVICE_CONTACT = frozenset({"how_to_contact"})
"""A support plan service's phone or address is there on purpose: not flagged."""
PHONE_DIGITS = 7  # fewer digits are more likely a count, a time or a date


def _vocabulary() -> set[str]:
    words: set[str] = set()
    texts: list[str] = [*DEFAULT_FEELINGS, *DEFAULT_ACTIVITY_CATEGORIES]
    for table in (MOOD_LABELS, ENERGY_LABELS, FELT_LABELS):
        texts += table.values()
    for enum in (Relationship, Closeness, HelpKind, ContactMode):
        texts += [str(m.label) for m in enum]  # type: ignore[attr-defined]
    for text in texts:
        words.update(w.casefold() for w in _WORD.findall(text))
    return words


def _own_words(document: dict[str, Any]) -> set[str]:
    """The person's own feelings and activity kinds, and the labels the file uses."""
    content = document.get("content", {})
    texts: list[str] = []
    for mood in content.get("moods", []):
        texts += mood.get("feelings", [])
    for activity in content.get("activities", []):
        texts += [activity.get("category", ""), *activity.get("people", [])]
    for entry in content.get("contacts", []):
        texts += entry.get("people", [])
    texts += [p.get("label", "") for p in content.get("people", [])]
    texts.append(str(document.get("sender_name", "")))
    return {w.casefold() for text in texts for w in _WORD.findall(text)}


def _skipped(word: str, known: set[str]) -> bool:
    bare = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
    return (not bare[:1].isupper() or bare.isupper() or bare.casefold() in known
            or bare == "I" or bare.startswith(("I'", "I’")))


def _capitalised(text: str, known: set[str]) -> Iterable[str]:
    previous_end = 0
    for n, match in enumerate(_WORD.finditer(text)):
        start, end = match.span()
        # Only a capitalised word can be a name: the others need no look at what came before.
        if n and text[start].isupper() and not _SENTENCE_MARKS.intersection(text[previous_end:start]):
            word = match.group(0)  # (a sentence's or list item's first word is capitalised anyway)
            if not _skipped(word, known):
                yield word.removesuffix("'s").removesuffix("’s")
        previous_end = end


def _phone_like(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= PHONE_DIGITS and not _DATE.fullmatch(text.strip())


def possible_names(document: dict[str, Any], known_names: Iterable[str] = ()) -> list[str]:
    """The words of ``document``'s free text that might be names or contact details the journal
    doesn't know, each once, in the order they first appear."""
    known = _vocabulary() | _own_words(document) | CALENDAR_WORDS | TITLES
    known.update(w.casefold() for name in known_names for w in name_words(name))
    found: dict[str, None] = {}
    # Each text once: feelings, kinds and titles repeat through a year's file (issue 20).
    for text in dict.fromkeys(free_texts(document, SERVICE_CONTACT)):
        cleaned = text
        # An e-mail address and a handle need an "@", a phone number a digit: most texts have neither.
        patterns = ((_EMAIL, _HANDLE) if "@" in text else ()) + ((_PHONE,) if _DIGIT.search(text) else ())
        for pattern in patterns:
            for match in pattern.finditer(text):
                if pattern is not _PHONE or _phone_like(match.group(0)):
                    found.setdefault(match.group(0).strip(), None)
        for pattern in patterns:
            cleaned = pattern.sub(" ", cleaned)
        for word in _capitalised(cleaned, known):
            found.setdefault(word, None)
    return list(found)

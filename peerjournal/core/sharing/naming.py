"""How people's names are hidden inside free text: "Lunch with Sam Jones" under "No names" is
"Lunch with Person A", under "First names only" it is "Lunch with Sam".

One :class:`NameScrubber` per share, used by the document builder for every free text it
writes, so the file and the preview (which renders the same document) can't differ.
Matching is whole-word and case-insensitive, longest name first ("Sam Jones" before "Sam");
a possessive ("Sam's") keeps its "'s". A name that is also a common word (a person called
"Will" or "May") is replaced wherever it stands as a word: hiding a name matters more than
the odd sentence, and the preview shows the person what goes out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

TITLES = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev", "revd", "sir", "dame",
    "nurse", "sister", "father", "fr", "cllr", "pc", "sgt",
})
"""Titles kept with a surname under "First names only" ("Dr Okafor"), never shown bare."""

AMBIGUOUS_LABEL = "someone"
"""What a name word shared by two people with different labels becomes (either would be a guess)."""

_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\"[^\"]*\"|“[^”]*”")
_MIN_WORD = 2  # single letters (initials) are left alone: "I", "A" are words too
_SHORT = 80  # texts up to this long are remembered once scrubbed (a few thousand at most)
_EDGE = "()[]{}\"'“”‘’«».,;:!?"
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")  # what \w is in an ASCII text
# Bytes → lower-case word bytes, everything else a space: ``.split()`` then gives the words.
_WORDS_ONLY = bytes(c if chr(c).isalnum() and c < 128 or c == ord("_") else ord(" ")
                    for c in range(256)).lower()


def _outside_brackets(name: str) -> str:
    return _BRACKETS.sub(" ", name)


def name_words(name: str) -> list[str]:
    """The words that name this person on their own: the capitalised words outside brackets and
    quotes, and a one-word nickname inside them. "Robert (Bob) Smith" → Robert, Smith, Bob;
    "Chloe (bookshop)" → Chloe ("bookshop" describes her; it is not her name)."""
    words = [w for w in (word.strip(_EDGE) for word in _outside_brackets(name).split())
             if w and not w[0].islower()]
    for group in _BRACKETS.finditer(name):
        inner = group.group(0)[1:-1].split()
        word = inner[0].strip(_EDGE) if len(inner) == 1 else ""
        if word[:1].isupper() and not word.isupper():  # "(Bob)", not "(GP)" nor "(work)"
            words.append(word)
    return words


def is_title(word: str) -> bool:
    return word.rstrip(".").casefold() in TITLES


def first_name(name: str) -> str:
    """How a person appears under "First names only": the first word ("Mary Ann Jones" →
    "Mary", "Chloe (bookshop)" → "Chloe"), but a title keeps its surname ("Dr Amaka Okafor" →
    "Dr Okafor", "Mrs Patel")."""
    words = _outside_brackets(name).split() or name.split()
    if not words:
        return ""
    if is_title(words[0]) and len(words) > 1:
        return f"{words[0]} {words[-1]}"
    return words[0]


def name_variants(name: str) -> set[str]:
    """Every way a text may name this person: the whole name, the name outside brackets, each
    name word that is not a title, the first and last together, and title with surname."""
    variants = {" ".join(name.split()), " ".join(_outside_brackets(name).split())}
    words = name_words(name)
    plain = [w for w in words if not is_title(w)]
    variants.update(w for w in plain if len(w) >= _MIN_WORD)
    outside = [w.strip(_EDGE) for w in _outside_brackets(name).split()]
    named = [w for w in outside if w and not is_title(w) and not w[0].islower()]
    if len(named) >= 2:
        variants.add(f"{named[0]} {named[-1]}")
    if outside and is_title(outside[0]) and named:
        variants.add(f"{outside[0]} {named[-1]}")
        variants.add(f"{outside[0].rstrip('.')} {named[-1]}")
    return {v for v in variants if len(v) >= _MIN_WORD}


@dataclass(frozen=True)
class NamedPerson:
    """A person's name as the journal knows it, and the label it becomes in free text."""

    name: str
    label: str


class NameScrubber:
    """Replaces people's names in free text by their labels (whole words, any case)."""

    def __init__(self, people: Iterable[NamedPerson], *, keep_first: bool = False) -> None:
        """``keep_first``: under "First names only", a person's own first-name label stays as
        typed (only full names, middle names and surnames become it)."""
        wanted: dict[str, set[str]] = {}
        # A name as written where its folded key is spelled otherwise ("strauß" for "strauss"):
        # the regex's ignoring case never matches "ß" with "ss", so the pattern holds both.
        spellings: set[str] = set()
        for person in people:
            for variant in name_variants(person.name):
                key = variant.casefold()
                wanted.setdefault(key, set()).add(person.label)
                if variant.lower() != key:
                    spellings.add(variant.lower())
        # None: leave as typed. "Sam" (or "Mrs Patel") under first names is already as it will
        # be, yet stays in the pattern so "Patel" inside "Mrs Patel" is not matched on its own.
        self._labels: dict[str, str | None] = {}
        for key, labels in wanted.items():
            label = next(iter(labels)) if len(labels) == 1 else AMBIGUOUS_LABEL
            self._labels[key] = None if keep_first and label.casefold() == key else label
        self._spellings = frozenset(spellings)
        # The quick look reasons from the keys alone: with other spellings, every text is looked at.
        self._leads = None if spellings else _leads(self._labels)
        # Short texts (feelings, categories, titles) repeat through a share: each is scrubbed once.
        self._short: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self._labels)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        # Compiled when a text first may hold a name (hundreds of people: 10–40 ms).
        return _pattern(self._labels.keys() | self._spellings)

    def scrub(self, text: str) -> str:
        if not self._labels or not text:
            return text
        if len(text) > _SHORT:
            return self._sub(text)
        done = self._short.get(text)
        if done is None:
            done = self._short[text] = self._sub(text)
        return done

    def _sub(self, text: str) -> str:
        # Most texts name nobody: an ASCII text none of whose words starts a name is left
        # without a look by the pattern (a year's notes: ~75 ms → ~8 ms, issue 20).
        if (self._leads is not None and text.isascii()
                and self._leads.isdisjoint(text.encode("ascii").translate(_WORDS_ONLY).split())):
            return text
        pattern = self._pattern
        assert pattern is not None  # there are labels
        return pattern.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        found = match.group(0)
        # A case-insensitive match whose case folding differs (rare scripts) is still hidden.
        label = self._labels.get(_key(found), AMBIGUOUS_LABEL)
        return found if label is None else label


def _leads(labels: Mapping[str, str | None]) -> frozenset[bytes] | None:
    """The first word of each name, when every name is ASCII and starts with a word
    character; else None (no quick test: the pattern looks at every text).

    Why it is safe: in an ASCII text, the pattern (case-insensitive) matches an ASCII name only
    where the text's letters are the name's in some case, starting after a non-word character.
    A name's first word ends where the name has a space, a mark or its end, so the text's word
    there ends too: that word, lower-cased, is the name's first word. (A non-ASCII name may match
    ASCII letters, "K" (Kelvin) a "k": those journals keep the pattern for every text.)"""
    leads: set[bytes] = set()
    for key in labels:
        lead = _ASCII_WORD.match(key)
        if not key.isascii() or lead is None:
            return None
        leads.add(lead.group(0).lower().encode("ascii"))
    return frozenset(leads)


def _key(found: str) -> str:
    return " ".join(found.split()).casefold()


def _pattern(spelled: Collection[str]) -> re.Pattern[str] | None:
    """Every name in ``spelled`` (its keys and their other spellings) as whole words, any case."""
    if not spelled:
        return None
    # Longest first, so "Sam Jones" wins over "Sam"; spaces inside a name match any run of spaces.
    names = sorted(spelled, key=lambda n: (-len(n), n))
    # Grouped by first letter behind a one-letter look-ahead: at each word start only the names
    # of that letter are tried, not all of them (hundreds of people: 20 times faster). Names of
    # different letters never match the same words, so which name wins is as before.
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(_first_letter(name), []).append(name)
    parts = (_group(group) for group in groups.values())
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def _first_letter(name: str) -> str:
    # upper() then lower() folds the letters the regex engine counts as one ("ı" and "i",
    # "ſ" and "s"), so they share a group.
    return name[0].upper().lower()


def _group(names: list[str]) -> str:
    firsts = "".join(sorted({re.escape(name[0]) for name in names}))
    alternatives = (r"\s+".join(re.escape(word) for word in name.split(" ")) for name in names)
    return f"(?=[{firsts}])(?:" + "|".join(alternatives) + ")"


def people_scrubber(people: Iterable[tuple[str, str]], naming: str) -> NameScrubber | None:
    """The scrubber for a share's naming (``full``: none), from (name, label) pairs."""
    if naming == "full":
        return None
    return NameScrubber((NamedPerson(name, label) for name, label in people),
                        keep_first=naming == "first")

"""People named in notes: ``@[Sam](p12)`` in the stored note, "@Sam" while editing, "Sam" when shown.

A token keeps the person's id (the link) and their name as last saved (the journal rewrites it
when they are renamed, so full-text search finds the current name, and a token whose person is
gone still reads as a name). ``\\`` and ``]`` inside a name are escaped with a backslash.
A token rather than a link table: the note's own text says whom it names, so every copy of
it (drafts, undo, "Take all my data", a vault made from that file) keeps the link as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

_TOKEN = re.compile(r"@\[((?:\\.|[^\]\\])*)\]\(p(\d{1,18})\)", re.DOTALL)
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)

NameOf = Callable[[int, str], str]
"""(person id, name in the token) → the text shown for that mention."""


@dataclass(frozen=True)
class Mention:
    person_id: int
    name: str
    start: int  # where the token starts and ends in the stored note
    end: int


def mention_token(name: str, person_id: int) -> str:
    """The stored form of a mention: ``@[name](p<id>)``."""
    escaped = name.replace("\\", "\\\\").replace("]", "\\]")
    return f"@[{escaped}](p{person_id})"


def token_pattern(person_id: int) -> str:
    """A SQL ``LIKE`` pattern for notes that mention ``person_id`` (ids are digits only)."""
    return f"%](p{int(person_id)})%"


def mentions_in(text: str) -> list[Mention]:
    """The mentions in a stored note, in order."""
    return [Mention(int(m.group(2)), _UNESCAPE.sub(r"\1", m.group(1)), m.start(), m.end())
            for m in _TOKEN.finditer(text)]


def mentioned_ids(text: str) -> tuple[int, ...]:
    """Each person a stored note mentions, once, in the order first mentioned."""
    return tuple(dict.fromkeys(m.person_id for m in mentions_in(text)))


def render(text: str, name_of: NameOf | None = None, prefix: str = "") -> str:
    """The note as shown: each token becomes ``prefix`` + the name (or what ``name_of`` says)."""
    def shown(match: re.Match[str]) -> str:
        name = _UNESCAPE.sub(r"\1", match.group(1))
        return prefix + (name_of(int(match.group(2)), name) if name_of else name)
    return _TOKEN.sub(shown, text)


def plain(text: str) -> str:
    """The note as read anywhere outside an editor: mentions as plain names."""
    return render(text)


def renamed(text: str, person_id: int, name: str) -> str:
    """The note with every mention of ``person_id`` carrying ``name``."""
    return render(text, lambda pid, old: mention_token(name if pid == person_id else old, pid))


def for_editing(text: str) -> tuple[str, dict[str, int]]:
    """The note as an editor shows it ("@Sam") and the names it mentions (name → id)."""
    names = {m.name: m.person_id for m in mentions_in(text)}
    return render(text, prefix="@"), names


def from_editing(text: str, known: Mapping[str, int]) -> str:
    """The stored note for what an editor holds: "@Name" of a known name becomes a token.

    The longest name wins ("@Sam Jones" before "@Sam"); a name must end where a word ends, so
    "@Samuel" is not "@Sam". Text that already holds a token is kept as it is.
    """
    names = sorted((n for n in known if n.strip()), key=lambda n: (-len(n), n))
    if not names or "@" not in text:
        return text
    pattern = re.compile(r"@(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    out: list[str] = []
    last = 0
    for token in [*_TOKEN.finditer(text), None]:
        end = token.start() if token else len(text)
        out.append(pattern.sub(lambda m: mention_token(m.group(1), known[m.group(1)]), text[last:end]))
        if token:
            out.append(token.group(0))
            last = token.end()
    return "".join(out)


def typed_mention(text: str, cursor: int) -> str | None:
    """The words typed after an "@" just before ``cursor`` (a mention being typed), or None."""
    start = text.rfind("@", 0, cursor)
    if start < 0 or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
        return None  # no "@", or one inside a word (an e-mail address)
    typed = text[start + 1:cursor]
    if "\n" in typed or len(typed) > 40 or typed.startswith(" ") or "  " in typed:
        return None
    return typed


def matching_people(people: Iterable[tuple[int, str]], typed: str) -> list[tuple[int, str]]:
    """People whose name (or a word of it) starts with ``typed``, ignoring case."""
    key = typed.casefold()
    return [(pid, name) for pid, name in people
            if name.casefold().startswith(key) or any(w.casefold().startswith(key) for w in name.split())]

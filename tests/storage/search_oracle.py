"""A brute-force search with the Timeline's word-prefix rule, to check the FTS5 index against:
each typed word must begin a word of the entry's note, feelings, title, category or names."""

from __future__ import annotations

import re
import unicodedata

from peerjournal.core.records import Activity, MoodCheckIn
from peerjournal.core.vocabulary import EntryKind

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Words as the index's tokenizer sees them: lower case, accents taken away."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    return _WORD.findall(bare)


def entry_text(journal, kind: EntryKind, entry_id: int) -> str:  # type: ignore[no-untyped-def]
    entry = journal.get_entry(kind, entry_id)
    names = [journal.get_person(i).name for i in getattr(entry, "person_ids", ())]
    if isinstance(entry, MoodCheckIn):
        return " ".join([entry.note, *entry.feelings])
    if isinstance(entry, Activity):
        return " ".join([entry.title, entry.category, entry.note, *names])
    return " ".join([entry.note, *names])


def matches(journal, kind: EntryKind, entry_id: int, text: str) -> bool:  # type: ignore[no-untyped-def]
    wanted = words(text)
    have = words(entry_text(journal, kind, entry_id))
    return bool(wanted) and all(any(w.startswith(q) for w in have) for q in wanted)

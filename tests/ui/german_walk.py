"""The German walk's check: visible text that is still the English of the .ts, or English words.

A text on screen under German is a problem when it is (after taking out the journal's own data)
the English source of a message whose German differs, holds such a source of three words or more,
still has common English words that no German sentence uses, or writes a decimal point.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.ui.walks import PATHS, TAGS, _without

from peerjournal.ui.app import translations as i18n

# Texts that read the same in English and German, each with why it may stay.
SAME_IN_GERMAN = {
    "OK": "the same word in German",
    "PeerJournal": "the app's name",
    "Person A": "a pseudonym; 'Person' is German too",
    "Person B": "a pseudonym; 'Person' is German too",
    "Name": "the same word in German",
    "Start": "the same word in German",
    "Status": "the same word in German",
    "Details": "the same word in German",
    "Info": "the same word in German",
    "Filter": "the same word in German",
    "Export": "the same word in German",
    "Import": "the same word in German",
    "Tipp": "German already",
    "Text": "the same word in German",
    "Team": "the same word in German",
    "Hobby": "the same word in German",
    "Chat": "the same word in German",
    "E-Mail": "the same word in German",
    "Online": "the same word in German",
    "Minuten": "German already",
    "PDF": "a file format",
    "vCard": "a file format",
    "Ctrl": "a key name Qt shows in shortcuts",
}

# Names of other apps and formats, the same in every language (the import offers them by name).
PROPER_NAMES = ("Daily You", "Daylio", "Bearable", "eMoods", "Pixels", "jrnl", "SQLCipher", "AES-256")

# Words of English sentences that German never uses (short ones that are German too are left out:
# "in", "was", "so", "man", "also", "die", "war", "bin").
ENGLISH_WORDS = frozenset(
    ["the", "and", "with", "you", "your", "of", "to", "is", "for", "from", "this", "that", "not", "are", "were", "have", "has", "will", "what", "when", "who", "how", "which", "there", "their", "they", "here", "more", "one", "day", "days", "week", "weeks", "month", "months", "year", "years", "no", "yes", "saved", "today", "open", "close", "cancel", "save", "edit", "add", "new", "back", "next", "none", "never", "always", "people", "person's", "check-in", "entries", "notes", "share"]
)
# "3.5" where German writes "3,5" (a date such as "07.12.26" has more than one point).
POINT_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def english_sources(ts: Path | None = None) -> dict[str, bool]:
    """Each English source text of the German .ts, and whether its German reads differently."""
    path = ts or Path(i18n.translations_dir()) / "peerjournal_de.ts"
    found: dict[str, bool] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        german = forms or [translation.text or "" if translation is not None else ""]
        differs = any(_plain(g) != source for g in german)
        found[source] = found.get(source, False) or differs
    return found


def _plain(text: str) -> str:
    """``text`` as a person reads it: no mnemonic ampersands, tags or outer spaces and colons."""
    text = TAGS.sub(" ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return " ".join(text.split()).strip(" :…")


def _phrases(sources: dict[str, bool]) -> list[str]:
    """Sources of three words or more without placeholders: one on screen inside a German text is
    a fragment glued in untranslated."""
    return sorted((s for s, differs in sources.items() if differs and len(s.split()) >= 3
                   and not re.search(r"\{|%\d|%n", s)), key=len, reverse=True)


def english_on_screen(texts, data: list[str], sources: dict[str, bool]) -> list[str]:
    """(where, text) pairs whose text still reads English under German."""
    phrases = _phrases(sources)
    bad = []
    for where, text in texts:
        plain = _plain(text)
        if not plain or plain in SAME_IN_GERMAN:
            continue
        rest = PATHS.sub(" ", plain)
        for value in [*data, *PROPER_NAMES]:
            if value in rest:
                rest = _without(value, rest)
        rest = " ".join(rest.split()).strip(" :…")
        if not rest or not WORD.search(rest):
            continue
        reason = ""
        if sources.get(rest):
            reason = "the English source"
        elif english := [w for w in WORD.findall(rest) if w.lower() in ENGLISH_WORDS]:
            reason = f"English words {english}"
        elif inside := next((p for p in phrases if p in rest), None):
            reason = f"holds the English {inside!r}"
        elif point := POINT_DECIMAL.search(rest):
            reason = f"a decimal point: {point.group()!r}"
        if reason:
            bad.append(f"{where}: {text!r} ({reason})")
    return bad

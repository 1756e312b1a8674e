"""Read people from a contacts file (vCard 2.1, 3.0 and 4.0) and spot names already known.

Pure: bytes in, :class:`VCardCandidate` records and plain-worded problems out. The file is
split into cards here, so one broken card is reported and skipped while the rest still
import; ``vobject`` then reads each card. vCard 2.1 values in QUOTED-PRINTABLE (with soft
line breaks, as Android exports them) are decoded here first, since vobject can't. Photos,
logos, sounds and keys are dropped unread: nothing of them is ever kept.

Only the name is used unless the person asks for more (:class:`Extras`).
"""

from __future__ import annotations

import io
import quopri
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from peerjournal.core.chosen_file import ChosenFileError, FileTooLarge, read_chosen_file
from peerjournal.core.records import NAME_MAX, NOTE_MAX
from peerjournal.i18n import translate

MAX_FILE_BYTES = 64 * 1024 * 1024
"""A larger file is refused (a phone's whole address book with photos stays well below)."""

_DROPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)([;:])")
# Letters Unicode doesn't decompose into a base letter and a mark.
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                       "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th",
                       "ð": "d", "Ð": "d", "ı": "i"})



class Duplicate(StrEnum):
    """Why a card is not ticked at first."""

    NONE = ""
    IN_PEOPLE = "in_people"  # someone of that name is already in People
    IN_FILE = "in_file"  # the same name came earlier in this file


@dataclass(frozen=True)
class Extras:
    """What to keep besides the name, in the person's notes. Nothing by default."""

    phones_and_emails: bool = False
    birthday_and_note: bool = False


@dataclass(frozen=True)
class VCardCandidate:
    """One readable card: a name and, kept only when asked, a few details."""

    card: int  # its place in the file, from 1
    name: str
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    birthday: str = ""
    note: str = ""
    duplicate: Duplicate = Duplicate.NONE

    def notes(self, extras: Extras) -> str:
        """The text for the person's notes: only what ``extras`` asks for ("" by default)."""
        lines: list[str] = []
        if extras.phones_and_emails:
            lines += [translate("vcard", "Phone: {number}").format(number=p) for p in self.phones]
            lines += [translate("vcard", "E-mail: {address}").format(address=e) for e in self.emails]
        if extras.birthday_and_note:
            if self.birthday:
                lines.append(translate("vcard", "Birthday: {date}").format(date=self.birthday))
            if self.note:
                lines.append(self.note)
        return "\n".join(lines)[:NOTE_MAX]


@dataclass(frozen=True)
class VCardReading:
    """What came out of a file: the cards that could be read, and plain words about the rest."""

    candidates: list[VCardCandidate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# -- comparing names ----------------------------------------------------------------------
def name_key(name: str) -> str:
    """A name as compared for duplicates: no case, accents or extra spaces ("Zoë " = "zoe")."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def mark_duplicates(
    candidates: Iterable[VCardCandidate], known_names: Iterable[str]
) -> list[VCardCandidate]:
    """Each candidate with ``duplicate`` set against People's names and earlier cards."""
    known = {name_key(n) for n in known_names}
    seen: set[str] = set()
    result = []
    for candidate in candidates:
        key = name_key(candidate.name)
        if key in known:
            why = Duplicate.IN_PEOPLE
        elif key in seen:
            why = Duplicate.IN_FILE
        else:
            why = Duplicate.NONE
        seen.add(key)
        result.append(replace(candidate, duplicate=why))
    return result


# -- reading a file -----------------------------------------------------------------------
def read_vcard_file(path: Path | str) -> bytes:
    """The bytes of the contacts file at ``path``; a :class:`UserError` for a FIFO, device,
    folder or a file over :data:`MAX_FILE_BYTES` (:func:`read_chosen_file`), unread."""
    try:
        return read_chosen_file(path, MAX_FILE_BYTES)
    except FileTooLarge:
        raise FileTooLarge(translate(
            "vcard", "This file is too large to be a contacts file, so it was not read.")) from None
    except ChosenFileError as exc:
        unchanged = translate("vcard", "Nothing was changed.")  # outside the f-string: lupdate reads it
        raise type(exc)(f"{exc} {unchanged}") from None


def read_vcards(data: bytes, known_names: Iterable[str] = ()) -> VCardReading:
    """Every card in ``data`` that can be read, with duplicates marked; problems in words."""
    if len(data) > MAX_FILE_BYTES:
        return VCardReading(problems=[translate(
            "vcard", "This file is too large to be a contacts file, so it was not read."
        )])
    lines = _decode_lines(data)
    cards, unfinished = _split_cards(lines)
    candidates: list[VCardCandidate] = []
    numbered: list[tuple[int, str]] = list(unfinished)
    for number, card_lines in cards:
        candidate, problem = _read_card(number, card_lines)
        if candidate is not None:
            candidates.append(candidate)
        if problem:
            numbered.append((number, problem))
    problems = [text for _n, text in sorted(numbered)]
    if not cards and not problems:
        problems.append(translate(
            "vcard", "No contacts were found in this file. A contacts file (vCard, .vcf) starts with "
            "BEGIN:VCARD."
        ))
    return VCardReading(mark_duplicates(candidates, known_names), problems)


def _decode_lines(data: bytes) -> list[str]:
    """Physical lines as text. UTF-16 by its mark; otherwise each line UTF-8 if it can be,
    else the Windows code page (older exports), so one odd line doesn't spoil the file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        return text.splitlines()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = []
    for raw in re.split(rb"\r\n|\r|\n", data):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(_decode_legacy(raw))
    return lines


def _decode_legacy(raw: bytes) -> str:
    """A line that isn't UTF-8: in the CHARSET it names (vCard 2.1), else the Windows code page."""
    head = raw.split(b":", 1)[0].decode("ascii", errors="replace")
    charset = _charset(head.split(";")[1:])
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("cp1252", errors="replace")


def _split_cards(
    lines: list[str],
) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str]]]:
    """Cards as (number, lines between BEGIN and END); an unfinished card is a problem."""
    cards: list[tuple[int, list[str]]] = []
    problems: list[tuple[int, str]] = []
    current: list[str] | None = None
    depth = 0
    number = 0
    for line in lines:
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is None:
                number += 1
                current, depth = [], 1
                continue
            depth += 1  # a card inside a card (vCard 2.1 AGENT): part of this one
        elif upper == "END:VCARD" and current is not None:
            depth -= 1
            if depth == 0:
                cards.append((number, current))
                current = None
                continue
        if current is not None:
            current.append(line)
    if current is not None:
        problems.append((number, translate(
            "vcard", "Card {n} could not be read: the file ends before the card does."
        ).format(n=number)))
    return cards, problems


def _read_card(number: int, lines: list[str]) -> tuple[VCardCandidate | None, str]:
    try:
        properties = _properties(_plain_lines(lines))
        candidate = _candidate(number, properties)
    except Exception:  # noqa: BLE001 - whatever a broken card raises, the others still import
        return None, translate(
            "vcard", "Card {n} could not be read: part of it is not in the vCard format. It was skipped."
        ).format(n=number)
    if candidate is None:
        return None, translate("vcard", "Card {n} has no name, so it was skipped.").format(n=number)
    if len(candidate.name) > NAME_MAX:
        return None, translate(
            "vcard", "Card {n} has a name longer than {max} characters, so it was skipped."
        ).format(n=number, max=NAME_MAX)
    return candidate, ""


def _properties(lines: list[str]) -> dict[str, list[str]]:
    """Property name (upper case) → its raw values, in order, as vobject's line parser reads
    them (folded lines joined, groups and parameters taken off). Values stay escaped: vobject's
    own decoding keeps only the text before the first unescaped comma, and vCard 2.1 never
    escapes commas ("Likes tea, not coffee")."""
    import vobject.base  # here, not at start-up: only this import needs it

    found: dict[str, list[str]] = {}
    nested = 0
    for line, number in vobject.base.getLogicalLines(io.StringIO("\r\n".join(lines)), False):
        name, _params, value, _group = vobject.base.parseLine(line, number)
        upper = name.upper()
        if upper == "BEGIN":
            nested += 1  # a card inside the card (vCard 2.1 AGENT): not this person's details
        elif upper == "END":
            nested -= 1
        elif nested == 0:
            found.setdefault(upper, []).append(value)
    if nested != 0:
        raise ValueError("unbalanced BEGIN/END")
    return found


def _plain_lines(lines: list[str]) -> list[str]:
    """The card's lines with QUOTED-PRINTABLE values decoded and photos and the like dropped."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        match = _PROPERTY.match(line)
        if match is None:
            out.append(line)  # a folded continuation, a blank line, or something vobject rejects
            continue
        name = match.group(1).upper()
        if name in _DROPPED:
            # Skip its folded lines (and vCard 2.1 BASE64's closing blank line) too.
            while i < len(lines) and (not lines[i].strip() or lines[i][:1] in " \t"):
                i += 1
            continue
        head, _, value = line.partition(":")
        params = head.split(";")[1:]
        if not _is_quoted_printable(params):
            out.append(line)
            continue
        while value.endswith("=") and i < len(lines):  # a soft line break: the value goes on
            value = value[:-1] + lines[i]
            i += 1
        decoded = _decode_qp(value, _charset(params))
        kept = [p for p in params if not _is_encoding_param(p) and not p.upper().startswith("CHARSET=")]
        out.append(";".join([head.split(";")[0], *kept]) + ":" + _escape_newlines(decoded))
    return out


def _is_quoted_printable(params: list[str]) -> bool:
    return any(_is_encoding_param(p) for p in params)


def _is_encoding_param(param: str) -> bool:
    return param.strip().upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")


def _charset(params: list[str]) -> str:
    for p in params:
        key, _, value = p.partition("=")
        if key.strip().upper() == "CHARSET" and value.strip():
            return value.strip().strip('"')
    return "utf-8"


def _decode_qp(value: str, charset: str) -> str:
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")


def _escape_newlines(text: str) -> str:
    # vCard 2.1 values carry line breaks as =0D=0A; vobject reads them written as \n.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


# -- what a card says ---------------------------------------------------------------------
def _candidate(number: int, properties: dict[str, list[str]]) -> VCardCandidate | None:
    def texts(key: str) -> list[str]:
        return [t for t in (_clean(_unescape(v)) for v in properties.get(key, [])) if t]

    name = next(iter(texts("FN")), "")
    if not name:
        name = next((_name_from_n(v) for v in properties.get("N", []) if _name_from_n(v)), "")
    if not name:
        name = next((_clean(_unescape(_split(v, ";")[0])) for v in properties.get("ORG", [])
                     if _clean(_unescape(_split(v, ";")[0]))), "")
    if not name:
        name = next(iter(texts("NICKNAME")), "")
    if not name:
        return None
    phones = tuple(dict.fromkeys(_phone(t) for t in texts("TEL") if _phone(t)))
    emails = tuple(dict.fromkeys(texts("EMAIL")))
    birthday = next(iter(texts("BDAY")), "")
    notes = [_unescape(v).strip() for v in properties.get("NOTE", [])]
    note = _nfc("\n".join(n for n in notes if n))
    return VCardCandidate(number, name, phones, emails, birthday, note)


def _split(value: str, separator: str) -> list[str]:
    """``value`` split at each ``separator`` not escaped with a backslash."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), value)


def _name_from_n(value: str) -> str:
    """"Family;Given;Additional;Prefix;Suffix" as a name people say: "Prefix Given Additional
    Family Suffix" (each part may hold several, comma-separated)."""
    parts = [" ".join(_unescape(p) for p in _split(part, ",")) for part in _split(value, ";")]
    parts += [""] * (5 - len(parts))
    family, given, additional, prefix, suffix = parts[:5]
    return _clean(" ".join((prefix, given, additional, family, suffix)))


def _phone(value: str) -> str:
    value = _clean(value)
    return value[4:] if value.lower().startswith("tel:") else value


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _clean(value: str | None) -> str:
    return _nfc(" ".join((value or "").split()))

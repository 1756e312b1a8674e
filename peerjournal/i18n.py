"""Translatable text in code that may not import Qt (``core``, ``storage``, ``errors``).

- ``translate(context, text)`` translates now. It is the identity until the UI installs Qt's
  translator with ``set_translator`` (``peerjournal.ui.app.translations.install_translators`` does), so
  core stays free of Qt and its tests see the English source text.
- ``QT_TRANSLATE_NOOP(context, text)`` only marks text (labels in tables built at import
  time); the UI translates it where it shows it, with ``peerjournal.ui.app.translations.tr``.

- ``format_number(value, decimals)`` writes a number the way the language in use does ("3.5" in
  English, "3,5" in German) and ``in_sentence(label)`` gives a label as it reads inside a sentence
  (lower case in English; German keeps its nouns' capitals). Both follow the rules the UI sets
  from ``QLocale`` with ``set_number_rules``; core's tests see the English ones.

Qt's ``lupdate`` finds both calls by name and puts the text in the ``.ts`` files under
``context``; keep the arguments string literals so it can.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import TypeVar

Translator = Callable[[str, str], str]
CountTranslator = Callable[[str, str, int], str]
NumberFormatter = Callable[[float, int], str]
K = TypeVar("K")


def _identity(context: str, text: str) -> str:
    del context
    return text


_translator: Translator = _identity
_count_translator: CountTranslator | None = None


def set_translator(translator: Translator | None, count: CountTranslator | None = None) -> None:
    """Qt's translation for ``translate`` and, with ``count``, for ``translate_count`` (None: the
    English source text for both)."""
    global _translator, _count_translator
    _translator = translator or _identity
    _count_translator = count


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def translate_count(context: str, text: str, n: int, english: tuple[str, str]) -> str:
    """A counted text as a Qt plural (numerus) form: ``text`` is its source ("%n day(s)"),
    ``english`` its one and many forms for when no translator is installed (core's tests).

    lupdate can't read a plural form here, so each source is declared where it can:
    ``peerjournal/ui/app/counted_texts.py`` (a test checks they match)."""
    if _count_translator is not None:
        return _count_translator(context, text, n)
    return english[0 if n == 1 else 1].replace("%n", str(n))


def _plain_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


_number_formatter: NumberFormatter = _plain_number
_lowercase_labels = True


def set_number_rules(formatter: NumberFormatter | None, *, lowercase_labels: bool = True) -> None:
    """How numbers are written and whether labels go lower case inside a sentence (None: English)."""
    global _number_formatter, _lowercase_labels
    _number_formatter = formatter or _plain_number
    _lowercase_labels = lowercase_labels


# Qt's date pattern letters core uses, as strftime writes them in English (no translator).
_ENGLISH_DATE = {"dddd": "%A", "ddd": "%a", "MMMM": "%B", "MMM": "%b", "yyyy": "%Y"}
_DATE_PART = re.compile(r"dddd|ddd|d|MMMM|MMM|yyyy")


def _english_date(day: date, pattern: str) -> str:
    return _DATE_PART.sub(lambda m: str(day.day) if m[0] == "d" else day.strftime(_ENGLISH_DATE[m[0]]), pattern)


_date_formatter: Callable[[date, str], str] = _english_date


def set_date_rules(formatter: Callable[[date, str], str] | None) -> None:
    """How days are written (the UI sets ``QLocale``'s; None: English)."""
    global _date_formatter
    _date_formatter = formatter or _english_date


def format_date(day: date, pattern: str) -> str:
    """``day`` in a Qt date ``pattern`` ("dddd d MMMM") as the language in use writes it: month
    and day names from ``QLocale`` once the UI sets the rules, English before."""
    return _date_formatter(day, pattern)


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` places, written as the language in use writes numbers."""
    return _number_formatter(float(value), decimals)


def format_general(value: float, significant: int = 6) -> str:
    """Like ``f"{value:.6g}"`` ("7.5", "8": no trailing zeros), written as the language writes numbers."""
    plain = f"{value:.{significant}g}"
    if "e" in plain:  # too large or small to matter in words: leave Python's form
        return plain
    return format_number(value, len(plain.partition(".")[2]))


def in_sentence(label: str) -> str:
    """A label ("Emotional support") as it reads inside a sentence of the language in use."""
    return label.lower() if _lowercase_labels else label


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    del context
    return text


class Labels(Mapping[K, str]):
    """A fixed table of labels (marked with QT_TRANSLATE_NOOP) translated each time one is read.

    ``labels[key]``, ``.get()``, ``.values()`` and ``.items()`` give the text in the language in
    use, so callers never need to remember to translate; ``source(key)`` gives the English.
    """

    def __init__(self, context: str, labels: Mapping[K, str]) -> None:
        self._context = context
        self._labels = dict(labels)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def source(self, key: K) -> str:
        return self._labels[key]

"""Translatable text in code that may not import Qt (``core``, ``storage``, ``errors``).

- ``translate(context, text)`` translates now. It is the identity until the UI installs Qt's
  translator with ``set_translator`` (``peerjournal.ui.i18n.install_translators`` does), so
  core stays free of Qt and its tests see the English source text.
- ``QT_TRANSLATE_NOOP(context, text)`` only marks text (labels in tables built at import
  time); the UI translates it where it shows it, with ``peerjournal.ui.i18n.tr``.

Qt's ``lupdate`` finds both calls by name and puts the text in the ``.ts`` files under
``context``; keep the arguments string literals so it can.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    del context
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    del context
    return text

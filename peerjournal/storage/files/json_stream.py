"""Read one large JSON document piece by piece, holding a chunk of its text, never all of it.

The stdlib has no incremental JSON parser; this walks the document's outer objects and
arrays itself and decodes each inner value (a data file's row) whole with
``json.JSONDecoder.raw_decode``, reading more of the file when a value runs past what is held.
A "Take all my data" file of 30 years is ~35 MB of text: read whole, its rows as dicts took
~300 MB (issue 20).
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, BinaryIO

CHUNK = 1 << 20  # bytes read at a time
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_GOES_ON = frozenset("0123456789.eE+-")


class JsonStream:
    """A cursor over the JSON text of ``handle`` (UTF-8, a BOM allowed), at most ``limit`` bytes
    of it. Every method raises ``ValueError`` on text that is not the JSON expected."""

    def __init__(self, handle: BinaryIO, limit: int, chunk: int = CHUNK) -> None:
        self._handle = handle
        self._left = limit + 1  # one more: a file that grew past the limit is refused
        self._chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._text = ""
        self._pos = 0
        self._ended = False
        self.too_large = False
        self.held_most = 0  # the most characters held at once (for tests: memory stays bounded)

    def _more(self) -> bool:
        """Read the next chunk; False at the end of the file."""
        if self._ended:
            return False
        data = self._handle.read(min(self._chunk, self._left))
        self._left -= len(data)
        if self._left <= 0:
            self.too_large = True
            raise ValueError("the file is larger than allowed")
        ended = not data
        text = self._decoder.decode(data, final=ended)  # UnicodeDecodeError is a ValueError
        self._text = self._text[self._pos:] + text
        self._pos = 0
        self.held_most = max(self.held_most, len(self._text))
        self._ended = ended
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            match = _SPACE.match(self._text, self._pos)
            self._pos = match.end() if match else self._pos
            if self._pos < len(self._text) or not self._more():
                return self._text[self._pos:self._pos + 1]

    def take(self, char: str) -> None:
        """Step over ``char``, which must come next."""
        if self.peek() != char:
            raise ValueError(f"{char!r} was expected")
        self._pos += 1

    def taken(self, char: str) -> bool:
        """Step over ``char`` if it comes next."""
        if self.peek() != char:
            return False
        self._pos += 1
        return True

    def value(self) -> Any:
        """The next JSON value, decoded whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._text, self._pos)
            except json.JSONDecodeError:
                if self._more():
                    continue  # cut short by the end of what is held
                raise ValueError("not JSON") from None
            if self._cut_short(value, end) and self._more():
                continue  # a number may go on in the next chunk ("12" of "125", "0" of "0.5")
            self._pos = end
            return value

    def _cut_short(self, value: Any, end: int) -> bool:
        """Whether ``value`` (ending at ``end``) may be a number whose rest is still unread."""
        if end < len(self._text) and not isinstance(value, int | float):
            return False
        return end == len(self._text) or self._text[end] in _NUMBER_GOES_ON

    def key(self) -> str:
        """An object's next name and its ``:``."""
        if self.peek() != '"':
            raise ValueError("a name was expected")
        name = self.value()
        self.take(":")
        return str(name)

    def next_item(self, close: str, first: bool) -> bool:
        """Whether another member or item follows in an object or array closed by ``close``
        (stepping over its ``,``); ``first`` for the first one, which has none."""
        if self.taken(close):
            return False
        if not first:
            self.take(",")
        return True

    def at_end(self) -> bool:
        """Only white space is left."""
        return self.peek() == ""

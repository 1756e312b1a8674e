"""The preview's warning about words that might be names or contact details, and their
highlight in the preview's HTML (the file itself is never changed by it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

HIGHLIGHT = "#ffe08a"  # with the warning's words, not colour alone, saying what is marked
_TEXT = re.compile(r">([^<]+)<")


def warning_text(words: Sequence[str]) -> str:
    """The plain warning, or "" when nothing looks like a name."""
    if not words:
        return ""
    return QCoreApplication.translate(
        "ShareDialog", "These words might be names or contact details. Check them before you "
        "save: {words}. To leave them out, go back and untick that part, or edit the entry in "
        "your journal.").format(words=", ".join(words))


def highlight(html: str, words: Sequence[str]) -> str:
    """``html`` with each of ``words`` marked wherever it stands as a word in the text."""
    if not words:
        return html
    escaped = sorted({escape(w) for w in words}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in escaped) + r")(?!\w)")

    def mark(text: re.Match[str]) -> str:
        marked = pattern.sub(
            lambda m: f'<span style="background-color:{HIGHLIGHT}">{m.group(1)}</span>', text.group(1))
        return f">{marked}<"

    return _TEXT.sub(mark, html)

"""The pseudo-locale walk: the texts a person would read on a widget, and those not marked as translated."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from peerjournal import APP_NAME

from peerjournal.ui.app import translations as i18n

# The innermost marked piece; removed repeatedly, so "⟦⟦Everyday help⟧: {n} of {m}⟧" goes whole.
MARKED = re.compile(f"{i18n.PSEUDO_OPEN}[^{i18n.PSEUDO_OPEN}{i18n.PSEUDO_CLOSE}]*{i18n.PSEUDO_CLOSE}")


TAGS = re.compile(r"<[^>]+>")


LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of two or more letters


# A file or folder path (the journal's, its backups', the settings file's): data, not words.
PATHS = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s]*[/\\][^\s]*")


def _data_strings(journal) -> list[str]:
    """Every text value the journal holds: what the person wrote or chose is not ours to translate."""
    conn = journal.vault.conn
    found: set[str] = set()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    names: set[str] = set()
    for table in tables:
        if table == "meta":
            continue
        cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from sqlite_master
        columns = [d[0] for d in cursor.description]
        for row in cursor:
            found.update(v for v in row if isinstance(v, str) and v.strip())
            names.update(v for c, v in zip(columns, row, strict=True) if c == "name" and isinstance(v, str))
    # First names show on their own too ("Person A" when pseudonymised is ours, so not here).
    # Only names are split: words of other stored text (default questions, notes) are no excuse
    # for the same word on screen outside that text.
    for name in names:
        found.update(part for part in name.split() if len(part) > 1)
    return sorted(found, key=len, reverse=True)


def _calendar_words() -> set[str]:
    locale = QLocale()
    words = {APP_NAME, locale.amText(), locale.pmText()}
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words.update(locale.monthName(m, fmt) for m in range(1, 13))
        words.update(locale.standaloneMonthName(m, fmt) for m in range(1, 13))
        words.update(locale.dayName(d, fmt) for d in range(1, 8))
    return {w for w in words if w}


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            texts.append((f"{type(widget).__name__} {widget.objectName()!r}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
            add(widget, widget.toolTip())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, widget.placeholderText())
            if isinstance(widget, QTextBrowser):  # read-only text we wrote (e.g. the share preview)
                add(widget, widget.toPlainText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        if isinstance(widget, QHeaderView) and widget.model() is not None and widget.isVisibleTo(root):
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    add(widget, str(widget.model().headerData(section, widget.orientation()) or ""))
        if isinstance(widget, QWidget) and widget.accessibleName():
            add(widget, widget.accessibleName())
    return texts


def _without(value: str, text: str) -> str:
    """``text`` with ``value`` taken out where it stands as whole words ("Peer" is not in "PeerJournal")."""
    return re.sub(r"(?<!\w)" + re.escape(value) + r"(?!\w)", " ", text)


def _untranslated(texts, data: list[str], calendar: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        rest = TAGS.sub(" ", text)
        while MARKED.search(rest):
            rest = MARKED.sub(" ", rest)
        rest = PATHS.sub(" ", rest)
        for value in data:
            if value in rest:
                rest = _without(value, rest)
        words = [w for w in LETTERS.findall(rest) if w not in calendar]
        if words:
            bad.append(f"{where}: {text!r}")
    return bad

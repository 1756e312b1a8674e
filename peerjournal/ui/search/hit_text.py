"""A search hit as the person reads it: marked words in bold (the rest escaped: it is the
journal's own text), and a plain version of the same words for screen readers."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from peerjournal.core.clock import to_local
from peerjournal.storage.search import Marked, SearchHit

from peerjournal.ui.widgets.dates import day_text

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2


def bold_html(marked: Marked) -> str:
    """``marked`` as HTML: its matched spans in bold, everything escaped."""
    out, at = [], 0
    for start, end in marked.spans:
        out += [html.escape(marked.text[at:start]), "<b>", html.escape(marked.text[start:end]), "</b>"]
        at = end
    out.append(html.escape(marked.text[at:]))
    return "".join(out)


def hit_day(hit: SearchHit) -> str:
    """The hit's day in the person's language ("" when it has none)."""
    when = hit.when
    if isinstance(when, datetime):
        return day_text(to_local(when).date())
    return day_text(when) if isinstance(when, date) else ""


def hit_texts(hit: SearchHit) -> tuple[str, str]:
    """(plain, HTML) of one hit: title, snippet and day, as far as it has them."""
    plain = [p for p in (hit.title.text, hit.snippet.text) if p]
    rich = [f"<b>{html.escape(hit.title.text)}</b>" if hit.title.text and not hit.title.spans
            else bold_html(hit.title), bold_html(hit.snippet)]
    rich = [r for r, p in zip(rich, (hit.title.text, hit.snippet.text), strict=True) if p]
    day = hit_day(hit)
    if day:
        plain.append(day)
        rich.append(html.escape(day))
    return " — ".join(plain), " — ".join(rich)


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's ``HTML_ROLE`` text (falling back to its plain text)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        text = index.data(HTML_ROLE)
        if text is None:
            doc.setPlainText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        else:
            doc.setHtml(text)
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))

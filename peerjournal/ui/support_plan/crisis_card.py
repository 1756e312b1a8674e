"""The crisis plan printed alone on one A4 page, a card to carry: laid out as the summary PDF is
(QTextDocument into QPdfWriter, saved through ``write_atomic``), the text made smaller until
it fits one page."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from peerjournal.storage.journal import Journal
from peerjournal.storage.support_plan_copy import CopySection, copy_sections
from peerjournal.storage.vault.atomic import write_atomic

RESOLUTION = 300  # as the summary PDF: dots per inch of the layout; text stays vector
MARGINS_MM = QMarginsF(18, 16, 18, 16)
LARGEST_PT = 12.0
SMALLEST_PT = 5.0  # below this a card can't be read; the last lines are then left off


def card_sections(journal: Journal) -> tuple[CopySection, ...]:
    """The crisis part of the plan, as the card shows it (people with their phone numbers)."""
    return copy_sections(journal, ("crisis",))


def card_html(sections: Sequence[CopySection]) -> str:
    title = QCoreApplication.translate("CrisisCard", "My crisis plan")
    parts = [f"<html><body><h1>{escape(title)}</h1>"]
    if not sections:
        parts.append("<p>" + escape(QCoreApplication.translate(
            "CrisisCard", "Nothing is in the crisis part of the plan yet.")) + "</p>")
    for section in sections:
        items = "".join(f"<li>{escape(item)}</li>" for item in section.items)
        parts.append(f"<h2>{escape(section.heading)}</h2><ul>{items}</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def card_pdf_bytes(sections: Sequence[CopySection], font_family: str = "") -> bytes:
    """One A4 page. Touches no widget."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(QCoreApplication.translate("CrisisCard", "My crisis plan"))
    writer.setCreator("PeerJournal")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    page = QSizeF(writer.width(), writer.height())
    document = _fitted(card_html(sections), writer, page, font_family)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF")
    try:
        document.drawContents(painter, QRectF(0, 0, page.width(), page.height()))
    finally:
        painter.end()
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def _fitted(html: str, writer: QPdfWriter, page: QSizeF, font_family: str) -> QTextDocument:
    """The document at the largest text size that fits one page."""
    size = LARGEST_PT
    while True:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        font = QFont(font_family) if font_family else QFont()
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(
            f"h1 {{ font-size: {size * 1.6:.1f}pt; }} h2 {{ font-size: {size * 1.15:.1f}pt; "
            "margin-top: 6px; margin-bottom: 2px; } ul { margin-top: 0px; }")
        document.setHtml(html)
        document.setPageSize(page)
        if document.pageCount() <= 1 or size <= SMALLEST_PT:
            return document
        size -= 0.5


def write_card(path: Path, journal: Journal) -> Path:
    """Save the card at ``path`` (0600, all or nothing)."""
    write_atomic(path, card_pdf_bytes(card_sections(journal)),
                 what=QCoreApplication.translate("CrisisCard", "the crisis card"))
    return path

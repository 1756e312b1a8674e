"""Lay a :class:`~peerjournal.core.summary_report.Report` out as a PDF: A4, numbered pages.

Charts are the Insights page's own chart classes, painted on the GUI thread into images in
the light palette whatever the app's theme (:func:`chart_images`). The pages are laid out
by a QTextDocument from escaped HTML and printed with QPdfWriter into memory
(:func:`pdf_bytes`); that part touches no widget, so it can run in a worker thread. The
bytes then go to disk through ``write_atomic`` (0600, all or nothing).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from peerjournal.core.insights import MoodOverTime
from peerjournal.core.summary_report import (
    BarChartSpec,
    Block,
    Bullets,
    Heading,
    MoodChartSpec,
    NoteItem,
    Paragraph,
    Report,
    Table,
)
from peerjournal.storage.atomic import write_atomic

from peerjournal.ui.charts import MoodLineChart, StackedBarChart
from peerjournal.ui.style import LIGHT, palette_for

RESOLUTION = 300  # dots per inch of the PDF's layout; text and lines stay vector
MARGINS_MM = QMarginsF(18, 16, 18, 12)
CHART_SIZE = (640, 260)  # logical pixels the chart is drawn at (as on screen)
CHART_SCALE = 3  # image pixels per logical pixel, so charts print sharp
FONT_PT = 10.0


def _chart_widget(spec: MoodChartSpec | BarChartSpec) -> QWidget:
    if isinstance(spec, MoodChartSpec):
        mood = MoodLineChart()
        mood.set_data(MoodOverTime(spec.daily[0][0], spec.daily[-1][0], list(spec.daily),
                                   list(spec.average)))
        return mood
    bars = StackedBarChart(spec.title)
    bars.set_data(list(spec.labels), list(spec.series), [list(v) for v in spec.values], spec.unit)
    return bars


def chart_images(report: Report) -> dict[str, QImage]:
    """Chart key → the chart painted as on the Insights page, light colours. GUI thread only."""
    images: dict[str, QImage] = {}
    width, height = CHART_SIZE
    font = QFont()
    font.setPointSizeF(9)
    for spec in report.charts:
        widget = _chart_widget(spec)
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.setPalette(palette_for(LIGHT))  # paper is white, whatever the screen shows
        widget.setFont(font)
        widget.resize(width, height)
        image = QImage(width * CHART_SCALE, height * CHART_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(CHART_SCALE)
        image.fill(QColor("#ffffff"))
        widget.render(image)
        # The page sets the printed size; a ratio left on the image would crop it there.
        image.setDevicePixelRatio(1)
        images[spec.key] = image
        widget.deleteLater()
    return images


# -- HTML ---------------------------------------------------------------------------
def _text(text: str) -> str:
    """The person's words as typed: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br>")


def _table(table: Table) -> str:
    pad = 5
    head = "".join(f"<th align='left' bgcolor='#eeeae3'>{escape(h)}</th>" for h in table.headers)
    rows = "".join(
        f"<tr{' bgcolor=#f7f5f1' if n % 2 else ''}>"
        + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>"
        for n, row in enumerate(table.rows))
    return (f"<table border='1' cellspacing='0' cellpadding='{pad}' width='100%' "
            f"style='border-collapse: collapse; border-color: #b8b2a7; margin-top: {pad}px'>"
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def _block(block: Block, width: int) -> str:
    if isinstance(block, Heading):
        return f"<h3>{escape(block.text)}</h3>"
    if isinstance(block, Paragraph):
        colour = " style='color: #5b5750'" if block.quiet else ""
        return f"<p{colour}>{_text(block.text)}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{_text(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, NoteItem):
        return (f"<p><b>{escape(block.when)}</b> · {escape(block.about)}<br>"
                f"{_text(block.text)}</p>")
    height = round(width * CHART_SIZE[1] / CHART_SIZE[0])
    return (f"<p><b>{escape(block.title)}</b></p>"
            f"<p><img src='{chart_url(block.key)}' width='{width}' height='{height}' "
            f"alt='{escape(block.description, quote=True)}'></p>")


def chart_url(key: str) -> str:
    return f"summary-chart-{key}"


def report_html(report: Report, width: int) -> str:
    """The whole report as Qt rich text; ``width`` is the text width in CSS pixels (1/96 in)."""
    parts = [
        "<html><body>",
        f"<h1 style='color: #1d5952'>{escape(report.title)}</h1>",
        f"<p style='font-size: 13pt'><b>{escape(report.period)}</b></p>",
        *(f"<p>{escape(line)}</p>" for line in report.about[1:]),
    ]
    for section in report.sections:
        parts.append(f"<h2 style='page-break-before: always; color: #1d5952'>"
                     f"{escape(section.heading)}</h2>")
        parts.extend(_block(block, width) for block in section.blocks)
    parts.append("</body></html>")
    return "".join(parts)


# -- the PDF --------------------------------------------------------------------------
def pdf_bytes(report: Report, images: dict[str, QImage], font_family: str = "") -> bytes:
    """The report as PDF bytes. Touches no widget: safe in a worker thread."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator("PeerJournal")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    width, height = writer.width(), writer.height()  # the area inside the margins
    dots = RESOLUTION / 96
    font = QFont(font_family) if font_family else QFont()
    font.setPointSizeF(FONT_PT)
    footer_height = round(font.pointSizeF() / 72 * RESOLUTION * 3)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(
        f"h1 {{ font-size: 22pt; }} h2 {{ font-size: 16pt; margin-bottom: {6}px; }}"
        f" h3 {{ font-size: 12pt; margin-top: {12}px; }}"
        f" th {{ font-weight: bold; }} p, li {{ margin-bottom: {4}px; }}")
    for key, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(chart_url(key)), image)
    document.setHtml(report_html(report, round(width / dots)))
    body = QSizeF(width, height - footer_height)
    document.setPageSize(body)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF")
    try:
        small = QFont(font)
        small.setPointSizeF(FONT_PT * 0.85)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(),
                                                  body.height()))
            painter.restore()
            top = body.height() + footer_height / 3
            painter.setPen(QPen(QColor("#b8b2a7"), dots))
            painter.drawLine(0, round(top), width, round(top))
            painter.setFont(small)
            painter.setPen(QColor("#5b5750"))
            line = QRectF(0, top, width, footer_height * 2 / 3)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{report.footer} · {report.period}")
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             report.page_label(page + 1, pages))
    finally:
        painter.end()
    buffer.close()
    data = QByteArray(buffer.data())
    return bytes(data.data())


def write_pdf(path: Path, report: Report, images: dict[str, QImage], font_family: str = "") -> Path:
    """Make the PDF and save it at ``path`` (0600, all or nothing). Worker-thread safe."""
    write_atomic(path, pdf_bytes(report, images, font_family), what="the summary")
    return path

"""Lay a :class:`~peerjournal.core.summary.report.Report` out as a PDF: A4, numbered pages.

Charts are the Insights page's own chart classes in the light palette, whatever the app's
theme. Their painting is recorded on the GUI thread (:func:`chart_pictures`: widgets live
there; recording is quick, even for ten years of days) and replayed into the PDF as
vector drawing, so charts print sharp and no image has to be rasterised. The pages are
laid out by a QTextDocument from escaped HTML and printed with QPdfWriter into memory
(:func:`pdf_bytes`); that part touches no widget, so it runs in a worker thread. The
bytes then go to disk through ``write_atomic`` (0600, all or nothing).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QWidget

from peerjournal.core.insights import MoodOverTime
from peerjournal.core.summary.model import ReportSection
from peerjournal.core.summary.report import (
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
from peerjournal.storage.vault.atomic import write_atomic

from peerjournal.ui.app.style import LIGHT, palette_for
from peerjournal.ui.widgets.charts import (
    WEEKLY_FROM,
    MoodLineChart,
    StackedBarChart,
    WeekStretches,
    week_stretches,
)

RESOLUTION = 300  # dots per inch of the PDF's layout; text and lines stay vector
MARGINS_MM = QMarginsF(18, 16, 18, 12)
CHART_SIZE = (640, 260)  # logical pixels the chart is drawn at (as on screen)
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1  # a chart's place in the text
CHART_KEY = QTextFormat.Property.UserProperty + 1  # which chart goes there
FONT_PT = 10.0


def chart_weeks(report: Report) -> dict[str, WeekStretches]:
    """Chart key → the mood chart's weeks (:func:`~peerjournal.ui.widgets.charts.week_stretches`),
    for a chart of a year or more. No widget: worked out in the worker that builds the report."""
    return {spec.key: week_stretches(list(spec.daily)) for spec in report.charts
            if isinstance(spec, MoodChartSpec) and len(spec.daily) >= WEEKLY_FROM}


def _chart_widget(spec: MoodChartSpec | BarChartSpec, weeks: WeekStretches | None) -> QWidget:
    if isinstance(spec, MoodChartSpec):
        mood = MoodLineChart()
        mood.set_data(MoodOverTime(spec.daily[0][0], spec.daily[-1][0], list(spec.daily),
                                   list(spec.average)), weeks)
        return mood
    bars = StackedBarChart(spec.title)
    bars.set_data(list(spec.labels), list(spec.series), [list(v) for v in spec.values], spec.unit)
    return bars


def chart_pictures(report: Report) -> dict[str, QPicture]:
    """Chart key → the chart's painting (:func:`chart_picture`), all of them at once. GUI
    thread only; the dialog draws one chart a turn of the event loop instead."""
    return {spec.key: chart_picture(spec) for spec in report.charts}


def chart_picture(spec: MoodChartSpec | BarChartSpec, weeks: WeekStretches | None = None) -> QPicture:
    """The chart's painting as on the Insights page, in light colours, recorded at
    ``CHART_SIZE`` (``weeks``: from :func:`chart_weeks`, when worked out already). GUI thread
    only (the charts are widgets); the picture can then be replayed in any thread."""
    width, height = CHART_SIZE
    font = QFont()
    font.setPointSizeF(9)
    widget = _chart_widget(spec, weeks)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.setPalette(palette_for(LIGHT))  # paper is white, whatever the screen shows
    widget.setFont(font)
    widget.resize(width, height)
    picture = QPicture()
    widget.render(picture)
    widget.deleteLater()
    return picture


class _ChartObject(QPyTextObject):
    """Draws a recorded chart where the text has its placeholder, scaled to the text width."""

    def __init__(self, pictures: dict[str, QPicture], size: QSizeF) -> None:
        super().__init__()
        self.pictures, self.size = pictures, size

    def intrinsicSize(self, doc, position, format) -> QSizeF:  # type: ignore[no-untyped-def]  # noqa: A002, N802
        return self.size

    def drawObject(self, painter, rect, doc, position, format) -> None:  # type: ignore[no-untyped-def]  # noqa: A002, N802
        picture = self.pictures.get(str(format.property(CHART_KEY)))
        if picture is None:
            return
        # drawPicture scales by the device's resolution over the picture's own; undo that
        # part, so the chart fills exactly the place the text made for it.
        device = painter.device()
        dpi_x = device.logicalDpiX() / picture.logicalDpiX() if device else 1.0
        dpi_y = device.logicalDpiY() / picture.logicalDpiY() if device else 1.0
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / CHART_SIZE[0] / dpi_x, rect.height() / CHART_SIZE[1] / dpi_y)
        painter.drawPicture(0, 0, picture)
        painter.restore()


def _place_charts(document: QTextDocument, keys: list[str]) -> None:
    """Swap each chart's placeholder text for the chart object."""
    for key in keys:
        found = document.find(_placeholder(key))
        if found.isNull():
            continue
        chart = QTextCharFormat()
        chart.setObjectType(CHART_OBJECT)
        chart.setProperty(CHART_KEY, key)
        found.insertText("\ufffc", chart)


def _placeholder(key: str) -> str:
    return f"[[chart {key}]]"


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


def _block(block: Block) -> str:
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
    return f"<p><b>{escape(block.title)}</b></p><p>{escape(_placeholder(block.key))}</p>"


def _title_html(report: Report) -> str:
    return "".join([
        f"<h1 style='color: #1d5952'>{escape(report.title)}</h1>",
        f"<p style='font-size: 13pt'><b>{escape(report.period)}</b></p>",
        *(f"<p>{escape(line)}</p>" for line in report.about[1:]),
    ])


def _section_html(section: ReportSection, break_before: str = "") -> str:
    return (f"<h2 style='{break_before}color: #1d5952'>{escape(section.heading)}</h2>"
            + "".join(_block(block) for block in section.blocks))


def report_html(report: Report) -> str:
    """The whole report as Qt rich text, each chart as a placeholder line."""
    return "".join(["<html><body>", _title_html(report),
                    *(_section_html(s, "page-break-before: always; ") for s in report.sections),
                    "</body></html>"])


def part_htmls(report: Report) -> list[str]:
    """The title page and each section (which starts a page anyway) as rich text of its own:
    each is laid out on its own, so no single call into Qt's layout holds the GIL for the
    whole report (seconds for years of entries, with the window frozen meanwhile)."""
    return [f"<html><body>{html}</body></html>"
            for html in [_title_html(report), *(_section_html(s) for s in report.sections)]]


# -- the PDF --------------------------------------------------------------------------
def pdf_bytes(report: Report, pictures: dict[str, QPicture], font_family: str = "") -> bytes:
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

    charts = _ChartObject(pictures, QSizeF(width, width * CHART_SIZE[1] / CHART_SIZE[0]))
    body = QSizeF(width, height - footer_height)
    keys = [spec.key for spec in report.charts]
    documents = [_laid_out(html, writer, font, charts, keys, body) for html in part_htmls(report)]
    # Where each page comes from: (document, its page), numbered through the whole report.
    pages = [(document, page) for document in documents for page in range(document.pageCount())]

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF")
    try:
        small = QFont(font)
        small.setPointSizeF(FONT_PT * 0.85)
        for number, (document, page) in enumerate(pages):
            if number:
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
                             report.page_label(number + 1, len(pages)))
    finally:
        painter.end()
    buffer.close()
    data = QByteArray(buffer.data())
    return bytes(data.data())


def _laid_out(html: str, writer: QPdfWriter, font: QFont, charts: _ChartObject, keys: list[str],
              body: QSizeF) -> QTextDocument:
    """One part of the report (:func:`part_htmls`), laid out in pages of ``body``'s size."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(
        f"h1 {{ font-size: 22pt; }} h2 {{ font-size: 16pt; margin-bottom: {6}px; }}"
        f" h3 {{ font-size: 12pt; margin-top: {12}px; }}"
        f" th {{ font-weight: bold; }} p, li {{ margin-bottom: {4}px; }}")
    document.documentLayout().registerHandler(CHART_OBJECT, charts)
    document.setHtml(html)
    _place_charts(document, keys)
    document.setPageSize(body)
    document.pageCount()  # the layout, here: one part at a time
    return document


def write_pdf(path: Path, report: Report, pictures: dict[str, QPicture],
              font_family: str = "") -> Path:
    """Make the PDF and save it at ``path`` (0600, all or nothing). Worker-thread safe."""
    write_atomic(path, pdf_bytes(report, pictures, font_family), what="the summary")
    return path

"""The review of one shared file, read-only: the Insights page's charts (mood over time,
weekly counts), the person's message, how it compares with their file before, and the file
itself rendered exactly as the person saw it in their preview
(:func:`peerjournal.ui.sharing.share_view.document_parts`), a part at a time. No signals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from peerjournal.storage.supporter.store import StoredExport

from peerjournal.ui.sharing import DocumentFiller, document_parts
from peerjournal.ui.supporter.share_compare import doc_period_text, since_last
from peerjournal.ui.supporter.share_review_charts import ReviewCharts, describe
from peerjournal.ui.supporter.supporter_models import day_time_text
from peerjournal.ui.widgets import make
from peerjournal.ui.widgets.accessible import NamedSplitter

PREVIEW_TITLE = ""  # document_parts' own (translated) title, as in the person's own preview


def _heading() -> QLabel:
    """A wrapped section heading; it may hold the person's words, shown as typed, never as markup."""
    heading = make.label(name="sectionLabel", wrap=True)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    return heading


class ReviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.heading = _heading()
        self.charts = ReviewCharts()
        self.chart = self.charts.mood  # mood over time, as on the person's Insights page
        self.chart_caption = make.text_label(name="hintLabel")
        self.message_heading = _heading()
        self.message_heading.setText(self.tr("Their message to you"))
        self.message = make.text_label(name="messageLabel")
        self.comparison = make.text_label(name="comparisonLabel")
        self.comparison.setAccessibleName(self.tr("Since the last file"))
        self.browser = make.named(QTextBrowser(), "reviewBrowser", self.tr("The shared file"), self.tr(
            "The file as the person saw it before saving it; read only. Scroll with the arrow keys, "
            "Page Up and Page Down."))
        self.browser.setOpenLinks(False)  # the file has no links; nothing should ever load
        self.browser.setAcceptDrops(False)  # dropped files open as shares (the window's job)
        # A long file is added a part at a time: the first screen at once, no freeze (issue 20).
        self.filler = DocumentFiller(self.browser)

        summary = QWidget()
        top = make.column(summary, self.heading, self.charts, self.chart_caption, self.comparison,
                          self.message_heading, self.message)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        # The charts above the file, the split movable: a short screen can give the file more.
        split = NamedSplitter(Qt.Orientation.Vertical)
        split.setObjectName("reviewSplitter")
        split.addWidget(summary)
        split.addWidget(self.browser)
        split.setCollapsible(1, False)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 400])  # the file gets more than the charts; the charts keep their minimum
        layout = make.column(self, (split, 1))
        layout.setContentsMargins(0, 0, 0, 0)
        self.show_export(None, None)

    def show_export(self, export: StoredExport | None, previous: StoredExport | None) -> None:
        """Show ``export`` next to ``previous`` (the same person's file before it), or nothing."""
        parts = (self.heading, self.charts, self.chart_caption, self.comparison,
                 self.message_heading, self.message)
        if export is None:
            for widget in parts:
                widget.hide()
            self.filler.show_plain(self.tr("Choose a file to read it here."))
            return
        doc = export.document
        self.heading.setText(self.tr("{period} · made {when}").format(
            period=doc_period_text(doc), when=day_time_text(export.created)))
        content = doc.get("content", {})
        moods = content.get("moods")
        start = date.fromisoformat(doc["period"]["start"])
        end = date.fromisoformat(doc["period"]["end"])
        charted = self.charts.show_document(doc)
        self.chart_caption.setText(describe(start, end, moods))
        self.comparison.setText(since_last(doc, previous.document if previous else None))
        message = str(doc.get("message", "")).strip()
        self.message.setText(message)
        for widget in parts:
            widget.show()
        self.message_heading.setVisible(bool(message))
        self.message.setVisible(bool(message))
        # A chart with nothing in it says less than its one-line caption.
        self.charts.setVisible(charted)
        self.filler.show_parts(document_parts(doc, title=PREVIEW_TITLE))

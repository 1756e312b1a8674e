"""Sharing from the journal: the share dialog and preview, the Sharing page, replies, the PDF summary.

What other features may use of this one is imported here; they import it from this package, never
from its modules (tests/test_layers_ui.py).
"""

from __future__ import annotations

from peerjournal.ui.sharing.pdf_summary import write_pdf
from peerjournal.ui.sharing.share_view import document_html, document_parts
from peerjournal.ui.sharing.share_view_filler import DocumentFiller

__all__ = ["DocumentFiller", "document_html", "document_parts", "write_pdf"]

"""Sharing from the journal: the share dialog and preview, the Sharing page, replies, the PDF summary."""

"""Insights: charts, the calendar, patterns, the network map and how it changed.

What other features may use of this one is imported here; they import it from this package, never
from its modules (tests/test_layers_ui.py).
"""

from __future__ import annotations

from peerjournal.ui.insights.network_history import NetworkHistoryWidget
from peerjournal.ui.insights.network_history_text import (
    describe,
    difference_lines,
    reason_text,
    summary_line,
)

__all__ = ["NetworkHistoryWidget", "describe", "difference_lines", "reason_text", "summary_line"]

"""Search everything: one window that finds words anywhere in the journal, and goes to a hit.

What other features may use of this one is imported here (tests/test_layers_ui.py).
"""

from __future__ import annotations

from peerjournal.ui.search.go_to_hit import open_hit
from peerjournal.ui.search.search_window import SearchWindow

__all__ = ["SearchWindow", "open_hit"]

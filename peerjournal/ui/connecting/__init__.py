"""Connecting people: the resource check, goals and their reviews, places and groups.

What other features may use of this one is imported here; they import it from this package, never
from its modules (tests/test_layers_ui.py).
"""

from __future__ import annotations

from peerjournal.ui.connecting.place_link import WherePicker

__all__ = ["WherePicker"]

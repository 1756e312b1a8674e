"""The People page: the list, details, the person dialog, undoable changes, contacts import.

What other features may use of this one is imported here; they import it from this package, never
from its modules (tests/test_layers_ui.py).
"""

from __future__ import annotations

from peerjournal.ui.people.passing_commands import (
    AddPersonInPassingCommand,
    MovePersonCommand,
    add_in_passing,
)

__all__ = ["AddPersonInPassingCommand", "MovePersonCommand", "add_in_passing"]

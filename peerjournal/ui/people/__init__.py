"""The People page: the list, details, the person dialog, undoable changes, contacts import."""

"""Importing another app's export (Daylio CSV): the dialog and its one undoable step."""

from peerjournal.ui.imports.import_command import ImportEntriesCommand
from peerjournal.ui.imports.import_dialog import AppImportDialog

__all__ = ["AppImportDialog", "ImportEntriesCommand"]

"""Start from a data file: when a new journal is created, it can hold everything in a
"Take all my data" JSON file instead of starting empty.

A row of the create-your-journal dialog (:class:`~peerjournal.ui.app.unlock_dialog.UnlockDialog`):
a button to choose the file, a line saying which one, and a way back to an empty journal.
The passphrase is the one typed in that dialog; :func:`create_from_data` runs in its worker.
A file that can't be used is refused with a clear message and no journal file is left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from peerjournal.storage.files.data_import import create_vault_from_file
from peerjournal.storage.vault.database import Vault

from peerjournal.ui.widgets import files
from peerjournal.ui.widgets.make import action_button, hint_label


def create_from_data(vault_path: Path, passphrase: str, data_path: Path) -> Vault:
    """Make the new journal from the data file, read as it goes in: a 30-year file is never
    held whole (issue 20). Runs off the GUI thread."""
    return create_vault_from_file(vault_path, passphrase, data_path)


class StartFromDataRow(QWidget):
    """``path`` is the chosen data file, or None for an empty journal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startFromDataRow")
        self.path: Path | None = None
        self.choose_button = action_button(
            self.tr("Start from a &data file…"), "startFromDataButton", self.tr("Start from a data file"),
            self.choose, self.tr("Your new journal will hold everything in a JSON file saved with Take all my data."))
        self.empty_button = action_button(
            self.tr("Start &empty instead"), "startEmptyButton", self.tr("Start with an empty journal instead"),
            self.clear, self.tr("Forgets the chosen data file: your new journal starts with nothing in it."))
        self.empty_button.hide()
        self.label = hint_label(self.tr(
            "Moving from another computer? You can start from a file saved with "
            "\u201cTake all my data\u201d."))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def choose(self) -> None:
        path = files.choose_open(self, self.tr("Choose a data file"),
                                 self.tr("PeerJournal data files (*.json);;All files (*)"))
        if path is None:
            return
        self.path = path
        self.label.setText(self.tr(
            "Your new journal will hold everything in {name}, encrypted with the passphrase "
            "you choose above."
        ).format(name=path.name))
        self.empty_button.show()

    def clear(self) -> None:
        self.path = None
        self.label.setText(self.tr("Your new journal will start empty."))
        self.empty_button.hide()

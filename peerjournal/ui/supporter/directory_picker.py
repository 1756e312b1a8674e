"""Add from my directory… (writing a reply): tick places from the worker's directory; each is
copied into the reply, so changing the directory later never changes a reply already sent."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from peerjournal.core.directory.entries import DirectoryEntry

from peerjournal.ui.supporter.directory_model import entry_summary, needs_text
from peerjournal.ui.widgets import make


class DirectoryPickerDialog(QDialog):
    """``chosen()`` after it is accepted: the ticked entries, in the list's order."""

    def __init__(self, entries: Sequence[DirectoryEntry], parent: QWidget | None = None, *,
                 ideas: Collection[int] = ()) -> None:
        """``ideas``: ids of the entries that meet gaps in the person's newest file (listed first)."""
        super().__init__(parent)
        self.setObjectName("directoryPickerDialog")
        self.setWindowTitle(self.tr("Add from my directory"))
        # Ideas for this person first, each list in the directory's order.
        self.entries = sorted(entries, key=lambda e: e.id not in ideas)
        hint = make.hint_label(self.tr(
            "Tick the places to suggest. Each goes into the reply as it is now; changing your "
            "directory later won't change this reply.") if entries else self.tr(
            "Your directory is empty. Add places to it from File ▸ My directory…"))
        self.search_edit = make.line_edit("pickerSearchEdit", self.tr("Search the directory"),
                                          placeholder=self.tr("Search names, needs, tags, places…"))
        self.search_edit.textChanged.connect(self._filter)
        self.list = make.named(QListWidget(), "pickerList", self.tr("Places in your directory"),
                               self.tr("Tick each place to add to the reply (Space ticks the chosen one)."))
        for entry in self.entries:
            needs = needs_text(entry)
            text = f"{entry.name} — {needs}" if needs else entry.name
            if entry.id in ideas:
                text = self.tr("{entry} (an idea for them)").format(entry=text)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(entry_summary(entry))
            self.list.addItem(item)
        cancel = make.button(self.tr("Cancel"), "cancelPickButton", self.tr("Cancel"),
                             self.tr("Closes this window; nothing is added to the reply."), auto_default=False,
                             clicked=self.reject)
        self.add_button = make.button(self.tr("&Add to the reply"), "addPickedButton",
                                      self.tr("Add the ticked places to the reply"),
                                      self.tr("Copies each ticked place into the reply."), default=True,
                                      clicked=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(make.button_row(cancel, self.add_button))
        self.resize(520, 420)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row, entry in enumerate(self.entries):
            haystack = f"{entry.name} {needs_text(entry)} {entry_summary(entry)}".casefold()
            self.list.item(row).setHidden(not all(w in haystack for w in words))

    def tick(self, *names: str) -> None:
        """Tick the entries called ``names`` (what a click on each box does)."""
        for row, entry in enumerate(self.entries):
            if entry.name in names:
                self.list.item(row).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[DirectoryEntry]:
        return [entry for row, entry in enumerate(self.entries)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

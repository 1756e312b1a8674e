"""The search field above the network map: type a name, press Enter (or pick a suggestion),
and that person's dot is shown and chosen, even in a circle too crowded to show everyone."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from peerjournal.ui.insights.network_view import NetworkView
from peerjournal.ui.widgets.focus_events import caret_after_focus
from peerjournal.ui.widgets.make import named


class NetworkSearch(QLineEdit):
    def __init__(self, view: NetworkView) -> None:
        super().__init__()
        caret_after_focus(self)
        self.view = view
        named(self, "networkSearch", self.tr("Find a person on the map"), self.tr(
            "Type a name and press Enter: their dot is shown and chosen, and the arrow keys and "
            "Ctrl+Up or Ctrl+Down work on it."))
        self.setPlaceholderText(self.tr("Find a person on the map"))
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self.find)
        self.setCompleter(completer)
        self.returnPressed.connect(lambda: self.find(self.text()))

    def set_names(self, names: list[str]) -> None:
        """The names to suggest (everyone on the map, shown or counted in "+N more")."""
        self._names.setStringList(names)

    def find(self, text: str) -> bool:
        """Show and choose the person; say so kindly when nobody on the map is called that."""
        if not text.strip():
            return False
        if self.view.reveal(text):
            self.view.setFocus()  # the arrow keys and Ctrl+Up/Down now work on them
            return True
        self.view.personChosen.emit(self.tr("Nobody called “{name}” is on the map.").format(name=text.strip()))
        return False

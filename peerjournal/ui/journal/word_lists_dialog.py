"""Edit the word lists offered in forms: feelings and kinds of activity.

Removing a word only takes it off the list offered for new entries; entries that
used it keep it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.widgets.accessible import describe_tabs, dialog_buttons
from peerjournal.ui.widgets.focus_events import caret_after_focus


@dataclass(frozen=True)
class ListWords:
    """What a list editor says about its list (translated by the caller)."""

    list_name: str  # "Your feelings list"
    new_word: str  # "New feeling"
    add: str  # "Add to the feelings list"
    remove: str  # "Remove the chosen word from the feelings list"


class WordListEditor(QWidget):
    def __init__(
        self,
        noun: str,
        words: ListWords,
        load: Callable[[], list[str]],
        add: Callable[[str], str],
        remove: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._add, self._remove = load, add, remove
        self.list = QListWidget()
        self.list.setObjectName(f"{noun}List")
        self.list.setAccessibleName(words.list_name)
        self.list.setAccessibleDescription(self.tr("The words offered in your entries. Choose one to remove it."))
        self.field = caret_after_focus(QLineEdit())
        self.field.setObjectName(f"{noun}Edit")
        self.field.setAccessibleName(words.new_word)
        self.field.setPlaceholderText(self.tr("Type a word and press Enter to add it"))
        self.field.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName(f"{noun}AddButton")
        self.add_button.setAccessibleName(words.add)
        self.add_button.setAccessibleDescription(self.tr("Adds the word typed beside it to the list (Enter)."))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName(f"{noun}RemoveButton")
        self.remove_button.setAccessibleName(words.remove)
        self.remove_button.setAccessibleDescription(self.tr(
            "Takes the chosen word off the list. Entries that already use it keep it."))
        self.remove_button.clicked.connect(self.remove)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.list.addItems(self._load())

    def words(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add(self) -> None:
        try:
            word = self._add(self.field.text())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.field.clear()
        self.reload()
        matches = [i for i, w in enumerate(self.words()) if w.casefold() == word.casefold()]
        if matches:
            self.list.setCurrentRow(matches[0])

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = self.list.currentRow()
        self._remove(item.text())
        self.reload()
        self.list.setCurrentRow(min(row, self.list.count() - 1))


class ListsDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listsDialog")
        self.setWindowTitle(self.tr("Feelings and kinds of activity"))
        intro = QLabel(self.tr(
            "These are the words offered when you write an entry. Removing one does not "
            "change entries that already use it."
        ))
        intro.setWordWrap(True)
        feelings = ListWords(self.tr("Your feelings list"), self.tr("New feeling"),
                             self.tr("Add to the feelings list"),
                             self.tr("Remove the chosen word from the feelings list"))
        self.feelings = WordListEditor(
            "feelings", feelings, journal.feelings, journal.add_feeling, journal.remove_feeling
        )
        kinds = ListWords(self.tr("Your list of kinds of activity"), self.tr("New kind of activity"),
                          self.tr("Add to the kinds of activity"),
                          self.tr("Remove the chosen kind of activity from the list"))
        self.categories = WordListEditor(
            "activities", kinds, journal.activity_categories, journal.add_activity_category,
            journal.remove_activity_category,
        )
        tabs = QTabWidget()
        tabs.setObjectName("listsTabs")
        tabs.setAccessibleName(self.tr("Lists"))
        tabs.addTab(self.feelings, self.tr("&Feelings"))
        tabs.addTab(self.categories, self.tr("&Kinds of activity"))
        describe_tabs(tabs, (self.tr("The feelings offered in a check-in."),
                             self.tr("The kinds of activity offered when you log one.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        dialog_buttons(buttons, close=self.tr("Closes this window. Changes to the lists are already saved."))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(460, 480)

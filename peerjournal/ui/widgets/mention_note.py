"""A note field where typing "@" offers the people the journal knows, and "Add someone…".

The field shows a mention as "@Sam"; :meth:`MentionNote.note` gives the stored note with
tokens (``core.mentions``) and :meth:`MentionNote.set_note` takes one. Keyboard first: the
list follows the typing, Up/Down choose, Enter or Tab picks, Escape closes it and keeps the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from peerjournal.core.mentions import for_editing, from_editing, matching_people, typed_mention

from peerjournal.ui.widgets.make import line_edit

CreatePerson = Callable[[str], int | None]
_ADD = -1  # the "Add someone…" row
_PICK_KEYS = (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab)


def ask_name(parent: QWidget) -> str | None:
    """The name of someone new (tests replace this); None when the person cancels."""
    translate = QCoreApplication.translate
    dialog = QDialog(parent)
    dialog.setObjectName("addSomeoneDialog")
    dialog.setWindowTitle(translate("MentionNote", "Add someone"))
    field = line_edit("newPersonNameEdit", translate("MentionNote", "Their name:"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QFormLayout(dialog)
    layout.addRow(translate("MentionNote", "Their name:"), field)
    layout.addRow(buttons)
    return field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MentionNote(QPlainTextEdit):
    """A plain-text note with "@" mentions of people (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: dict[int, str] = {}
        self._known: dict[str, int] = {}  # names mentioned in the loaded note or picked here
        self._create_person: CreatePerson | None = None
        self._rows: list[int] = []
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        popup = self.completer.popup()
        popup.setObjectName("mentionPopup")
        popup.setAccessibleName(self.tr("People you can name"))
        popup.setAccessibleDescription(self.tr(
            "Up and Down choose, Enter names the person in your note, Escape keeps what you typed."))
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]  # a click
        popup.installEventFilter(self)  # after the completer's own filter, so asked first
        self._closed_at: int | None = None  # the "@" whose list was closed (picked or Escape)
        self.textChanged.connect(self._update_popup)

    # -- what the forms use ------------------------------------------------------------------
    def set_people(self, names: dict[int, str]) -> None:
        """Everyone who can be named, id → name (archived people left out by the caller)."""
        self._people = dict(names)

    def set_create_person(self, create_person: CreatePerson | None) -> None:
        self._create_person = create_person

    def set_note(self, stored: str) -> None:
        """Show a stored note: each mention as "@Name"."""
        shown, names = for_editing(stored)
        self._known.update(names)
        self._closed_at = None
        self.setPlainText(shown)

    def note(self) -> str:
        """The stored form of what is typed: "@Name" of someone known becomes a mention."""
        known = {name: pid for pid, name in self._people.items()}
        known.update(self._known)  # picked or loaded mentions win over a namesake
        return from_editing(self.toPlainText(), known)

    def mentioned(self) -> dict[str, int]:
        """The names picked or loaded here (name → id)."""
        return dict(self._known)

    # -- the popup --------------------------------------------------------------------------
    def _typed(self) -> str | None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return None
        return typed_mention(self.toPlainText(), cursor.position())

    def _at(self) -> int | None:
        """Where the "@" of the mention being typed is, or None."""
        typed = self._typed()
        return None if typed is None else self.textCursor().position() - len(typed) - 1

    def _update_popup(self) -> None:
        typed = self._typed()
        popup = self.completer.popup()
        if typed is None:
            self._closed_at = None
        if typed is None or self._at() == self._closed_at:
            popup.hide()
            return
        people = sorted(self._people.items(), key=lambda p: p[1].casefold())
        found = matching_people(people, typed)
        if typed and not found and " " in typed:
            popup.hide()  # "@home for a while": not a name being typed any more
            return
        self._rows = [pid for pid, _ in found] + [_ADD]
        self._model.setStringList([name for _, name in found] + [self.tr("Add someone…")])
        rect = self.cursorRect()
        rect.setWidth(max(popup.sizeHintForColumn(0) + 24, 200))
        self.completer.complete(rect)
        popup.setCurrentIndex(self._model.index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.completer.popup().isVisible() and self._popup_key(event.key()):
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys pressed while the list is open reach it first (it is a popup window)."""
        if (watched is self.completer.popup() and event.type() == QEvent.Type.KeyPress
                and self._popup_key(event.key())):  # type: ignore[attr-defined]
            return True
        return super().eventFilter(watched, event)

    def _popup_key(self, key: int) -> bool:
        """Handle a key meant for the open list; False: the key is typing."""
        popup = self.completer.popup()
        if key in _PICK_KEYS:
            self._picked(popup.currentIndex())
            return True
        if key == Qt.Key.Key_Escape:
            self._closed_at = self._at()
            popup.hide()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = (popup.currentIndex().row() + step) % max(1, self._model.rowCount())
            popup.setCurrentIndex(self._model.index(row, 0))
            return True
        return False

    def _picked(self, index: QModelIndex) -> None:
        self.completer.popup().hide()
        typed = self._typed()
        if typed is None or not index.isValid() or index.row() >= len(self._rows):
            return
        self._closed_at = self._at()
        person_id: int | None = self._rows[index.row()]
        if person_id == _ADD:
            person_id, name = self._add_someone(typed.strip())
        else:
            name = self._people.get(person_id, "")  # type: ignore[arg-type]
        if person_id is None or not name:
            return
        self._known[name] = person_id
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(typed))
        cursor.insertText(name + " ")
        self.setTextCursor(cursor)
        self.completer.popup().hide()

    def _add_someone(self, typed: str) -> tuple[int | None, str]:
        if self._create_person is None:
            return None, ""
        name = " ".join((typed or ask_name(self) or "").split())
        if not name:
            return None, ""
        person_id = self._create_person(name)
        if person_id is not None:
            self._people[person_id] = name
        return person_id, name


def mention_note(object_name: str, accessible_name: str, placeholder: str) -> MentionNote:
    """A note field like ``make.note_field``, with "@" mentions."""
    note = MentionNote()
    note.setObjectName(object_name)
    note.setAccessibleName(accessible_name)
    note.setAccessibleDescription(QCoreApplication.translate(
        "MentionNote", "{hint} Type @ to name someone from your people.").format(hint=placeholder))
    note.setPlaceholderText(placeholder)
    note.setTabChangesFocus(True)
    lines = note.fontMetrics().lineSpacing()
    note.setMinimumHeight(lines * 2 + 14)
    note.setMaximumHeight(lines * 4 + 14)
    return note

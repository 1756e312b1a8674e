"""Word chips: pick feelings by clicking chips or by typing, and pick people the same way.

Typing is the fast keyboard path (type, Enter); chips are the mouse path and show
what is chosen. Chips are not tab stops, so twenty feelings don't cost twenty Tabs.

Signals: ``selectionChanged()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.ui.widgets.flow_layout import FlowLayout
from peerjournal.ui.widgets.focus_events import caret_after_focus


def _attach_completer(field: QLineEdit) -> QStringListModel:
    """One completer per field for its lifetime; callers refresh the returned word list."""
    words = QStringListModel(field)
    completer = QCompleter(words, field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.popup().setAccessibleName(QCoreApplication.translate("Chips", "Suggestions for {what}").format(
        what=field.accessibleName().lower()))
    field.setCompleter(completer)
    return words


def _close_popup(field: QLineEdit) -> None:
    completer = field.completer()
    if completer is not None:
        completer.popup().hide()


class _TypeAheadChips(QWidget):
    """A field with word completion above a wrapping row of chips; Enter calls ``_typed``."""

    selectionChanged = Signal()

    def __init__(self, name: str, accessible_name: str, placeholder: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Picker")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = caret_after_focus(QLineEdit())
        self.field.setObjectName(f"{name}Field")
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(accessible_name)
        self.field.returnPressed.connect(self._typed)
        self._words = _attach_completer(self.field)
        layout.addWidget(self.field)
        self._chip_box = QWidget()
        self._flow = FlowLayout(self._chip_box)
        layout.addWidget(self._chip_box)

    def _typed(self) -> None:
        raise NotImplementedError


class FeelingsPicker(_TypeAheadChips):
    """All offered feelings as toggle chips, plus a field to type one (new words are allowed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("feelings", self.tr("Feelings"), self.tr("Type a feeling and press Enter, or click below"),
                         parent)
        self._chips: dict[str, QToolButton] = {}
        self._update_description()

    def set_options(self, words: Iterable[str]) -> None:
        chosen = self.selected()
        for chip in self._chips.values():
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips.clear()
        offered = list(words)
        for word in offered + [w for w in chosen if w not in offered]:
            self._add_chip(word)
        self.set_selected(chosen)
        self._words.setStringList(list(self._chips))

    def _add_chip(self, word: str) -> QToolButton:
        chip = QToolButton()
        chip.setText(word)
        chip.setCheckable(True)
        chip.setObjectName("feelingChip")
        chip.setAccessibleName(self.tr("Feeling: {word}").format(word=word))
        chip.setAccessibleDescription(self.tr("Chooses this feeling, or takes it off again. "
                                              "From the keyboard, type it in the feelings field."))
        chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chip.toggled.connect(self._changed)
        self._flow.addWidget(chip)
        self._chips[word] = chip
        return chip

    def selected(self) -> tuple[str, ...]:
        return tuple(w for w, chip in self._chips.items() if chip.isChecked())

    def set_selected(self, words: Iterable[str]) -> None:
        wanted = {w.lower() for w in words}
        for word in wanted - set(self._chips):
            self._add_chip(word)
        for word, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(word in wanted)
            chip.blockSignals(False)
        self._changed()

    def clear(self) -> None:
        self.field.clear()
        self.set_selected(())

    def _typed(self) -> None:
        word = " ".join(self.field.text().split()).lower()
        self.field.clear()
        _close_popup(self.field)
        if not word:
            return
        match = next((w for w in self._chips if w.lower() == word), None)
        chip = self._chips[match] if match else self._add_chip(word)
        chip.setChecked(not chip.isChecked() if match else True)

    def _changed(self) -> None:
        self._update_description()
        self.selectionChanged.emit()

    def _update_description(self) -> None:
        chosen = ", ".join(self.selected()) or self.tr("none")
        self.field.setAccessibleDescription(
            self.tr("Type a feeling and press Enter to add or remove it. Chosen: {chosen}.").format(chosen=chosen)
        )


class PeoplePicker(_TypeAheadChips):
    """Chosen people as removable chips; type a name and Enter to add someone.

    ``create_person`` is called with a new name the journal does not know yet and
    returns the new person's id (or None to cancel).
    """

    def __init__(
        self,
        create_person: Callable[[str], int | None] | None = None,
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("people", accessible_name or self.tr("People"), self.tr("Type a name and press Enter"),
                         parent)
        self._create_person = create_person
        self._names: dict[int, str] = {}
        self._chosen: list[int] = []
        self._update_description()

    def set_people(self, names: dict[int, str]) -> None:
        """All people who can be picked, id → name (archived people left out by the caller)."""
        self._names = dict(names)
        self._words.setStringList(sorted(self._names.values(), key=str.casefold))
        self._rebuild()

    def add_known(self, person_id: int, name: str) -> None:
        self._names[person_id] = name
        self.set_people(self._names)

    def selected(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def set_selected(self, person_ids: Iterable[int]) -> None:
        self._chosen = [pid for pid in dict.fromkeys(person_ids) if pid in self._names]
        self._rebuild()
        self.selectionChanged.emit()

    def clear(self) -> None:
        self.field.clear()
        self.set_selected(())

    def _typed(self) -> None:
        name = " ".join(self.field.text().split())
        _close_popup(self.field)
        if not name:
            return
        matches = [pid for pid, n in self._names.items() if n.casefold() == name.casefold()]
        if matches:
            pid: int | None = matches[0]
        elif self._create_person is not None:
            pid = self._create_person(name)
            if pid is not None:
                self._names[pid] = name
                self.set_people(self._names)
        else:
            pid = None
        self.field.clear()
        if pid is not None and pid not in self._chosen:
            self._chosen.append(pid)
            self._rebuild()
            self.selectionChanged.emit()

    def _remove(self, person_id: int) -> None:
        if person_id in self._chosen:
            self._chosen.remove(person_id)
            self._rebuild()
            self.selectionChanged.emit()
            self.field.setFocus()

    def _rebuild(self) -> None:
        while self._flow.count():
            item = self._flow.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        previous: QWidget = self.field
        for pid in self._chosen:
            chip = QToolButton()
            name = self._names.get(pid, "?")
            chip.setText(f"{name}  ✕")
            chip.setObjectName("personChip")
            chip.setAccessibleName(self.tr("Remove {name}").format(name=name))
            chip.setToolTip(self.tr("Remove {name}").format(name=name))
            chip.setAccessibleDescription(self.tr("Takes {name} off this entry. They stay in your people.").format(
                name=name))
            chip.clicked.connect(lambda _=False, p=pid: self._remove(p))
            self._flow.addWidget(chip)
            QWidget.setTabOrder(previous, chip)  # right after the field, not at the end of the form
            previous = chip
        self._update_description()

    def _update_description(self) -> None:
        chosen = ", ".join(self._names.get(p, "?") for p in self._chosen) or self.tr("nobody yet")
        self.field.setAccessibleDescription(
            self.tr("Type a name and press Enter to add them. New names become new people. Chosen: {chosen}.").format(
                chosen=chosen)
        )

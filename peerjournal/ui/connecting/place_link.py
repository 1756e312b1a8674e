"""Where an activity happened: the entry dialog's optional "Where" picker, and saving the
activity with its place as one undoable step.

The picker only appears when the journal has places. :func:`with_place` wraps the entry
dialog's add or edit command so that undo and redo take the place link along with the
activity (undoing an edit puts back the place it had before).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from peerjournal.core.records import Activity
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.app.undo import AddEntriesCommand, EditEntryCommand, JournalCommand
from peerjournal.ui.drafts.values import choose
from peerjournal.ui.widgets.accessible import tie_label


class WherePicker(QWidget):
    """A "Where" row: "Nowhere in particular" or one of the journal's places."""

    def __init__(self, journal: Journal, activity: Activity | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wherePicker")
        store = journal.places
        self.combo = QComboBox()
        self.combo.setObjectName("activityPlaceCombo")
        self.combo.setAccessibleName(self.tr("Where it was"))
        self.combo.setAccessibleDescription(self.tr("One of your places and groups, if it was at one"))
        self.combo.addItem(self.tr("Nowhere in particular"), None)
        for place in store.places():
            self.combo.addItem(place.name, place.id)
        self.before = store.place_of_activity(activity.id) if activity and activity.id else None
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.before)) if self.before else 0)
        self.label = QLabel(self.tr("Whe&re"))
        tie_label(self.label, self.combo)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.label, self.combo)

    @classmethod
    def for_activity(cls, journal: Journal, activity: Activity | None = None) -> WherePicker | None:
        """A picker, or None when there are no places to pick from."""
        if not journal.places.places():
            return None
        return cls(journal, activity)

    def place_id(self) -> int | None:
        return self.combo.currentData()

    def changed(self) -> bool:
        return self.place_id() != self.before

    def choose(self, place_id: Any) -> None:
        """Choose the place with id ``place_id`` (from a draft): one removed since, or a value
        that isn't an id, leaves "Nowhere in particular"."""
        choose(self.combo, place_id)


class WithPlaceCommand(JournalCommand):
    """An add or edit of one activity, and where it happened, as one step."""

    def __init__(self, journal: Journal, inner: AddEntriesCommand | EditEntryCommand,
                 place_id: int | None) -> None:
        super().__init__(journal, inner.text())
        self.inner = inner
        self.place_id = place_id
        self.before: int | None = None

    def _activity_id(self) -> int:
        entry = self.inner.entries[0] if isinstance(self.inner, AddEntriesCommand) else self.inner.after
        assert entry.id is not None
        return entry.id

    def _link(self, place_id: int | None) -> None:
        store = self.journal.places
        try:
            store.link_activity(self._activity_id(), place_id)
        except UserError:  # the place was removed meanwhile: the activity is kept without it
            store.link_activity(self._activity_id(), None)

    def apply(self) -> None:
        with self.journal.batch():
            self.inner.apply()
            self.before = self.journal.places.place_of_activity(self._activity_id())
            self._link(self.place_id)

    def revert(self) -> None:
        with self.journal.batch():
            if isinstance(self.inner, EditEntryCommand):
                self._link(self.before)
            self.inner.revert()  # undoing an add deletes the activity, and its link with it


def with_place(picker: WherePicker | None,
               command: AddEntriesCommand | EditEntryCommand) -> JournalCommand:
    """``command`` as it is, or wrapped to save the place chosen in ``picker`` with it."""
    if picker is None or not picker.changed():
        return command
    return WithPlaceCommand(command.journal, command, picker.place_id())

"""The Places and groups tab: a table of the person's local groups, clubs, services and places,
and for the chosen one its details, the activities logged there and the goals linked to it.

Signals: ``placeSaved(object)`` with each place saved from the place dialog.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.places import Place
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents, RefreshOnChange
from peerjournal.ui.connecting.detail_panel import reading_list, value_form
from peerjournal.ui.connecting.place_dialog import PlaceDialog
from peerjournal.ui.widgets.accessible import view_shortcut
from peerjournal.ui.widgets.buttons import list_splitter, local_day_text
from peerjournal.ui.widgets.dialog_steps import confirm_then, open_dialog
from peerjournal.ui.widgets.make import action_button, named, text_label
from peerjournal.ui.widgets.tables import read_only
from peerjournal.ui.widgets.text_table_model import ItemTableModel

PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PlacesModel(ItemTableModel[Place]):
    """Name, what, when, and the last time an activity was logged there."""

    HEADERS = (QT_TRANSLATE_NOOP("PlacesModel", "Name"), QT_TRANSLATE_NOOP("PlacesModel", "What"),
               QT_TRANSLATE_NOOP("PlacesModel", "When"), QT_TRANSLATE_NOOP("PlacesModel", "Last there"))
    ID_ROLE = PLACE_ID_ROLE

    def load(self, places: list[Place], last: dict[int, datetime]) -> None:
        def last_there(place: Place) -> str:
            visit = last.get(place.id) if place.id is not None else None
            return local_day_text(visit) if visit else ""

        self._show(places, [(p.name, p.what, p.when, last_there(p)) for p in places])

    def place_at(self, row: int) -> Place | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def _id_of(self, item: Place) -> object:
        return item.id


class PlacesWidget(QWidget, RefreshOnChange):
    REFRESH_ON = frozenset({Change.PLACES, Change.ACTIVITIES, Change.GOALS})
    placeSaved = Signal(object)

    def __init__(self, journal: Journal, events: JournalEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placesWidget")
        self._journal = journal
        self._store = journal.places
        self._current: int | None = None
        self.place_dialog: PlaceDialog | None = None

        intro = text_label(self.tr(
            "Local groups, clubs, services and places you go to or might like to try. When you "
            "log an activity you can say where it was."
        ), "hintLabel")
        self.add_button = action_button(self.tr("&Add a place…"), "addPlaceButton",
                                        self.tr("Add a place or group"), self.add_place,
                                        self.tr("Opens a form for a group, club, service or place."))
        self.edit_button = action_button(self.tr("Ed&it…"), "editPlaceButton",
                                         self.tr("Change this place"), self.edit_place,
                                         self.tr("Opens the chosen place to change it."))
        self.remove_button = action_button(self.tr("&Remove…"), "removePlaceButton",
                                           self.tr("Remove this place"), self.remove_place, self.tr(
            "Removes the chosen place after asking. Activities logged there stay in your journal."))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model = PlacesModel(self)
        self.table = named(QTableView(), "placesTable", self.tr("Places and groups"), self.tr(
            "Choose a place to see its details, the activities there and linked goals."))
        self.table.setModel(self.model)
        read_only(self.table, self.tr("Place list columns"), select_rows=True, alternate=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # what and when share the room left by name and "last there"
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_place())
        self.empty_label = text_label(self.tr(
            "No places yet. Add a group you go to, or one you'd like to try one day."
        ), "emptyLabel")

        splitter = list_splitter("placesSplitter", self.table, self.empty_label)
        splitter.addWidget(self._details())
        splitter.setSizes([520, 500])

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        view_shortcut(self, self.table, QKeySequence.StandardKey.Delete, self.remove_place)

        events.changed.connect(self._journal_changed)
        self.refresh()

    def _details(self) -> QWidget:
        self.name_label = text_label(name="placeNameLabel")
        form, self.field_labels = value_form(
            (("what", self.tr("What")), ("when", self.tr("When")),
             ("how", self.tr("How to get there")), ("contact", self.tr("Contact")),
             ("notes", self.tr("Notes"))), "PlaceValue")
        self.activities_list = reading_list("placeActivitiesList", self.tr("Activities here"),
                                            self.tr("Activities you logged at this place, newest first."))
        self.goals_list = reading_list("placeGoalsList", self.tr("Goals linked to this place"),
                                       self.tr("Your goals that name this place."))
        self.details = named(QWidget(), "placeDetails")
        column = QVBoxLayout(self.details)
        column.addWidget(self.name_label)
        column.addLayout(form)
        column.addWidget(text_label(self.tr("Activities here"), "sectionLabel"))
        column.addWidget(self.activities_list, 2)
        column.addWidget(text_label(self.tr("Goals linked to it"), "sectionLabel"))
        column.addWidget(self.goals_list, 1)
        return self.details

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        places = self._store.places()
        self.model.load(places, self._store.last_visits())
        has = bool(places)
        self.table.setVisible(has)
        self.empty_label.setVisible(not has)
        keep = self._current if self._current is not None and self.model.row_of(self._current) >= 0 else None
        if keep is None and places:
            keep = places[0].id
        self.select_place(keep)

    def select_place(self, place_id: int | None) -> None:
        self._current = place_id
        row = self.model.row_of(place_id) if place_id is not None else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(False)
        self._show_details()

    def current_place(self) -> Place | None:
        row = self.model.row_of(self._current) if self._current is not None else -1
        return self.model.place_at(row)

    def _row_changed(self, current: QModelIndex) -> None:
        place = self.model.place_at(current.row())
        if place is not None:
            self._current = place.id
            self._show_details()

    def _show_details(self) -> None:
        place = self.current_place()
        self.details.setVisible(place is not None)
        self.edit_button.setEnabled(place is not None)
        self.remove_button.setEnabled(place is not None)
        if place is None or place.id is None:
            return
        self.name_label.setText(place.name)
        for key, value in (("what", place.what), ("when", place.when),
                           ("how", place.how_to_get_there), ("contact", place.contact),
                           ("notes", place.notes)):
            self.field_labels[key].setText(value or "—")
        self.activities_list.clear()
        activities = self._store.activities_at(place.id)
        for activity in activities:
            self.activities_list.addItem(self.tr("{day}: {title}").format(
                day=local_day_text(activity.at), title=activity.title))
        if not activities:
            self.activities_list.addItem(self.tr("Nothing logged here yet."))
        self.goals_list.clear()
        goals = self._journal.goals.goals_at(place.id)
        for goal in goals:
            self.goals_list.addItem(self.tr("{title} ({status})").format(
                title=goal.title, status=goal.status.label.lower()))
        if not goals:
            self.goals_list.addItem(self.tr("No goals linked to this place."))

    # -- actions --------------------------------------------------------------------------
    def add_place(self) -> PlaceDialog:
        return self._open(PlaceDialog(self._journal, parent=self))

    def edit_place(self) -> PlaceDialog | None:
        place = self.current_place()
        if place is None:
            return None
        return self._open(PlaceDialog(self._journal, place, self))

    def _open(self, dialog: PlaceDialog) -> PlaceDialog:
        self.place_dialog = dialog
        return open_dialog(dialog, lambda: self._saved(dialog))

    def _saved(self, dialog: PlaceDialog) -> None:
        place = dialog.place()
        if place is not None:
            self.select_place(place.id)
            self.placeSaved.emit(place)

    def remove_place(self) -> None:
        place = self.current_place()
        if place is None or place.id is None:
            return
        place_id = place.id
        confirm_then(self, (
            self.tr("Remove this place?"),
            self.tr("Remove “{name}” from your places? Activities logged there stay in your "
                    "journal, and goals linked to it keep going without it.").format(name=place.name),
            self.tr("Remove"), self.tr("Keep it"),
        ), lambda: self._store.delete_place(place_id), self.tr("Not removed"))

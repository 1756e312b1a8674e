"""My trackers…: switch the person's own trackers on, add them (from suggestions or their own),
retire or bring them back. Retiring keeps every value noted; changes are saved at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.trackers import SUGGESTIONS, Tracker, TrackerKind, kind_label, suggestion
from peerjournal.errors import UserError
from peerjournal.storage.journal import Change, Journal

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.widgets.accessible import dialog_buttons
from peerjournal.ui.widgets.make import (
    action_button,
    buddy_rows,
    button_row,
    check_box,
    combo,
    dialog_body,
    error_label,
    hint_label,
    line_edit,
    named,
)


class TrackersDialog(QDialog):
    def __init__(self, journal: Journal, settings: SettingsService, events: JournalEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackersDialog")
        self.setWindowTitle(self.tr("My trackers"))
        self.journal = journal
        self.settings = settings
        self.switch = check_box(
            self.tr("Show my &trackers on Today"), "showTrackersCheck", self.tr("Show my trackers on Today"),
            self.tr("Off by default. When on, Today shows a row for each tracker below your mood."),
            checked=settings.settings.show_trackers, toggled=self._switch)
        self.list = named(QListWidget(), "trackersList", self.tr("Your trackers"), self.tr(
            "The trackers you added. A retired one leaves Today, and keeps what you noted."))
        self.retire_button = action_button(self.tr("&Retire"), "retireTrackerButton",
                                           self.tr("Retire the chosen tracker"), self.retire, self.tr(
                                               "It leaves Today; everything you noted with it stays."))
        self.back_button = action_button(self.tr("&Bring back"), "bringBackTrackerButton",
                                         self.tr("Bring back the chosen tracker"), self.bring_back,
                                         self.tr("It shows on Today again, with everything noted before."))
        self.error = error_label(self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "closeButton", self.tr("Close"))
        dialog_buttons(buttons, close=self.tr("Closes this window. Your changes are already saved."))
        buttons.rejected.connect(self.reject)
        # Enter while typing a tracker adds it; it never closes the window (Close is no default).
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(dialog_body(
            hint_label(self.tr("Note what matters to you with each check-in, such as sleep or "
                               "medication. Only you see them, unless you choose to share them.")),
            self.switch, (self.list, 1), button_row(self.retire_button, self.back_button),
            self._suggestions_box(), self._own_box(), self.error))
        layout.addWidget(buttons)
        if events is not None:
            events.changed.connect(self._journal_changed)  # a bound slot: gone with the dialog
        self.reload()
        self.resize(520, 560)

    def _suggestions_box(self) -> QGroupBox:
        """The suggestions, none ticked: the person picks what fits them."""
        box = QGroupBox(self.tr("Suggestions"))
        self.suggestion_checks: list[QCheckBox] = []
        layout = QVBoxLayout(box)
        for index in range(len(SUGGESTIONS)):
            tracker = suggestion(index)
            check = check_box(f"{tracker.name} ({kind_label(tracker.kind)})", f"suggestionCheck{index}",
                              tracker.name, self.tr("{kind}. Tick it to add it to your trackers.").format(
                                  kind=kind_label(tracker.kind)))
            self.suggestion_checks.append(check)
            layout.addWidget(check)
        self.add_suggestions_button = action_button(
            self.tr("Add the ticked &suggestions"), "addSuggestionsButton",
            self.tr("Add the ticked suggestions"), self.add_suggestions,
            self.tr("Adds each ticked suggestion to your trackers, and shows your trackers on Today."))
        layout.addLayout(button_row(self.add_suggestions_button))
        return box

    def _own_box(self) -> QGroupBox:
        """A tracker of the person's own: name, kind, and what that kind needs."""
        box = QGroupBox(self.tr("Your own tracker"))
        self.name = line_edit("trackerNameEdit", self.tr("Tracker name"), max_length=60,
                              placeholder=self.tr("For example: went outside"))
        self.kind = combo("trackerKindCombo", self.tr("Kind of tracker"), self.tr(
            "Yes or no, a number with a unit, a scale with your own words at each end, or a short list."),
            items=[(kind_label(k), k) for k in TrackerKind])
        self.unit = line_edit("trackerUnitEdit", self.tr("Unit"), max_length=20,
                              placeholder=self.tr("For example: hours"))
        self.low_word = line_edit("trackerLowEdit", self.tr("What 1 means"), max_length=40)
        self.high_word = line_edit("trackerHighEdit", self.tr("What 5 means"), max_length=40)
        self.choices = line_edit("trackerChoicesEdit", self.tr("Choices"), max_length=400,
                                 placeholder=self.tr("Separated by commas: sun, rain, snow"))
        form = self._own_form = QFormLayout(box)
        buddy_rows(form, ((self.tr("&Name"), self.name), (self.tr("&Kind"), self.kind),
                          (self.tr("&Unit"), self.unit), (self.tr("What &1 means"), self.low_word),
                          (self.tr("What &5 means"), self.high_word), (self.tr("&Choices"), self.choices)))
        self._fields = {TrackerKind.NUMBER: (self.unit,), TrackerKind.SCALE: (self.low_word, self.high_word),
                        TrackerKind.CHOICE: (self.choices,)}
        self.add_button = action_button(self.tr("&Add this tracker"), "addTrackerButton",
                                        self.tr("Add this tracker"), self.add_own,
                                        self.tr("Adds the tracker described above, and shows your trackers on Today."))
        form.addRow(button_row(self.add_button))
        self.add_button.setDefault(True)  # Enter in a tracker's fields adds it
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self._show_kind_fields()
        return box

    def _show_kind_fields(self) -> None:
        kind = self.kind.currentData()
        for field_kind, fields in self._fields.items():
            for field in fields:
                field.setVisible(field_kind == kind)
                label = self._own_form.labelForField(field)
                if label is not None:
                    label.setVisible(field_kind == kind)

    # -- reading and changing ---------------------------------------------------------
    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        if Change.TRACKERS in kinds:
            self.reload()

    def reload(self) -> None:
        self.list.clear()
        trackers = self.journal.trackers.trackers(include_retired=True)
        for tracker in trackers:
            text = f"{tracker.name} — {kind_label(tracker.kind)}"
            if tracker.retired:
                text = self.tr("{tracker} (retired)").format(tracker=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, tracker.id)
            self.list.addItem(item)
        names = {t.name.casefold() for t in trackers}
        for index, check in enumerate(self.suggestion_checks):
            added = suggestion(index).name.casefold() in names
            check.setEnabled(not added)
            if added:
                check.setChecked(False)

    def _switch(self, on: bool) -> None:
        try:
            self.settings.update(replace(self.settings.settings, show_trackers=on))
        except UserError as exc:
            self._say(str(exc))

    def _add(self, trackers: list[Tracker]) -> bool:
        try:
            with self.journal.batch():  # all the ticked ones, or none
                for tracker in trackers:
                    self.journal.trackers.add_tracker(tracker)
        except UserError as exc:
            self._say(str(exc))
            return False
        self._say("")
        if not self.switch.isChecked():  # adding a tracker means wanting to see it
            self.switch.setChecked(True)
        self.reload()
        return True

    def add_suggestions(self) -> None:
        chosen = [suggestion(i) for i, check in enumerate(self.suggestion_checks) if check.isChecked()]
        if not chosen:
            self._say(self.tr("Tick the suggestions you want first."))
            return
        if self._add(chosen):
            for check in self.suggestion_checks:
                check.setChecked(False)

    def add_own(self) -> None:
        tracker = Tracker(self.name.text(), self.kind.currentData(), unit=self.unit.text(),
                          low_word=self.low_word.text(), high_word=self.high_word.text(),
                          choices=tuple(self.choices.text().split(",")))
        if self._add([tracker]):
            for field in (self.name, self.unit, self.low_word, self.high_word, self.choices):
                field.clear()

    def _chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def retire(self) -> None:
        self._set_retired(True)

    def bring_back(self) -> None:
        self._set_retired(False)

    def _set_retired(self, retired: bool) -> None:
        tracker_id = self._chosen_id()
        if tracker_id is None:
            self._say(self.tr("Choose a tracker in the list first."))
            return
        try:
            self.journal.trackers.set_retired(tracker_id, retired)
        except UserError as exc:
            self._say(str(exc))
            return
        self._say("")
        row = self.list.currentRow()
        self.reload()
        self.list.setCurrentRow(row)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

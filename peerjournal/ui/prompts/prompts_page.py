"""The Prompts page: when PeerJournal may gently ask, what about, and how it shows it.

Changes apply at once (no Save button). Reminder times and quiet hours go to the
settings file; who to stay in touch with, and how often, stays in the encrypted vault.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSignalBlocker, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.prompts import (
    ALL_DAYS,
    SLOT_KINDS,
    WEEKDAYS,
    PromptKind,
    QuietHours,
    ReminderTime,
)
from peerjournal.core.settings import AppSettings
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Change, Journal
from peerjournal.system import autostart

from peerjournal.ui.app.events import JournalEvents
from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.app.tray import tray_available
from peerjournal.ui.prompts.looking_back_box import LookingBackBox
from peerjournal.ui.widgets import make, messages
from peerjournal.ui.widgets.accessible import (
    name_combo,
    scroll_area,
    tab_stop_if_needed,
    tie_all_labels,
    time_hint,
)
from peerjournal.ui.widgets.cadence import DAYS_ROLE, CadenceDelegate, cadence_item, show_cadence
from peerjournal.ui.widgets.status import set_status
from peerjournal.ui.widgets.tables import read_only, read_only_item
from peerjournal.ui.widgets.time_fields import starts_at_first_part

# Marked for translation (context "PromptsPage"); shown through kind_label().
KIND_LABELS = {
    PromptKind.CHECK_IN: QT_TRANSLATE_NOOP("PromptsPage", "A check-in (mood, who, what)"),
    PromptKind.CONTACTS: QT_TRANSLATE_NOOP("PromptsPage", "Who was I in touch with?"),
    PromptKind.ACTIVITIES: QT_TRANSLATE_NOOP("PromptsPage", "What did I do?"),
    PromptKind.STAY_IN_TOUCH: QT_TRANSLATE_NOOP("PromptsPage", "Stay in touch with people I chose"),
    PromptKind.ISOLATION: QT_TRANSLATE_NOOP("PromptsPage", "A gentle hello after days without time with someone noted"),
    PromptKind.RESOURCE_CHECK: QT_TRANSLATE_NOOP(
        "PromptsPage", "Now and then, offer to look at who I can call on (“Do I know someone who could…?”)"),
    PromptKind.GOAL_REVIEW: QT_TRANSLATE_NOOP("PromptsPage", "When a goal is ready to look back on"),
}


def kind_label(kind: PromptKind) -> str:
    return QCoreApplication.translate("PromptsPage", KIND_LABELS[kind])


def day_name(day: int, short: bool = True) -> str:
    """Monday is 0, in the language PeerJournal runs in."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day + 1, fmt)


def describe_days(days: frozenset[int]) -> str:
    if days == ALL_DAYS:
        return QCoreApplication.translate("PromptsPage", "every day")
    if days == WEEKDAYS:
        return QCoreApplication.translate("PromptsPage", "weekdays")
    if days == ALL_DAYS - WEEKDAYS:
        return QCoreApplication.translate("PromptsPage", "weekends")
    return ", ".join(day_name(d) for d in sorted(days))


def describe_time(slot: ReminderTime) -> str:
    what = {PromptKind.CHECK_IN: QCoreApplication.translate("PromptsPage", "check-in"),
            PromptKind.CONTACTS: QCoreApplication.translate("PromptsPage", "who I was in touch with"),
            PromptKind.ACTIVITIES: QCoreApplication.translate("PromptsPage", "what I did")}[slot.kind]
    return QCoreApplication.translate("PromptsPage", "{time}, {days}: {what}").format(
        time=f"{slot.at:%H:%M}", days=describe_days(slot.days), what=what)


def _time_edit(value: time, name: str, description: str) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    edit.setAccessibleDescription(f"{description} {time_hint()}")
    return starts_at_first_part(edit)


def _py_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class PromptsPage(QWidget):
    def __init__(
        self, service: SettingsService, journal: Journal, events: JournalEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("promptsPage")
        self.service = service  # the app's settings
        self.journal = journal
        self._loading = False
        self._saving_cadence = False

        title = QLabel(self.tr("Prompts"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "PeerJournal can gently ask how you are, who you were in touch with and what you did. "
            "It never nags: at most a few times a day, never in your quiet hours, and you can say "
            "“later” or “no, thanks” to any prompt."
        ))
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("&Remind me gently"))
        self.enabled.setObjectName("promptsEnabledCheck")
        self.enabled.setAccessibleName(self.tr("Remind me gently"))
        self.enabled.setAccessibleDescription(self.tr("Turns all prompts on or off. Your choices below are kept."))

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.enabled)
        column.addWidget(self._times_box())
        column.addWidget(self._rules_box())
        column.addWidget(self._people_box())
        column.addWidget(self._delivery_box())
        column.addWidget(self._after_low_box())
        self.looking_back = LookingBackBox(self.service)
        column.addWidget(self.looking_back)
        column.addStretch(1)
        scroll = scroll_area(QScrollArea(), self.tr("Prompt settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        tab_stop_if_needed(scroll)
        self.status = QLabel()
        self.status.setObjectName("statusLabel")
        self.status.setAccessibleName(self.tr("Settings status"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

        self.load(service.settings)
        # The people's table is read when the page is shown, and again after a change to people
        # only once it is shown (a contacts import of thousands, issue 20).
        self._people_due = True
        if service.read_only_reason:
            set_status(self.status, service.read_only_reason)
        self.enabled.toggled.connect(self.apply)
        events.changed.connect(self._journal_changed)

    # -- building ------------------------------------------------------------
    def _times_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When to ask"))
        self.times_list = QListWidget()
        self.times_list.setObjectName("reminderTimesList")
        self.times_list.setAccessibleName(self.tr("Reminder times"))
        self.times_list.setAccessibleDescription(self.tr(
            "The times you'll be asked. Choose one, then Remove takes it off."))
        self.times_list.setMaximumHeight(self.times_list.fontMetrics().lineSpacing() * 4 + 12)
        self.new_time = _time_edit(time(20, 0), self.tr("Time of the new reminder"),
                                   self.tr("When a new reminder comes."))
        self.new_time.setObjectName("newTimeEdit")
        self.day_checks: list[QCheckBox] = []
        days_row = QHBoxLayout()
        days_row.setSpacing(2)
        for number in range(7):
            check = QCheckBox(day_name(number))
            check.setObjectName(f"day{number}Check")
            check.setAccessibleName(self.tr("Remind on {day}").format(day=day_name(number, short=False)))
            check.setAccessibleDescription(self.tr("A day the new reminder comes on."))
            check.setChecked(True)
            self.day_checks.append(check)
            days_row.addWidget(check)
        self.new_kind = make.combo(
            "newKindCombo", self.tr("What the new reminder asks"),
            self.tr("A whole check-in, or only who you were in touch with or what you did."),
            items=[(kind_label(kind), kind) for kind in SLOT_KINDS])
        name_combo(self.new_kind)
        self.add_time_button = make.button(
            self.tr("&Add time"), "addTimeButton", self.tr("Add this reminder time"),
            self.tr("Adds a reminder at the time, on the days and asking what you chose just before."),
            clicked=self.add_time)
        self.remove_time_button = make.button(
            self.tr("Remove"), "removeTimeButton", self.tr("Remove the chosen reminder time"),
            self.tr("Takes the reminder chosen in the list off."), clicked=self.remove_time)
        row = QHBoxLayout()
        row.addWidget(self.new_time)
        row.addLayout(days_row)
        for widget in (self.new_kind, self.add_time_button, self.remove_time_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.quiet = QCheckBox(self.tr("&Quiet hours: no prompts from"))
        self.quiet.setObjectName("quietCheck")
        self.quiet.setAccessibleName(self.tr("Use quiet hours"))
        self.quiet.setAccessibleDescription(self.tr("No prompts at all between the two times that follow."))
        self.quiet_start = _time_edit(time(22, 0), self.tr("Quiet hours start"),
                                      self.tr("When quiet hours begin."))
        self.quiet_end = _time_edit(time(8, 0), self.tr("Quiet hours end"), self.tr("When quiet hours end."))
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        self.quiet.toggled.connect(self.apply)
        for edit in (self.quiet_start, self.quiet_end):
            edit.editingFinished.connect(self.apply)
        layout = QVBoxLayout(box)
        layout.addWidget(self.times_list)
        layout.addLayout(row)
        layout.addLayout(quiet_row)
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to ask about"))
        self.kind_checks: dict[PromptKind, QCheckBox] = {}
        layout = QVBoxLayout(box)
        for kind in PromptKind:
            check = QCheckBox(kind_label(kind))
            check.setObjectName(f"{kind.value}Check")
            check.setAccessibleName(kind_label(kind))
            check.setAccessibleDescription(self.tr("Tick the prompts you'd like; untick any you'd rather not have."))
            check.toggled.connect(self.apply)
            self.kind_checks[kind] = check
            layout.addWidget(check)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.isolation_days = QSpinBox()
        self.isolation_days.setObjectName("isolationDaysSpin")
        self.isolation_days.setAccessibleName(self.tr("Days without time with someone before a gentle hello"))
        self.isolation_days.setAccessibleDescription(self.tr(
            "After this many days without time with someone noted (a contact, or an activity "
            "together), a kind hello comes."))
        self.isolation_days.setRange(1, 60)
        self.isolation_days.setSuffix(self.tr(" days"))
        self.nudge_time = _time_edit(time(11, 0), self.tr("Time for stay-in-touch prompts"),
                                     self.tr("Stay-in-touch prompts come from this time of day."))
        self.nudge_time.setObjectName("nudgeTimeEdit")
        self.max_per_day = QSpinBox()
        self.max_per_day.setObjectName("maxPerDaySpin")
        self.max_per_day.setAccessibleName(self.tr("At most this many prompts a day"))
        self.max_per_day.setAccessibleDescription(self.tr("Never more prompts than this in one day."))
        self.max_per_day.setRange(1, 20)
        form.addRow(self.tr("A gentle hello after"), self.isolation_days)
        form.addRow(self.tr("Stay-in-touch prompts from"), self.nudge_time)
        form.addRow(self.tr("At most, prompts a day"), self.max_per_day)
        form.addRow(self.tr("Offer “Do I know someone who could…?”"), self._resource_every_combo())
        for spin in (self.isolation_days, self.max_per_day):
            spin.valueChanged.connect(self.apply)
        self.nudge_time.editingFinished.connect(self.apply)
        layout.addLayout(form)
        tie_all_labels(box)
        return box

    def _resource_every_combo(self) -> QComboBox:
        """How often the resource check is offered (days, in the settings file: it names nothing)."""
        combo = QComboBox()
        combo.setObjectName("resourceCheckEveryCombo")
        combo.setAccessibleName(self.tr("How often to offer a look at who you can call on"))
        combo.setAccessibleDescription(self.tr(
            "Counted from the last time you took the check. “No, thanks” puts it off for this long."))
        for days, label in ((61, self.tr("about every 2 months")), (91, self.tr("about every 3 months")),
                            (120, self.tr("about every 4 months")), (182, self.tr("about every 6 months")),
                            (365, self.tr("about once a year"))):
            combo.addItem(label, days)
        combo.currentIndexChanged.connect(self.apply)
        self.kind_checks[PromptKind.RESOURCE_CHECK].toggled.connect(combo.setEnabled)
        self.resource_every = combo
        return combo

    def _show_resource_every(self, days: int) -> None:
        index = self.resource_every.findData(days)
        if index < 0:  # a number of days chosen elsewhere (the settings file): shown as it is
            self.resource_every.addItem(self.tr("every {n} days").format(n=days), days)
            index = self.resource_every.count() - 1
        self.resource_every.setCurrentIndex(index)

    def _people_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("People to stay in touch with"))
        hint = QLabel(self.tr("Choose how often you'd like to be in touch. This stays in your encrypted journal."))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.people_table = make.named(QTableWidget(0, 2), "cadenceTable", self.tr(
            "How often to stay in touch with each person"), self.tr(
            "Each person, with how often. Move to a choice with the arrow keys; F2 or Enter changes it."))
        read_only(self.people_table, self.tr("Columns"), alternate=False)
        # Each choice is a cell (what a screen reader meets, named with the person), edited in
        # a combo box; a cell widget would be outside the table for AT-SPI.
        self.people_table.setItemDelegateForColumn(1, CadenceDelegate(self.people_table))
        triggers = QAbstractItemView.EditTrigger
        self.people_table.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked
                                          | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.people_table.activated.connect(self._edit_cadence)  # Enter
        self.people_table.itemChanged.connect(self._cadence_changed)
        self.people_table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Stay in touch")])
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.setMinimumHeight(160)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.people_table)
        return box

    def _delivery_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How prompts appear"))
        self.show_details = QCheckBox(self.tr("Show &names in notifications"))
        self.show_details.setObjectName("showDetailsCheck")
        self.show_details.setAccessibleName(self.tr("Show names in notifications"))
        self.show_details.setToolTip(self.tr("Off: notifications only say things like “Time for your check-in”."))
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the &tray when the window is closed"))
        self.keep_in_tray.setObjectName("keepInTrayCheck")
        self.keep_in_tray.setAccessibleName(self.tr("Keep running in the tray when the window is closed"))
        self.keep_in_tray.setAccessibleDescription(self.tr(
            "Closing the window leaves PeerJournal locked in the tray, so prompts still come."))
        self.autostart = QCheckBox(self.tr("Start with my &computer"))
        self.autostart.setObjectName("autostartCheck")
        self.autostart.setAccessibleName(self.tr("Start PeerJournal with my computer"))
        self.autostart.setAccessibleDescription(self.tr(
            "Starts PeerJournal when you log in. It still asks for your passphrase."))
        notes = []
        if not tray_available():
            self.keep_in_tray.setEnabled(False)
            notes.append(self.tr("This desktop has no tray, so prompts appear in the window as a banner."))
        ok, why = autostart.supported()
        if not ok:
            self.autostart.setEnabled(False)
            notes.append(why)
        note = QLabel(" ".join(notes))
        note.setObjectName("hintLabel")
        note.setWordWrap(True)
        for check in (self.show_details, self.keep_in_tray):
            check.toggled.connect(self.apply)
        self.autostart.toggled.connect(self._autostart_toggled)
        layout = QVBoxLayout(box)
        for widget in (self.show_details, self.keep_in_tray, self.autostart, note):
            layout.addWidget(widget)
        # Hidden once in its box: shown while it has no parent, it would be a window of its own
        # (and take the focus from the main window when the page is made after it is shown).
        note.setVisible(bool(notes))
        return box

    def _after_low_box(self) -> QGroupBox:
        """The switch for Today's gentle "what helps" panel after a low check-in (off by default)."""
        box = QGroupBox(self.tr("After a hard check-in"))
        self.what_helps_after_low = make.check_box(
            self.tr("After a low check-in, show &what helps"), "whatHelpsAfterLowCheck",
            self.tr("After a low check-in, show what helps"), self.tr(
                "When you save a mood of 1 or 2, Today shows once that day what you wrote helps "
                "you and who you could contact, from your support plan."),
            toggled=lambda _on: self.apply())
        layout = QVBoxLayout(box)
        layout.addWidget(self.what_helps_after_low)
        return box

    # -- settings <-> widgets ------------------------------------------------------
    def load(self, settings: AppSettings) -> None:
        self._loading = True
        p = settings.prompts
        self.enabled.setChecked(p.enabled)
        self._times = list(p.times)
        self._show_times()
        self.quiet.setChecked(p.quiet is not None)
        if p.quiet is not None:
            self.quiet_start.setTime(QTime(p.quiet.start.hour, p.quiet.start.minute))
            self.quiet_end.setTime(QTime(p.quiet.end.hour, p.quiet.end.minute))
        for kind, check in self.kind_checks.items():
            check.setChecked(kind in p.kinds)
        self.isolation_days.setValue(p.isolation_days)
        self.max_per_day.setValue(p.max_per_day)
        self.nudge_time.setTime(QTime(p.nudge_time.hour, p.nudge_time.minute))
        self._show_resource_every(p.resource_check_days)
        self.resource_every.setEnabled(PromptKind.RESOURCE_CHECK in p.kinds)
        self.show_details.setChecked(p.show_details)
        self.keep_in_tray.setChecked(settings.keep_running_in_tray)
        self.what_helps_after_low.setChecked(settings.show_what_helps_after_low)
        self.autostart.setChecked(autostart.is_enabled() if autostart.supported()[0] else False)
        self._loading = False

    def _show_times(self) -> None:
        self.times_list.clear()
        for slot in sorted(self._times, key=lambda s: s.at):
            item = QListWidgetItem(describe_time(slot))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.times_list.addItem(item)
        if not self._times:
            self.times_list.addItem(self.tr("No reminder times yet."))

    def settings(self) -> AppSettings:
        current = self.service.settings
        prompts = replace(
            current.prompts,
            enabled=self.enabled.isChecked(),
            times=tuple(sorted(self._times, key=lambda s: s.at)),
            quiet=QuietHours(_py_time(self.quiet_start), _py_time(self.quiet_end)) if self.quiet.isChecked() else None,
            kinds=frozenset(k for k, c in self.kind_checks.items() if c.isChecked()),
            isolation_days=self.isolation_days.value(),
            max_per_day=self.max_per_day.value(),
            nudge_time=_py_time(self.nudge_time),
            show_details=self.show_details.isChecked(),
            resource_check_days=int(self.resource_every.currentData()),
        )
        return replace(current, prompts=prompts, keep_running_in_tray=self.keep_in_tray.isChecked(),
                       show_what_helps_after_low=self.what_helps_after_low.isChecked())

    def apply(self) -> None:
        if self._loading:
            return
        try:
            settings = self.settings()
            settings.prompts.validate()
            self.service.update(settings)
        except UserError as exc:
            set_status(self.status, str(exc), error=True)
            return
        set_status(self.status, self.tr("Saved."), error=False)

    def add_time(self) -> None:
        days = frozenset(d for d, check in enumerate(self.day_checks) if check.isChecked())
        if not days:
            set_status(self.status, self.tr("Please choose at least one day for the reminder."), error=True)
            return
        slot = ReminderTime(_py_time(self.new_time), days, PromptKind(self.new_kind.currentData()))
        if any(s.at == slot.at and s.kind == slot.kind and s.days == slot.days for s in self._times):
            set_status(self.status, self.tr("That reminder time is already on the list."), error=True)
            return
        self._times.append(slot)
        self._show_times()
        self.apply()

    def remove_time(self) -> None:
        item = self.times_list.currentItem()
        slot = item.data(Qt.ItemDataRole.UserRole) if item else None
        if slot is None:
            return
        self._times.remove(slot)
        self._show_times()
        self.apply()

    def _autostart_toggled(self, on: bool) -> None:
        if self._loading:
            return
        try:
            autostart.set_enabled(on)
            self.service.update(replace(self.service.settings, start_with_computer=on))
        except (UserError, OSError) as exc:
            messages.warn(self, self.tr("Start with my computer"),
                          self.tr("That could not be changed: {reason}").format(reason=exc))
            return
        set_status(self.status, self.tr("Saved."), error=False)

    # -- people cadences ---------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.load_people_if_due()
        super().showEvent(event)

    def load_people_if_due(self) -> None:
        """Read the people now if a change came while the page was hidden (or none was read)."""
        if self._people_due:
            self.load_people()

    def load_people(self) -> None:
        self._people_due = False
        cadences = self.journal.cadences()
        people = [p for p in self.journal.people() if p.id is not None]
        table = self.people_table
        with QSignalBlocker(table):
            table.setRowCount(len(people))
            self._cadence_rows: dict[int, int] = {}
            for row, person in enumerate(people):
                assert person.id is not None
                table.setItem(row, 0, read_only_item(person.name))
                table.setItem(row, 1, cadence_item(cadences.get(person.id), person.name))
                self._cadence_rows[person.id] = row
        table.resizeColumnToContents(0)

    def cadence_cell(self, person_id: int) -> QTableWidgetItem:
        """The "Stay in touch" cell of the person with ``person_id``."""
        self.load_people_if_due()
        item = self.people_table.item(self._cadence_rows[person_id], 1)
        assert item is not None
        return item

    def _edit_cadence(self, index: QModelIndex) -> None:
        if index.column() == 1:
            self.people_table.edit(index)

    def _cadence_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        person_id = next(pid for pid, row in self._cadence_rows.items() if row == item.row())
        every = item.data(DAYS_ROLE)
        with QSignalBlocker(self.people_table):
            show_cadence(item, every)  # its words and name follow the new choice
        self._saving_cadence = True  # don't rebuild the table under the cell being changed
        try:
            self.journal.set_cadence(person_id, every)
        except UserError as exc:
            set_status(self.status, str(exc), error=True)
            return
        finally:
            self._saving_cadence = False
        set_status(self.status, self.tr("Saved."), error=False)

    def _journal_changed(self, kinds: frozenset[Change]) -> None:
        if Change.PEOPLE in kinds and not self._saving_cadence:
            self._people_due = True
            if self.isVisible():
                self.load_people()


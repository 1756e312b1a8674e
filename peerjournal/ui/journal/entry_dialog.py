"""Add or edit one journal entry (check-in, contact or activity) with its date and time.

The dialog validates before closing, so a mistake is shown beside the form and
nothing typed is lost. The caller saves ``result_record()`` (as an undoable command).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.core.vocabulary import EntryKind
from peerjournal.errors import UserError
from peerjournal.i18n import QT_TRANSLATE_NOOP
from peerjournal.storage.journal import Journal

from peerjournal.ui.connecting.place_link import WherePicker
from peerjournal.ui.journal.entry_forms import ActivityForm, ContactForm, CreatePerson, MoodForm

Entry = MoodCheckIn | Contact | Activity

# (new, editing), marked for translation (context "EntryDialog") and translated when shown.
TITLES = {
    EntryKind.MOOD: (QT_TRANSLATE_NOOP("EntryDialog", "New check-in"), QT_TRANSLATE_NOOP("EntryDialog", "Edit check-in")),
    EntryKind.CONTACT: (QT_TRANSLATE_NOOP("EntryDialog", "Log a contact"), QT_TRANSLATE_NOOP("EntryDialog", "Edit contact")),
    EntryKind.ACTIVITY: (QT_TRANSLATE_NOOP("EntryDialog", "Log an activity"),
                         QT_TRANSLATE_NOOP("EntryDialog", "Edit activity")),
}


def qdatetime_from(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def datetime_from(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class EntryDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        kind: EntryKind,
        record: Entry | None = None,
        *,
        people: Iterable[int] = (),
        create_person: CreatePerson | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.journal = journal
        self.kind = kind
        self.original = record
        self._result: Entry | None = None
        self.setWindowTitle(self.tr(TITLES[kind][record is not None]))
        layout = QVBoxLayout(self)

        when_row = QFormLayout()
        self.when = QDateTimeEdit()
        self.when.setObjectName("whenEdit")
        self.when.setAccessibleName(self.tr("When"))
        self.when.setAccessibleDescription(self.tr(
            "The day and time of this entry. Type them, or press Alt+Down for a calendar."))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setMaximumDateTime(QDateTime(QDate.currentDate(), QTime(23, 59, 59)))
        self.when.setDateTime(qdatetime_from(record.at) if record else QDateTime.currentDateTime())
        when_label = QLabel(self.tr("W&hen"))
        when_label.setBuddy(self.when)
        when_row.addRow(when_label, self.when)
        layout.addLayout(when_row)

        if kind is EntryKind.MOOD:
            self.form: MoodForm | ContactForm | ActivityForm = MoodForm()
            self.form.set_feelings(journal.feelings())
        else:
            cls = ContactForm if kind is EntryKind.CONTACT else ActivityForm
            self.form = cls(create_person)
            self.form.people.set_people({p.id: p.name for p in journal.people()  # type: ignore[misc]
                                         if p.id is not None})
            if isinstance(self.form, ActivityForm):
                self.form.set_categories(journal.activity_categories())
        if record is not None:
            self._show_archived_people(record)
            self.form.load(record)  # type: ignore[arg-type]
        elif people and not isinstance(self.form, MoodForm):
            self.form.people.set_selected(people)
        layout.addWidget(self.form)
        # Where an activity happened, once the journal keeps places (the Connecting page).
        self.where = WherePicker.for_activity(journal, record) if kind is EntryKind.ACTIVITY else None  # type: ignore[arg-type]
        if self.where is not None:
            layout.addWidget(self.where)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("entryButtons")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        saves = {EntryKind.MOOD: self.tr("Saves this check-in to your journal."),
                 EntryKind.CONTACT: self.tr("Saves this contact to your journal."),
                 EntryKind.ACTIVITY: self.tr("Saves this activity to your journal.")}[kind]
        if record is not None:
            saves = self.tr("Saves your changes. Undo on the Edit menu takes them back.")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(saves)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes this window without saving."))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _show_archived_people(self, record: Entry) -> None:
        """An entry may name people since archived; keep them pickable while editing it."""
        if isinstance(record, MoodCheckIn) or isinstance(self.form, MoodForm):
            return
        for pid in record.person_ids:
            if pid not in self.form.people._names:
                self.form.people.add_known(pid, self.journal.get_person(pid).name)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Ctrl+Enter saves from anywhere, even the note field.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._try_accept()
            return
        super().keyPressEvent(event)

    def _try_accept(self) -> None:
        record = self.form.build(datetime_from(self.when.dateTime()))
        try:
            self._result = record.validate(self.journal.clock())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def result_record(self) -> Entry | None:
        return self._result

"""Add or edit one journal entry (check-in, contact or activity) with its date and time.

The dialog validates before closing, so a mistake is shown beside the form and
nothing typed is lost. The caller saves ``result_record()`` (as an undoable command).
If the journal locks while it is open, what is in it is kept as a draft and it opens again
after unlocking (a new entry with nothing but a form's part may join Today's draft instead).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
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

from peerjournal.ui.connecting import WherePicker
from peerjournal.ui.drafts.keeper import KEEPER, keep_while_shown
from peerjournal.ui.drafts.values import as_int
from peerjournal.ui.journal.entry_forms import ActivityForm, ContactForm, CreatePerson, MoodForm
from peerjournal.ui.widgets.accessible import tie_label
from peerjournal.ui.widgets.calendar_keys import with_calendar_keys
from peerjournal.ui.widgets.time_fields import starts_at_first_part

if TYPE_CHECKING:
    from peerjournal.ui.app.main_window import MainWindow

Entry = MoodCheckIn | Contact | Activity

EDIT_DRAFT = "edit"
"""The draft key for changes to a saved entry: its edit dialog opens again."""
NEW_ENTRY_DRAFT = "new_entry"
"""The draft key for a new entry half-written in its dialog. It joins Today's check-in when
Today has nothing in that part and no place was chosen (Today can't show one); otherwise its
dialog comes back."""

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

        self.when = QDateTimeEdit()
        self.when.setObjectName("whenEdit")
        self.when.setAccessibleName(self.tr("When"))
        self.when.setAccessibleDescription(self.tr(
            "The day and time of this entry. Type them, or press Alt+Down for a calendar."))
        starts_at_first_part(with_calendar_keys(self.when))
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setMaximumDateTime(QDateTime(QDate.currentDate(), QTime(23, 59, 59)))
        self.when.setDateTime(qdatetime_from(record.at) if record else QDateTime.currentDateTime())
        when_label = QLabel(self.tr("W&hen"))
        tie_label(when_label, self.when)
        when_row = QFormLayout()
        when_row.addRow(when_label, self.when)
        layout.addLayout(when_row)

        names = {p.id: p.name for p in journal.people() if p.id is not None}
        if kind is EntryKind.MOOD:
            self.form: MoodForm | ContactForm | ActivityForm = MoodForm(create_person)
            self.form.set_feelings(journal.feelings())
        else:
            cls = ContactForm if kind is EntryKind.CONTACT else ActivityForm
            self.form = cls(create_person)
            self.form.people.set_people(names)  # type: ignore[arg-type]
            if isinstance(self.form, ActivityForm):
                self.form.set_categories(journal.activity_categories())
        self.form.note.set_people(names)  # type: ignore[arg-type]  # "@" in the note offers them
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
        self._line_up_labels(when_label)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)

        buttons = self._build_buttons(kind, record is not None)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        keep_while_shown(self)

    def _build_buttons(self, kind: EntryKind, editing: bool) -> QDialogButtonBox:
        """Save and Cancel, each saying what it does for this kind of entry."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("entryButtons")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        saves = {EntryKind.MOOD: self.tr("Saves this check-in to your journal."),
                 EntryKind.CONTACT: self.tr("Saves this contact to your journal."),
                 EntryKind.ACTIVITY: self.tr("Saves this activity to your journal.")}[kind]
        if editing:
            saves = self.tr("Saves your changes. Undo on the Edit menu takes them back.")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(saves)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Closes this window without saving."))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _line_up_labels(self, when_label: QLabel) -> None:
        """When, the form's rows and Where are three forms: one label width lines their labels
        and fields up in two columns (the widest label, in whatever language, sets it)."""
        labels = [when_label, *self.form.findChildren(QLabel)]
        if self.where is not None:
            labels.append(self.where.label)
        labels = [lab for lab in labels if lab.buddy() is not None]
        width = max(lab.sizeHint().width() for lab in labels)
        for lab in labels:
            lab.setMinimumWidth(width)

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

    # -- drafts (kept in the vault when the journal locks) ----------------
    @property
    def draft_key(self) -> str:
        return NEW_ENTRY_DRAFT if self.original is None else EDIT_DRAFT

    def draft(self) -> dict[str, Any] | None:
        """The form's unsaved part, the time and the "Where"; None when there is nothing to keep:
        a new entry with nothing typed or chosen, a change that changes nothing."""
        section = self.form.draft()
        at = self.when.dateTime().toSecsSinceEpoch()
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.original is not None:
            moved = int(self.original.at.timestamp()) != at
            moved_place = self.where is not None and self.where.changed()
            if section is None and not moved and not moved_place:
                return None
            data["id"] = self.original.id
        data.update({"data": section or {}, "at": at})
        if self.where is not None:
            data["place"] = self.where.place_id()
        if self.original is None and section is None and data.get("place") is None:
            return None
        return data

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the dialog from :meth:`draft` data (lenient); a place removed since: nowhere."""
        if isinstance(data.get("data"), dict):
            self.form.restore_draft(data["data"])
        at = as_int(data.get("at"))
        if at is not None:
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(at))
        if "place" in data and self.where is not None:
            self.where.choose(data["place"])


def reopen_edit(window: MainWindow, data: dict[str, Any]) -> str | None:
    """The edit dialog of the entry being changed, with the changes; dropped (kindly) when
    the entry was deleted meanwhile."""
    try:
        kind = EntryKind(data["kind"])
        entry_id = int(data["id"])
    except (KeyError, TypeError, ValueError):
        return ""  # not a draft of ours
    try:
        record = window.journal.get_entry(kind, entry_id)
    except UserError:
        return QCoreApplication.translate(
            "LockDrafts", "The entry you were changing when the journal locked is no longer in your journal, "
            "so your changes to it could not come back.")
    window.open_entry_dialog(kind, record).restore_draft(data)
    return None


def reopen_new_entry(window: MainWindow, data: dict[str, Any]) -> str | None:
    """A new entry joins Today's check-in when it can, or else comes back in its dialog."""
    try:
        kind = EntryKind(data["kind"])
    except (KeyError, TypeError, ValueError):
        return ""
    section = {EntryKind.MOOD: MoodForm.SECTION, EntryKind.CONTACT: ContactForm.SECTION,
               EntryKind.ACTIVITY: ActivityForm.SECTION}[kind]
    part = data.get("data")
    if data.get("place") is None and isinstance(part, dict) and window.today.take_draft_part(section, part):
        window.go_to(0)
        return None
    window.open_entry_dialog(kind).restore_draft(data)
    return None


KEEPER.register_reopener(EDIT_DRAFT, reopen_edit, order=10)
KEEPER.register_reopener(NEW_ENTRY_DRAFT, reopen_new_entry, order=20)  # after Today's, which it may join

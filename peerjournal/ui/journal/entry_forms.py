"""The three entry forms (mood check-in, contact, activity), shared by Today and the edit dialogs.

A form builds an unvalidated record; the journal validates it when saving, and its
:class:`~peerjournal.errors.ValidationError` message is shown beside the form. Each form also
gives its unsaved state as draft data (``draft()``) and takes it back (``restore_draft()``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QSpinBox,
    QWidget,
)

from peerjournal.core.records import Activity, Contact, MoodCheckIn
from peerjournal.core.vocabulary import (
    ENERGY_LABELS,
    FELT_LABELS,
    KIND_NOT_SET,
    MOOD_LABELS,
    ContactMode,
)
from peerjournal.i18n import translate

from peerjournal.ui.drafts.values import as_enum, as_int, as_ints, as_text, as_texts, filled
from peerjournal.ui.widgets.accessible import tie_form_labels
from peerjournal.ui.widgets.chips import FeelingsPicker, PeoplePicker
from peerjournal.ui.widgets.make import combo, line_edit, named
from peerjournal.ui.widgets.mention_note import mention_note
from peerjournal.ui.widgets.scale_picker import ScalePicker

CreatePerson = Callable[[str], int | None]



def _form_layout(widget: QWidget) -> QFormLayout:
    form = QFormLayout(widget)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class MoodForm(QWidget):
    def __init__(self, create_person: CreatePerson | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodForm")
        self.mood = ScalePicker(MOOD_LABELS, self.tr("Mood"), optional=True, object_name="moodPicker")
        self.energy = ScalePicker(ENERGY_LABELS, self.tr("Energy"), optional=True, object_name="energyPicker")
        self.feelings = FeelingsPicker()
        self.note = mention_note("moodNote", self.tr("Note about how you feel"),
                               self.tr("Anything you want to remember (optional)"))
        form = _form_layout(self)
        form.addRow(self.tr("&Mood"), self.mood)
        form.addRow(self.tr("&Energy"), self.energy)
        form.addRow(self.tr("&Feelings"), self.feelings)
        form.addRow(self.tr("&Note"), self.note)
        tie_form_labels(form, (self.mood, self.energy, self.feelings.field, self.note))
        self._source: MoodCheckIn | None = None
        self.note.set_create_person(create_person)  # "Add someone…" after an @

    def set_feelings(self, words: Iterable[str]) -> None:
        self.feelings.set_options(words)

    def is_empty(self) -> bool:
        return self.mood.value() is None and not self.feelings.selected() and not self.note.toPlainText().strip()

    def build(self, at: datetime) -> MoodCheckIn:
        record = MoodCheckIn(
            at=at, mood=self.mood.value(),  # type: ignore[arg-type]  # validated by the journal
            energy=self.energy.value(), feelings=self.feelings.selected(),
            note=self.note.note(),
        )
        # A changed check-in keeps its trackers' values (they are not on this form).
        return replace(record, id=self._source.id, tracked=self._source.tracked) if self._source else record

    def load(self, record: MoodCheckIn) -> None:
        self._source = record
        self.mood.setValue(record.mood)
        self.energy.setValue(record.energy)
        self.feelings.set_selected(record.feelings)
        self.note.set_note(record.note)

    def refill(self, record) -> None:  # type: ignore[no-untyped-def]
        """Put ``record``'s values back as a new, unsaved entry (an undone save on Today)."""
        self.load(record)
        self._source = None

    def clear(self) -> None:
        self._source = None
        self.mood.clear()
        self.energy.clear()
        self.feelings.clear()
        self.note.clear()

    # -- drafts: a check-in's "mood" part -------------------------------------
    SECTION = "mood"

    def draft(self) -> dict[str, Any] | None:
        """What is typed or chosen, as JSON-able data; None when nothing is."""
        data = {"mood": self.mood.value(), "energy": self.energy.value(),
                "feelings": list(self.feelings.selected()), "note": self.note.note()}
        return data if filled(data) else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the form from :meth:`draft` data (lenient); a form changing an entry stays on it."""
        source = self._source
        self.clear()
        self._source = source
        self.mood.setValue(as_int(data.get("mood")))
        self.energy.setValue(as_int(data.get("energy")))
        self.feelings.set_selected(as_texts(data.get("feelings")))
        self.note.set_note(as_text(data.get("note")))


class ContactForm(QWidget):
    def __init__(self, create_person: CreatePerson | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self.people = PeoplePicker(create_person, self.tr("Who you were in touch with"))
        self.mode = combo("contactModeCombo", self.tr("How you were in touch"),
                          self.tr("In person, by phone, by message and so on."),
                          items=[(mode.label, mode) for mode in ContactMode])
        self.duration = named(QSpinBox(), "durationSpin", self.tr("How long, in minutes"),
                              self.tr("Optional; you can leave it out."))
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSpecialValueText(self.tr("Not noted"))
        self.duration.setSuffix(self.tr(" min"))
        self.felt = ScalePicker(FELT_LABELS, self.tr("How the contact felt"), object_name="contactFeltPicker")
        self.note = mention_note("contactNote", self.tr("Note about the contact"), self.tr("How did it go? (optional)"))
        form = _form_layout(self)
        form.addRow(self.tr("&Who"), self.people)
        form.addRow(self.tr("&How"), self.mode)
        form.addRow(self.tr("How lon&g"), self.duration)
        form.addRow(self.tr("How it fe&lt"), self.felt)
        form.addRow(self.tr("N&ote"), self.note)
        tie_form_labels(form, (self.people.field, self.mode, self.duration, self.felt, self.note))
        self._source: Contact | None = None
        self.note.set_create_person(create_person)  # "Add someone…" after an @

    def is_empty(self) -> bool:
        return not self.people.selected()

    def build(self, at: datetime) -> Contact:
        return Contact(
            id=self._source.id if self._source else None,
            at=at, person_ids=self.people.selected(), mode=self.mode.currentData(),
            duration_min=self.duration.value() or None, felt=self.felt.value(),
            note=self.note.note(),
        )

    def load(self, record: Contact) -> None:
        self._source = record
        self.people.set_selected(record.person_ids)
        self.mode.setCurrentIndex(max(0, self.mode.findData(record.mode)))
        self.duration.setValue(record.duration_min or 0)
        self.felt.setValue(record.felt)
        self.note.set_note(record.note)

    def refill(self, record) -> None:  # type: ignore[no-untyped-def]
        """Put ``record``'s values back as a new, unsaved entry (an undone save on Today)."""
        self.load(record)
        self._source = None

    def clear(self) -> None:
        self._source = None
        self.people.clear()
        self.mode.setCurrentIndex(0)
        self.duration.setValue(0)
        self.felt.clear()
        self.note.clear()

    # -- drafts: a check-in's "contact" part ----------------------------------
    SECTION = "contact"

    def draft(self) -> dict[str, Any] | None:
        """What is typed or chosen (a mode alone is not), as JSON-able data; None when nothing is.

        Broader than :meth:`is_empty` (which decides what gets *saved*): a note typed before
        picking a person is still worth keeping.
        """
        mode = as_enum(ContactMode, self.mode.currentData())  # the combo hands back the enum's plain str value
        data = {"people": list(self.people.selected()), "mode": mode.value if mode is not None else None,
                "duration": self.duration.value(), "felt": self.felt.value(),
                "note": self.note.note()}
        return data if filled(data, ("mode",)) else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the form from :meth:`draft` data; people no longer in the journal are left out
        (the picker ignores ids it doesn't know). A form changing an entry stays on it."""
        source = self._source
        self.clear()
        self._source = source
        self.people.set_selected(as_ints(data.get("people")))
        mode = as_enum(ContactMode, data.get("mode"))
        if mode is not None:
            self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        minutes = as_int(data.get("duration")) or 0
        self.duration.setValue(min(max(0, minutes), self.duration.maximum()))  # no OverflowError
        self.felt.setValue(as_int(data.get("felt")))
        self.note.set_note(as_text(data.get("note")))


class ActivityForm(QWidget):
    def __init__(self, create_person: CreatePerson | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityForm")
        self.title = line_edit("activityTitleEdit", self.tr("What you did"),
                               self.tr("A few words about what you did."),
                               placeholder=self.tr("e.g. Walk by the river, art group, shift at the café"))
        self.category = combo("activityCategoryCombo", self.tr("Kind of activity"), self.tr(
            "Choose the kind of activity. The list can be changed under Journal, Feelings and kinds of activity."))
        self.people = PeoplePicker(create_person, self.tr("Who was there"))
        self.felt = ScalePicker(FELT_LABELS, self.tr("How the activity felt"), object_name="activityFeltPicker")
        self.note = mention_note("activityNote", self.tr("Note about the activity"),
                               self.tr("Anything to remember? (optional)"))
        form = _form_layout(self)
        form.addRow(self.tr("Wh&at"), self.title)
        form.addRow(self.tr("&Kind"), self.category)
        form.addRow(self.tr("Who was &there"), self.people)
        form.addRow(self.tr("How it felt"), self.felt)
        form.addRow(self.tr("Note"), self.note)
        tie_form_labels(form, (self.title, self.category, self.people.field, self.felt, self.note))
        self._source: Activity | None = None
        self.note.set_create_person(create_person)  # "Add someone…" after an @

    def set_categories(self, names: Iterable[str]) -> None:
        """The person's kinds of activity, after "Not set": none is chosen for them."""
        current = self._category_value()
        self.category.clear()
        self.category.addItem(translate("vocabulary", KIND_NOT_SET), "")
        for name in names:
            self.category.addItem(name, name)
        self._set_category(current)

    def _category_value(self) -> str:
        """The chosen kind; "" while it is not set."""
        return self.category.currentData() or ""

    def _set_category(self, name: str) -> None:
        name = name.strip()
        if not name:
            self.category.setCurrentIndex(0)
            return
        if self.category.findData(name) < 0:  # removed from the list since: keep it
            self.category.addItem(name, name)
        self.category.setCurrentIndex(self.category.findData(name))

    def is_empty(self) -> bool:
        return not self.title.text().strip()

    def build(self, at: datetime) -> Activity:
        return Activity(
            id=self._source.id if self._source else None,
            at=at, category=self._category_value(), title=self.title.text(),
            person_ids=self.people.selected(), felt=self.felt.value(),
            note=self.note.note(),
        )

    def load(self, record: Activity) -> None:
        self._source = record
        self.title.setText(record.title)
        self._set_category(record.category)
        self.people.set_selected(record.person_ids)
        self.felt.setValue(record.felt)
        self.note.set_note(record.note)

    def refill(self, record) -> None:  # type: ignore[no-untyped-def]
        """Put ``record``'s values back as a new, unsaved entry (an undone save on Today)."""
        self.load(record)
        self._source = None

    def clear(self) -> None:
        self._source = None
        self.title.clear()
        self.category.setCurrentIndex(0)  # "Not set"
        self.people.clear()
        self.felt.clear()
        self.note.clear()

    # -- drafts: a check-in's "activity" part ---------------------------------
    SECTION = "activity"

    def draft(self) -> dict[str, Any] | None:
        """What is typed or chosen (a kind alone is not), as JSON-able data; None when nothing is."""
        data = {"title": self.title.text(), "category": self._category_value(),
                "people": list(self.people.selected()), "felt": self.felt.value(),
                "note": self.note.note()}
        return data if filled(data, ("category",)) else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the form from :meth:`draft` data (lenient); a form changing an entry stays on it."""
        source = self._source
        self.clear()
        self._source = source
        self.title.setText(as_text(data.get("title")))
        self._set_category(as_text(data.get("category")))
        self.people.set_selected(as_ints(data.get("people")))
        self.felt.setValue(as_int(data.get("felt")))
        self.note.set_note(as_text(data.get("note")))

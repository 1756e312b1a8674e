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
from peerjournal.core.vocabulary import ENERGY_LABELS, FELT_LABELS, MOOD_LABELS, ContactMode

from peerjournal.ui.drafts.values import as_enum, as_int, as_ints, as_text, as_texts, filled
from peerjournal.ui.widgets.chips import FeelingsPicker, PeoplePicker
from peerjournal.ui.widgets.make import combo, line_edit, named, note_field
from peerjournal.ui.widgets.scale_picker import ScalePicker

CreatePerson = Callable[[str], int | None]



def _form_layout(widget: QWidget) -> QFormLayout:
    form = QFormLayout(widget)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class MoodForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodForm")
        self.mood = ScalePicker(MOOD_LABELS, self.tr("Mood"), optional=True, object_name="moodPicker")
        self.energy = ScalePicker(ENERGY_LABELS, self.tr("Energy"), optional=True, object_name="energyPicker")
        self.feelings = FeelingsPicker()
        self.note = note_field("moodNote", self.tr("Note about how you feel"),
                               self.tr("Anything you want to remember (optional)"))
        form = _form_layout(self)
        form.addRow(self.tr("&Mood"), self.mood)
        form.addRow(self.tr("&Energy"), self.energy)
        form.addRow(self.tr("&Feelings"), self.feelings)
        form.addRow(self.tr("&Note"), self.note)
        for row, field in enumerate((self.mood, self.energy, self.feelings.field, self.note)):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(field)  # type: ignore[union-attr]
        self._source: MoodCheckIn | None = None

    def set_feelings(self, words: Iterable[str]) -> None:
        self.feelings.set_options(words)

    def is_empty(self) -> bool:
        return self.mood.value() is None and not self.feelings.selected() and not self.note.toPlainText().strip()

    def build(self, at: datetime) -> MoodCheckIn:
        record = MoodCheckIn(
            at=at, mood=self.mood.value(),  # type: ignore[arg-type]  # validated by the journal
            energy=self.energy.value(), feelings=self.feelings.selected(),
            note=self.note.toPlainText(),
        )
        # A changed check-in keeps its trackers' values (they are not on this form).
        return replace(record, id=self._source.id, tracked=self._source.tracked) if self._source else record

    def load(self, record: MoodCheckIn) -> None:
        self._source = record
        self.mood.setValue(record.mood)
        self.energy.setValue(record.energy)
        self.feelings.set_selected(record.feelings)
        self.note.setPlainText(record.note)

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
                "feelings": list(self.feelings.selected()), "note": self.note.toPlainText()}
        return data if filled(data) else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the form from :meth:`draft` data (lenient); a form changing an entry stays on it."""
        source = self._source
        self.clear()
        self._source = source
        self.mood.setValue(as_int(data.get("mood")))
        self.energy.setValue(as_int(data.get("energy")))
        self.feelings.set_selected(as_texts(data.get("feelings")))
        self.note.setPlainText(as_text(data.get("note")))


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
        self.note = note_field("contactNote", self.tr("Note about the contact"), self.tr("How did it go? (optional)"))
        form = _form_layout(self)
        form.addRow(self.tr("&Who"), self.people)
        form.addRow(self.tr("Ho&w"), self.mode)
        form.addRow(self.tr("How &long"), self.duration)
        form.addRow(self.tr("How it f&elt"), self.felt)
        form.addRow(self.tr("N&ote"), self.note)
        for row, field in enumerate((self.people.field, self.mode, self.duration, self.felt, self.note)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)  # type: ignore[union-attr]
        self._source: Contact | None = None

    def is_empty(self) -> bool:
        return not self.people.selected()

    def build(self, at: datetime) -> Contact:
        return Contact(
            id=self._source.id if self._source else None,
            at=at, person_ids=self.people.selected(), mode=self.mode.currentData(),
            duration_min=self.duration.value() or None, felt=self.felt.value(),
            note=self.note.toPlainText(),
        )

    def load(self, record: Contact) -> None:
        self._source = record
        self.people.set_selected(record.person_ids)
        self.mode.setCurrentIndex(max(0, self.mode.findData(record.mode)))
        self.duration.setValue(record.duration_min or 0)
        self.felt.setValue(record.felt)
        self.note.setPlainText(record.note)

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
                "note": self.note.toPlainText()}
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
        self.note.setPlainText(as_text(data.get("note")))


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
        self.note = note_field("activityNote", self.tr("Note about the activity"),
                               self.tr("Anything to remember? (optional)"))
        form = _form_layout(self)
        form.addRow(self.tr("Wh&at"), self.title)
        form.addRow(self.tr("&Kind"), self.category)
        form.addRow(self.tr("Who was &there"), self.people)
        form.addRow(self.tr("How it felt"), self.felt)
        form.addRow(self.tr("Note"), self.note)
        for row, field in enumerate((self.title, self.category, self.people.field, self.felt, self.note)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)  # type: ignore[union-attr]
        self._source: Activity | None = None

    def set_categories(self, names: Iterable[str]) -> None:
        current = self.category.currentText()
        self.category.clear()
        self.category.addItems(list(names))
        if current:
            self.category.setCurrentText(current)

    def is_empty(self) -> bool:
        return not self.title.text().strip()

    def build(self, at: datetime) -> Activity:
        return Activity(
            id=self._source.id if self._source else None,
            at=at, category=self.category.currentText(), title=self.title.text(),
            person_ids=self.people.selected(), felt=self.felt.value(),
            note=self.note.toPlainText(),
        )

    def load(self, record: Activity) -> None:
        self._source = record
        self.title.setText(record.title)
        if self.category.findText(record.category) < 0:
            self.category.addItem(record.category)
        self.category.setCurrentText(record.category)
        self.people.set_selected(record.person_ids)
        self.felt.setValue(record.felt)
        self.note.setPlainText(record.note)

    def clear(self) -> None:
        self._source = None
        self.title.clear()
        self.category.setCurrentIndex(0)
        self.people.clear()
        self.felt.clear()
        self.note.clear()

    # -- drafts: a check-in's "activity" part ---------------------------------
    SECTION = "activity"

    def draft(self) -> dict[str, Any] | None:
        """What is typed or chosen (a kind alone is not), as JSON-able data; None when nothing is."""
        data = {"title": self.title.text(), "category": self.category.currentText(),
                "people": list(self.people.selected()), "felt": self.felt.value(),
                "note": self.note.toPlainText()}
        return data if filled(data, ("category",)) else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Fill the form from :meth:`draft` data (lenient); a form changing an entry stays on it."""
        source = self._source
        self.clear()
        self._source = source
        self.title.setText(as_text(data.get("title")))
        category = as_text(data.get("category")).strip()
        if category:
            if self.category.findText(category) < 0:  # removed from the list since: keep it, as load() does
                self.category.addItem(category)
            self.category.setCurrentText(category)
        self.people.set_selected(as_ints(data.get("people")))
        self.felt.setValue(as_int(data.get("felt")))
        self.note.setPlainText(as_text(data.get("note")))

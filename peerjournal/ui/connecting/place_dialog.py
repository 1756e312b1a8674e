"""Add or change a place or group: name, what it is, when it's on, how to get there, a contact.

Saves through :class:`PlaceStore` on Save; a problem shows inside the dialog and nothing
typed is lost. ``place()`` returns the saved place after ``accepted``. If the journal locks
meanwhile, what is typed is kept as a draft and the dialog opens again after unlocking.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.places import FIELD_MAX, NAME_MAX, Place
from peerjournal.storage.journal import Journal

from peerjournal.ui.connecting.dialog_drafts import find_record, reopen_on_tab
from peerjournal.ui.connecting.dialog_form import add_foot, buddy_form, save_record
from peerjournal.ui.drafts.keeper import KEEPER, keep_while_shown
from peerjournal.ui.drafts.values import DRAFT_VERSION, any_text, as_text
from peerjournal.ui.widgets.buttons import save_cancel_buttons
from peerjournal.ui.widgets.make import error_label, line_edit, note_field

if TYPE_CHECKING:
    from peerjournal.ui.app.main_window import MainWindow

PLACE_DRAFT = "place"
"""The draft key for a new place, or changes to one, not saved when the journal locked."""


class PlaceDialog(QDialog):
    def __init__(self, journal: Journal, place: Place | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeDialog")
        self._store = journal.places
        self._source = place
        self._saved: Place | None = None
        self.setWindowTitle(self.tr("Change a place or group") if place
                            else self.tr("Add a place or group"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)

        def line(name: str, accessible: str, placeholder: str, limit: int = FIELD_MAX) -> QLineEdit:
            return line_edit(name, accessible, placeholder=placeholder, max_length=limit)

        self.name_edit = line("placeNameEdit", self.tr("Name of the place or group"),
                              self.tr("e.g. Tuesday walking group, the library"), NAME_MAX)
        self.what_edit = line("placeWhatEdit", self.tr("What it is"),
                              self.tr("A walk, a craft group, advice on benefits… (optional)"))
        self.when_edit = line("placeWhenEdit", self.tr("When it is on"),
                              self.tr("e.g. Tuesdays 10 till 12 (optional)"))
        self.how_edit = line("placeHowEdit", self.tr("How to get there"),
                             self.tr("e.g. bus 12 to the market (optional)"))
        self.contact_edit = line("placeContactEdit", self.tr("Contact"),
                                 self.tr("A name, phone number or website (optional)"))
        self.notes_edit = note_field("placeNotesEdit", self.tr("Notes about this place"),
                                     self.tr("Anything you want to remember (optional)"))

        form = buddy_form((text, field, field) for text, field in (
            (self.tr("&Name"), self.name_edit), (self.tr("&What"), self.what_edit),
            (self.tr("W&hen"), self.when_edit), (self.tr("How to &get there"), self.how_edit),
            (self.tr("&Contact"), self.contact_edit), (self.tr("N&otes"), self.notes_edit),
        ))
        self.error_label = error_label()
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.buttons = save_cancel_buttons(self, "place", self.tr("Save this place"),
                                           self.tr("Saves this place or group to your journal."))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        add_foot(layout, self.error_label, self.buttons)

        if place is not None:
            self.name_edit.setText(place.name)
            self.what_edit.setText(place.what)
            self.when_edit.setText(place.when)
            self.how_edit.setText(place.how_to_get_there)
            self.contact_edit.setText(place.contact)
            self.notes_edit.setPlainText(place.notes)
        self.name_edit.setFocus()
        keep_while_shown(self)

    def _build(self) -> Place:
        fields = {
            "name": self.name_edit.text(), "what": self.what_edit.text(),
            "when": self.when_edit.text(), "how_to_get_there": self.how_edit.text(),
            "contact": self.contact_edit.text(), "notes": self.notes_edit.toPlainText(),
        }
        return replace(self._source, **fields) if self._source else Place(**fields)

    def place(self) -> Place | None:
        return self._saved

    def accept(self) -> None:
        self._saved = save_record(self._build(), self._source, self._store.add_place,
                                  self._store.update_place, self.error_label)
        if self._saved is None:
            self.name_edit.setFocus()
            return
        super().accept()

    # -- drafts (kept in the vault when the journal locks) ----------------
    draft_key = PLACE_DRAFT

    def _draft_edits(self) -> dict[str, Any]:
        return {
            "name": self.name_edit, "what": self.what_edit, "when": self.when_edit,
            "how": self.how_edit, "contact": self.contact_edit, "notes": self.notes_edit,
        }

    def draft(self) -> dict[str, Any] | None:
        """A new place with anything typed, or a place being changed that differs from what is saved."""
        texts = {k: (e.toPlainText() if k == "notes" else e.text()) for k, e in self._draft_edits().items()}
        source = self._source
        if source is None:
            changed = any_text(*texts.values())
        else:
            saved = {"name": source.name, "what": source.what, "when": source.when,
                     "how": source.how_to_get_there, "contact": source.contact, "notes": source.notes}
            changed = texts != saved
        if not changed:
            return None
        return {"version": DRAFT_VERSION, "place": source.id if source else None, **texts}

    def restore_draft(self, data: dict[str, Any]) -> None:
        """A field the draft doesn't have stays as the dialog opened."""
        for key, edit in self._draft_edits().items():
            if key not in data:
                continue
            text = as_text(data.get(key))
            if key == "notes":
                edit.setPlainText(text)
            else:
                edit.setText(text)  # the field's own length limit applies


def reopen_place(window: MainWindow, data: dict[str, Any]) -> str | None:
    """The place dialog on the Places tab, new or for the place being changed; dropped
    (kindly) when that place was deleted meanwhile."""
    places = window.connecting.places
    place_id = data.get("place")
    if place_id is not None and _find_place(window.journal, place_id) is None:
        return QCoreApplication.translate(
            "LockDrafts", "The place you were changing when the journal locked is no longer in your journal, "
            "so your changes to it could not come back.")
    reopen_on_tab(window, places, data, place_id, places.select_place, places.add_place, places.edit_place)
    return None


def _find_place(journal: Journal, place_id: Any) -> Place | None:
    return find_record(journal.places.get_place, place_id)


KEEPER.register_reopener(PLACE_DRAFT, reopen_place, order=60)

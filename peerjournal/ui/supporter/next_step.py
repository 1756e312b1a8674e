"""What the supporter agreed to do next with the person shown: their own words and, if agreed,
a day. Private to the supporter; the caseload can be sorted by that day.

Saved with its button (or Enter), and before the panel shows someone else or the window
closes (:meth:`save_if_changed`), so nothing typed is lost.

Signals: ``saved(object)`` with the person as saved (a ``CaseloadPerson``; the caseload shows it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from peerjournal.errors import UserError
from peerjournal.storage.supporter.store import NEXT_STEP_MAX, CaseloadPerson, SupporterStore

from peerjournal.ui.widgets import make
from peerjournal.ui.widgets.dates import from_qdate, to_qdate


class NextStepBox(QWidget):
    saved = Signal(object)

    def __init__(self, store: SupporterStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepBox")
        title = make.label(self.tr("What you agreed next"), "sectionLabel", wrap=True)
        self.store = store
        self.person_id: int | None = None
        self._shown: tuple[str, date | None] = ("", None)  # as last loaded or saved
        self.step_edit = make.line_edit(
            "nextStepEdit", self.tr("What you agreed to do next"),
            self.tr("Your own words, for example what you will find out or when you will meet. Only for you."),
            placeholder=self.tr("For example: find the choir's times together"), max_length=NEXT_STEP_MAX)
        self.step_edit.setAcceptDrops(False)  # a dropped file opens as a share
        self.has_day = make.check_box(self.tr("B&y a day:"), "nextStepHasDay", self.tr("Agreed a day"),
                                      self.tr("Tick to add the day you agreed."), toggled=self._day_toggled)
        self.day_edit = make.date_edit("nextStepDay", self.tr("The day you agreed"), date.today())
        self.day_edit.setEnabled(False)
        self.save_button = make.action_button(
            self.tr("Save &next"), "saveNextStepButton", self.tr("Save what you agreed"), self.save,
            self.tr("Keeps what you agreed and the day in your supporter journal. Nothing is shared."))
        self.status = make.label("", "errorLabel", wrap=True)
        self.status.hide()  # only when saving failed: the window's status bar says "saved"
        self.step_edit.returnPressed.connect(self.save)
        # Two short rows: the side beside the review is narrow.
        step_row = QHBoxLayout()
        step_row.addWidget(self.step_edit, 1)
        step_row.addWidget(self.save_button)
        day_row = QHBoxLayout()
        day_row.addWidget(self.has_day)
        day_row.addWidget(self.day_edit, 1)
        layout = make.column(self, title, step_row, day_row, self.status)
        layout.setContentsMargins(0, 0, 0, 0)

    def _day_toggled(self, on: bool) -> None:
        self.day_edit.setEnabled(on)

    def _current(self) -> tuple[str, date | None]:
        due = from_qdate(self.day_edit.date()) if self.has_day.isChecked() else None
        return self.step_edit.text().strip(), due

    def save_if_changed(self) -> None:
        if self.person_id is not None and self._current() != self._shown:
            self.save()

    def show_person(self, person: CaseloadPerson) -> None:
        self.person_id = person.id
        self._shown = (person.next_step, person.next_due)
        self.step_edit.setText(person.next_step)
        self.has_day.setChecked(person.next_due is not None)
        self.day_edit.setDate(to_qdate(person.next_due or date.today()))
        self.status.clear()
        self.status.hide()

    def save(self) -> None:
        if self.person_id is None:
            return
        text, due = self._current()
        try:
            person = self.store.set_next_step(self.person_id, text, due)
        except UserError as exc:
            self.status.setText(self.tr("Not saved: {problem}").format(problem=exc))
            self.status.show()
            return
        self._shown = (person.next_step, person.next_due)
        self.status.hide()
        self.saved.emit(person)

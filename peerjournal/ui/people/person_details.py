"""One person's details (when they were last in touch too), the People page's buttons for them,
and their contact history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import HelpKind, closeness_label, relationship_label
from peerjournal.i18n import in_sentence

from peerjournal.ui.people.people_model import ContactHistoryModel, local_date
from peerjournal.ui.widgets.make import plain_label


def mirror_button(action: QAction, name: str, accessible: str, description: str = "") -> QPushButton:
    """A push button (styled by app.qss, unlike a tool button) mirroring an action.

    A screen reader hears ``description`` and, when the action has a tooltip of its own (a
    shortcut, or why it can't be used now), that tooltip too."""
    button = QPushButton()
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)

    def sync() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())
        own_tip = action.toolTip() if action.toolTip() != QAction(action.text()).toolTip() else ""
        button.setAccessibleDescription(" ".join(t for t in (description, own_tip) if t))

    action.changed.connect(sync)
    sync()
    return button


def _in_words(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return QCoreApplication.translate("PersonDetails", "{some} and {last}").format(
        some=", ".join(items[:-1]), last=items[-1])


class RoomyDelegate(QStyledItemDelegate):
    """Taller rows than Fusion's default: easier to read and to hit with the mouse."""

    def sizeHint(self, option, index) -> QSize:  # type: ignore[no-untyped-def]  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)


class PersonDetails(QWidget):
    """One person's details, the page's buttons for them, and their contact history."""

    def __init__(self, history: ContactHistoryModel, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDetails")
        self._history = history
        self.name_heading = plain_label(name="personNameHeading")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)  # relative, so a larger system font scales it
        font.setBold(True)
        self.name_heading.setFont(font)
        self.summary_label = plain_label(name="personSummaryLabel")
        self.help_label = plain_label(name="personHelpLabel")
        self.last_label = plain_label(name="personLastInTouchLabel")
        self.notes_label = plain_label(name="personNotesLabel")
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_table = table = QTableView()
        table.setObjectName("contactHistoryTable")
        table.setAccessibleName(self.tr("Contact history"))
        table.setAccessibleDescription(self.tr("Your contacts with this person, newest first."))
        table.setModel(history)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setAccessibleName(self.tr("Contact rows"))
        table.horizontalHeader().setAccessibleName(self.tr("Contact history columns"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the note
        corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all contacts"))
        self.no_history_label = plain_label(name="noHistoryLabel")
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.name_heading, self.summary_label, self.last_label, self.help_label, self.notes_label):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addLayout(row)
        layout.addSpacing(10)
        layout.addWidget(plain_label(self.tr("Contact history"), name="sectionLabel"))
        layout.addWidget(table, 1)
        layout.addWidget(self.no_history_label)
        layout.addStretch(0)

    def show_person(self, person: Person, last_in_touch: datetime | None = None, now: datetime | None = None,
                    *, history: bool = True) -> None:
        """``last_in_touch``: their last contact or activity together (None: never); ``history``
        False: the history shown is theirs and up to date (not read again)."""
        self.name_heading.setText(person.name)
        self.name_heading.setAccessibleName(person.name)
        archived = self.tr(" · Archived (their history is kept)") if person.archived else ""
        self.summary_label.setText(f"{relationship_label(person.relationship)} · {closeness_label(person.closeness)}{archived}")
        self.last_label.setText(
            self.tr("Last in touch: {day}").format(day=local_date(last_in_touch, now)) if last_in_touch
            else self.tr("Not in touch yet"))
        kinds = [in_sentence(k.label) for k in HelpKind if k in person.help_kinds]
        self.help_label.setText(self.tr("They can give {kinds}.").format(kinds=_in_words(kinds)) if kinds else "")
        self.help_label.setVisible(bool(kinds))
        self.notes_label.setText(person.notes)
        self.notes_label.setVisible(bool(person.notes))
        if history or self._history.person_id() != person.id:
            self._history.show_person(person.id)
        self.history_table.setAccessibleName(self.tr("Contact history with {name}").format(name=person.name))
        has_rows = self._history.rowCount() > 0
        self.history_table.setVisible(has_rows)
        self.no_history_label.setText(
            "" if has_rows else self.tr("No contacts noted with {name} yet. They will show here when you log one.").format(
                name=person.name)
        )
        self.no_history_label.setVisible(not has_rows)

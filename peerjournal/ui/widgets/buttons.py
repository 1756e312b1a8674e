"""Small pieces shared by the goal and place dialogs and widgets of the Connecting page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local

from peerjournal.ui.widgets.accessible import date_hint
from peerjournal.ui.widgets.dates import day_text, to_qdate


def text_label(text: str = "", name: str = "") -> QLabel:
    """A wrapped, selectable plain-text label (goals and places are the person's words, never markup)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def action_button(text: str, name: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
    """A push button that never grabs Enter from the form (not auto-default), named for tests
    (``name``) and for screen readers (``accessible``); a click calls ``slot``."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def list_splitter(name: str, view: QWidget, empty: QWidget) -> QSplitter:
    """A splitter whose left side holds the list ``view`` and, in the same place, the words
    ``empty`` shown while there is nothing in it; the caller adds the details on the right
    (then sets the sizes). Neither side can be squeezed away."""
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(view, 1)
    left_layout.addWidget(empty, 1)
    splitter = QSplitter()
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    return splitter


def save_cancel_buttons(dialog: QDialog, what: str, save_name: str, save_description: str
                        ) -> QDialogButtonBox:
    """Save and Cancel for a Connecting dialog, wired to accept / reject. ``what`` ("goal",
    "place", …) names the objects tests find: ``{what}DialogButtons``, ``save{What}Button``,
    ``cancel{What}Button``. Make Save the default once the box is in the dialog's layout."""
    translate = QCoreApplication.translate
    kind = what[:1].upper() + what[1:]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    box.setObjectName(f"{what}DialogButtons")
    save = box.button(QDialogButtonBox.StandardButton.Save)
    save.setText(translate("ConnectingDialogs", "Save"))
    save.setObjectName(f"save{kind}Button")
    save.setAccessibleName(save_name)
    save.setAccessibleDescription(save_description)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(translate("ConnectingDialogs", "Cancel"))
    cancel.setObjectName(f"cancel{kind}Button")
    cancel.setAccessibleName(translate("ConnectingDialogs", "Cancel without saving"))
    cancel.setAccessibleDescription(translate("ConnectingDialogs", "Closes this window without saving."))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def local_day_text(moment: datetime) -> str:
    """The local calendar day of a stored moment, e.g. "1 December 2026"."""
    return day_text(to_local(moment).date(), "d MMMM yyyy")


def error_label() -> QLabel:
    label = text_label(name="errorLabel")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show a problem beside the form and announce it (screen readers miss a label appearing)."""
    label.setText(text)
    label.show()
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, text))


def date_edit(name: str, accessible: str, day: date, description: str = "") -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setAccessibleDescription(f"{description} {date_hint()}".strip())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setDate(to_qdate(day))
    return edit

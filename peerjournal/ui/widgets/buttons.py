"""Pieces shared by the goal and place dialogs and widgets of the Connecting page: list
splitter, Save/Cancel box, error label. Single controls are made in :mod:`make`."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.clock import to_local

from peerjournal.ui.widgets.accessible import NamedSplitter
from peerjournal.ui.widgets.dates import day_text
from peerjournal.ui.widgets.make import named
from peerjournal.ui.widgets.status import set_status


def list_splitter(name: str, view: QWidget, empty: QWidget) -> QSplitter:
    """A splitter whose left side holds the list ``view`` and, in the same place, the words
    ``empty`` shown while there is nothing in it; the caller adds the details on the right
    (then sets the sizes). Neither side can be squeezed away."""
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(view, 1)
    left_layout.addWidget(empty, 1)
    splitter = NamedSplitter()
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
    named(save, f"save{kind}Button", save_name, save_description)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(translate("ConnectingDialogs", "Cancel"))
    named(cancel, f"cancel{kind}Button", translate("ConnectingDialogs", "Cancel without saving"),
          translate("ConnectingDialogs", "Closes this window without saving."))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def local_day_text(moment: datetime) -> str:
    """The local calendar day of a stored moment, e.g. "1 December 2026"."""
    return day_text(to_local(moment).date(), "d MMMM yyyy")


def show_error(label: QLabel, text: str) -> None:
    """Show a problem beside the form and announce it (screen readers miss a label appearing)."""
    set_status(label, text)

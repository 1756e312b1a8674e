"""Small dialogs of supporter mode: a shared file's passphrase, and a name for a person.

Both are opened with ``open()`` (not ``exec()``), so the flow continues from their
``accepted`` / ``rejected`` signals and a test can fill them in like a person would.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerjournal.storage.supporter.store import PERSON_NAME_MAX, CaseloadPerson

from peerjournal.ui.app.unlock_dialog import password_field
from peerjournal.ui.widgets import make
from peerjournal.ui.widgets.focus_events import caret_after_focus


def _buttons(ok_text: str, ok_name: str, ok_description: str,
             cancel_description: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK and Cancel, each with what a screen reader says it does (texts already translated)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    ok.setAccessibleName(ok_text.replace("&", "").rstrip("…"))
    ok.setAccessibleDescription(ok_description)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    cancel.setAccessibleName(QCoreApplication.translate("SupporterDialogs", "Cancel"))
    cancel.setAccessibleDescription(cancel_description)
    return box, ok, cancel


def _fit(dialog: QDialog, width: int = 520) -> None:
    """At least ``width`` wide and as tall as its wrapped words need at that width (a
    dialog's own size hint leaves long wrapped labels cut off). Never shrinks a shown one."""
    dialog.setMinimumWidth(width)
    shown = dialog.isVisible()  # before it is shown, its size is only Qt's default
    width = max(width, dialog.width()) if shown else width
    for label in dialog.findChildren(QLabel):
        label.ensurePolished()  # style sheet padding counts in the height
    layout = dialog.layout()
    assert layout is not None
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    dialog.setMinimumHeight(height)
    dialog.resize(width, max(height, dialog.height()) if shown else height)


class SharePassphraseDialog(QDialog):
    """Asks for the passphrase of a passphrase-protected file. Read it with
    :meth:`take_passphrase`, which also clears the field (SECURITY.md item 12)."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharePassphraseDialog")
        self.setWindowTitle(self.tr("Passphrase-protected file"))
        intro = make.label(self.tr(
            "“{file}” is locked with a passphrase rather than with your key. The person "
            "who made it chose the passphrase and should have told you it separately "
            "(not with the file)."
        ).format(file=file_name), wrap=True)
        self.passphrase = password_field("sharePassphraseEdit", self.tr("The file's passphrase"))
        self.buttons, self.ok_button, self.cancel_button = _buttons(
            self.tr("&Open file"), "openFileButton",
            self.tr("Opens the file with this passphrase. Nothing is added until you say who it is from."),
            self.tr("Closes this window; the file is not opened and nothing is added."))
        self.buttons.accepted.connect(self._accept_if_filled)
        self.buttons.rejected.connect(self.reject)
        field_label = make.label(self.tr("&Passphrase"), buddy=self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(field_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        _fit(self)

    def _accept_if_filled(self) -> None:
        if self.passphrase.text():
            self.accept()

    def take_passphrase(self) -> str:
        text = self.passphrase.text()
        self.passphrase.clear()
        return text

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()


def free_variant(name: str, taken: set[str]) -> str:
    """``Sam (2)``, ``Sam (3)``… : the first one nobody in the list is called yet."""
    n = 2
    while f"{name} ({n})".casefold() in taken:
        n += 1
    return f"{name} ({n})"


class PersonNameDialog(QDialog):
    """The supporter's own name for a person: for someone new (import) or a rename.

    The name must differ from everyone else's in the list, so two people are never
    confused. With ``clash`` (a file claiming an existing person's name but signed by a
    different journal) a warning says so and the only way on is a separate person.
    """

    def __init__(
        self,
        *,
        title: str,
        intro: str,
        name: str,
        others: Iterable[CaseloadPerson],
        ok_text: str,
        ok_description: str = "",
        clash: CaseloadPerson | None = None,
        clash_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personNameDialog")
        self.setWindowTitle(title)
        self._taken = {p.name.casefold(): p.name for p in others}
        self.clash = clash
        self.warning = make.label(clash_text, "warningLabel", wrap=True)
        self.warning.setVisible(clash is not None)
        self.name_edit = caret_after_focus(QLineEdit(name))
        self.name_edit.setObjectName("personNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name for this person"))
        self._about_name = self.tr(
            "Only for you; it is never shared. It must be different from everyone else's in your list.")
        self._clash_text = clash_text if clash is not None else ""
        self.name_edit.setMaxLength(PERSON_NAME_MAX)
        self.name_edit.selectAll()
        self.error = make.label("", "errorLabel", wrap=True)
        self.error.hide()
        self.buttons, self.ok_button, self.cancel_button = _buttons(
            ok_text, "okButton", ok_description or self.tr("Uses this name and closes this window."),
            self.tr("Closes this window; nothing is added or changed."))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(make.label(intro, wrap=True))
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        _fit(self)
        self._check()

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _problem(self) -> str:
        name = self.name()
        if not name:
            return self.tr("Please give this person a name.")
        other = self._taken.get(name.casefold())
        if other is not None:
            return self.tr("You already have someone called {name}. Please choose a different "
                           "name, so you can always tell them apart.").format(name=other)
        return ""

    def _check(self) -> None:
        problem = self._problem()
        # An empty field needs no red words; a name already in use does.
        self.error.setText(problem if self.name() else "")
        self.error.setVisible(bool(problem) and bool(self.name()))
        # A screen reader on the field hears the red words and the warning too, not only the label.
        said = (self.error.text(), self._clash_text, self._about_name)
        self.name_edit.setAccessibleDescription(" ".join(part for part in said if part))
        self.ok_button.setEnabled(not problem)
        _fit(self)

    def _accept_if_valid(self) -> None:
        if not self._problem():
            self.accept()

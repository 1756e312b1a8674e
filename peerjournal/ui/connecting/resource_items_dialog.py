"""Edit the questions of the resource check: add, reword, stop asking (or ask again), reorder.

Past checks keep the wording they were asked in, and a question no longer asked keeps
its old answers; nothing here changes a check already taken.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.connecting.resources import ITEM_TEXT_MAX, Domain, ResourceItem
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal

from peerjournal.ui.connecting.resource_check_dialog import core_text, question
from peerjournal.ui.widgets.accessible import chain
from peerjournal.ui.widgets.make import action_button, combo, hint_label, label, line_edit, named

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class ResourceItemsDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceItemsDialog")
        self.setWindowTitle(self.tr("The questions of the check"))
        self._store = journal.resources
        intro = hint_label(self.tr(
            "Each question finishes “Do I know someone who could…”. Rewording a question or no "
            "longer asking it leaves your past checks just as they were."
        ))
        self.domain_combo = combo(
            "partCombo", self.tr("Part of the check"), self.tr("The list below shows the questions of this part."),
            items=[(core_text(domain.label), domain) for domain in Domain])
        self.domain_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.list = named(QListWidget(), "questionList", self.tr("Questions in this part"), self.tr(
            "In the order they are asked. Choose one to move it, reword it or stop asking it."))
        self.list.currentItemChanged.connect(lambda *_: self._chosen())
        self.text_edit = line_edit("questionEdit", self.tr("Wording of the question"),
                                   placeholder=self.tr("for example: give me a lift somewhere"),
                                   max_length=ITEM_TEXT_MAX + 10)  # room for a "could" or "?" tidied away
        self.text_edit.returnPressed.connect(self.add)
        self._build_buttons()
        self.error_label = label(name="errorLabel", wrap=True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out(intro)
        chain([self.domain_combo, self.list, self.up_button, self.down_button, self.retire_button,
               self.text_edit, self.add_button, self.rename_button])
        self.resize(620, 520)
        self.reload()

    def _build_buttons(self) -> None:
        self.add_button = action_button(
            self.tr("&Add as a new question"), "addQuestionButton", self.tr("Add the wording as a new question"),
            self.add, self.tr("Adds the wording above as a new question at the end of this part."))
        self.rename_button = action_button(
            self.tr("&Change the wording"), "renameQuestionButton", self.tr("Change the chosen question's wording"),
            self.rename, self.tr("Gives the chosen question the wording above. Past checks keep the old."))
        self.retire_button = action_button(
            self.tr("&Stop asking"), "retireQuestionButton", self.tr("Stop asking the chosen question"),
            self.toggle_retired, self.tr(
                "Stops asking the chosen question in new checks, or asks it again. Past checks stay as they were."))
        self.up_button = action_button(
            self.tr("Move &up"), "moveUpButton", self.tr("Move the chosen question up"), lambda: self.move(-1),
            self.tr("Asks the chosen question one place earlier."))
        self.down_button = action_button(
            self.tr("Move &down"), "moveDownButton", self.tr("Move the chosen question down"),
            lambda: self.move(1), self.tr("Asks the chosen question one place later."))

    def _close_box(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        named(close, "", self.tr("Close"), self.tr("Closes this window. Your changes are already saved."))
        # Enter in the question field adds the question; it must not also close the window.
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.rejected.connect(self.reject)
        return buttons

    def _lay_out(self, intro: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(label(self.tr("&Part:"), buddy=self.domain_combo))
        top.addWidget(self.domain_combo, 1)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.retire_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        edit = QGridLayout()
        edit.addWidget(label(self.tr("&Wording:"), buddy=self.text_edit), 0, 0)
        edit.addWidget(self.text_edit, 0, 1, 1, 2)
        edit.addWidget(self.add_button, 1, 1)
        edit.addWidget(self.rename_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self._close_box())

    # -- showing -------------------------------------------------------------
    def domain(self) -> Domain:
        return Domain(self.domain_combo.currentData())

    def items(self) -> list[ResourceItem]:
        return [i for i in self._store.items(include_retired=True) if i.domain is self.domain()]

    def reload(self, keep: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items():
            text = question(item.text)
            if item.retired:
                text = self.tr("{question} (not asked now)").format(question=text)
            row = QListWidgetItem(text)
            row.setData(ITEM_ID_ROLE, item.id)
            if item.retired:
                row.setForeground(self.palette().placeholderText())
            self.list.addItem(row)
            if item.id == keep:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        self._chosen()

    def chosen(self) -> ResourceItem | None:
        row = self.list.currentItem()
        if row is None:
            return None
        item_id = row.data(ITEM_ID_ROLE)
        return next((i for i in self.items() if i.id == item_id), None)

    def _chosen(self) -> None:
        item = self.chosen()
        for button in (self.rename_button, self.retire_button, self.up_button, self.down_button):
            button.setEnabled(item is not None)
        if item is None:
            return
        self.text_edit.setText(core_text(item.text))
        if item.retired:
            self.retire_button.setText(self.tr("Ask a&gain"))
            self.retire_button.setAccessibleName(self.tr("Ask the chosen question again"))
        else:
            self.retire_button.setText(self.tr("&Stop asking"))
            self.retire_button.setAccessibleName(self.tr("Stop asking the chosen question"))

    # -- changing -------------------------------------------------------------
    def _do(self, action) -> ResourceItem | None:  # type: ignore[no-untyped-def]
        try:
            result = action()
        except UserError as exc:
            self.error_label.setText(str(exc))
            return None
        self.error_label.clear()
        return result  # type: ignore[no-any-return]

    def add(self) -> None:
        item = self._do(lambda: self._store.add_item(self.domain(), self.text_edit.text()))
        if item is not None:
            self.reload(keep=item.id)

    def rename(self) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.id is None:
            return
        item_id = chosen.id
        if self._do(lambda: self._store.rename_item(item_id, self.text_edit.text())) is not None:
            self.reload(keep=item_id)

    def toggle_retired(self) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.id is None:
            return
        item_id, retired = chosen.id, not chosen.retired
        if self._do(lambda: self._store.set_retired(item_id, retired)) is not None:
            self.reload(keep=item_id)

    def move(self, steps: int) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.id is None:
            return
        item_id = chosen.id
        self._do(lambda: self._store.move_item(item_id, steps))
        self.reload(keep=item_id)
        self.list.setFocus()

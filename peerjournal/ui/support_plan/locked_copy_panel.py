"""The support plan's "When locked" tab: keep a copy of chosen parts outside the vault (off by
default), so "My plan for a bad day" opens from the tray while the journal is locked.

Says plainly what switching on means: the copy is not encrypted and anyone using this computer
account can read it. Switching off removes the copy. Signals: none; the page calls
:meth:`plan_changed` after the plan was saved so the copy follows it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from peerjournal.core.support_plan import PARTS, part_title
from peerjournal.errors import UserError
from peerjournal.storage.journal import Journal
from peerjournal.storage.support_plan_copy import (
    CopyChoice,
    copy_path,
    load_choice,
    refresh_copy,
    save_choice,
)

from peerjournal.ui.widgets.make import check_box, column, error_label, named, plain_label


class LockedCopyPanel(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedCopyPanel")
        self.journal = journal
        self._filling = False
        explain = plain_label(self.tr(
            "If you like, your plan for a bad day can open from the tray icon even while your "
            "journal is locked, like an emergency card on a phone's lock screen. For that, the "
            "parts you tick below are kept in a separate file that is NOT encrypted: anyone using "
            "this computer account can read it. Nothing else from your journal goes in it. "
            "Switching this off removes the file."), "hintLabel")
        self.switch = check_box(
            self.tr("Open my plan for a bad day from the tray while the journal is locked"),
            "lockedCopySwitch", self.tr("Open my plan for a bad day while locked"),
            self.tr("Keeps a copy of the ticked parts outside the encrypted journal. Off unless you "
                    "switch it on."), toggled=lambda _on: self._apply())
        box = named(QGroupBox(self.tr("Parts to keep in the copy")), "lockedCopyParts")
        ticks = QVBoxLayout(box)
        self.ticks: dict[str, QCheckBox] = {}
        for key, _title, _fields in PARTS:
            tick = check_box(part_title(key), f"{key}CopyTick", part_title(key),
                             self.tr("Keeps this part of your plan in the copy."),
                             toggled=lambda _on: self._apply())
            self.ticks[key] = tick
            ticks.addWidget(tick)
        self.status = plain_label("", "lockedCopyStatus")
        self.error = error_label(self.tr("Problem with the copy"))
        column(self, explain, self.switch, box, self.status, self.error, 1)
        self.load()
        # The copy follows the vault as it is opened now: a backup put back, or a plan changed
        # by another copy of PeerJournal, may differ from what the file holds (or say "off").
        self.plan_changed()

    def load(self) -> None:
        choice = load_choice(self.journal)
        self._filling = True
        try:
            self.switch.setChecked(choice.on)
            for key, tick in self.ticks.items():
                tick.setChecked(key in choice.parts)
        finally:
            self._filling = False
        self._show_status(choice.on)

    def choice(self) -> CopyChoice:
        return CopyChoice(on=self.switch.isChecked(),
                          parts=tuple(k for k, tick in self.ticks.items() if tick.isChecked()))

    def _apply(self) -> None:
        if self._filling:
            return
        try:
            save_choice(self.journal, self.choice())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self._show_status(self.switch.isChecked())

    def plan_changed(self) -> None:
        """The plan was saved: the copy (if kept) follows it."""
        try:
            refresh_copy(self.journal)
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()

    def _show_status(self, on: bool) -> None:
        if on:
            text = self.tr("Switched on. The ticked parts are kept, not encrypted, in {path}. "
                           "Anyone using this computer account can read them.").format(
                path=copy_path(self.journal.vault.path))
        else:
            text = self.tr("Switched off. No copy of your plan is kept outside your journal.")
        self.status.setText(text)

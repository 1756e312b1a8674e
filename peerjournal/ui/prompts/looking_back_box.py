"""The "Looking back" group on the Prompts page: switch "On this day" on (off by default), and
whether it may show low entries too. Saves through the settings service; no signals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from peerjournal.errors import UserError

from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.widgets import make


class LookingBackBox(QGroupBox):
    def __init__(self, service: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Looking back"))
        self.setObjectName("lookingBackBox")
        self.service = service
        settings = service.settings
        self.on_this_day = make.check_box(
            self.tr("Show an entry from &this day in earlier years"), "onThisDayCheck",
            self.tr("Show an entry from this day in earlier years"),
            self.tr("Now and then, Today shows an entry from the same date in an earlier year that you "
                    "rated good or marked to remember."),
            checked=settings.on_this_day, toggled=lambda _on: self.apply())
        self.low_too = make.check_box(
            self.tr("Include &low entries too"), "onThisDayLowCheck", self.tr("Include low entries too"),
            self.tr("Also low entries (rated 1 or 2) that you marked to remember. Off unless you want them."),
            checked=settings.on_this_day_low, toggled=lambda _on: self.apply())
        self.low_too.setEnabled(settings.on_this_day)
        self.problem = make.error_label(self.tr("Why this was not saved"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.on_this_day)
        layout.addWidget(self.low_too)
        layout.addWidget(self.problem)

    def apply(self) -> None:
        self.low_too.setEnabled(self.on_this_day.isChecked())
        try:
            self.service.update(replace(self.service.settings, on_this_day=self.on_this_day.isChecked(),
                                        on_this_day_low=self.low_too.isChecked()))
        except UserError as exc:  # the settings file could not be written
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.problem.hide()

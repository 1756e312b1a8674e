"""The second place for backups on the Security page: its plain status, choose it, stop using it.

Signals: ``changed()`` when the person chose a place or stopped using one (the page then lists
the backups of both places). Only the folder's path goes into the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from peerjournal.errors import UserError
from peerjournal.storage.files.second_place import SecondPlaceStatus, place_name, status

from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.widgets import files, make


class SecondPlaceRow(QWidget):
    changed = Signal()

    def __init__(self, service: SettingsService, kind: str, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secondPlaceRow")
        self.service = service
        self.kind = kind
        self.clock = clock  # the journal's
        self.status = make.plain_label(name="secondPlaceStatus")
        self.status.setAccessibleName(self.tr("Second place for backups"))
        self.choose_button = make.action_button(
            self.tr("Choose a &second place…"), "chooseSecondPlaceButton", self.tr("Choose a second place for backups"),
            self.choose, self.tr("A USB stick, another disk or a folder a sync program carries gets a copy of "
                                 "each backup, encrypted the same way, so a lost laptop does not take them all."))
        self.stop_button = make.action_button(
            self.tr("Stop copying there"), "stopSecondPlaceButton", self.tr("Stop copying backups to the second place"),
            self.stop, self.tr("The copies already there stay; no new ones are made."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(make.button_row(self.choose_button, self.stop_button, stretch_at=2))
        self.refresh()

    @property
    def folder(self) -> Path | None:
        chosen = self.service.settings.second_backup_folder
        return Path(chosen) if chosen else None

    def refresh(self) -> None:
        folder = self.folder
        self.stop_button.setVisible(folder is not None)
        if folder is None:
            self.status.setText(self.tr(
                "Backups stay on this computer only. A second place (a USB stick, another disk or a "
                "synced folder) keeps a copy if this computer is lost or breaks."))
            return
        self.status.setText(self._status_text(status(folder, self.kind)))

    def _status_text(self, place: SecondPlaceStatus) -> str:
        name = place_name(place.folder)
        if place.last_copy is None:
            if not place.present:
                return self.tr("Second place: {name}. It is not there right now; the next backup is copied "
                               "there when it is back.").format(name=name)
            return self.tr("Second place: {name}. No copy there yet; the next backup is copied there, or "
                           "choose Back up now.").format(name=name)
        when = self._ago(place.last_copy)
        if not place.present:
            return self.tr("Last copy to {name}: {when}. It is not there right now (a USB stick may be "
                           "unplugged).").format(name=name, when=when)
        return self.tr("Last copy to {name}: {when}.").format(name=name, when=when)

    def _ago(self, moment: datetime) -> str:
        now = self.clock()
        days = (now.astimezone().date() - moment.astimezone().date()).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("{days} days ago").format(days=days)

    def choose(self) -> None:
        folder = files.choose_folder(self, self.tr("Choose a second place for backups"))
        if folder is not None:
            self._save(str(folder))

    def stop(self) -> None:
        self._save("")

    def _save(self, folder: str) -> None:
        try:
            self.service.update(replace(self.service.settings, second_backup_folder=folder))
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()
        self.changed.emit()

"""The app's settings for the whole run: the one owner of ``settings.json``, saying when they change.

Built once by the controller and handed to the prompt service, the main window and the
pages; every change goes through :meth:`SettingsService.update`. Signals: ``changed(object)``
with the new :class:`~peerjournal.core.settings.AppSettings` after each saved update.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from peerjournal.core.settings import AppSettings
from peerjournal.storage.files.settings_file import SettingsFile


class SettingsService(QObject):
    changed = Signal(object)

    def __init__(self, file: SettingsFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file  # also keeps the prompt schedule's state file (see PromptService)
        self._settings = file.load()

    @property
    def settings(self) -> AppSettings:
        return self._settings

    @property
    def read_only_reason(self) -> str | None:
        """Why changes are not being saved (the file came from a newer version), or None."""
        return self.file.read_only_reason

    def update(self, new: AppSettings) -> None:
        """Use ``new`` from now on, save it, then emit ``changed``.

        A save that fails (a :class:`~peerjournal.errors.UserError`, e.g. a full disk) propagates
        for the caller to show; the change is kept in memory for this run, but ``changed`` is
        not emitted, as before there was this service.
        """
        self._settings = new
        self.file.save(new)
        self.changed.emit(new)

"""The settings service: one owner of settings.json; an update saves, then says so."""

from __future__ import annotations

import errno
import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from peerjournal.core.prompts import PromptSettings
from peerjournal.core.settings import AppSettings, Theme, settings_to_dict
from peerjournal.errors import UserError
from peerjournal.storage.files.settings_file import SettingsFile
from peerjournal.storage.vault import atomic

from peerjournal.ui.app.settings_service import SettingsService
from peerjournal.ui.prompts.prompt_service import PromptService


@pytest.fixture
def settings_file(tmp_path):
    return SettingsFile(tmp_path / "config")


def test_it_starts_from_the_file(qapp, settings_file):
    settings_file.save(AppSettings(lock_after_minutes=12, theme=Theme.DARK))
    service = SettingsService(settings_file)
    assert service.settings == AppSettings(lock_after_minutes=12, theme=Theme.DARK)
    assert service.read_only_reason is None


def test_update_saves_then_emits(qapp, settings_file):
    service = SettingsService(settings_file)
    heard: list[AppSettings] = []
    service.changed.connect(lambda s: heard.append((s, settings_file.load())))
    new = replace(service.settings, backups_to_keep=3, tray_explained=True)
    service.update(new)
    assert service.settings == new
    assert heard == [(new, new)]  # saved before anyone is told
    # The file holds exactly what the settings table writes: nothing else, no journal data.
    assert json.loads(settings_file.settings_path.read_text()) == settings_to_dict(new)


def test_a_full_disk_is_reported_and_the_change_kept_for_this_run(qapp, settings_file, monkeypatch):
    service = SettingsService(settings_file)
    service.update(replace(service.settings, lock_after_minutes=7))
    heard: list[AppSettings] = []
    service.changed.connect(heard.append)

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    new = replace(service.settings, lock_after_minutes=20)
    with pytest.raises(UserError, match="Could not save your settings"):
        service.update(new)
    monkeypatch.undo()
    assert service.settings == new  # kept in memory: the page shows what was chosen
    assert heard == []  # as before this service: only a saved change is announced
    assert settings_file.load().lock_after_minutes == 7  # the file as it was


def test_a_file_from_a_newer_version_is_left_alone(qapp, settings_file):
    settings_file.folder.mkdir(parents=True)
    newer = {"version": 99, "theme": "dark", "something_new": True}
    settings_file.settings_path.write_text(json.dumps(newer))
    service = SettingsService(settings_file)
    assert service.settings == AppSettings()
    assert service.read_only_reason is not None and "newer version" in service.read_only_reason
    heard: list[AppSettings] = []
    service.changed.connect(heard.append)
    service.update(replace(service.settings, theme=Theme.LIGHT))
    assert service.settings.theme is Theme.LIGHT and len(heard) == 1  # used for this run
    assert json.loads(settings_file.settings_path.read_text()) == newer  # never overwritten


def test_the_prompt_service_reads_its_schedule_here_and_checks_on_a_change(qapp, settings_file):
    settings_file.save(AppSettings(prompts=PromptSettings(enabled=False)))
    now = [datetime(2026, 11, 20, 19, 59).astimezone(UTC)]
    settings = SettingsService(settings_file)
    prompts = PromptService(settings, lambda: now[0])
    announced: list[object] = []
    prompts.announce.connect(announced.append)
    assert prompts.check() == []
    now[0] = datetime(2026, 11, 20, 20, 1).astimezone(UTC)
    settings.update(replace(settings.settings, prompts=PromptSettings(enabled=True)))
    assert len(announced) == 1  # the 20:00 check-in, without waiting for the timer
    assert prompts.app_settings is settings and prompts.settings_file is settings_file

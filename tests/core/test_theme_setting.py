"""The theme setting: saved by name, read leniently (unknown or odd values give System)."""

from __future__ import annotations

import json

import pytest

from peerjournal.core.settings import AppSettings, Theme, settings_from_dict, settings_to_dict


def test_the_default_follows_the_system():
    assert AppSettings().theme is Theme.SYSTEM
    assert settings_from_dict({}).theme is Theme.SYSTEM


@pytest.mark.parametrize("theme", list(Theme))
def test_each_theme_survives_a_round_trip_through_json(theme):
    saved = json.loads(json.dumps(settings_to_dict(AppSettings(theme=theme, backups_to_keep=4))))
    assert saved["theme"] == theme.value
    back = settings_from_dict(saved)
    assert back.theme is theme and back.backups_to_keep == 4


@pytest.mark.parametrize("value", ["sepia", "", None, 3, True, ["dark"], {"name": "dark"}, "DARK"])
def test_an_unknown_value_gives_the_default_and_keeps_the_rest(value):
    data = settings_to_dict(AppSettings(lock_after_minutes=12)) | {"theme": value}
    back = settings_from_dict(data)
    assert back.theme is Theme.SYSTEM and back.lock_after_minutes == 12

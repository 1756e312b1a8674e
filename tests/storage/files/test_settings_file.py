"""SettingsFile: round trips, defaults on missing or damaged files, newer files left alone, privacy."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from peerjournal.core.prompts import (
    PromptKind,
    PromptSettings,
    PromptState,
    ReminderTime,
    state_to_dict,
)
from peerjournal.core.settings import SETTINGS_VERSION, AppSettings, settings_to_dict
from peerjournal.errors import UserError
from peerjournal.storage.files.settings_file import PROMPT_STATE_VERSION, SettingsFile
from peerjournal.system import paths
from tests.storage.conftest import file_mode

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

CUSTOM = AppSettings(
    prompts=PromptSettings(
        enabled=False,
        times=(
            ReminderTime(time(9, 30), frozenset({0, 2, 4}), PromptKind.CONTACTS),
            ReminderTime(time(21, 0)),
        ),
        quiet=None,
        kinds=frozenset({PromptKind.CHECK_IN, PromptKind.CONTACTS}),
        max_per_day=5,
        isolation_days=7,
        nudge_time=time(10, 15),
        show_details=True,
    ),
    keep_running_in_tray=False,
    tray_explained=True,
    start_with_computer=True,
)

AT = datetime(2026, 6, 15, 18, 0, tzinfo=UTC)
PLAIN_STATE = PromptState(
    delivered={"check_in|2026-06-15|20:00": AT},
    snoozed={"contacts|2026-06-15|09:30": AT.replace(hour=19)},
    dismissed={"activities|2026-06-14|21:00": AT.replace(day=14)},
    last_check=AT,
)
NUDGE_KEYS = ("isolation|2026-06-10|1", "stay_in_touch|2026-06-01|42")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def store(folder: Path) -> SettingsFile:
    return SettingsFile(folder)




# -- settings ------------------------------------------------------------------------
def test_round_trip(store: SettingsFile, folder: Path) -> None:
    store.save(CUSTOM)
    assert SettingsFile(folder).load() == CUSTOM


def test_default_folder_is_the_config_dir() -> None:
    store = SettingsFile()
    assert store.folder == paths.config_dir()
    store.save(CUSTOM)
    assert (paths.config_dir() / "settings.json").is_file()


def test_missing_file_gives_defaults_and_creates_nothing(store: SettingsFile, folder: Path) -> None:
    assert store.load() == AppSettings()
    assert store.load_prompt_state() == PromptState()
    assert store.read_only_reason is None
    assert not folder.exists()


def test_file_holds_exactly_settings_to_dict_pretty_and_sorted(store: SettingsFile) -> None:
    store.save(CUSTOM)
    text = store.settings_path.read_text(encoding="utf-8")
    assert json.loads(text) == settings_to_dict(CUSTOM)
    assert text == json.dumps(settings_to_dict(CUSTOM), indent=2, sort_keys=True) + "\n"


def test_nothing_else_is_stored_in_the_folder(store: SettingsFile, folder: Path) -> None:
    store.save(CUSTOM)
    store.save_prompt_state(PLAIN_STATE)
    assert sorted(os.listdir(folder)) == ["prompt-state.json", "settings.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"{ not json",
        b"",
        b"\xff\xfe\x00garbage",  # not UTF-8
        b"[1, 2, 3]",  # JSON, but not an object
        b"[" * 100_000 + b"]" * 100_000,  # nests deeper than the parser's recursion limit
    ],
    ids=["syntax", "empty", "not-utf8", "not-an-object", "too-deep"],
)
def test_malformed_file_is_set_aside_and_defaults_used(
    store: SettingsFile, folder: Path, content: bytes
) -> None:
    folder.mkdir()
    store.settings_path.write_bytes(content)
    assert store.load() == AppSettings()
    assert store.read_only_reason is None
    assert not store.settings_path.exists()
    assert (folder / "settings.json.broken").read_bytes() == content
    store.save(CUSTOM)  # and saving works again afterwards
    assert SettingsFile(folder).load() == CUSTOM


def test_huge_file_is_set_aside_unread(store: SettingsFile, folder: Path) -> None:
    folder.mkdir()
    store.settings_path.write_bytes(b" " * (2 * 1024 * 1024) + b"{}")
    assert store.load() == AppSettings()
    assert (folder / "settings.json.broken").exists()


def test_only_the_newest_broken_copy_is_kept(store: SettingsFile, folder: Path) -> None:
    folder.mkdir()
    store.settings_path.write_bytes(b"first bad")
    store.load()
    store.settings_path.write_bytes(b"second bad")
    store.load()
    assert (folder / "settings.json.broken").read_bytes() == b"second bad"
    assert sorted(os.listdir(folder)) == ["settings.json.broken"]


def test_content_the_lenient_parser_chokes_on_is_treated_as_damage(
    store: SettingsFile, folder: Path
) -> None:
    # JSON reads 1e999 as infinity; int(inf) raises OverflowError inside settings_from_dict.
    folder.mkdir()
    store.settings_path.write_text(
        '{"version": 1, "prompts": {"times": [{"at": "20:00", "days": [1e999]}]}}'
    )
    assert store.load() == AppSettings()
    assert (folder / "settings.json.broken").exists()


def test_bad_values_in_good_json_fall_back_per_value(store: SettingsFile, folder: Path) -> None:
    folder.mkdir()
    store.settings_path.write_text(
        json.dumps({"version": 1, "keep_running_in_tray": "yes", "tray_explained": True})
    )
    loaded = store.load()
    assert loaded == AppSettings(tray_explained=True)
    assert store.settings_path.exists()  # readable JSON is not "broken"


def test_newer_version_gives_defaults_and_is_never_overwritten(
    store: SettingsFile, folder: Path
) -> None:
    folder.mkdir()
    newer = {**settings_to_dict(CUSTOM), "version": SETTINGS_VERSION + 1, "new_thing": [1, 2]}
    original = json.dumps(newer).encode()
    store.settings_path.write_bytes(original)

    assert store.load() == AppSettings()
    reason = store.read_only_reason
    assert reason is not None
    assert "newer version of PeerJournal" in reason
    assert f"format {SETTINGS_VERSION + 1}" in reason

    store.save(AppSettings(tray_explained=True))
    assert store.settings_path.read_bytes() == original
    assert not (folder / "settings.json.broken").exists()


def test_save_without_load_still_spares_a_newer_file(store: SettingsFile, folder: Path) -> None:
    folder.mkdir()
    original = json.dumps({"version": SETTINGS_VERSION + 5}).encode()
    store.settings_path.write_bytes(original)
    store.save(CUSTOM)
    assert store.settings_path.read_bytes() == original
    assert store.read_only_reason is not None


@pytest.mark.parametrize("version", [SETTINGS_VERSION, 0, None, "99", True])
def test_current_missing_or_odd_version_is_read_normally(
    store: SettingsFile, folder: Path, version: object
) -> None:
    folder.mkdir()
    data = settings_to_dict(CUSTOM)
    data["version"] = version
    store.settings_path.write_text(json.dumps(data))
    assert store.load() == CUSTOM
    assert store.read_only_reason is None


@posix_only
def test_file_0600_and_new_folder_0700(store: SettingsFile, folder: Path, umask_022: None) -> None:
    store.save(CUSTOM)
    store.save_prompt_state(PLAIN_STATE)
    assert file_mode(folder) == 0o700
    assert file_mode(store.settings_path) == 0o600
    assert file_mode(store.prompt_state_path) == 0o600


def test_save_failure_is_a_plain_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(UserError, match="Could not save your settings"):
        SettingsFile(blocker).save(CUSTOM)


# -- prompt state ----------------------------------------------------------------------
def test_prompt_state_round_trip(store: SettingsFile, folder: Path) -> None:
    store.save_prompt_state(PLAIN_STATE)
    assert SettingsFile(folder).load_prompt_state() == PLAIN_STATE
    on_disk = json.loads(store.prompt_state_path.read_text(encoding="utf-8"))
    assert on_disk == {"version": PROMPT_STATE_VERSION, **state_to_dict(PLAIN_STATE)}


def test_prompt_state_never_stores_keys_that_name_people(store: SettingsFile) -> None:
    with_nudges = PromptState(
        delivered={**PLAIN_STATE.delivered, NUDGE_KEYS[0]: AT},
        snoozed=dict(PLAIN_STATE.snoozed),
        dismissed={**PLAIN_STATE.dismissed, NUDGE_KEYS[1]: AT},
        last_check=AT,
    )
    store.save_prompt_state(with_nudges)
    text = store.prompt_state_path.read_text(encoding="utf-8")
    assert "isolation" not in text
    assert "stay_in_touch" not in text
    assert store.load_prompt_state() == PLAIN_STATE


def test_prompt_state_nudge_keys_in_a_hand_edited_file_are_dropped(
    store: SettingsFile, folder: Path
) -> None:
    folder.mkdir()
    data = state_to_dict(PLAIN_STATE)
    data["dismissed"] = {**data["dismissed"], NUDGE_KEYS[1]: AT.isoformat()}  # type: ignore[dict-item]
    store.prompt_state_path.write_text(json.dumps(data))
    assert store.load_prompt_state() == PLAIN_STATE


def test_malformed_prompt_state_is_set_aside(store: SettingsFile, folder: Path) -> None:
    folder.mkdir()
    store.prompt_state_path.write_bytes(b"{{{")
    assert store.load_prompt_state() == PromptState()
    assert (folder / "prompt-state.json.broken").read_bytes() == b"{{{"


def test_prompt_state_date_out_of_range_is_treated_as_damage(
    store: SettingsFile, folder: Path
) -> None:
    # Converting year 1 at +05:00 to UTC overflows inside state_from_dict.
    folder.mkdir()
    store.prompt_state_path.write_text(json.dumps({"last_check": "0001-01-01T00:00:00+05:00"}))
    assert store.load_prompt_state() == PromptState()
    assert (folder / "prompt-state.json.broken").exists()


def test_newer_prompt_state_is_kept_and_does_not_block_settings(
    store: SettingsFile, folder: Path
) -> None:
    folder.mkdir()
    original = json.dumps({"version": PROMPT_STATE_VERSION + 1, "future": True}).encode()
    store.prompt_state_path.write_bytes(original)

    assert store.load_prompt_state() == PromptState()
    assert store.prompt_state_read_only_reason is not None
    store.save_prompt_state(PLAIN_STATE)
    assert store.prompt_state_path.read_bytes() == original

    assert store.load() == AppSettings()
    assert store.read_only_reason is None
    store.save(CUSTOM)
    assert SettingsFile(folder).load() == CUSTOM

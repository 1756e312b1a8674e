"""The two plain (unencrypted) settings files: app settings and the prompt schedule's state. No Qt.

They live in :func:`peerjournal.system.paths.config_dir` and must never hold journal content
(SECURITY.md, item 11): only what ``settings_to_dict`` produces, and only the part of
the prompt state that names no person and no journal date (see ``split_state``).

Reading never stops the app from starting: a missing file gives defaults; an unreadable
or malformed one is renamed aside to ``<name>.broken`` (newest copy only) and gives
defaults. A file written by a newer PeerJournal gives defaults too, but is then left
alone: saving is switched off so going back to the newer version loses nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from peerjournal.core.prompts import PromptState, split_state, state_from_dict, state_to_dict
from peerjournal.core.settings import (
    SETTINGS_VERSION,
    AppSettings,
    settings_from_dict,
    settings_to_dict,
)
from peerjournal.i18n import translate
from peerjournal.storage.vault.atomic import write_atomic
from peerjournal.system import paths

SETTINGS_FILENAME = "settings.json"
PROMPT_STATE_FILENAME = "prompt-state.json"
BROKEN_SUFFIX = ".broken"
# state_to_dict has no version of its own; the file gets one so later formats can be told apart.
PROMPT_STATE_VERSION = 1
# Settings are a few hundred bytes; a huge file is damage, not settings, and isn't read into memory.
MAX_FILE_BYTES = 1024 * 1024

T = TypeVar("T")


class _Broken(Exception):
    """The file's bytes are not a settings file we can read."""


class SettingsFile:
    """Load and save ``settings.json`` and ``prompt-state.json`` in one folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else paths.config_dir()
        # Why settings.json is not being saved (it came from a newer version), in plain words.
        self.read_only_reason: str | None = None
        # The same for prompt-state.json, kept apart so one file doesn't block the other.
        self.prompt_state_read_only_reason: str | None = None

    @property
    def settings_path(self) -> Path:
        return self.folder / SETTINGS_FILENAME

    @property
    def prompt_state_path(self) -> Path:
        return self.folder / PROMPT_STATE_FILENAME

    # -- app settings ----------------------------------------------------------------
    def load(self) -> AppSettings:
        data, self.read_only_reason = _read(self.settings_path, SETTINGS_VERSION, "settings")
        return _parse(self.settings_path, data, settings_from_dict, AppSettings)

    def save(self, settings: AppSettings) -> None:
        """Write the settings atomically (0600); does nothing while :attr:`read_only_reason` is set."""
        if self.read_only_reason is None:
            # Checked again on every save: a newer version may have written it since we loaded.
            self.read_only_reason = _newer_reason(self.settings_path, SETTINGS_VERSION, "settings")
        if self.read_only_reason is not None:
            return
        _write(self.settings_path, settings_to_dict(settings), "your settings")

    # -- prompt state ----------------------------------------------------------------
    def load_prompt_state(self) -> PromptState:
        data, self.prompt_state_read_only_reason = _read(
            self.prompt_state_path, PROMPT_STATE_VERSION, "reminder history"
        )

        def parse(raw: Any) -> PromptState:
            return split_state(state_from_dict(raw))[0]  # drop anything naming a person

        return _parse(self.prompt_state_path, data, parse, PromptState)

    def save_prompt_state(self, state: PromptState) -> None:
        """Write only the plain part of ``state``; nudge keys (people, dates) belong in the vault."""
        if self.prompt_state_read_only_reason is None:
            self.prompt_state_read_only_reason = _newer_reason(
                self.prompt_state_path, PROMPT_STATE_VERSION, "reminder history"
            )
        if self.prompt_state_read_only_reason is not None:
            return
        plain, _private = split_state(state)
        data = {"version": PROMPT_STATE_VERSION, **state_to_dict(plain)}
        _write(self.prompt_state_path, data, "your reminder history")


# -- helpers ------------------------------------------------------------------------
def _read(path: Path, supported: int, what: str) -> tuple[Any, str | None]:
    """(parsed JSON, or None for defaults; read-only reason). Never raises.

    None when the file is missing, broken (then set aside) or newer than ``supported``:
    a newer format may mean something else by the same keys, so defaults are safer.
    """
    try:
        data = _load_json(path)
    except FileNotFoundError:
        return None, None
    except (OSError, _Broken):
        _set_aside(path)
        return None, None
    reason = _reason_if_newer(data, supported, what)
    return (None if reason else data), reason


def _parse(path: Path, data: Any, parse: Callable[[Any], T], default: Callable[[], T]) -> T:
    if data is None:
        return default()
    try:
        return parse(data)
    except Exception:
        # The parsers are meant to be lenient, but a start-up must not fail on a settings
        # file (e.g. a date they can't convert raises OverflowError): treat it as damage.
        _set_aside(path)
        return default()


def _load_json(path: Path) -> Any:
    with path.open("rb") as file:
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise _Broken
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise _Broken from exc
    if not isinstance(data, dict):
        raise _Broken
    return data


def _version_of(data: Any) -> int | None:
    version = data.get("version") if isinstance(data, dict) else None
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def _reason_if_newer(data: Any, supported: int, what: str) -> str | None:
    found = _version_of(data)
    if found is None or found <= supported:
        return None
    return translate(
        "settings_file",
        "The {what} file was saved by a newer version of PeerJournal (format {found}; this "
        "version reads up to {supported}). Defaults are used for now and changes won't be "
        "saved, so nothing is lost when you go back to the newer version.",
    ).format(what=what, found=found, supported=supported)


def _newer_reason(path: Path, supported: int, what: str) -> str | None:
    """The read-only reason for the file on disk now, if it is newer; never raises."""
    try:
        data = _load_json(path)
    except (OSError, _Broken):
        return None  # missing or broken: ours to overwrite
    return _reason_if_newer(data, supported, what)


def _set_aside(path: Path) -> None:
    """Keep the damaged file for a look later (replacing an older copy), out of the way."""
    with contextlib.suppress(OSError):
        # If this fails too the next save replaces the file; it only ever held settings.
        os.replace(path, path.with_name(path.name + BROKEN_SUFFIX))


def _write(path: Path, data: dict[str, Any], what: str) -> None:
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomic(path, text.encode("utf-8"), what=what)

"""Where PeerJournal keeps things, via platformdirs, in one place so tests can redirect it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from peerjournal import APP_NAME

VAULT_FILENAME = "journal.pjvault"
SUPPORTER_VAULT_FILENAME = "supporter.pjvault"


def data_dir() -> Path:
    """The user data folder; ``PEERJOURNAL_DATA_DIR`` overrides it (used by tests)."""
    override = os.environ.get("PEERJOURNAL_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Settings folder; holds no journal content, ever."""
    override = os.environ.get("PEERJOURNAL_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    return data_dir() / VAULT_FILENAME


def default_supporter_vault_path() -> Path:
    return data_dir() / SUPPORTER_VAULT_FILENAME

"""Where things live: platformdirs by default, environment overrides for tests."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from peerjournal import APP_NAME
from peerjournal.system.paths import VAULT_FILENAME, config_dir, data_dir, default_vault_path


def test_data_dir_override(monkeypatch, tmp_path):
    monkeypatch.setenv("PEERJOURNAL_DATA_DIR", str(tmp_path / "elsewhere"))
    assert data_dir() == tmp_path / "elsewhere"
    assert default_vault_path() == tmp_path / "elsewhere" / VAULT_FILENAME


def test_default_vault_path_uses_platformdirs(monkeypatch):
    monkeypatch.delenv("PEERJOURNAL_DATA_DIR", raising=False)
    expected = Path(platformdirs.user_data_dir("PeerJournal", appauthor=False))
    assert APP_NAME == "PeerJournal"
    assert data_dir() == expected
    assert default_vault_path() == expected / VAULT_FILENAME
    assert default_vault_path().name == VAULT_FILENAME


def test_empty_override_falls_back_to_platformdirs(monkeypatch):
    monkeypatch.setenv("PEERJOURNAL_DATA_DIR", "")
    assert data_dir() == Path(platformdirs.user_data_dir("PeerJournal", appauthor=False))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout is Linux's")
def test_linux_default_follows_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.delenv("PEERJOURNAL_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_vault_path() == tmp_path / "xdg" / "PeerJournal" / VAULT_FILENAME


def test_config_dir_override_and_default(monkeypatch, tmp_path):
    monkeypatch.setenv("PEERJOURNAL_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"
    monkeypatch.delenv("PEERJOURNAL_CONFIG_DIR")
    assert config_dir() == Path(platformdirs.user_config_dir("PeerJournal", appauthor=False))


def test_paths_do_not_create_folders(monkeypatch, tmp_path):
    monkeypatch.setenv("PEERJOURNAL_DATA_DIR", str(tmp_path / "not-yet"))
    default_vault_path()
    assert not (tmp_path / "not-yet").exists()

"""Test setup: offscreen Qt, data and settings redirected to tmp folders, gui marker, local zone."""

from __future__ import annotations

import os

import pytest

from tests.zones import switching_zone

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """No test touches the real data or config folders."""
    base = tmp_path_factory.mktemp("dirs")
    monkeypatch.setenv("PEERJOURNAL_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("PEERJOURNAL_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))


@pytest.fixture
def local_tz():
    """Call with a TZ string (tests/zones.py) to switch the local time zone for this test."""
    yield from switching_zone()


def pytest_collection_modifyitems(items):
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)

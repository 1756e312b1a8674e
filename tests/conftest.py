"""Test setup: offscreen Qt, data and settings redirected to tmp folders, the gui and zones
markers, the local zone switch."""

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


# The date-touching tests (days, periods, reviews, charts by day): scripts/test.sh runs them
# again far east and far west of UTC (`-m zones`), so a test or code that takes a UTC date for
# the person's day fails in CI. Keep it small: the whole suite takes minutes.
ZONE_TESTS = (
    "tests/core/test_clock.py", "tests/core/test_records.py", "tests/core/test_timeline.py",
    "tests/core/test_prompts.py", "tests/core/test_prompts_connecting.py",
    "tests/core/test_insights.py", "tests/core/test_insights_columns.py",
    "tests/core/test_insights_people.py", "tests/core/test_insights_speed.py",
    "tests/core/connecting/", "tests/core/summary/",  # tests/core/sharing pins itself to UTC
    "tests/storage/connecting/", "tests/storage/sharing/", "tests/storage/test_summary.py",
    "tests/storage/test_insights.py", "tests/storage/test_insights_load_moods.py",
    "tests/storage/test_insights_days.py", "tests/core/test_insights_offsets.py",
    "tests/storage/test_prompt_facts.py", "tests/storage/test_prompt_facts_connecting.py",
    "tests/demo/", "tests/ops/test_summary.py", "tests/ops/test_reply.py",
    "tests/ui/supporter/test_share_review_charts.py",
    "tests/ui/sharing/test_share_view_connecting.py", "tests/ui/widgets/test_dates.py",
    "tests/ui/connecting/test_goal_dialog.py", "tests/ui/connecting/test_goal_review_dialog.py",
    "tests/ui/connecting/test_goals_tab.py", "tests/ui/insights/test_insights_fast.py",
)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "zones: date-touching tests, run again far east and far west of UTC (scripts/test.sh)")


@pytest.fixture
def local_tz():
    """Call with a TZ string (tests/zones.py) to switch the local time zone for this test."""
    yield from switching_zone()


def pytest_collection_modifyitems(items):
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        if item.nodeid.startswith(ZONE_TESTS):  # node ids are relative to the project root
            item.add_marker(pytest.mark.zones)

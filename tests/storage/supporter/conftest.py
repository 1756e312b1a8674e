"""Supporter storage fixtures: ``store`` is a fresh supporter vault on the tests' clock."""

from __future__ import annotations

import pytest


@pytest.fixture
def store(supporter_store):
    return supporter_store

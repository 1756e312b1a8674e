"""Core fixtures: run a test in a chosen local time zone."""

from __future__ import annotations

import os
import time

import pytest

# POSIX TZ strings need no tz database: New York (DST in March) and Auckland (UTC+12/+13).
NEW_YORK = "EST5EDT,M3.2.0,M11.1.0"
AUCKLAND = "NZST-12NZDT,M9.5.0,M4.1.0/3"


@pytest.fixture
def local_tz():
    """Call with a TZ string to switch the process's local time zone for this test."""
    original = os.environ.get("TZ")

    def switch(tz: str) -> None:
        os.environ["TZ"] = tz
        time.tzset()

    yield switch
    if original is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = original
    time.tzset()

"""Local time zones for tests: POSIX TZ strings (no tz database needed) and a switch.

The app takes local time from the C library (``TZ``), so a test switches it with
``time.tzset()`` and puts it back afterwards (the ``local_tz`` fixture in tests/conftest.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

# New York (DST in March), Auckland (UTC+12/+13), California (UTC-8/-7), London (GMT/BST).
NEW_YORK = "EST5EDT,M3.2.0,M11.1.0"
AUCKLAND = "NZST-12NZDT,M9.5.0,M4.1.0/3"
CALIFORNIA = "PST8PDT,M3.2.0,M11.1.0"
LONDON = "GMT0BST,M3.5.0/1,M10.5.0"


def switching_zone() -> Iterator[Callable[[str], None]]:
    """Yield a function that switches the process's local zone; restore the old one after."""
    original = os.environ.get("TZ")

    def switch(tz: str) -> None:
        os.environ["TZ"] = tz
        time.tzset()

    try:
        yield switch
    finally:
        if original is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = original
        time.tzset()
